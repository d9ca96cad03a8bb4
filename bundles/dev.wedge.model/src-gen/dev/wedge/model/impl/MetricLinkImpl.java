/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.MetricLinkImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MetricLinkImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MetricLinkImpl#getGap <em>Gap</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MetricLinkImpl#getExpectedChange <em>Expected Change</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricLinkImpl extends IdentifiedImpl implements MetricLink {
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
	 * The default value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPOTHESIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected String hypothesis = HYPOTHESIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected static final String GAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected String gap = GAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedChange() <em>Expected Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedChange()
	 * @generated
	 * @ordered
	 */
	protected static final Double EXPECTED_CHANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedChange() <em>Expected Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedChange()
	 * @generated
	 * @ordered
	 */
	protected Double expectedChange = EXPECTED_CHANGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.METRIC_LINK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.METRIC_LINK__METRIC, oldMetric, metric));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.METRIC_LINK__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypothesis() {
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(String newHypothesis) {
		String oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.METRIC_LINK__HYPOTHESIS, oldHypothesis, hypothesis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGap() {
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGap(String newGap) {
		String oldGap = gap;
		gap = newGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.METRIC_LINK__GAP, oldGap, gap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getExpectedChange() {
		return expectedChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedChange(Double newExpectedChange) {
		Double oldExpectedChange = expectedChange;
		expectedChange = newExpectedChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.METRIC_LINK__EXPECTED_CHANGE, oldExpectedChange, expectedChange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.METRIC_LINK__METRIC:
				if (resolve) return getMetric();
				return basicGetMetric();
			case WedgePackage.METRIC_LINK__HYPOTHESIS:
				return getHypothesis();
			case WedgePackage.METRIC_LINK__GAP:
				return getGap();
			case WedgePackage.METRIC_LINK__EXPECTED_CHANGE:
				return getExpectedChange();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WedgePackage.METRIC_LINK__METRIC:
				setMetric((BusinessMetric)newValue);
				return;
			case WedgePackage.METRIC_LINK__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case WedgePackage.METRIC_LINK__GAP:
				setGap((String)newValue);
				return;
			case WedgePackage.METRIC_LINK__EXPECTED_CHANGE:
				setExpectedChange((Double)newValue);
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
			case WedgePackage.METRIC_LINK__METRIC:
				setMetric((BusinessMetric)null);
				return;
			case WedgePackage.METRIC_LINK__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case WedgePackage.METRIC_LINK__GAP:
				setGap(GAP_EDEFAULT);
				return;
			case WedgePackage.METRIC_LINK__EXPECTED_CHANGE:
				setExpectedChange(EXPECTED_CHANGE_EDEFAULT);
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
			case WedgePackage.METRIC_LINK__METRIC:
				return metric != null;
			case WedgePackage.METRIC_LINK__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case WedgePackage.METRIC_LINK__GAP:
				return GAP_EDEFAULT == null ? gap != null : !GAP_EDEFAULT.equals(gap);
			case WedgePackage.METRIC_LINK__EXPECTED_CHANGE:
				return EXPECTED_CHANGE_EDEFAULT == null ? expectedChange != null : !EXPECTED_CHANGE_EDEFAULT.equals(expectedChange);
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
		result.append(" (hypothesis: ");
		result.append(hypothesis);
		result.append(", gap: ");
		result.append(gap);
		result.append(", expectedChange: ");
		result.append(expectedChange);
		result.append(')');
		return result.toString();
	}

} //MetricLinkImpl
