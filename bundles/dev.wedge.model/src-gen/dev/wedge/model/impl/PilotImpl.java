/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.CostLine;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.ProblemKind;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.SuccessCriterion;
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
 * An implementation of the model object '<em><b>Pilot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getBusinessProblem <em>Business Problem</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getProblemKind <em>Problem Kind</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getInitiative <em>Initiative</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getPrimaryMetric <em>Primary Metric</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getDurationWeeks <em>Duration Weeks</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getDurationReason <em>Duration Reason</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getComparisonSize <em>Comparison Size</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getTargetEffect <em>Target Effect</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getFrozenOn <em>Frozen On</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getRebaselines <em>Rebaselines</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getCosts <em>Costs</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getDecisionRationale <em>Decision Rationale</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getEarlyStopReason <em>Early Stop Reason</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getPlannedToApply <em>Planned To Apply</em>}</li>
 *   <li>{@link dev.wedge.model.impl.PilotImpl#getProgramCost <em>Program Cost</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PilotImpl extends NamedImpl implements Pilot {
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
	 * The default value of the '{@link #getProblemKind() <em>Problem Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProblemKind PROBLEM_KIND_EDEFAULT = ProblemKind.PRODUCT_LAUNCH;

	/**
	 * The cached value of the '{@link #getProblemKind() <em>Problem Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemKind()
	 * @generated
	 * @ordered
	 */
	protected ProblemKind problemKind = PROBLEM_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSponsor() <em>Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected Stakeholder sponsor;

	/**
	 * The cached value of the '{@link #getInitiative() <em>Initiative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiative()
	 * @generated
	 * @ordered
	 */
	protected Initiative initiative;

	/**
	 * The cached value of the '{@link #getPrimaryMetric() <em>Primary Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryMetric()
	 * @generated
	 * @ordered
	 */
	protected BusinessMetric primaryMetric;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationWeeks() <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationWeeks()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_WEEKS_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getDurationWeeks() <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationWeeks()
	 * @generated
	 * @ordered
	 */
	protected int durationWeeks = DURATION_WEEKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationReason() <em>Duration Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationReason()
	 * @generated
	 * @ordered
	 */
	protected static final String DURATION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDurationReason() <em>Duration Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationReason()
	 * @generated
	 * @ordered
	 */
	protected String durationReason = DURATION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final PilotDesign DESIGN_EDEFAULT = PilotDesign.PRE_POST;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected PilotDesign design = DESIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipants() <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTICIPANTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected int participants = PARTICIPANTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparisonSize() <em>Comparison Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisonSize()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPARISON_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getComparisonSize() <em>Comparison Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisonSize()
	 * @generated
	 * @ordered
	 */
	protected int comparisonSize = COMPARISON_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetEffect() <em>Target Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEffect()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EFFECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetEffect() <em>Target Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEffect()
	 * @generated
	 * @ordered
	 */
	protected Double targetEffect = TARGET_EFFECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PilotStatus STATUS_EDEFAULT = PilotStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PilotStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<SuccessCriterion> criteria;

	/**
	 * The default value of the '{@link #getFrozenOn() <em>Frozen On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrozenOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FROZEN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrozenOn() <em>Frozen On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrozenOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate frozenOn = FROZEN_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRebaselines() <em>Rebaselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<Rebaseline> rebaselines;

	/**
	 * The cached value of the '{@link #getCosts() <em>Costs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<CostLine> costs;

	/**
	 * The cached value of the '{@link #getBenefits() <em>Benefits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected EList<BenefitLine> benefits;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final Decision DECISION_EDEFAULT = Decision.UNDECIDED;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected Decision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionRationale() <em>Decision Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionRationale() <em>Decision Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRationale()
	 * @generated
	 * @ordered
	 */
	protected String decisionRationale = DECISION_RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decisionDate = DECISION_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionOverride> overrides;

	/**
	 * The default value of the '{@link #getEarlyStopReason() <em>Early Stop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStopReason()
	 * @generated
	 * @ordered
	 */
	protected static final String EARLY_STOP_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEarlyStopReason() <em>Early Stop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStopReason()
	 * @generated
	 * @ordered
	 */
	protected String earlyStopReason = EARLY_STOP_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedToApply() <em>Planned To Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedToApply()
	 * @generated
	 * @ordered
	 */
	protected static final Double PLANNED_TO_APPLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedToApply() <em>Planned To Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedToApply()
	 * @generated
	 * @ordered
	 */
	protected Double plannedToApply = PLANNED_TO_APPLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgramCost() <em>Program Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramCost()
	 * @generated
	 * @ordered
	 */
	protected static final Double PROGRAM_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgramCost() <em>Program Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramCost()
	 * @generated
	 * @ordered
	 */
	protected Double programCost = PROGRAM_COST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PilotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.PILOT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__BUSINESS_PROBLEM, oldBusinessProblem, businessProblem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProblemKind getProblemKind() {
		return problemKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblemKind(ProblemKind newProblemKind) {
		ProblemKind oldProblemKind = problemKind;
		problemKind = newProblemKind == null ? PROBLEM_KIND_EDEFAULT : newProblemKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__PROBLEM_KIND, oldProblemKind, problemKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder getSponsor() {
		if (sponsor != null && sponsor.eIsProxy()) {
			InternalEObject oldSponsor = (InternalEObject)sponsor;
			sponsor = (Stakeholder)eResolveProxy(oldSponsor);
			if (sponsor != oldSponsor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.PILOT__SPONSOR, oldSponsor, sponsor));
			}
		}
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stakeholder basicGetSponsor() {
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsor(Stakeholder newSponsor) {
		Stakeholder oldSponsor = sponsor;
		sponsor = newSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__SPONSOR, oldSponsor, sponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiative getInitiative() {
		if (initiative != null && initiative.eIsProxy()) {
			InternalEObject oldInitiative = (InternalEObject)initiative;
			initiative = (Initiative)eResolveProxy(oldInitiative);
			if (initiative != oldInitiative) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.PILOT__INITIATIVE, oldInitiative, initiative));
			}
		}
		return initiative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Initiative basicGetInitiative() {
		return initiative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiative(Initiative newInitiative) {
		Initiative oldInitiative = initiative;
		initiative = newInitiative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__INITIATIVE, oldInitiative, initiative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessMetric getPrimaryMetric() {
		if (primaryMetric != null && primaryMetric.eIsProxy()) {
			InternalEObject oldPrimaryMetric = (InternalEObject)primaryMetric;
			primaryMetric = (BusinessMetric)eResolveProxy(oldPrimaryMetric);
			if (primaryMetric != oldPrimaryMetric) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.PILOT__PRIMARY_METRIC, oldPrimaryMetric, primaryMetric));
			}
		}
		return primaryMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessMetric basicGetPrimaryMetric() {
		return primaryMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryMetric(BusinessMetric newPrimaryMetric) {
		BusinessMetric oldPrimaryMetric = primaryMetric;
		primaryMetric = newPrimaryMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__PRIMARY_METRIC, oldPrimaryMetric, primaryMetric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationWeeks() {
		return durationWeeks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationWeeks(int newDurationWeeks) {
		int oldDurationWeeks = durationWeeks;
		durationWeeks = newDurationWeeks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__DURATION_WEEKS, oldDurationWeeks, durationWeeks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDurationReason() {
		return durationReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationReason(String newDurationReason) {
		String oldDurationReason = durationReason;
		durationReason = newDurationReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__DURATION_REASON, oldDurationReason, durationReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PilotDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(PilotDesign newDesign) {
		PilotDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParticipants() {
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipants(int newParticipants) {
		int oldParticipants = participants;
		participants = newParticipants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__PARTICIPANTS, oldParticipants, participants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getComparisonSize() {
		return comparisonSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparisonSize(int newComparisonSize) {
		int oldComparisonSize = comparisonSize;
		comparisonSize = newComparisonSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__COMPARISON_SIZE, oldComparisonSize, comparisonSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTargetEffect() {
		return targetEffect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetEffect(Double newTargetEffect) {
		Double oldTargetEffect = targetEffect;
		targetEffect = newTargetEffect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__TARGET_EFFECT, oldTargetEffect, targetEffect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PilotStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PilotStatus newStatus) {
		PilotStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SuccessCriterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<SuccessCriterion>(SuccessCriterion.class, this, WedgePackage.PILOT__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFrozenOn() {
		return frozenOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrozenOn(LocalDate newFrozenOn) {
		LocalDate oldFrozenOn = frozenOn;
		frozenOn = newFrozenOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__FROZEN_ON, oldFrozenOn, frozenOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rebaseline> getRebaselines() {
		if (rebaselines == null) {
			rebaselines = new EObjectContainmentEList<Rebaseline>(Rebaseline.class, this, WedgePackage.PILOT__REBASELINES);
		}
		return rebaselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CostLine> getCosts() {
		if (costs == null) {
			costs = new EObjectContainmentEList<CostLine>(CostLine.class, this, WedgePackage.PILOT__COSTS);
		}
		return costs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BenefitLine> getBenefits() {
		if (benefits == null) {
			benefits = new EObjectContainmentEList<BenefitLine>(BenefitLine.class, this, WedgePackage.PILOT__BENEFITS);
		}
		return benefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(Decision newDecision) {
		Decision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionRationale() {
		return decisionRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionRationale(String newDecisionRationale) {
		String oldDecisionRationale = decisionRationale;
		decisionRationale = newDecisionRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__DECISION_RATIONALE, oldDecisionRationale, decisionRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDate(LocalDate newDecisionDate) {
		LocalDate oldDecisionDate = decisionDate;
		decisionDate = newDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__DECISION_DATE, oldDecisionDate, decisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<DecisionOverride>(DecisionOverride.class, this, WedgePackage.PILOT__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEarlyStopReason() {
		return earlyStopReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyStopReason(String newEarlyStopReason) {
		String oldEarlyStopReason = earlyStopReason;
		earlyStopReason = newEarlyStopReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__EARLY_STOP_REASON, oldEarlyStopReason, earlyStopReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPlannedToApply() {
		return plannedToApply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedToApply(Double newPlannedToApply) {
		Double oldPlannedToApply = plannedToApply;
		plannedToApply = newPlannedToApply;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__PLANNED_TO_APPLY, oldPlannedToApply, plannedToApply));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getProgramCost() {
		return programCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgramCost(Double newProgramCost) {
		Double oldProgramCost = programCost;
		programCost = newProgramCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.PILOT__PROGRAM_COST, oldProgramCost, programCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.PILOT__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case WedgePackage.PILOT__REBASELINES:
				return ((InternalEList<?>)getRebaselines()).basicRemove(otherEnd, msgs);
			case WedgePackage.PILOT__COSTS:
				return ((InternalEList<?>)getCosts()).basicRemove(otherEnd, msgs);
			case WedgePackage.PILOT__BENEFITS:
				return ((InternalEList<?>)getBenefits()).basicRemove(otherEnd, msgs);
			case WedgePackage.PILOT__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case WedgePackage.PILOT__BUSINESS_PROBLEM:
				return getBusinessProblem();
			case WedgePackage.PILOT__PROBLEM_KIND:
				return getProblemKind();
			case WedgePackage.PILOT__SPONSOR:
				if (resolve) return getSponsor();
				return basicGetSponsor();
			case WedgePackage.PILOT__INITIATIVE:
				if (resolve) return getInitiative();
				return basicGetInitiative();
			case WedgePackage.PILOT__PRIMARY_METRIC:
				if (resolve) return getPrimaryMetric();
				return basicGetPrimaryMetric();
			case WedgePackage.PILOT__START_DATE:
				return getStartDate();
			case WedgePackage.PILOT__DURATION_WEEKS:
				return getDurationWeeks();
			case WedgePackage.PILOT__DURATION_REASON:
				return getDurationReason();
			case WedgePackage.PILOT__DESIGN:
				return getDesign();
			case WedgePackage.PILOT__PARTICIPANTS:
				return getParticipants();
			case WedgePackage.PILOT__COMPARISON_SIZE:
				return getComparisonSize();
			case WedgePackage.PILOT__TARGET_EFFECT:
				return getTargetEffect();
			case WedgePackage.PILOT__STATUS:
				return getStatus();
			case WedgePackage.PILOT__CRITERIA:
				return getCriteria();
			case WedgePackage.PILOT__FROZEN_ON:
				return getFrozenOn();
			case WedgePackage.PILOT__REBASELINES:
				return getRebaselines();
			case WedgePackage.PILOT__COSTS:
				return getCosts();
			case WedgePackage.PILOT__BENEFITS:
				return getBenefits();
			case WedgePackage.PILOT__DECISION:
				return getDecision();
			case WedgePackage.PILOT__DECISION_RATIONALE:
				return getDecisionRationale();
			case WedgePackage.PILOT__DECISION_DATE:
				return getDecisionDate();
			case WedgePackage.PILOT__OVERRIDES:
				return getOverrides();
			case WedgePackage.PILOT__EARLY_STOP_REASON:
				return getEarlyStopReason();
			case WedgePackage.PILOT__PLANNED_TO_APPLY:
				return getPlannedToApply();
			case WedgePackage.PILOT__PROGRAM_COST:
				return getProgramCost();
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
			case WedgePackage.PILOT__BUSINESS_PROBLEM:
				setBusinessProblem((String)newValue);
				return;
			case WedgePackage.PILOT__PROBLEM_KIND:
				setProblemKind((ProblemKind)newValue);
				return;
			case WedgePackage.PILOT__SPONSOR:
				setSponsor((Stakeholder)newValue);
				return;
			case WedgePackage.PILOT__INITIATIVE:
				setInitiative((Initiative)newValue);
				return;
			case WedgePackage.PILOT__PRIMARY_METRIC:
				setPrimaryMetric((BusinessMetric)newValue);
				return;
			case WedgePackage.PILOT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case WedgePackage.PILOT__DURATION_WEEKS:
				setDurationWeeks((Integer)newValue);
				return;
			case WedgePackage.PILOT__DURATION_REASON:
				setDurationReason((String)newValue);
				return;
			case WedgePackage.PILOT__DESIGN:
				setDesign((PilotDesign)newValue);
				return;
			case WedgePackage.PILOT__PARTICIPANTS:
				setParticipants((Integer)newValue);
				return;
			case WedgePackage.PILOT__COMPARISON_SIZE:
				setComparisonSize((Integer)newValue);
				return;
			case WedgePackage.PILOT__TARGET_EFFECT:
				setTargetEffect((Double)newValue);
				return;
			case WedgePackage.PILOT__STATUS:
				setStatus((PilotStatus)newValue);
				return;
			case WedgePackage.PILOT__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends SuccessCriterion>)newValue);
				return;
			case WedgePackage.PILOT__FROZEN_ON:
				setFrozenOn((LocalDate)newValue);
				return;
			case WedgePackage.PILOT__REBASELINES:
				getRebaselines().clear();
				getRebaselines().addAll((Collection<? extends Rebaseline>)newValue);
				return;
			case WedgePackage.PILOT__COSTS:
				getCosts().clear();
				getCosts().addAll((Collection<? extends CostLine>)newValue);
				return;
			case WedgePackage.PILOT__BENEFITS:
				getBenefits().clear();
				getBenefits().addAll((Collection<? extends BenefitLine>)newValue);
				return;
			case WedgePackage.PILOT__DECISION:
				setDecision((Decision)newValue);
				return;
			case WedgePackage.PILOT__DECISION_RATIONALE:
				setDecisionRationale((String)newValue);
				return;
			case WedgePackage.PILOT__DECISION_DATE:
				setDecisionDate((LocalDate)newValue);
				return;
			case WedgePackage.PILOT__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends DecisionOverride>)newValue);
				return;
			case WedgePackage.PILOT__EARLY_STOP_REASON:
				setEarlyStopReason((String)newValue);
				return;
			case WedgePackage.PILOT__PLANNED_TO_APPLY:
				setPlannedToApply((Double)newValue);
				return;
			case WedgePackage.PILOT__PROGRAM_COST:
				setProgramCost((Double)newValue);
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
			case WedgePackage.PILOT__BUSINESS_PROBLEM:
				setBusinessProblem(BUSINESS_PROBLEM_EDEFAULT);
				return;
			case WedgePackage.PILOT__PROBLEM_KIND:
				setProblemKind(PROBLEM_KIND_EDEFAULT);
				return;
			case WedgePackage.PILOT__SPONSOR:
				setSponsor((Stakeholder)null);
				return;
			case WedgePackage.PILOT__INITIATIVE:
				setInitiative((Initiative)null);
				return;
			case WedgePackage.PILOT__PRIMARY_METRIC:
				setPrimaryMetric((BusinessMetric)null);
				return;
			case WedgePackage.PILOT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case WedgePackage.PILOT__DURATION_WEEKS:
				setDurationWeeks(DURATION_WEEKS_EDEFAULT);
				return;
			case WedgePackage.PILOT__DURATION_REASON:
				setDurationReason(DURATION_REASON_EDEFAULT);
				return;
			case WedgePackage.PILOT__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case WedgePackage.PILOT__PARTICIPANTS:
				setParticipants(PARTICIPANTS_EDEFAULT);
				return;
			case WedgePackage.PILOT__COMPARISON_SIZE:
				setComparisonSize(COMPARISON_SIZE_EDEFAULT);
				return;
			case WedgePackage.PILOT__TARGET_EFFECT:
				setTargetEffect(TARGET_EFFECT_EDEFAULT);
				return;
			case WedgePackage.PILOT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case WedgePackage.PILOT__CRITERIA:
				getCriteria().clear();
				return;
			case WedgePackage.PILOT__FROZEN_ON:
				setFrozenOn(FROZEN_ON_EDEFAULT);
				return;
			case WedgePackage.PILOT__REBASELINES:
				getRebaselines().clear();
				return;
			case WedgePackage.PILOT__COSTS:
				getCosts().clear();
				return;
			case WedgePackage.PILOT__BENEFITS:
				getBenefits().clear();
				return;
			case WedgePackage.PILOT__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case WedgePackage.PILOT__DECISION_RATIONALE:
				setDecisionRationale(DECISION_RATIONALE_EDEFAULT);
				return;
			case WedgePackage.PILOT__DECISION_DATE:
				setDecisionDate(DECISION_DATE_EDEFAULT);
				return;
			case WedgePackage.PILOT__OVERRIDES:
				getOverrides().clear();
				return;
			case WedgePackage.PILOT__EARLY_STOP_REASON:
				setEarlyStopReason(EARLY_STOP_REASON_EDEFAULT);
				return;
			case WedgePackage.PILOT__PLANNED_TO_APPLY:
				setPlannedToApply(PLANNED_TO_APPLY_EDEFAULT);
				return;
			case WedgePackage.PILOT__PROGRAM_COST:
				setProgramCost(PROGRAM_COST_EDEFAULT);
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
			case WedgePackage.PILOT__BUSINESS_PROBLEM:
				return BUSINESS_PROBLEM_EDEFAULT == null ? businessProblem != null : !BUSINESS_PROBLEM_EDEFAULT.equals(businessProblem);
			case WedgePackage.PILOT__PROBLEM_KIND:
				return problemKind != PROBLEM_KIND_EDEFAULT;
			case WedgePackage.PILOT__SPONSOR:
				return sponsor != null;
			case WedgePackage.PILOT__INITIATIVE:
				return initiative != null;
			case WedgePackage.PILOT__PRIMARY_METRIC:
				return primaryMetric != null;
			case WedgePackage.PILOT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case WedgePackage.PILOT__DURATION_WEEKS:
				return durationWeeks != DURATION_WEEKS_EDEFAULT;
			case WedgePackage.PILOT__DURATION_REASON:
				return DURATION_REASON_EDEFAULT == null ? durationReason != null : !DURATION_REASON_EDEFAULT.equals(durationReason);
			case WedgePackage.PILOT__DESIGN:
				return design != DESIGN_EDEFAULT;
			case WedgePackage.PILOT__PARTICIPANTS:
				return participants != PARTICIPANTS_EDEFAULT;
			case WedgePackage.PILOT__COMPARISON_SIZE:
				return comparisonSize != COMPARISON_SIZE_EDEFAULT;
			case WedgePackage.PILOT__TARGET_EFFECT:
				return TARGET_EFFECT_EDEFAULT == null ? targetEffect != null : !TARGET_EFFECT_EDEFAULT.equals(targetEffect);
			case WedgePackage.PILOT__STATUS:
				return status != STATUS_EDEFAULT;
			case WedgePackage.PILOT__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case WedgePackage.PILOT__FROZEN_ON:
				return FROZEN_ON_EDEFAULT == null ? frozenOn != null : !FROZEN_ON_EDEFAULT.equals(frozenOn);
			case WedgePackage.PILOT__REBASELINES:
				return rebaselines != null && !rebaselines.isEmpty();
			case WedgePackage.PILOT__COSTS:
				return costs != null && !costs.isEmpty();
			case WedgePackage.PILOT__BENEFITS:
				return benefits != null && !benefits.isEmpty();
			case WedgePackage.PILOT__DECISION:
				return decision != DECISION_EDEFAULT;
			case WedgePackage.PILOT__DECISION_RATIONALE:
				return DECISION_RATIONALE_EDEFAULT == null ? decisionRationale != null : !DECISION_RATIONALE_EDEFAULT.equals(decisionRationale);
			case WedgePackage.PILOT__DECISION_DATE:
				return DECISION_DATE_EDEFAULT == null ? decisionDate != null : !DECISION_DATE_EDEFAULT.equals(decisionDate);
			case WedgePackage.PILOT__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
			case WedgePackage.PILOT__EARLY_STOP_REASON:
				return EARLY_STOP_REASON_EDEFAULT == null ? earlyStopReason != null : !EARLY_STOP_REASON_EDEFAULT.equals(earlyStopReason);
			case WedgePackage.PILOT__PLANNED_TO_APPLY:
				return PLANNED_TO_APPLY_EDEFAULT == null ? plannedToApply != null : !PLANNED_TO_APPLY_EDEFAULT.equals(plannedToApply);
			case WedgePackage.PILOT__PROGRAM_COST:
				return PROGRAM_COST_EDEFAULT == null ? programCost != null : !PROGRAM_COST_EDEFAULT.equals(programCost);
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
		result.append(" (businessProblem: ");
		result.append(businessProblem);
		result.append(", problemKind: ");
		result.append(problemKind);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", durationWeeks: ");
		result.append(durationWeeks);
		result.append(", durationReason: ");
		result.append(durationReason);
		result.append(", design: ");
		result.append(design);
		result.append(", participants: ");
		result.append(participants);
		result.append(", comparisonSize: ");
		result.append(comparisonSize);
		result.append(", targetEffect: ");
		result.append(targetEffect);
		result.append(", status: ");
		result.append(status);
		result.append(", frozenOn: ");
		result.append(frozenOn);
		result.append(", decision: ");
		result.append(decision);
		result.append(", decisionRationale: ");
		result.append(decisionRationale);
		result.append(", decisionDate: ");
		result.append(decisionDate);
		result.append(", earlyStopReason: ");
		result.append(earlyStopReason);
		result.append(", plannedToApply: ");
		result.append(plannedToApply);
		result.append(", programCost: ");
		result.append(programCost);
		result.append(')');
		return result.toString();
	}

} //PilotImpl
