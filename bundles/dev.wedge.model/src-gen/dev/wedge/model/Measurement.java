/**
 */
package dev.wedge.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One measured value of a metric.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Measurement#getDate <em>Date</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getCohort <em>Cohort</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getPilot <em>Pilot</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getSource <em>Source</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getNote <em>Note</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getSubject <em>Subject</em>}</li>
 *   <li>{@link dev.wedge.model.Measurement#getImportRecord <em>Import Record</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Date()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Cohort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohort</em>' attribute.
	 * @see dev.wedge.model.Cohort
	 * @see #setCohort(Cohort)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Cohort()
	 * @model
	 * @generated
	 */
	Cohort getCohort();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getCohort <em>Cohort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' attribute.
	 * @see dev.wedge.model.Cohort
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(Cohort value);

	/**
	 * Returns the value of the '<em><b>Pilot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pilot</em>' reference.
	 * @see #setPilot(Pilot)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Pilot()
	 * @model
	 * @generated
	 */
	Pilot getPilot();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getPilot <em>Pilot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pilot</em>' reference.
	 * @see #getPilot()
	 * @generated
	 */
	void setPilot(Pilot value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional pseudonymous key of the person measured (a salted hash, never a name or mbox), so that before and after can be paired by person. Never shown in briefs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Import Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The import this measurement came from; empty when it was entered by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Import Record</em>' reference.
	 * @see #setImportRecord(ImportRecord)
	 * @see dev.wedge.model.WedgePackage#getMeasurement_ImportRecord()
	 * @model
	 * @generated
	 */
	ImportRecord getImportRecord();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Measurement#getImportRecord <em>Import Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Import Record</em>' reference.
	 * @see #getImportRecord()
	 * @generated
	 */
	void setImportRecord(ImportRecord value);

} // Measurement
