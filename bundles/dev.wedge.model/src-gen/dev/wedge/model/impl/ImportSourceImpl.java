/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.CohortMapping;
import dev.wedge.model.ImportSource;
import dev.wedge.model.WedgePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.ImportSourceImpl#getCohorts <em>Cohorts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportSourceImpl extends NamedImpl implements ImportSource {
	/**
	 * The cached value of the '{@link #getCohorts() <em>Cohorts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohorts()
	 * @generated
	 * @ordered
	 */
	protected EList<CohortMapping> cohorts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.IMPORT_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CohortMapping> getCohorts() {
		if (cohorts == null) {
			cohorts = new EObjectContainmentEList<CohortMapping>(CohortMapping.class, this, WedgePackage.IMPORT_SOURCE__COHORTS);
		}
		return cohorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.IMPORT_SOURCE__COHORTS:
				return ((InternalEList<?>)getCohorts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.IMPORT_SOURCE__COHORTS:
				return getCohorts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WedgePackage.IMPORT_SOURCE__COHORTS:
				getCohorts().clear();
				getCohorts().addAll((Collection<? extends CohortMapping>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WedgePackage.IMPORT_SOURCE__COHORTS:
				getCohorts().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WedgePackage.IMPORT_SOURCE__COHORTS:
				return cohorts != null && !cohorts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ImportSourceImpl
