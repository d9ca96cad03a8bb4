/**
 */
package dev.wedge.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Success Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A success criterion agreed before the pilot starts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getComparator <em>Comparator</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getAgreedBy <em>Agreed By</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getAgreedOn <em>Agreed On</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getLastEditedOn <em>Last Edited On</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getSource <em>Source</em>}</li>
 *   <li>{@link dev.wedge.model.SuccessCriterion#getRule <em>Rule</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getSuccessCriterion()
 * @model
 * @generated
 */
public interface SuccessCriterion extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getDescription <em>Description</em>}' attribute.
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
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_Metric()
	 * @model
	 * @generated
	 */
	BusinessMetric getMetric();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(BusinessMetric value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Comparator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see dev.wedge.model.Comparator
	 * @see #setComparator(Comparator)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_Comparator()
	 * @model
	 * @generated
	 */
	Comparator getComparator();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see dev.wedge.model.Comparator
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(Comparator value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_Threshold()
	 * @model
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Agreed By</b></em>' reference list.
	 * The list contents are of type {@link dev.wedge.model.Stakeholder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreed By</em>' reference list.
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_AgreedBy()
	 * @model
	 * @generated
	 */
	EList<Stakeholder> getAgreedBy();

	/**
	 * Returns the value of the '<em><b>Agreed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreed On</em>' attribute.
	 * @see #setAgreedOn(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_AgreedOn()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getAgreedOn();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getAgreedOn <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed On</em>' attribute.
	 * @see #getAgreedOn()
	 * @generated
	 */
	void setAgreedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Edited On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Edited On</em>' attribute.
	 * @see #setLastEditedOn(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_LastEditedOn()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getLastEditedOn();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getLastEditedOn <em>Last Edited On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Edited On</em>' attribute.
	 * @see #getLastEditedOn()
	 * @generated
	 */
	void setLastEditedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The skeptic whose "What does success look like to you?" answer it came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Stakeholder)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_Source()
	 * @model
	 * @generated
	 */
	Stakeholder getSource();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Stakeholder value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.DecisionRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the criterion is judged: the 95% interval must clear the threshold (default), or, only when agreed that way, the weaker point-estimate rule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see dev.wedge.model.DecisionRule
	 * @see #setRule(DecisionRule)
	 * @see dev.wedge.model.WedgePackage#getSuccessCriterion_Rule()
	 * @model
	 * @generated
	 */
	DecisionRule getRule();

	/**
	 * Sets the value of the '{@link dev.wedge.model.SuccessCriterion#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see dev.wedge.model.DecisionRule
	 * @see #getRule()
	 * @generated
	 */
	void setRule(DecisionRule value);

} // SuccessCriterion
