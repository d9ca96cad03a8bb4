/**
 */
package dev.wedge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cohort Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One value of a source's cohort column (Pilot Umeå) and the cohort it stands for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.CohortMapping#getValue <em>Value</em>}</li>
 *   <li>{@link dev.wedge.model.CohortMapping#getCohort <em>Cohort</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getCohortMapping()
 * @model
 * @generated
 */
public interface CohortMapping extends Identified {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see dev.wedge.model.WedgePackage#getCohortMapping_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link dev.wedge.model.CohortMapping#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Cohort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohort</em>' attribute.
	 * @see dev.wedge.model.Cohort
	 * @see #setCohort(Cohort)
	 * @see dev.wedge.model.WedgePackage#getCohortMapping_Cohort()
	 * @model
	 * @generated
	 */
	Cohort getCohort();

	/**
	 * Sets the value of the '{@link dev.wedge.model.CohortMapping#getCohort <em>Cohort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' attribute.
	 * @see dev.wedge.model.Cohort
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(Cohort value);

} // CohortMapping
