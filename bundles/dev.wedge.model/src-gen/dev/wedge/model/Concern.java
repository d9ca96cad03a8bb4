/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concern</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stated concern and its root cause.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Concern#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.wedge.model.Concern#getRootCause <em>Root Cause</em>}</li>
 *   <li>{@link dev.wedge.model.Concern#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getConcern()
 * @model
 * @generated
 */
public interface Concern extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.wedge.model.WedgePackage#getConcern_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Concern#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Root Cause</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.RootCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Cause</em>' attribute.
	 * @see dev.wedge.model.RootCause
	 * @see #setRootCause(RootCause)
	 * @see dev.wedge.model.WedgePackage#getConcern_RootCause()
	 * @model
	 * @generated
	 */
	RootCause getRootCause();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Concern#getRootCause <em>Root Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Cause</em>' attribute.
	 * @see dev.wedge.model.RootCause
	 * @see #getRootCause()
	 * @generated
	 */
	void setRootCause(RootCause value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"MEDIUM"</code>.
	 * The literals are from the enumeration {@link dev.wedge.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see dev.wedge.model.Level
	 * @see #setSeverity(Level)
	 * @see dev.wedge.model.WedgePackage#getConcern_Severity()
	 * @model default="MEDIUM"
	 * @generated
	 */
	Level getSeverity();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Concern#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see dev.wedge.model.Level
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Level value);

} // Concern
