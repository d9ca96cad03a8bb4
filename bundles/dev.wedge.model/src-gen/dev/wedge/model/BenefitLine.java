/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benefit Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A first-year benefit of a pilot, as estimated.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.BenefitLine#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getUnitsChange <em>Units Change</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getAnnualValue <em>Annual Value</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getIsolation <em>Isolation</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getVolume <em>Volume</em>}</li>
 *   <li>{@link dev.wedge.model.BenefitLine#getVolumeUnit <em>Volume Unit</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getBenefitLine()
 * @model
 * @generated
 */
public interface BenefitLine extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' reference.
	 * @see #setMetric(BusinessMetric)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_Metric()
	 * @model
	 * @generated
	 */
	BusinessMetric getMetric();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(BusinessMetric value);

	/**
	 * Returns the value of the '<em><b>Units Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Improvement in metric units per year, in the metric's desired direction (1,440 hire-days sooner is 1440; a negative value is a loss); converted with the metric's value per unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units Change</em>' attribute.
	 * @see #setUnitsChange(Double)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_UnitsChange()
	 * @model
	 * @generated
	 */
	Double getUnitsChange();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getUnitsChange <em>Units Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units Change</em>' attribute.
	 * @see #getUnitsChange()
	 * @generated
	 */
	void setUnitsChange(Double value);

	/**
	 * Returns the value of the '<em><b>Annual Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monetary value per year, when not derived from a metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Value</em>' attribute.
	 * @see #setAnnualValue(Double)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_AnnualValue()
	 * @model
	 * @generated
	 */
	Double getAnnualValue();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getAnnualValue <em>Annual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Value</em>' attribute.
	 * @see #getAnnualValue()
	 * @generated
	 */
	void setAnnualValue(Double value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimator's confidence, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_Confidence()
	 * @model default="1.0"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Isolation</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the change attributed to the program, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isolation</em>' attribute.
	 * @see #setIsolation(double)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_Isolation()
	 * @model default="1.0"
	 * @generated
	 */
	double getIsolation();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getIsolation <em>Isolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isolation</em>' attribute.
	 * @see #getIsolation()
	 * @generated
	 */
	void setIsolation(double value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many units a year the units change is spread over (120 hires: 1,440 hire-days are 12 days per hire); empty: the units change is the metric's own change. The effect the line assumes is the units change / volume, compared with the one measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #setVolume(Double)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_Volume()
	 * @model
	 * @generated
	 */
	Double getVolume();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(Double value);

	/**
	 * Returns the value of the '<em><b>Volume Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the volume counts, plural ("hires").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Unit</em>' attribute.
	 * @see #setVolumeUnit(String)
	 * @see dev.wedge.model.WedgePackage#getBenefitLine_VolumeUnit()
	 * @model
	 * @generated
	 */
	String getVolumeUnit();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BenefitLine#getVolumeUnit <em>Volume Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Unit</em>' attribute.
	 * @see #getVolumeUnit()
	 * @generated
	 */
	void setVolumeUnit(String value);

} // BenefitLine
