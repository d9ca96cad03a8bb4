/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Direction;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.Measurement;
import dev.wedge.model.MetricKind;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Business Metric</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getValuePerUnit <em>Value Per Unit</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getCadenceDays <em>Cadence Days</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getStandardDeviation <em>Standard Deviation</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link dev.wedge.model.impl.BusinessMetricImpl#getImports <em>Imports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessMetricImpl extends NamedImpl implements BusinessMetric {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MetricKind KIND_EDEFAULT = MetricKind.TIME_TO_PRODUCTIVITY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MetricKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.INCREASE;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected BusinessGoal goal;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Stakeholder owner;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final Double BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Double baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineDate = BASELINE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDate() <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TARGET_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDate() <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate targetDate = TARGET_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValuePerUnit() <em>Value Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_PER_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValuePerUnit() <em>Value Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePerUnit()
	 * @generated
	 * @ordered
	 */
	protected Double valuePerUnit = VALUE_PER_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCadenceDays() <em>Cadence Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadenceDays()
	 * @generated
	 * @ordered
	 */
	protected static final int CADENCE_DAYS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getCadenceDays() <em>Cadence Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadenceDays()
	 * @generated
	 * @ordered
	 */
	protected int cadenceDays = CADENCE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardDeviation() <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardDeviation()
	 * @generated
	 * @ordered
	 */
	protected static final Double STANDARD_DEVIATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStandardDeviation() <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardDeviation()
	 * @generated
	 * @ordered
	 */
	protected Double standardDeviation = STANDARD_DEVIATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * The cached value of the '{@link #getImports() <em>Imports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImports()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportRecord> imports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessMetricImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.BUSINESS_METRIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MetricKind newKind) {
		MetricKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessGoal getGoal() {
		if (goal != null && goal.eIsProxy()) {
			InternalEObject oldGoal = (InternalEObject)goal;
			goal = (BusinessGoal)eResolveProxy(oldGoal);
			if (goal != oldGoal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.BUSINESS_METRIC__GOAL, oldGoal, goal));
			}
		}
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessGoal basicGetGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(BusinessGoal newGoal) {
		BusinessGoal oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Stakeholder)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.BUSINESS_METRIC__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stakeholder basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Stakeholder newOwner) {
		Stakeholder oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Double newBaseline) {
		Double oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineDate() {
		return baselineDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineDate(LocalDate newBaselineDate) {
		LocalDate oldBaselineDate = baselineDate;
		baselineDate = newBaselineDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__BASELINE_DATE, oldBaselineDate, baselineDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Double newTarget) {
		Double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTargetDate() {
		return targetDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDate(LocalDate newTargetDate) {
		LocalDate oldTargetDate = targetDate;
		targetDate = newTargetDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__TARGET_DATE, oldTargetDate, targetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValuePerUnit() {
		return valuePerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValuePerUnit(Double newValuePerUnit) {
		Double oldValuePerUnit = valuePerUnit;
		valuePerUnit = newValuePerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__VALUE_PER_UNIT, oldValuePerUnit, valuePerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCadenceDays() {
		return cadenceDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCadenceDays(int newCadenceDays) {
		int oldCadenceDays = cadenceDays;
		cadenceDays = newCadenceDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__CADENCE_DAYS, oldCadenceDays, cadenceDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getStandardDeviation() {
		return standardDeviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardDeviation(Double newStandardDeviation) {
		Double oldStandardDeviation = standardDeviation;
		standardDeviation = newStandardDeviation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.BUSINESS_METRIC__STANDARD_DEVIATION, oldStandardDeviation, standardDeviation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, WedgePackage.BUSINESS_METRIC__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportRecord> getImports() {
		if (imports == null) {
			imports = new EObjectContainmentEList<ImportRecord>(ImportRecord.class, this, WedgePackage.BUSINESS_METRIC__IMPORTS);
		}
		return imports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.BUSINESS_METRIC__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
			case WedgePackage.BUSINESS_METRIC__IMPORTS:
				return ((InternalEList<?>)getImports()).basicRemove(otherEnd, msgs);
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
			case WedgePackage.BUSINESS_METRIC__KIND:
				return getKind();
			case WedgePackage.BUSINESS_METRIC__UNIT:
				return getUnit();
			case WedgePackage.BUSINESS_METRIC__DIRECTION:
				return getDirection();
			case WedgePackage.BUSINESS_METRIC__GOAL:
				if (resolve) return getGoal();
				return basicGetGoal();
			case WedgePackage.BUSINESS_METRIC__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case WedgePackage.BUSINESS_METRIC__BASELINE:
				return getBaseline();
			case WedgePackage.BUSINESS_METRIC__BASELINE_DATE:
				return getBaselineDate();
			case WedgePackage.BUSINESS_METRIC__TARGET:
				return getTarget();
			case WedgePackage.BUSINESS_METRIC__TARGET_DATE:
				return getTargetDate();
			case WedgePackage.BUSINESS_METRIC__VALUE_PER_UNIT:
				return getValuePerUnit();
			case WedgePackage.BUSINESS_METRIC__CADENCE_DAYS:
				return getCadenceDays();
			case WedgePackage.BUSINESS_METRIC__STANDARD_DEVIATION:
				return getStandardDeviation();
			case WedgePackage.BUSINESS_METRIC__MEASUREMENTS:
				return getMeasurements();
			case WedgePackage.BUSINESS_METRIC__IMPORTS:
				return getImports();
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
			case WedgePackage.BUSINESS_METRIC__KIND:
				setKind((MetricKind)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__UNIT:
				setUnit((String)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__GOAL:
				setGoal((BusinessGoal)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__OWNER:
				setOwner((Stakeholder)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__BASELINE:
				setBaseline((Double)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__BASELINE_DATE:
				setBaselineDate((LocalDate)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__TARGET:
				setTarget((Double)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__TARGET_DATE:
				setTargetDate((LocalDate)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__VALUE_PER_UNIT:
				setValuePerUnit((Double)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__CADENCE_DAYS:
				setCadenceDays((Integer)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__STANDARD_DEVIATION:
				setStandardDeviation((Double)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
			case WedgePackage.BUSINESS_METRIC__IMPORTS:
				getImports().clear();
				getImports().addAll((Collection<? extends ImportRecord>)newValue);
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
			case WedgePackage.BUSINESS_METRIC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__GOAL:
				setGoal((BusinessGoal)null);
				return;
			case WedgePackage.BUSINESS_METRIC__OWNER:
				setOwner((Stakeholder)null);
				return;
			case WedgePackage.BUSINESS_METRIC__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__BASELINE_DATE:
				setBaselineDate(BASELINE_DATE_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__TARGET_DATE:
				setTargetDate(TARGET_DATE_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__VALUE_PER_UNIT:
				setValuePerUnit(VALUE_PER_UNIT_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__CADENCE_DAYS:
				setCadenceDays(CADENCE_DAYS_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__STANDARD_DEVIATION:
				setStandardDeviation(STANDARD_DEVIATION_EDEFAULT);
				return;
			case WedgePackage.BUSINESS_METRIC__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case WedgePackage.BUSINESS_METRIC__IMPORTS:
				getImports().clear();
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
			case WedgePackage.BUSINESS_METRIC__KIND:
				return kind != KIND_EDEFAULT;
			case WedgePackage.BUSINESS_METRIC__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case WedgePackage.BUSINESS_METRIC__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case WedgePackage.BUSINESS_METRIC__GOAL:
				return goal != null;
			case WedgePackage.BUSINESS_METRIC__OWNER:
				return owner != null;
			case WedgePackage.BUSINESS_METRIC__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case WedgePackage.BUSINESS_METRIC__BASELINE_DATE:
				return BASELINE_DATE_EDEFAULT == null ? baselineDate != null : !BASELINE_DATE_EDEFAULT.equals(baselineDate);
			case WedgePackage.BUSINESS_METRIC__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case WedgePackage.BUSINESS_METRIC__TARGET_DATE:
				return TARGET_DATE_EDEFAULT == null ? targetDate != null : !TARGET_DATE_EDEFAULT.equals(targetDate);
			case WedgePackage.BUSINESS_METRIC__VALUE_PER_UNIT:
				return VALUE_PER_UNIT_EDEFAULT == null ? valuePerUnit != null : !VALUE_PER_UNIT_EDEFAULT.equals(valuePerUnit);
			case WedgePackage.BUSINESS_METRIC__CADENCE_DAYS:
				return cadenceDays != CADENCE_DAYS_EDEFAULT;
			case WedgePackage.BUSINESS_METRIC__STANDARD_DEVIATION:
				return STANDARD_DEVIATION_EDEFAULT == null ? standardDeviation != null : !STANDARD_DEVIATION_EDEFAULT.equals(standardDeviation);
			case WedgePackage.BUSINESS_METRIC__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case WedgePackage.BUSINESS_METRIC__IMPORTS:
				return imports != null && !imports.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", baselineDate: ");
		result.append(baselineDate);
		result.append(", target: ");
		result.append(target);
		result.append(", targetDate: ");
		result.append(targetDate);
		result.append(", valuePerUnit: ");
		result.append(valuePerUnit);
		result.append(", cadenceDays: ");
		result.append(cadenceDays);
		result.append(", standardDeviation: ");
		result.append(standardDeviation);
		result.append(')');
		return result.toString();
	}

} //BusinessMetricImpl
