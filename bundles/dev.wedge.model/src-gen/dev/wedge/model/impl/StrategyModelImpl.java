/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Governance;
import dev.wedge.model.ImportSource;
import dev.wedge.model.Initiative;
import dev.wedge.model.MaturityAssessment;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getPilots <em>Pilots</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getStakeholders <em>Stakeholders</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getGovernance <em>Governance</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getMaturity <em>Maturity</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getDisabledAnalyses <em>Disabled Analyses</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StrategyModelImpl#getImportSources <em>Import Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyModelImpl extends NamedImpl implements StrategyModel {
	/**
	 * The default value of the '{@link #getOrganization() <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANIZATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected String organization = ORGANIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * This is true if the Format Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatVersionESet;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGoal> goals;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessMetric> metrics;

	/**
	 * The cached value of the '{@link #getInitiatives() <em>Initiatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Initiative> initiatives;

	/**
	 * The cached value of the '{@link #getPilots() <em>Pilots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPilots()
	 * @generated
	 * @ordered
	 */
	protected EList<Pilot> pilots;

	/**
	 * The cached value of the '{@link #getStakeholders() <em>Stakeholders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholders()
	 * @generated
	 * @ordered
	 */
	protected EList<Stakeholder> stakeholders;

	/**
	 * The cached value of the '{@link #getGovernance() <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernance()
	 * @generated
	 * @ordered
	 */
	protected Governance governance;

	/**
	 * The cached value of the '{@link #getMaturity() <em>Maturity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaturity()
	 * @generated
	 * @ordered
	 */
	protected MaturityAssessment maturity;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisabledAnalyses() <em>Disabled Analyses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> disabledAnalyses;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> extensions;

	/**
	 * The cached value of the '{@link #getImportSources() <em>Import Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportSources()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportSource> importSources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.STRATEGY_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(String newOrganization) {
		String oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__ORGANIZATION, oldOrganization, organization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__FORMAT_VERSION, oldFormatVersion, formatVersion, !oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormatVersion() {
		int oldFormatVersion = formatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersion = FORMAT_VERSION_EDEFAULT;
		formatVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WedgePackage.STRATEGY_MODEL__FORMAT_VERSION, oldFormatVersion, FORMAT_VERSION_EDEFAULT, oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormatVersion() {
		return formatVersionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGoal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<BusinessGoal>(BusinessGoal.class, this, WedgePackage.STRATEGY_MODEL__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessMetric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<BusinessMetric>(BusinessMetric.class, this, WedgePackage.STRATEGY_MODEL__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Initiative> getInitiatives() {
		if (initiatives == null) {
			initiatives = new EObjectContainmentEList<Initiative>(Initiative.class, this, WedgePackage.STRATEGY_MODEL__INITIATIVES);
		}
		return initiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pilot> getPilots() {
		if (pilots == null) {
			pilots = new EObjectContainmentEList<Pilot>(Pilot.class, this, WedgePackage.STRATEGY_MODEL__PILOTS);
		}
		return pilots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stakeholder> getStakeholders() {
		if (stakeholders == null) {
			stakeholders = new EObjectContainmentEList<Stakeholder>(Stakeholder.class, this, WedgePackage.STRATEGY_MODEL__STAKEHOLDERS);
		}
		return stakeholders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Governance getGovernance() {
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernance(Governance newGovernance, NotificationChain msgs) {
		Governance oldGovernance = governance;
		governance = newGovernance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__GOVERNANCE, oldGovernance, newGovernance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGovernance(Governance newGovernance) {
		if (newGovernance != governance) {
			NotificationChain msgs = null;
			if (governance != null)
				msgs = ((InternalEObject)governance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WedgePackage.STRATEGY_MODEL__GOVERNANCE, null, msgs);
			if (newGovernance != null)
				msgs = ((InternalEObject)newGovernance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WedgePackage.STRATEGY_MODEL__GOVERNANCE, null, msgs);
			msgs = basicSetGovernance(newGovernance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__GOVERNANCE, newGovernance, newGovernance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaturityAssessment getMaturity() {
		return maturity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaturity(MaturityAssessment newMaturity, NotificationChain msgs) {
		MaturityAssessment oldMaturity = maturity;
		maturity = newMaturity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__MATURITY, oldMaturity, newMaturity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaturity(MaturityAssessment newMaturity) {
		if (newMaturity != maturity) {
			NotificationChain msgs = null;
			if (maturity != null)
				msgs = ((InternalEObject)maturity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WedgePackage.STRATEGY_MODEL__MATURITY, null, msgs);
			if (newMaturity != null)
				msgs = ((InternalEObject)newMaturity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WedgePackage.STRATEGY_MODEL__MATURITY, null, msgs);
			msgs = basicSetMaturity(newMaturity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__MATURITY, newMaturity, newMaturity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STRATEGY_MODEL__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDisabledAnalyses() {
		if (disabledAnalyses == null) {
			disabledAnalyses = new EDataTypeUniqueEList<String>(String.class, this, WedgePackage.STRATEGY_MODEL__DISABLED_ANALYSES);
		}
		return disabledAnalyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getExtensions() {
		if (extensions == null) {
			extensions = new EObjectContainmentEList<EObject>(EObject.class, this, WedgePackage.STRATEGY_MODEL__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportSource> getImportSources() {
		if (importSources == null) {
			importSources = new EObjectContainmentEList<ImportSource>(ImportSource.class, this, WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES);
		}
		return importSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.STRATEGY_MODEL__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case WedgePackage.STRATEGY_MODEL__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case WedgePackage.STRATEGY_MODEL__INITIATIVES:
				return ((InternalEList<?>)getInitiatives()).basicRemove(otherEnd, msgs);
			case WedgePackage.STRATEGY_MODEL__PILOTS:
				return ((InternalEList<?>)getPilots()).basicRemove(otherEnd, msgs);
			case WedgePackage.STRATEGY_MODEL__STAKEHOLDERS:
				return ((InternalEList<?>)getStakeholders()).basicRemove(otherEnd, msgs);
			case WedgePackage.STRATEGY_MODEL__GOVERNANCE:
				return basicSetGovernance(null, msgs);
			case WedgePackage.STRATEGY_MODEL__MATURITY:
				return basicSetMaturity(null, msgs);
			case WedgePackage.STRATEGY_MODEL__EXTENSIONS:
				return ((InternalEList<?>)getExtensions()).basicRemove(otherEnd, msgs);
			case WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES:
				return ((InternalEList<?>)getImportSources()).basicRemove(otherEnd, msgs);
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
			case WedgePackage.STRATEGY_MODEL__ORGANIZATION:
				return getOrganization();
			case WedgePackage.STRATEGY_MODEL__FORMAT_VERSION:
				return getFormatVersion();
			case WedgePackage.STRATEGY_MODEL__GOALS:
				return getGoals();
			case WedgePackage.STRATEGY_MODEL__METRICS:
				return getMetrics();
			case WedgePackage.STRATEGY_MODEL__INITIATIVES:
				return getInitiatives();
			case WedgePackage.STRATEGY_MODEL__PILOTS:
				return getPilots();
			case WedgePackage.STRATEGY_MODEL__STAKEHOLDERS:
				return getStakeholders();
			case WedgePackage.STRATEGY_MODEL__GOVERNANCE:
				return getGovernance();
			case WedgePackage.STRATEGY_MODEL__MATURITY:
				return getMaturity();
			case WedgePackage.STRATEGY_MODEL__CURRENCY:
				return getCurrency();
			case WedgePackage.STRATEGY_MODEL__TIME_ZONE:
				return getTimeZone();
			case WedgePackage.STRATEGY_MODEL__DISABLED_ANALYSES:
				return getDisabledAnalyses();
			case WedgePackage.STRATEGY_MODEL__EXTENSIONS:
				return getExtensions();
			case WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES:
				return getImportSources();
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
			case WedgePackage.STRATEGY_MODEL__ORGANIZATION:
				setOrganization((String)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends BusinessGoal>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends BusinessMetric>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__INITIATIVES:
				getInitiatives().clear();
				getInitiatives().addAll((Collection<? extends Initiative>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__PILOTS:
				getPilots().clear();
				getPilots().addAll((Collection<? extends Pilot>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__STAKEHOLDERS:
				getStakeholders().clear();
				getStakeholders().addAll((Collection<? extends Stakeholder>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__GOVERNANCE:
				setGovernance((Governance)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__MATURITY:
				setMaturity((MaturityAssessment)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__CURRENCY:
				setCurrency((String)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__DISABLED_ANALYSES:
				getDisabledAnalyses().clear();
				getDisabledAnalyses().addAll((Collection<? extends String>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends EObject>)newValue);
				return;
			case WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES:
				getImportSources().clear();
				getImportSources().addAll((Collection<? extends ImportSource>)newValue);
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
			case WedgePackage.STRATEGY_MODEL__ORGANIZATION:
				setOrganization(ORGANIZATION_EDEFAULT);
				return;
			case WedgePackage.STRATEGY_MODEL__FORMAT_VERSION:
				unsetFormatVersion();
				return;
			case WedgePackage.STRATEGY_MODEL__GOALS:
				getGoals().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__METRICS:
				getMetrics().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__INITIATIVES:
				getInitiatives().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__PILOTS:
				getPilots().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__STAKEHOLDERS:
				getStakeholders().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__GOVERNANCE:
				setGovernance((Governance)null);
				return;
			case WedgePackage.STRATEGY_MODEL__MATURITY:
				setMaturity((MaturityAssessment)null);
				return;
			case WedgePackage.STRATEGY_MODEL__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case WedgePackage.STRATEGY_MODEL__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case WedgePackage.STRATEGY_MODEL__DISABLED_ANALYSES:
				getDisabledAnalyses().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__EXTENSIONS:
				getExtensions().clear();
				return;
			case WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES:
				getImportSources().clear();
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
			case WedgePackage.STRATEGY_MODEL__ORGANIZATION:
				return ORGANIZATION_EDEFAULT == null ? organization != null : !ORGANIZATION_EDEFAULT.equals(organization);
			case WedgePackage.STRATEGY_MODEL__FORMAT_VERSION:
				return isSetFormatVersion();
			case WedgePackage.STRATEGY_MODEL__GOALS:
				return goals != null && !goals.isEmpty();
			case WedgePackage.STRATEGY_MODEL__METRICS:
				return metrics != null && !metrics.isEmpty();
			case WedgePackage.STRATEGY_MODEL__INITIATIVES:
				return initiatives != null && !initiatives.isEmpty();
			case WedgePackage.STRATEGY_MODEL__PILOTS:
				return pilots != null && !pilots.isEmpty();
			case WedgePackage.STRATEGY_MODEL__STAKEHOLDERS:
				return stakeholders != null && !stakeholders.isEmpty();
			case WedgePackage.STRATEGY_MODEL__GOVERNANCE:
				return governance != null;
			case WedgePackage.STRATEGY_MODEL__MATURITY:
				return maturity != null;
			case WedgePackage.STRATEGY_MODEL__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case WedgePackage.STRATEGY_MODEL__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case WedgePackage.STRATEGY_MODEL__DISABLED_ANALYSES:
				return disabledAnalyses != null && !disabledAnalyses.isEmpty();
			case WedgePackage.STRATEGY_MODEL__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
			case WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES:
				return importSources != null && !importSources.isEmpty();
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
		result.append(" (organization: ");
		result.append(organization);
		result.append(", formatVersion: ");
		if (formatVersionESet) result.append(formatVersion); else result.append("<unset>");
		result.append(", currency: ");
		result.append(currency);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", disabledAnalyses: ");
		result.append(disabledAnalyses);
		result.append(')');
		return result.toString();
	}

} //StrategyModelImpl
