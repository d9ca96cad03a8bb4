/**
 */
package dev.wedge.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pilot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A six-week pilot: one problem, one sponsor, one metric, success agreed up front.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.Pilot#getBusinessProblem <em>Business Problem</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getProblemKind <em>Problem Kind</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getInitiative <em>Initiative</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getPrimaryMetric <em>Primary Metric</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getDurationWeeks <em>Duration Weeks</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getDurationReason <em>Duration Reason</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getDesign <em>Design</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getParticipants <em>Participants</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getComparisonSize <em>Comparison Size</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getTargetEffect <em>Target Effect</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getFrozenOn <em>Frozen On</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getRebaselines <em>Rebaselines</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getCosts <em>Costs</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getDecision <em>Decision</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getDecisionRationale <em>Decision Rationale</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getEarlyStopReason <em>Early Stop Reason</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getPlannedToApply <em>Planned To Apply</em>}</li>
 *   <li>{@link dev.wedge.model.Pilot#getProgramCost <em>Program Cost</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getPilot()
 * @model
 * @generated
 */
public interface Pilot extends Named {
	/**
	 * Returns the value of the '<em><b>Business Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Problem</em>' attribute.
	 * @see #setBusinessProblem(String)
	 * @see dev.wedge.model.WedgePackage#getPilot_BusinessProblem()
	 * @model
	 * @generated
	 */
	String getBusinessProblem();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getBusinessProblem <em>Business Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Problem</em>' attribute.
	 * @see #getBusinessProblem()
	 * @generated
	 */
	void setBusinessProblem(String value);

	/**
	 * Returns the value of the '<em><b>Problem Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.ProblemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problem Kind</em>' attribute.
	 * @see dev.wedge.model.ProblemKind
	 * @see #setProblemKind(ProblemKind)
	 * @see dev.wedge.model.WedgePackage#getPilot_ProblemKind()
	 * @model
	 * @generated
	 */
	ProblemKind getProblemKind();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getProblemKind <em>Problem Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem Kind</em>' attribute.
	 * @see dev.wedge.model.ProblemKind
	 * @see #getProblemKind()
	 * @generated
	 */
	void setProblemKind(ProblemKind value);

	/**
	 * Returns the value of the '<em><b>Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsor</em>' reference.
	 * @see #setSponsor(Stakeholder)
	 * @see dev.wedge.model.WedgePackage#getPilot_Sponsor()
	 * @model
	 * @generated
	 */
	Stakeholder getSponsor();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getSponsor <em>Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor</em>' reference.
	 * @see #getSponsor()
	 * @generated
	 */
	void setSponsor(Stakeholder value);

	/**
	 * Returns the value of the '<em><b>Initiative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiative</em>' reference.
	 * @see #setInitiative(Initiative)
	 * @see dev.wedge.model.WedgePackage#getPilot_Initiative()
	 * @model
	 * @generated
	 */
	Initiative getInitiative();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getInitiative <em>Initiative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiative</em>' reference.
	 * @see #getInitiative()
	 * @generated
	 */
	void setInitiative(Initiative value);

	/**
	 * Returns the value of the '<em><b>Primary Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Metric</em>' reference.
	 * @see #setPrimaryMetric(BusinessMetric)
	 * @see dev.wedge.model.WedgePackage#getPilot_PrimaryMetric()
	 * @model
	 * @generated
	 */
	BusinessMetric getPrimaryMetric();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getPrimaryMetric <em>Primary Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Metric</em>' reference.
	 * @see #getPrimaryMetric()
	 * @generated
	 */
	void setPrimaryMetric(BusinessMetric value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getPilot_StartDate()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duration Weeks</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Weeks</em>' attribute.
	 * @see #setDurationWeeks(int)
	 * @see dev.wedge.model.WedgePackage#getPilot_DurationWeeks()
	 * @model default="6"
	 * @generated
	 */
	int getDurationWeeks();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getDurationWeeks <em>Duration Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Weeks</em>' attribute.
	 * @see #getDurationWeeks()
	 * @generated
	 */
	void setDurationWeeks(int value);

	/**
	 * Returns the value of the '<em><b>Duration Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the pilot is not about six weeks long.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Reason</em>' attribute.
	 * @see #setDurationReason(String)
	 * @see dev.wedge.model.WedgePackage#getPilot_DurationReason()
	 * @model
	 * @generated
	 */
	String getDurationReason();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getDurationReason <em>Duration Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Reason</em>' attribute.
	 * @see #getDurationReason()
	 * @generated
	 */
	void setDurationReason(String value);

	/**
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.PilotDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see dev.wedge.model.PilotDesign
	 * @see #setDesign(PilotDesign)
	 * @see dev.wedge.model.WedgePackage#getPilot_Design()
	 * @model
	 * @generated
	 */
	PilotDesign getDesign();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see dev.wedge.model.PilotDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(PilotDesign value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' attribute.
	 * @see #setParticipants(int)
	 * @see dev.wedge.model.WedgePackage#getPilot_Participants()
	 * @model
	 * @generated
	 */
	int getParticipants();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getParticipants <em>Participants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participants</em>' attribute.
	 * @see #getParticipants()
	 * @generated
	 */
	void setParticipants(int value);

	/**
	 * Returns the value of the '<em><b>Comparison Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparison Size</em>' attribute.
	 * @see #setComparisonSize(int)
	 * @see dev.wedge.model.WedgePackage#getPilot_ComparisonSize()
	 * @model
	 * @generated
	 */
	int getComparisonSize();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getComparisonSize <em>Comparison Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison Size</em>' attribute.
	 * @see #getComparisonSize()
	 * @generated
	 */
	void setComparisonSize(int value);

	/**
	 * Returns the value of the '<em><b>Target Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The effect the pilot must be able to detect, in metric units (for the sample-size check).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Effect</em>' attribute.
	 * @see #setTargetEffect(Double)
	 * @see dev.wedge.model.WedgePackage#getPilot_TargetEffect()
	 * @model
	 * @generated
	 */
	Double getTargetEffect();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getTargetEffect <em>Target Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Effect</em>' attribute.
	 * @see #getTargetEffect()
	 * @generated
	 */
	void setTargetEffect(Double value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.PilotStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.wedge.model.PilotStatus
	 * @see #setStatus(PilotStatus)
	 * @see dev.wedge.model.WedgePackage#getPilot_Status()
	 * @model
	 * @generated
	 */
	PilotStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.wedge.model.PilotStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PilotStatus value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.SuccessCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getPilot_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<SuccessCriterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Frozen On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the criteria were frozen (the pilot moved to running).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frozen On</em>' attribute.
	 * @see #setFrozenOn(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getPilot_FrozenOn()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getFrozenOn();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getFrozenOn <em>Frozen On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frozen On</em>' attribute.
	 * @see #getFrozenOn()
	 * @generated
	 */
	void setFrozenOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Rebaselines</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Rebaseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rebaselines</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getPilot_Rebaselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rebaseline> getRebaselines();

	/**
	 * Returns the value of the '<em><b>Costs</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.CostLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Costs</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getPilot_Costs()
	 * @model containment="true"
	 * @generated
	 */
	EList<CostLine> getCosts();

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.BenefitLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefits</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getPilot_Benefits()
	 * @model containment="true"
	 * @generated
	 */
	EList<BenefitLine> getBenefits();

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see dev.wedge.model.Decision
	 * @see #setDecision(Decision)
	 * @see dev.wedge.model.WedgePackage#getPilot_Decision()
	 * @model
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see dev.wedge.model.Decision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Decision Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Rationale</em>' attribute.
	 * @see #setDecisionRationale(String)
	 * @see dev.wedge.model.WedgePackage#getPilot_DecisionRationale()
	 * @model
	 * @generated
	 */
	String getDecisionRationale();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getDecisionRationale <em>Decision Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Rationale</em>' attribute.
	 * @see #getDecisionRationale()
	 * @generated
	 */
	void setDecisionRationale(String value);

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(LocalDate)
	 * @see dev.wedge.model.WedgePackage#getPilot_DecisionDate()
	 * @model dataType="dev.wedge.model.Date"
	 * @generated
	 */
	LocalDate getDecisionDate();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.DecisionOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decisions taken although the evidence or the plan did not support them, each with its reason and the person who took it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getPilot_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecisionOverride> getOverrides();

	/**
	 * Returns the value of the '<em><b>Early Stop Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the pilot was decided before its planned end (needed for a decision before the end).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Early Stop Reason</em>' attribute.
	 * @see #setEarlyStopReason(String)
	 * @see dev.wedge.model.WedgePackage#getPilot_EarlyStopReason()
	 * @model
	 * @generated
	 */
	String getEarlyStopReason();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getEarlyStopReason <em>Early Stop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Stop Reason</em>' attribute.
	 * @see #getEarlyStopReason()
	 * @generated
	 */
	void setEarlyStopReason(String value);

	/**
	 * Returns the value of the '<em><b>Planned To Apply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scrap learning: share of participants planning to apply what they learned on the job, 0..1 (from the end-of-pilot survey).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned To Apply</em>' attribute.
	 * @see #setPlannedToApply(Double)
	 * @see dev.wedge.model.WedgePackage#getPilot_PlannedToApply()
	 * @model
	 * @generated
	 */
	Double getPlannedToApply();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getPlannedToApply <em>Planned To Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned To Apply</em>' attribute.
	 * @see #getPlannedToApply()
	 * @generated
	 */
	void setPlannedToApply(Double value);

	/**
	 * Returns the value of the '<em><b>Program Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scrap learning: the program cost the unapplied share wastes; empty: the pilot's fully loaded costs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Program Cost</em>' attribute.
	 * @see #setProgramCost(Double)
	 * @see dev.wedge.model.WedgePackage#getPilot_ProgramCost()
	 * @model
	 * @generated
	 */
	Double getProgramCost();

	/**
	 * Sets the value of the '{@link dev.wedge.model.Pilot#getProgramCost <em>Program Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Program Cost</em>' attribute.
	 * @see #getProgramCost()
	 * @generated
	 */
	void setProgramCost(Double value);

} // Pilot
