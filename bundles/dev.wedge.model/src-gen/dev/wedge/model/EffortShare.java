/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Effort Share</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Share of the team's AI effort spent on one use.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.EffortShare#getUse <em>Use</em>}</li>
 *   <li>{@link dev.wedge.model.EffortShare#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getEffortShare()
 * @model
 * @generated
 */
public interface EffortShare extends Identified {
	/**
	 * Returns the value of the '<em><b>Use</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.AiUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use</em>' attribute.
	 * @see dev.wedge.model.AiUse
	 * @see #setUse(AiUse)
	 * @see dev.wedge.model.WedgePackage#getEffortShare_Use()
	 * @model
	 * @generated
	 */
	AiUse getUse();

	/**
	 * Sets the value of the '{@link dev.wedge.model.EffortShare#getUse <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use</em>' attribute.
	 * @see dev.wedge.model.AiUse
	 * @see #getUse()
	 * @generated
	 */
	void setUse(AiUse value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(double)
	 * @see dev.wedge.model.WedgePackage#getEffortShare_Percent()
	 * @model
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link dev.wedge.model.EffortShare#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

} // EffortShare
