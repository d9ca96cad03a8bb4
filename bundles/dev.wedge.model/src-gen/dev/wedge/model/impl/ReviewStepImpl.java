/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.Initiative;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.ReviewStepImpl#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ReviewStepImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ReviewStepImpl#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ReviewStepImpl#isBeforeLearners <em>Before Learners</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewStepImpl extends NamedImpl implements ReviewStep {
	/**
	 * The cached value of the '{@link #getWorkflow() <em>Workflow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkflow()
	 * @generated
	 * @ordered
	 */
	protected Initiative workflow;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Stakeholder reviewer;

	/**
	 * The default value of the '{@link #getReviewerRole() <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerRole()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerRole() <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerRole()
	 * @generated
	 * @ordered
	 */
	protected String reviewerRole = REVIEWER_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBeforeLearners() <em>Before Learners</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBeforeLearners()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BEFORE_LEARNERS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBeforeLearners() <em>Before Learners</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBeforeLearners()
	 * @generated
	 * @ordered
	 */
	protected boolean beforeLearners = BEFORE_LEARNERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.REVIEW_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiative getWorkflow() {
		if (workflow != null && workflow.eIsProxy()) {
			InternalEObject oldWorkflow = (InternalEObject)workflow;
			workflow = (Initiative)eResolveProxy(oldWorkflow);
			if (workflow != oldWorkflow) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.REVIEW_STEP__WORKFLOW, oldWorkflow, workflow));
			}
		}
		return workflow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Initiative basicGetWorkflow() {
		return workflow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkflow(Initiative newWorkflow) {
		Initiative oldWorkflow = workflow;
		workflow = newWorkflow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.REVIEW_STEP__WORKFLOW, oldWorkflow, workflow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Stakeholder)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.REVIEW_STEP__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stakeholder basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Stakeholder newReviewer) {
		Stakeholder oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.REVIEW_STEP__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerRole() {
		return reviewerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerRole(String newReviewerRole) {
		String oldReviewerRole = reviewerRole;
		reviewerRole = newReviewerRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.REVIEW_STEP__REVIEWER_ROLE, oldReviewerRole, reviewerRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBeforeLearners() {
		return beforeLearners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeLearners(boolean newBeforeLearners) {
		boolean oldBeforeLearners = beforeLearners;
		beforeLearners = newBeforeLearners;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.REVIEW_STEP__BEFORE_LEARNERS, oldBeforeLearners, beforeLearners));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.REVIEW_STEP__WORKFLOW:
				if (resolve) return getWorkflow();
				return basicGetWorkflow();
			case WedgePackage.REVIEW_STEP__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case WedgePackage.REVIEW_STEP__REVIEWER_ROLE:
				return getReviewerRole();
			case WedgePackage.REVIEW_STEP__BEFORE_LEARNERS:
				return isBeforeLearners();
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
			case WedgePackage.REVIEW_STEP__WORKFLOW:
				setWorkflow((Initiative)newValue);
				return;
			case WedgePackage.REVIEW_STEP__REVIEWER:
				setReviewer((Stakeholder)newValue);
				return;
			case WedgePackage.REVIEW_STEP__REVIEWER_ROLE:
				setReviewerRole((String)newValue);
				return;
			case WedgePackage.REVIEW_STEP__BEFORE_LEARNERS:
				setBeforeLearners((Boolean)newValue);
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
			case WedgePackage.REVIEW_STEP__WORKFLOW:
				setWorkflow((Initiative)null);
				return;
			case WedgePackage.REVIEW_STEP__REVIEWER:
				setReviewer((Stakeholder)null);
				return;
			case WedgePackage.REVIEW_STEP__REVIEWER_ROLE:
				setReviewerRole(REVIEWER_ROLE_EDEFAULT);
				return;
			case WedgePackage.REVIEW_STEP__BEFORE_LEARNERS:
				setBeforeLearners(BEFORE_LEARNERS_EDEFAULT);
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
			case WedgePackage.REVIEW_STEP__WORKFLOW:
				return workflow != null;
			case WedgePackage.REVIEW_STEP__REVIEWER:
				return reviewer != null;
			case WedgePackage.REVIEW_STEP__REVIEWER_ROLE:
				return REVIEWER_ROLE_EDEFAULT == null ? reviewerRole != null : !REVIEWER_ROLE_EDEFAULT.equals(reviewerRole);
			case WedgePackage.REVIEW_STEP__BEFORE_LEARNERS:
				return beforeLearners != BEFORE_LEARNERS_EDEFAULT;
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
		result.append(" (reviewerRole: ");
		result.append(reviewerRole);
		result.append(", beforeLearners: ");
		result.append(beforeLearners);
		result.append(')');
		return result.toString();
	}

} //ReviewStepImpl
