/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Comparator;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Success Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getAgreedBy <em>Agreed By</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getAgreedOn <em>Agreed On</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getLastEditedOn <em>Last Edited On</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link dev.wedge.model.impl.SuccessCriterionImpl#getRule <em>Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SuccessCriterionImpl extends IdentifiedImpl implements SuccessCriterion {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected BusinessMetric metric;

	/**
	 * The default value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected static final Comparator COMPARATOR_EDEFAULT = Comparator.AT_LEAST;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected Comparator comparator = COMPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgreedBy() <em>Agreed By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Stakeholder> agreedBy;

	/**
	 * The default value of the '{@link #getAgreedOn() <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AGREED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreedOn() <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate agreedOn = AGREED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastEditedOn() <em>Last Edited On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastEditedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_EDITED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastEditedOn() <em>Last Edited On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastEditedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastEditedOn = LAST_EDITED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Stakeholder source;

	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionRule RULE_EDEFAULT = DecisionRule.INTERVAL;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected DecisionRule rule = RULE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SuccessCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.SUCCESS_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessMetric getMetric() {
		if (metric != null && metric.eIsProxy()) {
			InternalEObject oldMetric = (InternalEObject)metric;
			metric = (BusinessMetric)eResolveProxy(oldMetric);
			if (metric != oldMetric) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.SUCCESS_CRITERION__METRIC, oldMetric, metric));
			}
		}
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessMetric basicGetMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(BusinessMetric newMetric) {
		BusinessMetric oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparator getComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(Comparator newComparator) {
		Comparator oldComparator = comparator;
		comparator = newComparator == null ? COMPARATOR_EDEFAULT : newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stakeholder> getAgreedBy() {
		if (agreedBy == null) {
			agreedBy = new EObjectResolvingEList<Stakeholder>(Stakeholder.class, this, WedgePackage.SUCCESS_CRITERION__AGREED_BY);
		}
		return agreedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAgreedOn() {
		return agreedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedOn(LocalDate newAgreedOn) {
		LocalDate oldAgreedOn = agreedOn;
		agreedOn = newAgreedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__AGREED_ON, oldAgreedOn, agreedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastEditedOn() {
		return lastEditedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastEditedOn(LocalDate newLastEditedOn) {
		LocalDate oldLastEditedOn = lastEditedOn;
		lastEditedOn = newLastEditedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__LAST_EDITED_ON, oldLastEditedOn, lastEditedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Stakeholder)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.SUCCESS_CRITERION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stakeholder basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Stakeholder newSource) {
		Stakeholder oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionRule getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(DecisionRule newRule) {
		DecisionRule oldRule = rule;
		rule = newRule == null ? RULE_EDEFAULT : newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.SUCCESS_CRITERION__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.SUCCESS_CRITERION__DESCRIPTION:
				return getDescription();
			case WedgePackage.SUCCESS_CRITERION__METRIC:
				if (resolve) return getMetric();
				return basicGetMetric();
			case WedgePackage.SUCCESS_CRITERION__COMPARATOR:
				return getComparator();
			case WedgePackage.SUCCESS_CRITERION__THRESHOLD:
				return getThreshold();
			case WedgePackage.SUCCESS_CRITERION__AGREED_BY:
				return getAgreedBy();
			case WedgePackage.SUCCESS_CRITERION__AGREED_ON:
				return getAgreedOn();
			case WedgePackage.SUCCESS_CRITERION__LAST_EDITED_ON:
				return getLastEditedOn();
			case WedgePackage.SUCCESS_CRITERION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case WedgePackage.SUCCESS_CRITERION__RULE:
				return getRule();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WedgePackage.SUCCESS_CRITERION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__METRIC:
				setMetric((BusinessMetric)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__COMPARATOR:
				setComparator((Comparator)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__AGREED_BY:
				getAgreedBy().clear();
				getAgreedBy().addAll((Collection<? extends Stakeholder>)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__AGREED_ON:
				setAgreedOn((LocalDate)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__LAST_EDITED_ON:
				setLastEditedOn((LocalDate)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__SOURCE:
				setSource((Stakeholder)newValue);
				return;
			case WedgePackage.SUCCESS_CRITERION__RULE:
				setRule((DecisionRule)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WedgePackage.SUCCESS_CRITERION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case WedgePackage.SUCCESS_CRITERION__METRIC:
				setMetric((BusinessMetric)null);
				return;
			case WedgePackage.SUCCESS_CRITERION__COMPARATOR:
				setComparator(COMPARATOR_EDEFAULT);
				return;
			case WedgePackage.SUCCESS_CRITERION__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case WedgePackage.SUCCESS_CRITERION__AGREED_BY:
				getAgreedBy().clear();
				return;
			case WedgePackage.SUCCESS_CRITERION__AGREED_ON:
				setAgreedOn(AGREED_ON_EDEFAULT);
				return;
			case WedgePackage.SUCCESS_CRITERION__LAST_EDITED_ON:
				setLastEditedOn(LAST_EDITED_ON_EDEFAULT);
				return;
			case WedgePackage.SUCCESS_CRITERION__SOURCE:
				setSource((Stakeholder)null);
				return;
			case WedgePackage.SUCCESS_CRITERION__RULE:
				setRule(RULE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WedgePackage.SUCCESS_CRITERION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case WedgePackage.SUCCESS_CRITERION__METRIC:
				return metric != null;
			case WedgePackage.SUCCESS_CRITERION__COMPARATOR:
				return comparator != COMPARATOR_EDEFAULT;
			case WedgePackage.SUCCESS_CRITERION__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case WedgePackage.SUCCESS_CRITERION__AGREED_BY:
				return agreedBy != null && !agreedBy.isEmpty();
			case WedgePackage.SUCCESS_CRITERION__AGREED_ON:
				return AGREED_ON_EDEFAULT == null ? agreedOn != null : !AGREED_ON_EDEFAULT.equals(agreedOn);
			case WedgePackage.SUCCESS_CRITERION__LAST_EDITED_ON:
				return LAST_EDITED_ON_EDEFAULT == null ? lastEditedOn != null : !LAST_EDITED_ON_EDEFAULT.equals(lastEditedOn);
			case WedgePackage.SUCCESS_CRITERION__SOURCE:
				return source != null;
			case WedgePackage.SUCCESS_CRITERION__RULE:
				return rule != RULE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", comparator: ");
		result.append(comparator);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", agreedOn: ");
		result.append(agreedOn);
		result.append(", lastEditedOn: ");
		result.append(lastEditedOn);
		result.append(", rule: ");
		result.append(rule);
		result.append(')');
		return result.toString();
	}

} //SuccessCriterionImpl
