/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The minimum three: review steps, a learner-data answer, legal consulted before scaling.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Governance#getDataStatement <em>Data Statement</em>}</li>
 *   <li>{@link dev.wedge.model.Governance#getReviewSteps <em>Review Steps</em>}</li>
 *   <li>{@link dev.wedge.model.Governance#getLearnerData <em>Learner Data</em>}</li>
 *   <li>{@link dev.wedge.model.Governance#getConsultations <em>Consultations</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getGovernance()
 * @model
 * @generated
 */
public interface Governance extends Identified {
	/**
	 * Returns the value of the '<em><b>Data Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clear answer to "What learner data do we use, and who has access?".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Statement</em>' attribute.
	 * @see #setDataStatement(String)
	 * @see dev.wedge.model.WedgePackage#getGovernance_DataStatement()
	 * @model
	 * @generated
	 */
	String getDataStatement();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Governance#getDataStatement <em>Data Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Statement</em>' attribute.
	 * @see #getDataStatement()
	 * @generated
	 */
	void setDataStatement(String value);

	/**
	 * Returns the value of the '<em><b>Review Steps</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.ReviewStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Steps</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getGovernance_ReviewSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewStep> getReviewSteps();

	/**
	 * Returns the value of the '<em><b>Learner Data</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.LearnerDataItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learner Data</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getGovernance_LearnerData()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearnerDataItem> getLearnerData();

	/**
	 * Returns the value of the '<em><b>Consultations</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Consultation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultations</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getGovernance_Consultations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consultation> getConsultations();

} // Governance
