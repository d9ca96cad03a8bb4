/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A business goal executives care about (revenue, retention, productivity...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.BusinessGoal#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getBusinessGoal()
 * @model
 * @generated
 */
public interface BusinessGoal extends Named {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.wedge.model.WedgePackage#getBusinessGoal_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.wedge.model.BusinessGoal#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

} // BusinessGoal
