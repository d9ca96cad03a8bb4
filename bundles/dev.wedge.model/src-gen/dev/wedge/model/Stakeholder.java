/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stakeholder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone whose support the AI work needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Stakeholder#getRole <em>Role</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getGroup <em>Group</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getInfluence <em>Influence</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getInterest <em>Interest</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getStance <em>Stance</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getSuccessAnswer <em>Success Answer</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getActions <em>Actions</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getAwareness <em>Awareness</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getDesire <em>Desire</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getKnowledge <em>Knowledge</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getAbility <em>Ability</em>}</li>
 *   <li>{@link dev.wedge.model.Stakeholder#getReinforcement <em>Reinforcement</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getStakeholder()
 * @model
 * @generated
 */
public interface Stakeholder extends Named {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.StakeholderGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see dev.wedge.model.StakeholderGroup
	 * @see #setGroup(StakeholderGroup)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Group()
	 * @model
	 * @generated
	 */
	StakeholderGroup getGroup();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see dev.wedge.model.StakeholderGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StakeholderGroup value);

	/**
	 * Returns the value of the '<em><b>Influence</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Influence</em>' attribute.
	 * @see #setInfluence(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Influence()
	 * @model default="3"
	 * @generated
	 */
	int getInfluence();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getInfluence <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Influence</em>' attribute.
	 * @see #getInfluence()
	 * @generated
	 */
	void setInfluence(int value);

	/**
	 * Returns the value of the '<em><b>Interest</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interest</em>' attribute.
	 * @see #setInterest(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Interest()
	 * @model default="3"
	 * @generated
	 */
	int getInterest();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getInterest <em>Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interest</em>' attribute.
	 * @see #getInterest()
	 * @generated
	 */
	void setInterest(int value);

	/**
	 * Returns the value of the '<em><b>Stance</b></em>' attribute.
	 * The default value is <code>"NEUTRAL"</code>.
	 * The literals are from the enumeration {@link dev.wedge.model.Stance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stance</em>' attribute.
	 * @see dev.wedge.model.Stance
	 * @see #setStance(Stance)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Stance()
	 * @model default="NEUTRAL"
	 * @generated
	 */
	Stance getStance();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getStance <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stance</em>' attribute.
	 * @see dev.wedge.model.Stance
	 * @see #getStance()
	 * @generated
	 */
	void setStance(Stance value);

	/**
	 * Returns the value of the '<em><b>Success Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer to "What does success look like to you?".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Success Answer</em>' attribute.
	 * @see #setSuccessAnswer(String)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_SuccessAnswer()
	 * @model
	 * @generated
	 */
	String getSuccessAnswer();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getSuccessAnswer <em>Success Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success Answer</em>' attribute.
	 * @see #getSuccessAnswer()
	 * @generated
	 */
	void setSuccessAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Concerns</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Concern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concerns</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Concerns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Concern> getConcerns();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.ResponseAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResponseAction> getActions();

	/**
	 * Returns the value of the '<em><b>Awareness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ADKAR score 1..5 (0 = not assessed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Awareness</em>' attribute.
	 * @see #setAwareness(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Awareness()
	 * @model
	 * @generated
	 */
	int getAwareness();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getAwareness <em>Awareness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Awareness</em>' attribute.
	 * @see #getAwareness()
	 * @generated
	 */
	void setAwareness(int value);

	/**
	 * Returns the value of the '<em><b>Desire</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desire</em>' attribute.
	 * @see #setDesire(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Desire()
	 * @model
	 * @generated
	 */
	int getDesire();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getDesire <em>Desire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desire</em>' attribute.
	 * @see #getDesire()
	 * @generated
	 */
	void setDesire(int value);

	/**
	 * Returns the value of the '<em><b>Knowledge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knowledge</em>' attribute.
	 * @see #setKnowledge(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Knowledge()
	 * @model
	 * @generated
	 */
	int getKnowledge();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getKnowledge <em>Knowledge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knowledge</em>' attribute.
	 * @see #getKnowledge()
	 * @generated
	 */
	void setKnowledge(int value);

	/**
	 * Returns the value of the '<em><b>Ability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ability</em>' attribute.
	 * @see #setAbility(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Ability()
	 * @model
	 * @generated
	 */
	int getAbility();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getAbility <em>Ability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ability</em>' attribute.
	 * @see #getAbility()
	 * @generated
	 */
	void setAbility(int value);

	/**
	 * Returns the value of the '<em><b>Reinforcement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reinforcement</em>' attribute.
	 * @see #setReinforcement(int)
	 * @see dev.wedge.model.WedgePackage#getStakeholder_Reinforcement()
	 * @model
	 * @generated
	 */
	int getReinforcement();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Stakeholder#getReinforcement <em>Reinforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reinforcement</em>' attribute.
	 * @see #getReinforcement()
	 * @generated
	 */
	void setReinforcement(int value);

} // Stakeholder
