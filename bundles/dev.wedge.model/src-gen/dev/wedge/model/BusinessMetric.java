/**
 */
package dev.wedge.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A business metric an initiative should drive, with its baseline, target and measurements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.BusinessMetric#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getDirection <em>Direction</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getGoal <em>Goal</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getValuePerUnit <em>Value Per Unit</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getCadenceDays <em>Cadence Days</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getStandardDeviation <em>Standard Deviation</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link dev.wedge.model.BusinessMetric#getImports <em>Imports</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getBusinessMetric()
 * @model
 * @generated
 */
public interface BusinessMetric extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.wedge.model.MetricKind
	 * @see #setKind(MetricKind)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.wedge.model.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see dev.wedge.model.Direction
	 * @see #setDirection(Direction)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see dev.wedge.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' reference.
	 * @see #setGoal(BusinessGoal)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Goal()
	 * @model
	 * @generated
	 */
	BusinessGoal getGoal();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getGoal <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(BusinessGoal value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Stakeholder)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Owner()
	 * @model
	 * @generated
	 */
	Stakeholder getOwner();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Stakeholder value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(Double)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Baseline()
	 * @model
	 * @generated
	 */
	Double getBaseline();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Double value);

	/**
	 * Returns the value of the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Date</em>' attribute.
	 * @see #setBaselineDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_BaselineDate()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getBaselineDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getBaselineDate <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Date</em>' attribute.
	 * @see #getBaselineDate()
	 * @generated
	 */
	void setBaselineDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_TargetDate()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getTargetDate <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Date</em>' attribute.
	 * @see #getTargetDate()
	 * @generated
	 */
	void setTargetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Value Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monetary value of one unit of change, for ROI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Per Unit</em>' attribute.
	 * @see #setValuePerUnit(Double)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_ValuePerUnit()
	 * @model
	 * @generated
	 */
	Double getValuePerUnit();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getValuePerUnit <em>Value Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Per Unit</em>' attribute.
	 * @see #getValuePerUnit()
	 * @generated
	 */
	void setValuePerUnit(Double value);

	/**
	 * Returns the value of the '<em><b>Cadence Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected days between measurements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cadence Days</em>' attribute.
	 * @see #setCadenceDays(int)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_CadenceDays()
	 * @model default="30"
	 * @generated
	 */
	int getCadenceDays();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getCadenceDays <em>Cadence Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadence Days</em>' attribute.
	 * @see #getCadenceDays()
	 * @generated
	 */
	void setCadenceDays(int value);

	/**
	 * Returns the value of the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spread of individual values, for the sample-size check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Deviation</em>' attribute.
	 * @see #setStandardDeviation(Double)
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_StandardDeviation()
	 * @model
	 * @generated
	 */
	Double getStandardDeviation();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessMetric#getStandardDeviation <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Deviation</em>' attribute.
	 * @see #getStandardDeviation()
	 * @generated
	 */
	void setStandardDeviation(Double value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.ImportRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One record per import into this metric (CSV, xAPI, pasted rows): where the measurements came from, how the file was read, and how many rows were read, imported and refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imports</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getBusinessMetric_Imports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportRecord> getImports();

} // BusinessMetric
