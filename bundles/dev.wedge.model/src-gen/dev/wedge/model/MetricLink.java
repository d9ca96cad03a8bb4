/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The link from an initiative to the business metric it should drive.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.MetricLink#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.wedge.model.MetricLink#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link dev.wedge.model.MetricLink#getGap <em>Gap</em>}</li>
 *   <li>{@link dev.wedge.model.MetricLink#getExpectedChange <em>Expected Change</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getMetricLink()
 * @model
 * @generated
 */
public interface MetricLink extends Identified {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' reference.
	 * @see #setMetric(BusinessMetric)
	 * @see dev.wedge.model.WedgePackage#getMetricLink_Metric()
	 * @model
	 * @generated
	 */
	BusinessMetric getMetric();

	/**
	 * Sets the value of the '{@link dev.wedge.model.MetricLink#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(BusinessMetric value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assumption on the link: why the initiative should move the metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see dev.wedge.model.WedgePackage#getMetricLink_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link dev.wedge.model.MetricLink#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gap the initiative closes (used in the reframing sentence).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gap</em>' attribute.
	 * @see #setGap(String)
	 * @see dev.wedge.model.WedgePackage#getMetricLink_Gap()
	 * @model
	 * @generated
	 */
	String getGap();

	/**
	 * Sets the value of the '{@link dev.wedge.model.MetricLink#getGap <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap</em>' attribute.
	 * @see #getGap()
	 * @generated
	 */
	void setGap(String value);

	/**
	 * Returns the value of the '<em><b>Expected Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected change of the metric, in its unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Change</em>' attribute.
	 * @see #setExpectedChange(Double)
	 * @see dev.wedge.model.WedgePackage#getMetricLink_ExpectedChange()
	 * @model
	 * @generated
	 */
	Double getExpectedChange();

	/**
	 * Sets the value of the '{@link dev.wedge.model.MetricLink#getExpectedChange <em>Expected Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Change</em>' attribute.
	 * @see #getExpectedChange()
	 * @generated
	 */
	void setExpectedChange(Double value);

} // MetricLink
