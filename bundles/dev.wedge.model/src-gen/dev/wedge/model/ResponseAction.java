/**
 */
package dev.wedge.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action that answers a stakeholder's concern.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.ResponseAction#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.wedge.model.ResponseAction#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.wedge.model.ResponseAction#getConcern <em>Concern</em>}</li>
 *   <li>{@link dev.wedge.model.ResponseAction#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.wedge.model.ResponseAction#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link dev.wedge.model.ResponseAction#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getResponseAction()
 * @model
 * @generated
 */
public interface ResponseAction extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.wedge.model.WedgePackage#getResponseAction_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ResponseAction#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.ResponseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.wedge.model.ResponseKind
	 * @see #setKind(ResponseKind)
	 * @see dev.wedge.model.WedgePackage#getResponseAction_Kind()
	 * @model
	 * @generated
	 */
	ResponseKind getKind();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ResponseAction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.wedge.model.ResponseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ResponseKind value);

	/**
	 * Returns the value of the '<em><b>Concern</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concern</em>' reference.
	 * @see #setConcern(Concern)
	 * @see dev.wedge.model.WedgePackage#getResponseAction_Concern()
	 * @model
	 * @generated
	 */
	Concern getConcern();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ResponseAction#getConcern <em>Concern</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concern</em>' reference.
	 * @see #getConcern()
	 * @generated
	 */
	void setConcern(Concern value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.wedge.model.WedgePackage#getResponseAction_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ResponseAction#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getResponseAction_DueDate()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ResponseAction#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.wedge.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see dev.wedge.model.WedgePackage#getResponseAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ResponseAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.wedge.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

} // ResponseAction
