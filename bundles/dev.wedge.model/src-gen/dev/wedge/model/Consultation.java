/**
 */
package dev.wedge.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal/compliance consultation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Consultation#getParty <em>Party</em>}</li>
 *   <li>{@link dev.wedge.model.Consultation#getWho <em>Who</em>}</li>
 *   <li>{@link dev.wedge.model.Consultation#getDate <em>Date</em>}</li>
 *   <li>{@link dev.wedge.model.Consultation#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.wedge.model.Consultation#getNote <em>Note</em>}</li>
 *   <li>{@link dev.wedge.model.Consultation#getInitiatives <em>Initiatives</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getConsultation()
 * @model
 * @generated
 */
public interface Consultation extends Identified {
	/**
	 * Returns the value of the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Party</em>' attribute.
	 * @see #setParty(String)
	 * @see dev.wedge.model.WedgePackage#getConsultation_Party()
	 * @model
	 * @generated
	 */
	String getParty();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Consultation#getParty <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' attribute.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(String value);

	/**
	 * Returns the value of the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Who</em>' attribute.
	 * @see #setWho(String)
	 * @see dev.wedge.model.WedgePackage#getConsultation_Who()
	 * @model
	 * @generated
	 */
	String getWho();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Consultation#getWho <em>Who</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Who</em>' attribute.
	 * @see #getWho()
	 * @generated
	 */
	void setWho(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getConsultation_Date()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Consultation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.ConsultationOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see dev.wedge.model.ConsultationOutcome
	 * @see #setOutcome(ConsultationOutcome)
	 * @see dev.wedge.model.WedgePackage#getConsultation_Outcome()
	 * @model
	 * @generated
	 */
	ConsultationOutcome getOutcome();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Consultation#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see dev.wedge.model.ConsultationOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(ConsultationOutcome value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see dev.wedge.model.WedgePackage#getConsultation_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Consultation#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Initiatives</b></em>' reference list.
	 * The list contents are of type {@link dev.wedge.model.Initiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiatives</em>' reference list.
	 * @see dev.wedge.model.WedgePackage#getConsultation_Initiatives()
	 * @model
	 * @generated
	 */
	EList<Initiative> getInitiatives();

} // Consultation
