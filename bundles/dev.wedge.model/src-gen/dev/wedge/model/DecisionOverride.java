/**
 */
package dev.wedge.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage-gate decision taken although the success criteria were not met under their rule: when, what, what the evidence read, why, and who decided.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.DecisionOverride#getDate <em>Date</em>}</li>
 *   <li>{@link dev.wedge.model.DecisionOverride#getDecision <em>Decision</em>}</li>
 *   <li>{@link dev.wedge.model.DecisionOverride#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.wedge.model.DecisionOverride#getReason <em>Reason</em>}</li>
 *   <li>{@link dev.wedge.model.DecisionOverride#getBy <em>By</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getDecisionOverride()
 * @model
 * @generated
 */
public interface DecisionOverride extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getDecisionOverride_Date()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.DecisionOverride#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see dev.wedge.model.Decision
	 * @see #setDecision(Decision)
	 * @see dev.wedge.model.WedgePackage#getDecisionOverride_Decision()
	 * @model
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link dev.wedge.model.DecisionOverride#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see dev.wedge.model.Decision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the criteria read when the decision was taken ("inconclusive", "not met").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see dev.wedge.model.WedgePackage#getDecisionOverride_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link dev.wedge.model.DecisionOverride#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see dev.wedge.model.WedgePackage#getDecisionOverride_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link dev.wedge.model.DecisionOverride#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who took the decision and answers for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' reference.
	 * @see #setBy(Stakeholder)
	 * @see dev.wedge.model.WedgePackage#getDecisionOverride_By()
	 * @model
	 * @generated
	 */
	Stakeholder getBy();

	/**
	 * Sets the value of the '{@link dev.wedge.model.DecisionOverride#getBy <em>By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' reference.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(Stakeholder value);

} // DecisionOverride
