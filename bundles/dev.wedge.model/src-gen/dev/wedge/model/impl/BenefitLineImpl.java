/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.WedgePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Benefit Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getUnitsChange <em>Units Change</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getAnnualValue <em>Annual Value</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getIsolation <em>Isolation</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BenefitLineImpl#getVolumeUnit <em>Volume Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BenefitLineImpl extends IdentifiedImpl implements BenefitLine {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected BusinessMetric metric;

	/**
	 * The default value of the '{@link #getUnitsChange() <em>Units Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitsChange()
	 * @generated
	 * @ordered
	 */
	protected static final Double UNITS_CHANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitsChange() <em>Units Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitsChange()
	 * @generated
	 * @ordered
	 */
	protected Double unitsChange = UNITS_CHANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualValue() <em>Annual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double ANNUAL_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualValue() <em>Annual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualValue()
	 * @generated
	 * @ordered
	 */
	protected Double annualValue = ANNUAL_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsolation() <em>Isolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolation()
	 * @generated
	 * @ordered
	 */
	protected static final double ISOLATION_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getIsolation() <em>Isolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsolation()
	 * @generated
	 * @ordered
	 */
	protected double isolation = ISOLATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected static final Double VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected Double volume = VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeUnit() <em>Volume Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolumeUnit() <em>Volume Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeUnit()
	 * @generated
	 * @ordered
	 */
	protected String volumeUnit = VOLUME_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BenefitLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.BENEFIT_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessMetric getMetric() {
		if (metric != null && metric.eIsProxy()) {
			InternalEObject oldMetric = (InternalEObject)metric;
			metric = (BusinessMetric)eResolveProxy(oldMetric);
			if (metric != oldMetric) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.BENEFIT_LINE__METRIC, oldMetric, metric));
			}
		}
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessMetric basicGetMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(BusinessMetric newMetric) {
		BusinessMetric oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getUnitsChange() {
		return unitsChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitsChange(Double newUnitsChange) {
		Double oldUnitsChange = unitsChange;
		unitsChange = newUnitsChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__UNITS_CHANGE, oldUnitsChange, unitsChange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAnnualValue() {
		return annualValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualValue(Double newAnnualValue) {
		Double oldAnnualValue = annualValue;
		annualValue = newAnnualValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__ANNUAL_VALUE, oldAnnualValue, annualValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIsolation() {
		return isolation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsolation(double newIsolation) {
		double oldIsolation = isolation;
		isolation = newIsolation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__ISOLATION, oldIsolation, isolation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(Double newVolume) {
		Double oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolumeUnit() {
		return volumeUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeUnit(String newVolumeUnit) {
		String oldVolumeUnit = volumeUnit;
		volumeUnit = newVolumeUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BENEFIT_LINE__VOLUME_UNIT, oldVolumeUnit, volumeUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.BENEFIT_LINE__DESCRIPTION:
				return getDescription();
			case WedgePackage.BENEFIT_LINE__METRIC:
				if (resolve) return getMetric();
				return basicGetMetric();
			case WedgePackage.BENEFIT_LINE__UNITS_CHANGE:
				return getUnitsChange();
			case WedgePackage.BENEFIT_LINE__ANNUAL_VALUE:
				return getAnnualValue();
			case WedgePackage.BENEFIT_LINE__CONFIDENCE:
				return getConfidence();
			case WedgePackage.BENEFIT_LINE__ISOLATION:
				return getIsolation();
			case WedgePackage.BENEFIT_LINE__VOLUME:
				return getVolume();
			case WedgePackage.BENEFIT_LINE__VOLUME_UNIT:
				return getVolumeUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WedgePackage.BENEFIT_LINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__METRIC:
				setMetric((BusinessMetric)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__UNITS_CHANGE:
				setUnitsChange((Double)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__ANNUAL_VALUE:
				setAnnualValue((Double)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__ISOLATION:
				setIsolation((Double)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__VOLUME:
				setVolume((Double)newValue);
				return;
			case WedgePackage.BENEFIT_LINE__VOLUME_UNIT:
				setVolumeUnit((String)newValue);
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
			case WedgePackage.BENEFIT_LINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case WedgePackage.BENEFIT_LINE__METRIC:
				setMetric((BusinessMetric)null);
				return;
			case WedgePackage.BENEFIT_LINE__UNITS_CHANGE:
				setUnitsChange(UNITS_CHANGE_EDEFAULT);
				return;
			case WedgePackage.BENEFIT_LINE__ANNUAL_VALUE:
				setAnnualValue(ANNUAL_VALUE_EDEFAULT);
				return;
			case WedgePackage.BENEFIT_LINE__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case WedgePackage.BENEFIT_LINE__ISOLATION:
				setIsolation(ISOLATION_EDEFAULT);
				return;
			case WedgePackage.BENEFIT_LINE__VOLUME:
				setVolume(VOLUME_EDEFAULT);
				return;
			case WedgePackage.BENEFIT_LINE__VOLUME_UNIT:
				setVolumeUnit(VOLUME_UNIT_EDEFAULT);
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
			case WedgePackage.BENEFIT_LINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case WedgePackage.BENEFIT_LINE__METRIC:
				return metric != null;
			case WedgePackage.BENEFIT_LINE__UNITS_CHANGE:
				return UNITS_CHANGE_EDEFAULT == null ? unitsChange != null : !UNITS_CHANGE_EDEFAULT.equals(unitsChange);
			case WedgePackage.BENEFIT_LINE__ANNUAL_VALUE:
				return ANNUAL_VALUE_EDEFAULT == null ? annualValue != null : !ANNUAL_VALUE_EDEFAULT.equals(annualValue);
			case WedgePackage.BENEFIT_LINE__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case WedgePackage.BENEFIT_LINE__ISOLATION:
				return isolation != ISOLATION_EDEFAULT;
			case WedgePackage.BENEFIT_LINE__VOLUME:
				return VOLUME_EDEFAULT == null ? volume != null : !VOLUME_EDEFAULT.equals(volume);
			case WedgePackage.BENEFIT_LINE__VOLUME_UNIT:
				return VOLUME_UNIT_EDEFAULT == null ? volumeUnit != null : !VOLUME_UNIT_EDEFAULT.equals(volumeUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", unitsChange: ");
		result.append(unitsChange);
		result.append(", annualValue: ");
		result.append(annualValue);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", isolation: ");
		result.append(isolation);
		result.append(", volume: ");
		result.append(volume);
		result.append(", volumeUnit: ");
		result.append(volumeUnit);
		result.append(')');
		return result.toString();
	}

} //BenefitLineImpl
