/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.AiUse;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.Intent;
import dev.wedge.model.MetricLink;
import dev.wedge.model.RiskArea;
import dev.wedge.model.RiskClass;
import dev.wedge.model.WedgePackage;

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
 * An implementation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getUse <em>Use</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getIntent <em>Intent</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#isUsesAiContent <em>Uses Ai Content</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getBusinessProblem <em>Business Problem</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getReframing <em>Reframing</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getRiskArea <em>Risk Area</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getRiskClass <em>Risk Class</em>}</li>
 *   <li>{@link dev.wedge.model.impl.InitiativeImpl#getRiskNote <em>Risk Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InitiativeImpl extends NamedImpl implements Initiative {
	/**
	 * The default value of the '{@link #getUse() <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUse()
	 * @generated
	 * @ordered
	 */
	protected static final AiUse USE_EDEFAULT = AiUse.CONTENT_CREATION;

	/**
	 * The cached value of the '{@link #getUse() <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUse()
	 * @generated
	 * @ordered
	 */
	protected AiUse use = USE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntent() <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntent()
	 * @generated
	 * @ordered
	 */
	protected static final Intent INTENT_EDEFAULT = Intent.EFFICIENCY;

	/**
	 * The cached value of the '{@link #getIntent() <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntent()
	 * @generated
	 * @ordered
	 */
	protected Intent intent = INTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isUsesAiContent() <em>Uses Ai Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUsesAiContent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USES_AI_CONTENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUsesAiContent() <em>Uses Ai Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUsesAiContent()
	 * @generated
	 * @ordered
	 */
	protected boolean usesAiContent = USES_AI_CONTENT_EDEFAULT;

	/**
	 * This is true if the Uses Ai Content attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean usesAiContentESet;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InitiativeStatus STATUS_EDEFAULT = InitiativeStatus.IDEA;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InitiativeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBusinessProblem() <em>Business Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessProblem()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_PROBLEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusinessProblem() <em>Business Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessProblem()
	 * @generated
	 * @ordered
	 */
	protected String businessProblem = BUSINESS_PROBLEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getReframing() <em>Reframing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReframing()
	 * @generated
	 * @ordered
	 */
	protected static final String REFRAMING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReframing() <em>Reframing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReframing()
	 * @generated
	 * @ordered
	 */
	protected String reframing = REFRAMING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricLink> links;

	/**
	 * The default value of the '{@link #getRiskArea() <em>Risk Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskArea()
	 * @generated
	 * @ordered
	 */
	protected static final RiskArea RISK_AREA_EDEFAULT = RiskArea.NONE;

	/**
	 * The cached value of the '{@link #getRiskArea() <em>Risk Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskArea()
	 * @generated
	 * @ordered
	 */
	protected RiskArea riskArea = RISK_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRiskClass() <em>Risk Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskClass()
	 * @generated
	 * @ordered
	 */
	protected static final RiskClass RISK_CLASS_EDEFAULT = RiskClass.UNASSESSED;

	/**
	 * The cached value of the '{@link #getRiskClass() <em>Risk Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskClass()
	 * @generated
	 * @ordered
	 */
	protected RiskClass riskClass = RISK_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRiskNote() <em>Risk Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskNote()
	 * @generated
	 * @ordered
	 */
	protected static final String RISK_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRiskNote() <em>Risk Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskNote()
	 * @generated
	 * @ordered
	 */
	protected String riskNote = RISK_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InitiativeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.INITIATIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AiUse getUse() {
		return use;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUse(AiUse newUse) {
		AiUse oldUse = use;
		use = newUse == null ? USE_EDEFAULT : newUse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__USE, oldUse, use));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intent getIntent() {
		return intent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntent(Intent newIntent) {
		Intent oldIntent = intent;
		intent = newIntent == null ? INTENT_EDEFAULT : newIntent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__INTENT, oldIntent, intent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUsesAiContent() {
		return usesAiContent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsesAiContent(boolean newUsesAiContent) {
		boolean oldUsesAiContent = usesAiContent;
		usesAiContent = newUsesAiContent;
		boolean oldUsesAiContentESet = usesAiContentESet;
		usesAiContentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__USES_AI_CONTENT, oldUsesAiContent, usesAiContent, !oldUsesAiContentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUsesAiContent() {
		boolean oldUsesAiContent = usesAiContent;
		boolean oldUsesAiContentESet = usesAiContentESet;
		usesAiContent = USES_AI_CONTENT_EDEFAULT;
		usesAiContentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WedgePackage.INITIATIVE__USES_AI_CONTENT, oldUsesAiContent, USES_AI_CONTENT_EDEFAULT, oldUsesAiContentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUsesAiContent() {
		return usesAiContentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitiativeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InitiativeStatus newStatus) {
		InitiativeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessProblem() {
		return businessProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessProblem(String newBusinessProblem) {
		String oldBusinessProblem = businessProblem;
		businessProblem = newBusinessProblem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__BUSINESS_PROBLEM, oldBusinessProblem, businessProblem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReframing() {
		return reframing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReframing(String newReframing) {
		String oldReframing = reframing;
		reframing = newReframing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__REFRAMING, oldReframing, reframing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<MetricLink>(MetricLink.class, this, WedgePackage.INITIATIVE__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskArea getRiskArea() {
		return riskArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskArea(RiskArea newRiskArea) {
		RiskArea oldRiskArea = riskArea;
		riskArea = newRiskArea == null ? RISK_AREA_EDEFAULT : newRiskArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__RISK_AREA, oldRiskArea, riskArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskClass getRiskClass() {
		return riskClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskClass(RiskClass newRiskClass) {
		RiskClass oldRiskClass = riskClass;
		riskClass = newRiskClass == null ? RISK_CLASS_EDEFAULT : newRiskClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__RISK_CLASS, oldRiskClass, riskClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRiskNote() {
		return riskNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskNote(String newRiskNote) {
		String oldRiskNote = riskNote;
		riskNote = newRiskNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.INITIATIVE__RISK_NOTE, oldRiskNote, riskNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.INITIATIVE__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
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
			case WedgePackage.INITIATIVE__USE:
				return getUse();
			case WedgePackage.INITIATIVE__INTENT:
				return getIntent();
			case WedgePackage.INITIATIVE__USES_AI_CONTENT:
				return isUsesAiContent();
			case WedgePackage.INITIATIVE__STATUS:
				return getStatus();
			case WedgePackage.INITIATIVE__OWNER:
				return getOwner();
			case WedgePackage.INITIATIVE__BUSINESS_PROBLEM:
				return getBusinessProblem();
			case WedgePackage.INITIATIVE__REFRAMING:
				return getReframing();
			case WedgePackage.INITIATIVE__LINKS:
				return getLinks();
			case WedgePackage.INITIATIVE__RISK_AREA:
				return getRiskArea();
			case WedgePackage.INITIATIVE__RISK_CLASS:
				return getRiskClass();
			case WedgePackage.INITIATIVE__RISK_NOTE:
				return getRiskNote();
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
			case WedgePackage.INITIATIVE__USE:
				setUse((AiUse)newValue);
				return;
			case WedgePackage.INITIATIVE__INTENT:
				setIntent((Intent)newValue);
				return;
			case WedgePackage.INITIATIVE__USES_AI_CONTENT:
				setUsesAiContent((Boolean)newValue);
				return;
			case WedgePackage.INITIATIVE__STATUS:
				setStatus((InitiativeStatus)newValue);
				return;
			case WedgePackage.INITIATIVE__OWNER:
				setOwner((String)newValue);
				return;
			case WedgePackage.INITIATIVE__BUSINESS_PROBLEM:
				setBusinessProblem((String)newValue);
				return;
			case WedgePackage.INITIATIVE__REFRAMING:
				setReframing((String)newValue);
				return;
			case WedgePackage.INITIATIVE__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends MetricLink>)newValue);
				return;
			case WedgePackage.INITIATIVE__RISK_AREA:
				setRiskArea((RiskArea)newValue);
				return;
			case WedgePackage.INITIATIVE__RISK_CLASS:
				setRiskClass((RiskClass)newValue);
				return;
			case WedgePackage.INITIATIVE__RISK_NOTE:
				setRiskNote((String)newValue);
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
			case WedgePackage.INITIATIVE__USE:
				setUse(USE_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__INTENT:
				setIntent(INTENT_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__USES_AI_CONTENT:
				unsetUsesAiContent();
				return;
			case WedgePackage.INITIATIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__BUSINESS_PROBLEM:
				setBusinessProblem(BUSINESS_PROBLEM_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__REFRAMING:
				setReframing(REFRAMING_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__LINKS:
				getLinks().clear();
				return;
			case WedgePackage.INITIATIVE__RISK_AREA:
				setRiskArea(RISK_AREA_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__RISK_CLASS:
				setRiskClass(RISK_CLASS_EDEFAULT);
				return;
			case WedgePackage.INITIATIVE__RISK_NOTE:
				setRiskNote(RISK_NOTE_EDEFAULT);
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
			case WedgePackage.INITIATIVE__USE:
				return use != USE_EDEFAULT;
			case WedgePackage.INITIATIVE__INTENT:
				return intent != INTENT_EDEFAULT;
			case WedgePackage.INITIATIVE__USES_AI_CONTENT:
				return isSetUsesAiContent();
			case WedgePackage.INITIATIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case WedgePackage.INITIATIVE__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case WedgePackage.INITIATIVE__BUSINESS_PROBLEM:
				return BUSINESS_PROBLEM_EDEFAULT == null ? businessProblem != null : !BUSINESS_PROBLEM_EDEFAULT.equals(businessProblem);
			case WedgePackage.INITIATIVE__REFRAMING:
				return REFRAMING_EDEFAULT == null ? reframing != null : !REFRAMING_EDEFAULT.equals(reframing);
			case WedgePackage.INITIATIVE__LINKS:
				return links != null && !links.isEmpty();
			case WedgePackage.INITIATIVE__RISK_AREA:
				return riskArea != RISK_AREA_EDEFAULT;
			case WedgePackage.INITIATIVE__RISK_CLASS:
				return riskClass != RISK_CLASS_EDEFAULT;
			case WedgePackage.INITIATIVE__RISK_NOTE:
				return RISK_NOTE_EDEFAULT == null ? riskNote != null : !RISK_NOTE_EDEFAULT.equals(riskNote);
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
		result.append(" (use: ");
		result.append(use);
		result.append(", intent: ");
		result.append(intent);
		result.append(", usesAiContent: ");
		if (usesAiContentESet) result.append(usesAiContent); else result.append("<unset>");
		result.append(", status: ");
		result.append(status);
		result.append(", owner: ");
		result.append(owner);
		result.append(", businessProblem: ");
		result.append(businessProblem);
		result.append(", reframing: ");
		result.append(reframing);
		result.append(", riskArea: ");
		result.append(riskArea);
		result.append(", riskClass: ");
		result.append(riskClass);
		result.append(", riskNote: ");
		result.append(riskNote);
		result.append(')');
		return result.toString();
	}

} //InitiativeImpl
