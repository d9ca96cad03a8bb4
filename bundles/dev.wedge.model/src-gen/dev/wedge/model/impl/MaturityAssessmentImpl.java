/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.EffortShare;
import dev.wedge.model.MaturityAssessment;
import dev.wedge.model.MaturityStage;
import dev.wedge.model.WedgePackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Maturity Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.MaturityAssessmentImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MaturityAssessmentImpl#getAssessedOn <em>Assessed On</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MaturityAssessmentImpl#getEfforts <em>Efforts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaturityAssessmentImpl extends IdentifiedImpl implements MaturityAssessment {
	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final MaturityStage STAGE_EDEFAULT = MaturityStage.NEVER_STARTED;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected MaturityStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessedOn() <em>Assessed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ASSESSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessedOn() <em>Assessed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate assessedOn = ASSESSED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEfforts() <em>Efforts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEfforts()
	 * @generated
	 * @ordered
	 */
	protected EList<EffortShare> efforts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaturityAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.MATURITY_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaturityStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(MaturityStage newStage) {
		MaturityStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MATURITY_ASSESSMENT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedOn(LocalDate newAssessedOn) {
		LocalDate oldAssessedOn = assessedOn;
		assessedOn = newAssessedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MATURITY_ASSESSMENT__ASSESSED_ON, oldAssessedOn, assessedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EffortShare> getEfforts() {
		if (efforts == null) {
			efforts = new EObjectContainmentEList<EffortShare>(EffortShare.class, this, WedgePackage.MATURITY_ASSESSMENT__EFFORTS);
		}
		return efforts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.MATURITY_ASSESSMENT__EFFORTS:
				return ((InternalEList<?>)getEfforts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.MATURITY_ASSESSMENT__STAGE:
				return getStage();
			case WedgePackage.MATURITY_ASSESSMENT__ASSESSED_ON:
				return getAssessedOn();
			case WedgePackage.MATURITY_ASSESSMENT__EFFORTS:
				return getEfforts();
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
			case WedgePackage.MATURITY_ASSESSMENT__STAGE:
				setStage((MaturityStage)newValue);
				return;
			case WedgePackage.MATURITY_ASSESSMENT__ASSESSED_ON:
				setAssessedOn((LocalDate)newValue);
				return;
			case WedgePackage.MATURITY_ASSESSMENT__EFFORTS:
				getEfforts().clear();
				getEfforts().addAll((Collection<? extends EffortShare>)newValue);
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
			case WedgePackage.MATURITY_ASSESSMENT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case WedgePackage.MATURITY_ASSESSMENT__ASSESSED_ON:
				setAssessedOn(ASSESSED_ON_EDEFAULT);
				return;
			case WedgePackage.MATURITY_ASSESSMENT__EFFORTS:
				getEfforts().clear();
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
			case WedgePackage.MATURITY_ASSESSMENT__STAGE:
				return stage != STAGE_EDEFAULT;
			case WedgePackage.MATURITY_ASSESSMENT__ASSESSED_ON:
				return ASSESSED_ON_EDEFAULT == null ? assessedOn != null : !ASSESSED_ON_EDEFAULT.equals(assessedOn);
			case WedgePackage.MATURITY_ASSESSMENT__EFFORTS:
				return efforts != null && !efforts.isEmpty();
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
		result.append(" (stage: ");
		result.append(stage);
		result.append(", assessedOn: ");
		result.append(assessedOn);
		result.append(')');
		return result.toString();
	}

} //MaturityAssessmentImpl
