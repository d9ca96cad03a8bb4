/**
 */
package dev.wedge.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rebaseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A deliberate, recorded change to frozen success criteria, or to the plan of a pilot (its start date moved when it started early).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Rebaseline#getDate <em>Date</em>}</li>
 *   <li>{@link dev.wedge.model.Rebaseline#getReason <em>Reason</em>}</li>
 *   <li>{@link dev.wedge.model.Rebaseline#getChange <em>Change</em>}</li>
 *   <li>{@link dev.wedge.model.Rebaseline#getCriterion <em>Criterion</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getRebaseline()
 * @model
 * @generated
 */
public interface Rebaseline extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getRebaseline_Date()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Rebaseline#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see dev.wedge.model.WedgePackage#getRebaseline_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Rebaseline#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change</em>' attribute.
	 * @see #setChange(String)
	 * @see dev.wedge.model.WedgePackage#getRebaseline_Change()
	 * @model
	 * @generated
	 */
	String getChange();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Rebaseline#getChange <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' attribute.
	 * @see #getChange()
	 * @generated
	 */
	void setChange(String value);

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(SuccessCriterion)
	 * @see dev.wedge.model.WedgePackage#getRebaseline_Criterion()
	 * @model
	 * @generated
	 */
	SuccessCriterion getCriterion();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Rebaseline#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(SuccessCriterion value);

} // Rebaseline
