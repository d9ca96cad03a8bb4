/**
 */
package dev.wedge.model.util;

import dev.wedge.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.wedge.model.WedgePackage
 * @generated
 */
public class WedgeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WedgePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WedgeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = WedgePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WedgeSwitch<Adapter> modelSwitch =
		new WedgeSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter caseStrategyModel(StrategyModel object) {
				return createStrategyModelAdapter();
			}
			@Override
			public Adapter caseBusinessGoal(BusinessGoal object) {
				return createBusinessGoalAdapter();
			}
			@Override
			public Adapter caseBusinessMetric(BusinessMetric object) {
				return createBusinessMetricAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object) {
				return createMeasurementAdapter();
			}
			@Override
			public Adapter caseImportRecord(ImportRecord object) {
				return createImportRecordAdapter();
			}
			@Override
			public Adapter caseImportSource(ImportSource object) {
				return createImportSourceAdapter();
			}
			@Override
			public Adapter caseCohortMapping(CohortMapping object) {
				return createCohortMappingAdapter();
			}
			@Override
			public Adapter caseInitiative(Initiative object) {
				return createInitiativeAdapter();
			}
			@Override
			public Adapter caseMetricLink(MetricLink object) {
				return createMetricLinkAdapter();
			}
			@Override
			public Adapter casePilot(Pilot object) {
				return createPilotAdapter();
			}
			@Override
			public Adapter caseSuccessCriterion(SuccessCriterion object) {
				return createSuccessCriterionAdapter();
			}
			@Override
			public Adapter caseRebaseline(Rebaseline object) {
				return createRebaselineAdapter();
			}
			@Override
			public Adapter caseCostLine(CostLine object) {
				return createCostLineAdapter();
			}
			@Override
			public Adapter caseBenefitLine(BenefitLine object) {
				return createBenefitLineAdapter();
			}
			@Override
			public Adapter caseStakeholder(Stakeholder object) {
				return createStakeholderAdapter();
			}
			@Override
			public Adapter caseConcern(Concern object) {
				return createConcernAdapter();
			}
			@Override
			public Adapter caseResponseAction(ResponseAction object) {
				return createResponseActionAdapter();
			}
			@Override
			public Adapter caseGovernance(Governance object) {
				return createGovernanceAdapter();
			}
			@Override
			public Adapter caseReviewStep(ReviewStep object) {
				return createReviewStepAdapter();
			}
			@Override
			public Adapter caseLearnerDataItem(LearnerDataItem object) {
				return createLearnerDataItemAdapter();
			}
			@Override
			public Adapter caseConsultation(Consultation object) {
				return createConsultationAdapter();
			}
			@Override
			public Adapter caseMaturityAssessment(MaturityAssessment object) {
				return createMaturityAssessmentAdapter();
			}
			@Override
			public Adapter caseEffortShare(EffortShare object) {
				return createEffortShareAdapter();
			}
			@Override
			public Adapter caseDecisionOverride(DecisionOverride object) {
				return createDecisionOverrideAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.StrategyModel <em>Strategy Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.StrategyModel
	 * @generated
	 */
	public Adapter createStrategyModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.BusinessGoal <em>Business Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.BusinessGoal
	 * @generated
	 */
	public Adapter createBusinessGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.BusinessMetric <em>Business Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.BusinessMetric
	 * @generated
	 */
	public Adapter createBusinessMetricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.ImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.ImportRecord
	 * @generated
	 */
	public Adapter createImportRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.ImportSource <em>Import Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.ImportSource
	 * @generated
	 */
	public Adapter createImportSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.CohortMapping <em>Cohort Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.CohortMapping
	 * @generated
	 */
	public Adapter createCohortMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Initiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Initiative
	 * @generated
	 */
	public Adapter createInitiativeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.MetricLink <em>Metric Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.MetricLink
	 * @generated
	 */
	public Adapter createMetricLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Pilot <em>Pilot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Pilot
	 * @generated
	 */
	public Adapter createPilotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.SuccessCriterion <em>Success Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.SuccessCriterion
	 * @generated
	 */
	public Adapter createSuccessCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Rebaseline <em>Rebaseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Rebaseline
	 * @generated
	 */
	public Adapter createRebaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.CostLine <em>Cost Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.CostLine
	 * @generated
	 */
	public Adapter createCostLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.BenefitLine <em>Benefit Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.BenefitLine
	 * @generated
	 */
	public Adapter createBenefitLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Stakeholder
	 * @generated
	 */
	public Adapter createStakeholderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Concern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Concern
	 * @generated
	 */
	public Adapter createConcernAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.ResponseAction <em>Response Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.ResponseAction
	 * @generated
	 */
	public Adapter createResponseActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Governance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Governance
	 * @generated
	 */
	public Adapter createGovernanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.ReviewStep <em>Review Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.ReviewStep
	 * @generated
	 */
	public Adapter createReviewStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.LearnerDataItem <em>Learner Data Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.LearnerDataItem
	 * @generated
	 */
	public Adapter createLearnerDataItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.Consultation <em>Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.Consultation
	 * @generated
	 */
	public Adapter createConsultationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.MaturityAssessment <em>Maturity Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.MaturityAssessment
	 * @generated
	 */
	public Adapter createMaturityAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.EffortShare <em>Effort Share</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.EffortShare
	 * @generated
	 */
	public Adapter createEffortShareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.wedge.model.DecisionOverride <em>Decision Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.wedge.model.DecisionOverride
	 * @generated
	 */
	public Adapter createDecisionOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //WedgeAdapterFactory
