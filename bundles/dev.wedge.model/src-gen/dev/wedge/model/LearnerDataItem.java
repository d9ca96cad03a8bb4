/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learner Data Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item of the learner-data inventory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.LearnerDataItem#isPersonal <em>Personal</em>}</li>
 *   <li>{@link dev.wedge.model.LearnerDataItem#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link dev.wedge.model.LearnerDataItem#getAccess <em>Access</em>}</li>
 *   <li>{@link dev.wedge.model.LearnerDataItem#getRetention <em>Retention</em>}</li>
 *   <li>{@link dev.wedge.model.LearnerDataItem#getUsedBy <em>Used By</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getLearnerDataItem()
 * @model
 * @generated
 */
public interface LearnerDataItem extends Named {
	/**
	 * Returns the value of the '<em><b>Personal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personal</em>' attribute.
	 * @see #setPersonal(boolean)
	 * @see dev.wedge.model.WedgePackage#getLearnerDataItem_Personal()
	 * @model
	 * @generated
	 */
	boolean isPersonal();

	/**
	 * Sets the value of the '{@link dev.wedge.model.LearnerDataItem#isPersonal <em>Personal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal</em>' attribute.
	 * @see #isPersonal()
	 * @generated
	 */
	void setPersonal(boolean value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see dev.wedge.model.WedgePackage#getLearnerDataItem_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link dev.wedge.model.LearnerDataItem#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access</em>' attribute.
	 * @see #setAccess(String)
	 * @see dev.wedge.model.WedgePackage#getLearnerDataItem_Access()
	 * @model
	 * @generated
	 */
	String getAccess();

	/**
	 * Sets the value of the '{@link dev.wedge.model.LearnerDataItem#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' attribute.
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(String value);

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see #setRetention(String)
	 * @see dev.wedge.model.WedgePackage#getLearnerDataItem_Retention()
	 * @model
	 * @generated
	 */
	String getRetention();

	/**
	 * Sets the value of the '{@link dev.wedge.model.LearnerDataItem#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(String value);

	/**
	 * Returns the value of the '<em><b>Used By</b></em>' reference list.
	 * The list contents are of type {@link dev.wedge.model.Initiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used By</em>' reference list.
	 * @see dev.wedge.model.WedgePackage#getLearnerDataItem_UsedBy()
	 * @model
	 * @generated
	 */
	EList<Initiative> getUsedBy();

} // LearnerDataItem
