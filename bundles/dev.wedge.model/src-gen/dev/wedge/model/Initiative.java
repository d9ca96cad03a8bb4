/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An AI initiative of the L&D team.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Initiative#getUse <em>Use</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getIntent <em>Intent</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#isUsesAiContent <em>Uses Ai Content</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getBusinessProblem <em>Business Problem</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getReframing <em>Reframing</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getLinks <em>Links</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getRiskArea <em>Risk Area</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getRiskClass <em>Risk Class</em>}</li>
 *   <li>{@link dev.wedge.model.Initiative#getRiskNote <em>Risk Note</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getInitiative()
 * @model
 * @generated
 */
public interface Initiative extends Named {
	/**
	 * Returns the value of the '<em><b>Use</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.AiUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use</em>' attribute.
	 * @see dev.wedge.model.AiUse
	 * @see #setUse(AiUse)
	 * @see dev.wedge.model.WedgePackage#getInitiative_Use()
	 * @model
	 * @generated
	 */
	AiUse getUse();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getUse <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use</em>' attribute.
	 * @see dev.wedge.model.AiUse
	 * @see #getUse()
	 * @generated
	 */
	void setUse(AiUse value);

	/**
	 * Returns the value of the '<em><b>Intent</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Intent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intent</em>' attribute.
	 * @see dev.wedge.model.Intent
	 * @see #setIntent(Intent)
	 * @see dev.wedge.model.WedgePackage#getInitiative_Intent()
	 * @model
	 * @generated
	 */
	Intent getIntent();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getIntent <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intent</em>' attribute.
	 * @see dev.wedge.model.Intent
	 * @see #getIntent()
	 * @generated
	 */
	void setIntent(Intent value);

	/**
	 * Returns the value of the '<em><b>Uses Ai Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the initiative puts AI-generated content in front of learners. Unset means not recorded yet: the governance gate asks instead of assuming no.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uses Ai Content</em>' attribute.
	 * @see #isSetUsesAiContent()
	 * @see #unsetUsesAiContent()
	 * @see #setUsesAiContent(boolean)
	 * @see dev.wedge.model.WedgePackage#getInitiative_UsesAiContent()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isUsesAiContent();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#isUsesAiContent <em>Uses Ai Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uses Ai Content</em>' attribute.
	 * @see #isSetUsesAiContent()
	 * @see #unsetUsesAiContent()
	 * @see #isUsesAiContent()
	 * @generated
	 */
	void setUsesAiContent(boolean value);

	/**
	 * Unsets the value of the '{@link dev.wedge.model.Initiative#isUsesAiContent <em>Uses Ai Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUsesAiContent()
	 * @see #isUsesAiContent()
	 * @see #setUsesAiContent(boolean)
	 * @generated
	 */
	void unsetUsesAiContent();

	/**
	 * Returns whether the value of the '{@link dev.wedge.model.Initiative#isUsesAiContent <em>Uses Ai Content</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uses Ai Content</em>' attribute is set.
	 * @see #unsetUsesAiContent()
	 * @see #isUsesAiContent()
	 * @see #setUsesAiContent(boolean)
	 * @generated
	 */
	boolean isSetUsesAiContent();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.InitiativeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.wedge.model.InitiativeStatus
	 * @see #setStatus(InitiativeStatus)
	 * @see dev.wedge.model.WedgePackage#getInitiative_Status()
	 * @model
	 * @generated
	 */
	InitiativeStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.wedge.model.InitiativeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InitiativeStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.wedge.model.WedgePackage#getInitiative_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Business Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Problem</em>' attribute.
	 * @see #setBusinessProblem(String)
	 * @see dev.wedge.model.WedgePackage#getInitiative_BusinessProblem()
	 * @model
	 * @generated
	 */
	String getBusinessProblem();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getBusinessProblem <em>Business Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Problem</em>' attribute.
	 * @see #getBusinessProblem()
	 * @generated
	 */
	void setBusinessProblem(String value);

	/**
	 * Returns the value of the '<em><b>Reframing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "We're using <initiative> to close <gap> that is slowing <metric>."
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reframing</em>' attribute.
	 * @see #setReframing(String)
	 * @see dev.wedge.model.WedgePackage#getInitiative_Reframing()
	 * @model
	 * @generated
	 */
	String getReframing();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getReframing <em>Reframing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reframing</em>' attribute.
	 * @see #getReframing()
	 * @generated
	 */
	void setReframing(String value);

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.MetricLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getInitiative_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Risk Area</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.RiskArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Area</em>' attribute.
	 * @see dev.wedge.model.RiskArea
	 * @see #setRiskArea(RiskArea)
	 * @see dev.wedge.model.WedgePackage#getInitiative_RiskArea()
	 * @model
	 * @generated
	 */
	RiskArea getRiskArea();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getRiskArea <em>Risk Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Area</em>' attribute.
	 * @see dev.wedge.model.RiskArea
	 * @see #getRiskArea()
	 * @generated
	 */
	void setRiskArea(RiskArea value);

	/**
	 * Returns the value of the '<em><b>Risk Class</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.RiskClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Class</em>' attribute.
	 * @see dev.wedge.model.RiskClass
	 * @see #setRiskClass(RiskClass)
	 * @see dev.wedge.model.WedgePackage#getInitiative_RiskClass()
	 * @model
	 * @generated
	 */
	RiskClass getRiskClass();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getRiskClass <em>Risk Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Class</em>' attribute.
	 * @see dev.wedge.model.RiskClass
	 * @see #getRiskClass()
	 * @generated
	 */
	void setRiskClass(RiskClass value);

	/**
	 * Returns the value of the '<em><b>Risk Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Note</em>' attribute.
	 * @see #setRiskNote(String)
	 * @see dev.wedge.model.WedgePackage#getInitiative_RiskNote()
	 * @model
	 * @generated
	 */
	String getRiskNote();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Initiative#getRiskNote <em>Risk Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Note</em>' attribute.
	 * @see #getRiskNote()
	 * @generated
	 */
	void setRiskNote(String value);

} // Initiative
