/**
 */
package dev.wedge.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.wedge.model.WedgePackage
 * @generated
 */
public interface WedgeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WedgeFactory eINSTANCE = dev.wedge.model.impl.WedgeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Strategy Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy Model</em>'.
	 * @generated
	 */
	StrategyModel createStrategyModel();

	/**
	 * Returns a new object of class '<em>Business Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Goal</em>'.
	 * @generated
	 */
	BusinessGoal createBusinessGoal();

	/**
	 * Returns a new object of class '<em>Business Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Metric</em>'.
	 * @generated
	 */
	BusinessMetric createBusinessMetric();

	/**
	 * Returns a new object of class '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measurement</em>'.
	 * @generated
	 */
	Measurement createMeasurement();

	/**
	 * Returns a new object of class '<em>Import Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Import Record</em>'.
	 * @generated
	 */
	ImportRecord createImportRecord();

	/**
	 * Returns a new object of class '<em>Import Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Import Source</em>'.
	 * @generated
	 */
	ImportSource createImportSource();

	/**
	 * Returns a new object of class '<em>Cohort Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cohort Mapping</em>'.
	 * @generated
	 */
	CohortMapping createCohortMapping();

	/**
	 * Returns a new object of class '<em>Initiative</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initiative</em>'.
	 * @generated
	 */
	Initiative createInitiative();

	/**
	 * Returns a new object of class '<em>Metric Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Link</em>'.
	 * @generated
	 */
	MetricLink createMetricLink();

	/**
	 * Returns a new object of class '<em>Pilot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pilot</em>'.
	 * @generated
	 */
	Pilot createPilot();

	/**
	 * Returns a new object of class '<em>Success Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Success Criterion</em>'.
	 * @generated
	 */
	SuccessCriterion createSuccessCriterion();

	/**
	 * Returns a new object of class '<em>Rebaseline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rebaseline</em>'.
	 * @generated
	 */
	Rebaseline createRebaseline();

	/**
	 * Returns a new object of class '<em>Cost Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cost Line</em>'.
	 * @generated
	 */
	CostLine createCostLine();

	/**
	 * Returns a new object of class '<em>Benefit Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Benefit Line</em>'.
	 * @generated
	 */
	BenefitLine createBenefitLine();

	/**
	 * Returns a new object of class '<em>Stakeholder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stakeholder</em>'.
	 * @generated
	 */
	Stakeholder createStakeholder();

	/**
	 * Returns a new object of class '<em>Concern</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Concern</em>'.
	 * @generated
	 */
	Concern createConcern();

	/**
	 * Returns a new object of class '<em>Response Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Response Action</em>'.
	 * @generated
	 */
	ResponseAction createResponseAction();

	/**
	 * Returns a new object of class '<em>Governance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Governance</em>'.
	 * @generated
	 */
	Governance createGovernance();

	/**
	 * Returns a new object of class '<em>Review Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Step</em>'.
	 * @generated
	 */
	ReviewStep createReviewStep();

	/**
	 * Returns a new object of class '<em>Learner Data Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Learner Data Item</em>'.
	 * @generated
	 */
	LearnerDataItem createLearnerDataItem();

	/**
	 * Returns a new object of class '<em>Consultation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consultation</em>'.
	 * @generated
	 */
	Consultation createConsultation();

	/**
	 * Returns a new object of class '<em>Maturity Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Maturity Assessment</em>'.
	 * @generated
	 */
	MaturityAssessment createMaturityAssessment();

	/**
	 * Returns a new object of class '<em>Effort Share</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Effort Share</em>'.
	 * @generated
	 */
	EffortShare createEffortShare();

	/**
	 * Returns a new object of class '<em>Decision Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decision Override</em>'.
	 * @generated
	 */
	DecisionOverride createDecisionOverride();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	WedgePackage getWedgePackage();

} //WedgeFactory
