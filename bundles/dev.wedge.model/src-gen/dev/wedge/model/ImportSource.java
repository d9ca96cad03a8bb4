/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source files are imported from, named by the user (an HRIS extract, an LRS), and how its cohort values map onto the model's cohorts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.ImportSource#getCohorts <em>Cohorts</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getImportSource()
 * @model
 * @generated
 */
public interface ImportSource extends Named {
	/**
	 * Returns the value of the '<em><b>Cohorts</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.CohortMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohorts</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getImportSource_Cohorts()
	 * @model containment="true"
	 * @generated
	 */
	EList<CohortMapping> getCohorts();

} // ImportSource
