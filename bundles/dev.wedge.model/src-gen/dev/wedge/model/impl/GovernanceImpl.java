/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.Consultation;
import dev.wedge.model.Governance;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.WedgePackage;

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
 * An implementation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.GovernanceImpl#getDataStatement <em>Data Statement</em>}</li>
 *   <li>{@link dev.wedge.model.impl.GovernanceImpl#getReviewSteps <em>Review Steps</em>}</li>
 *   <li>{@link dev.wedge.model.impl.GovernanceImpl#getLearnerData <em>Learner Data</em>}</li>
 *   <li>{@link dev.wedge.model.impl.GovernanceImpl#getConsultations <em>Consultations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceImpl extends IdentifiedImpl implements Governance {
	/**
	 * The default value of the '{@link #getDataStatement() <em>Data Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataStatement() <em>Data Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataStatement()
	 * @generated
	 * @ordered
	 */
	protected String dataStatement = DATA_STATEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewSteps() <em>Review Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewStep> reviewSteps;

	/**
	 * The cached value of the '{@link #getLearnerData() <em>Learner Data</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearnerData()
	 * @generated
	 * @ordered
	 */
	protected EList<LearnerDataItem> learnerData;

	/**
	 * The cached value of the '{@link #getConsultations() <em>Consultations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultations()
	 * @generated
	 * @ordered
	 */
	protected EList<Consultation> consultations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.GOVERNANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataStatement() {
		return dataStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataStatement(String newDataStatement) {
		String oldDataStatement = dataStatement;
		dataStatement = newDataStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.GOVERNANCE__DATA_STATEMENT, oldDataStatement, dataStatement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewStep> getReviewSteps() {
		if (reviewSteps == null) {
			reviewSteps = new EObjectContainmentEList<ReviewStep>(ReviewStep.class, this, WedgePackage.GOVERNANCE__REVIEW_STEPS);
		}
		return reviewSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearnerDataItem> getLearnerData() {
		if (learnerData == null) {
			learnerData = new EObjectContainmentEList<LearnerDataItem>(LearnerDataItem.class, this, WedgePackage.GOVERNANCE__LEARNER_DATA);
		}
		return learnerData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consultation> getConsultations() {
		if (consultations == null) {
			consultations = new EObjectContainmentEList<Consultation>(Consultation.class, this, WedgePackage.GOVERNANCE__CONSULTATIONS);
		}
		return consultations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.GOVERNANCE__REVIEW_STEPS:
				return ((InternalEList<?>)getReviewSteps()).basicRemove(otherEnd, msgs);
			case WedgePackage.GOVERNANCE__LEARNER_DATA:
				return ((InternalEList<?>)getLearnerData()).basicRemove(otherEnd, msgs);
			case WedgePackage.GOVERNANCE__CONSULTATIONS:
				return ((InternalEList<?>)getConsultations()).basicRemove(otherEnd, msgs);
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
			case WedgePackage.GOVERNANCE__DATA_STATEMENT:
				return getDataStatement();
			case WedgePackage.GOVERNANCE__REVIEW_STEPS:
				return getReviewSteps();
			case WedgePackage.GOVERNANCE__LEARNER_DATA:
				return getLearnerData();
			case WedgePackage.GOVERNANCE__CONSULTATIONS:
				return getConsultations();
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
			case WedgePackage.GOVERNANCE__DATA_STATEMENT:
				setDataStatement((String)newValue);
				return;
			case WedgePackage.GOVERNANCE__REVIEW_STEPS:
				getReviewSteps().clear();
				getReviewSteps().addAll((Collection<? extends ReviewStep>)newValue);
				return;
			case WedgePackage.GOVERNANCE__LEARNER_DATA:
				getLearnerData().clear();
				getLearnerData().addAll((Collection<? extends LearnerDataItem>)newValue);
				return;
			case WedgePackage.GOVERNANCE__CONSULTATIONS:
				getConsultations().clear();
				getConsultations().addAll((Collection<? extends Consultation>)newValue);
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
			case WedgePackage.GOVERNANCE__DATA_STATEMENT:
				setDataStatement(DATA_STATEMENT_EDEFAULT);
				return;
			case WedgePackage.GOVERNANCE__REVIEW_STEPS:
				getReviewSteps().clear();
				return;
			case WedgePackage.GOVERNANCE__LEARNER_DATA:
				getLearnerData().clear();
				return;
			case WedgePackage.GOVERNANCE__CONSULTATIONS:
				getConsultations().clear();
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
			case WedgePackage.GOVERNANCE__DATA_STATEMENT:
				return DATA_STATEMENT_EDEFAULT == null ? dataStatement != null : !DATA_STATEMENT_EDEFAULT.equals(dataStatement);
			case WedgePackage.GOVERNANCE__REVIEW_STEPS:
				return reviewSteps != null && !reviewSteps.isEmpty();
			case WedgePackage.GOVERNANCE__LEARNER_DATA:
				return learnerData != null && !learnerData.isEmpty();
			case WedgePackage.GOVERNANCE__CONSULTATIONS:
				return consultations != null && !consultations.isEmpty();
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
		result.append(" (dataStatement: ");
		result.append(dataStatement);
		result.append(')');
		return result.toString();
	}

} //GovernanceImpl
