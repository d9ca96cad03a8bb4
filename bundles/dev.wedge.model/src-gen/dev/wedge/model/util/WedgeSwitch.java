/**
 */
package dev.wedge.model.util;

import dev.wedge.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see dev.wedge.model.WedgePackage
 * @generated
 */
public class WedgeSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WedgePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WedgeSwitch() {
		if (modelPackage == null) {
			modelPackage = WedgePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case WedgePackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.NAMED: {
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.STRATEGY_MODEL: {
				StrategyModel strategyModel = (StrategyModel)theEObject;
				T result = caseStrategyModel(strategyModel);
				if (result == null) result = caseNamed(strategyModel);
				if (result == null) result = caseIdentified(strategyModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.BUSINESS_GOAL: {
				BusinessGoal businessGoal = (BusinessGoal)theEObject;
				T result = caseBusinessGoal(businessGoal);
				if (result == null) result = caseNamed(businessGoal);
				if (result == null) result = caseIdentified(businessGoal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.BUSINESS_METRIC: {
				BusinessMetric businessMetric = (BusinessMetric)theEObject;
				T result = caseBusinessMetric(businessMetric);
				if (result == null) result = caseNamed(businessMetric);
				if (result == null) result = caseIdentified(businessMetric);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.MEASUREMENT: {
				Measurement measurement = (Measurement)theEObject;
				T result = caseMeasurement(measurement);
				if (result == null) result = caseIdentified(measurement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.IMPORT_RECORD: {
				ImportRecord importRecord = (ImportRecord)theEObject;
				T result = caseImportRecord(importRecord);
				if (result == null) result = caseIdentified(importRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.IMPORT_SOURCE: {
				ImportSource importSource = (ImportSource)theEObject;
				T result = caseImportSource(importSource);
				if (result == null) result = caseNamed(importSource);
				if (result == null) result = caseIdentified(importSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.COHORT_MAPPING: {
				CohortMapping cohortMapping = (CohortMapping)theEObject;
				T result = caseCohortMapping(cohortMapping);
				if (result == null) result = caseIdentified(cohortMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.INITIATIVE: {
				Initiative initiative = (Initiative)theEObject;
				T result = caseInitiative(initiative);
				if (result == null) result = caseNamed(initiative);
				if (result == null) result = caseIdentified(initiative);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.METRIC_LINK: {
				MetricLink metricLink = (MetricLink)theEObject;
				T result = caseMetricLink(metricLink);
				if (result == null) result = caseIdentified(metricLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.PILOT: {
				Pilot pilot = (Pilot)theEObject;
				T result = casePilot(pilot);
				if (result == null) result = caseNamed(pilot);
				if (result == null) result = caseIdentified(pilot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.SUCCESS_CRITERION: {
				SuccessCriterion successCriterion = (SuccessCriterion)theEObject;
				T result = caseSuccessCriterion(successCriterion);
				if (result == null) result = caseIdentified(successCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.REBASELINE: {
				Rebaseline rebaseline = (Rebaseline)theEObject;
				T result = caseRebaseline(rebaseline);
				if (result == null) result = caseIdentified(rebaseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.COST_LINE: {
				CostLine costLine = (CostLine)theEObject;
				T result = caseCostLine(costLine);
				if (result == null) result = caseIdentified(costLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.BENEFIT_LINE: {
				BenefitLine benefitLine = (BenefitLine)theEObject;
				T result = caseBenefitLine(benefitLine);
				if (result == null) result = caseIdentified(benefitLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.STAKEHOLDER: {
				Stakeholder stakeholder = (Stakeholder)theEObject;
				T result = caseStakeholder(stakeholder);
				if (result == null) result = caseNamed(stakeholder);
				if (result == null) result = caseIdentified(stakeholder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.CONCERN: {
				Concern concern = (Concern)theEObject;
				T result = caseConcern(concern);
				if (result == null) result = caseIdentified(concern);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.RESPONSE_ACTION: {
				ResponseAction responseAction = (ResponseAction)theEObject;
				T result = caseResponseAction(responseAction);
				if (result == null) result = caseIdentified(responseAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.GOVERNANCE: {
				Governance governance = (Governance)theEObject;
				T result = caseGovernance(governance);
				if (result == null) result = caseIdentified(governance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.REVIEW_STEP: {
				ReviewStep reviewStep = (ReviewStep)theEObject;
				T result = caseReviewStep(reviewStep);
				if (result == null) result = caseNamed(reviewStep);
				if (result == null) result = caseIdentified(reviewStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.LEARNER_DATA_ITEM: {
				LearnerDataItem learnerDataItem = (LearnerDataItem)theEObject;
				T result = caseLearnerDataItem(learnerDataItem);
				if (result == null) result = caseNamed(learnerDataItem);
				if (result == null) result = caseIdentified(learnerDataItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.CONSULTATION: {
				Consultation consultation = (Consultation)theEObject;
				T result = caseConsultation(consultation);
				if (result == null) result = caseIdentified(consultation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.MATURITY_ASSESSMENT: {
				MaturityAssessment maturityAssessment = (MaturityAssessment)theEObject;
				T result = caseMaturityAssessment(maturityAssessment);
				if (result == null) result = caseIdentified(maturityAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.EFFORT_SHARE: {
				EffortShare effortShare = (EffortShare)theEObject;
				T result = caseEffortShare(effortShare);
				if (result == null) result = caseIdentified(effortShare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case WedgePackage.DECISION_OVERRIDE: {
				DecisionOverride decisionOverride = (DecisionOverride)theEObject;
				T result = caseDecisionOverride(decisionOverride);
				if (result == null) result = caseIdentified(decisionOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategyModel(StrategyModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessGoal(BusinessGoal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Metric</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Metric</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessMetric(BusinessMetric object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurement(Measurement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Import Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Import Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImportRecord(ImportRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Import Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Import Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImportSource(ImportSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cohort Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cohort Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCohortMapping(CohortMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initiative</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initiative</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitiative(Initiative object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metric Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metric Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetricLink(MetricLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pilot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pilot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePilot(Pilot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Success Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Success Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSuccessCriterion(SuccessCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rebaseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rebaseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRebaseline(Rebaseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cost Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cost Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCostLine(CostLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Benefit Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Benefit Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBenefitLine(BenefitLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stakeholder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stakeholder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStakeholder(Stakeholder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Concern</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Concern</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConcern(Concern object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Response Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Response Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResponseAction(ResponseAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Governance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Governance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernance(Governance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewStep(ReviewStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Learner Data Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Learner Data Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLearnerDataItem(LearnerDataItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consultation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consultation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsultation(Consultation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Maturity Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Maturity Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaturityAssessment(MaturityAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Effort Share</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Effort Share</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEffortShare(EffortShare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecisionOverride(DecisionOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //WedgeSwitch
