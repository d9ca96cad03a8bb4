/**
 */
package dev.wedge.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maturity Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where the team stands, and how its AI effort splits by use.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.MaturityAssessment#getStage <em>Stage</em>}</li>
 *   <li>{@link dev.wedge.model.MaturityAssessment#getAssessedOn <em>Assessed On</em>}</li>
 *   <li>{@link dev.wedge.model.MaturityAssessment#getEfforts <em>Efforts</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getMaturityAssessment()
 * @model
 * @generated
 */
public interface MaturityAssessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.MaturityStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see dev.wedge.model.MaturityStage
	 * @see #setStage(MaturityStage)
	 * @see dev.wedge.model.WedgePackage#getMaturityAssessment_Stage()
	 * @model
	 * @generated
	 */
	MaturityStage getStage();

	/**
	 * Sets the value of the '{@link dev.wedge.model.MaturityAssessment#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see dev.wedge.model.MaturityStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(MaturityStage value);

	/**
	 * Returns the value of the '<em><b>Assessed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessed On</em>' attribute.
	 * @see #setAssessedOn(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getMaturityAssessment_AssessedOn()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getAssessedOn();

	/**
	 * Sets the value of the '{@link dev.wedge.model.MaturityAssessment#getAssessedOn <em>Assessed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed On</em>' attribute.
	 * @see #getAssessedOn()
	 * @generated
	 */
	void setAssessedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Efforts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.EffortShare}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Efforts</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getMaturityAssessment_Efforts()
	 * @model containment="true"
	 * @generated
	 */
	EList<EffortShare> getEfforts();

} // MaturityAssessment
