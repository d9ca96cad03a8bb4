/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A human review step in an AI content workflow, before content reaches learners.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.ReviewStep#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link dev.wedge.model.ReviewStep#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link dev.wedge.model.ReviewStep#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link dev.wedge.model.ReviewStep#isBeforeLearners <em>Before Learners</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getReviewStep()
 * @model
 * @generated
 */
public interface ReviewStep extends Named {
	/**
	 * Returns the value of the '<em><b>Workflow</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workflow</em>' reference.
	 * @see #setWorkflow(Initiative)
	 * @see dev.wedge.model.WedgePackage#getReviewStep_Workflow()
	 * @model
	 * @generated
	 */
	Initiative getWorkflow();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ReviewStep#getWorkflow <em>Workflow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workflow</em>' reference.
	 * @see #getWorkflow()
	 * @generated
	 */
	void setWorkflow(Initiative value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Stakeholder)
	 * @see dev.wedge.model.WedgePackage#getReviewStep_Reviewer()
	 * @model
	 * @generated
	 */
	Stakeholder getReviewer();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ReviewStep#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Stakeholder value);

	/**
	 * Returns the value of the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Role</em>' attribute.
	 * @see #setReviewerRole(String)
	 * @see dev.wedge.model.WedgePackage#getReviewStep_ReviewerRole()
	 * @model
	 * @generated
	 */
	String getReviewerRole();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ReviewStep#getReviewerRole <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Role</em>' attribute.
	 * @see #getReviewerRole()
	 * @generated
	 */
	void setReviewerRole(String value);

	/**
	 * Returns the value of the '<em><b>Before Learners</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before Learners</em>' attribute.
	 * @see #setBeforeLearners(boolean)
	 * @see dev.wedge.model.WedgePackage#getReviewStep_BeforeLearners()
	 * @model default="true"
	 * @generated
	 */
	boolean isBeforeLearners();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ReviewStep#isBeforeLearners <em>Before Learners</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Learners</em>' attribute.
	 * @see #isBeforeLearners()
	 * @generated
	 */
	void setBeforeLearners(boolean value);

} // ReviewStep
