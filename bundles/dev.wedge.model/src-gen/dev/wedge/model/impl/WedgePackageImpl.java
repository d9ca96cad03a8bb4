/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.ActionStatus;
import dev.wedge.model.AiUse;
import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.CohortMapping;
import dev.wedge.model.Comparator;
import dev.wedge.model.Concern;
import dev.wedge.model.Consultation;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.CostCategory;
import dev.wedge.model.CostLine;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Direction;
import dev.wedge.model.EffortShare;
import dev.wedge.model.Governance;
import dev.wedge.model.Identified;
import dev.wedge.model.ImportFormat;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.ImportSource;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.Intent;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.Level;
import dev.wedge.model.MaturityAssessment;
import dev.wedge.model.MaturityStage;
import dev.wedge.model.Measurement;
import dev.wedge.model.MetricKind;
import dev.wedge.model.MetricLink;
import dev.wedge.model.Named;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.ProblemKind;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.ResponseKind;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.RiskArea;
import dev.wedge.model.RiskClass;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WedgePackageImpl extends EPackageImpl implements WedgePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessGoalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessMetricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cohortMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initiativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pilotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass successCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rebaselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass costLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass benefitLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stakeholderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass concernEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responseActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learnerDataItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consultationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maturityAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass effortShareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum metricKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cohortEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aiUseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum intentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiativeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pilotDesignEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pilotStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stakeholderGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rootCauseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum levelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum responseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum maturityStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskAreaEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consultationOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum costCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum importFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.wedge.model.WedgePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private WedgePackageImpl() {
		super(eNS_URI, WedgeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link WedgePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static WedgePackage init() {
		if (isInited) return (WedgePackage)EPackage.Registry.INSTANCE.getEPackage(WedgePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredWedgePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		WedgePackageImpl theWedgePackage = registeredWedgePackage instanceof WedgePackageImpl ? (WedgePackageImpl)registeredWedgePackage : new WedgePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theWedgePackage.createPackageContents();

		// Initialize created meta-data
		theWedgePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theWedgePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(WedgePackage.eNS_URI, theWedgePackage);
		return theWedgePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategyModel() {
		return strategyModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyModel_Organization() {
		return (EAttribute)strategyModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyModel_FormatVersion() {
		return (EAttribute)strategyModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Goals() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Metrics() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Initiatives() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Pilots() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Stakeholders() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Governance() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Maturity() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyModel_Currency() {
		return (EAttribute)strategyModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyModel_TimeZone() {
		return (EAttribute)strategyModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyModel_DisabledAnalyses() {
		return (EAttribute)strategyModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_Extensions() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyModel_ImportSources() {
		return (EReference)strategyModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessGoal() {
		return businessGoalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessGoal_Owner() {
		return (EAttribute)businessGoalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessMetric() {
		return businessMetricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_Kind() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_Unit() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_Direction() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessMetric_Goal() {
		return (EReference)businessMetricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessMetric_Owner() {
		return (EReference)businessMetricEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_Baseline() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_BaselineDate() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_Target() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_TargetDate() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_ValuePerUnit() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_CadenceDays() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessMetric_StandardDeviation() {
		return (EAttribute)businessMetricEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessMetric_Measurements() {
		return (EReference)businessMetricEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessMetric_Imports() {
		return (EReference)businessMetricEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurement() {
		return measurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Date() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Value() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Cohort() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasurement_Pilot() {
		return (EReference)measurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Source() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Note() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Subject() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasurement_ImportRecord() {
		return (EReference)measurementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportRecord() {
		return importRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Format() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_FileName() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Sha256() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_ImportedAt() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Source() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Settings() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Mapping() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_RowsRead() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_RowsImported() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_RowsRefused() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_Notes() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportRecord_SubjectKeySalt() {
		return (EAttribute)importRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportSource() {
		return importSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImportSource_Cohorts() {
		return (EReference)importSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCohortMapping() {
		return cohortMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCohortMapping_Value() {
		return (EAttribute)cohortMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCohortMapping_Cohort() {
		return (EAttribute)cohortMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitiative() {
		return initiativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Use() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Intent() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_UsesAiContent() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Status() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Owner() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_BusinessProblem() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Reframing() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInitiative_Links() {
		return (EReference)initiativeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_RiskArea() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_RiskClass() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_RiskNote() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetricLink() {
		return metricLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMetricLink_Metric() {
		return (EReference)metricLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricLink_Hypothesis() {
		return (EAttribute)metricLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricLink_Gap() {
		return (EAttribute)metricLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricLink_ExpectedChange() {
		return (EAttribute)metricLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPilot() {
		return pilotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_BusinessProblem() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_ProblemKind() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Sponsor() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Initiative() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_PrimaryMetric() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_StartDate() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_DurationWeeks() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_DurationReason() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_Design() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_Participants() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_ComparisonSize() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_TargetEffect() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_Status() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Criteria() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_FrozenOn() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Rebaselines() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Costs() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Benefits() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_Decision() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_DecisionRationale() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_DecisionDate() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPilot_Overrides() {
		return (EReference)pilotEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_EarlyStopReason() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_PlannedToApply() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPilot_ProgramCost() {
		return (EAttribute)pilotEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSuccessCriterion() {
		return successCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccessCriterion_Description() {
		return (EAttribute)successCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSuccessCriterion_Metric() {
		return (EReference)successCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccessCriterion_Comparator() {
		return (EAttribute)successCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccessCriterion_Threshold() {
		return (EAttribute)successCriterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSuccessCriterion_AgreedBy() {
		return (EReference)successCriterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccessCriterion_AgreedOn() {
		return (EAttribute)successCriterionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccessCriterion_LastEditedOn() {
		return (EAttribute)successCriterionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSuccessCriterion_Source() {
		return (EReference)successCriterionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccessCriterion_Rule() {
		return (EAttribute)successCriterionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRebaseline() {
		return rebaselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRebaseline_Date() {
		return (EAttribute)rebaselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRebaseline_Reason() {
		return (EAttribute)rebaselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRebaseline_Change() {
		return (EAttribute)rebaselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRebaseline_Criterion() {
		return (EReference)rebaselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCostLine() {
		return costLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostLine_Description() {
		return (EAttribute)costLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostLine_Category() {
		return (EAttribute)costLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostLine_Amount() {
		return (EAttribute)costLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBenefitLine() {
		return benefitLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_Description() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBenefitLine_Metric() {
		return (EReference)benefitLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_UnitsChange() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_AnnualValue() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_Confidence() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_Isolation() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_Volume() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitLine_VolumeUnit() {
		return (EAttribute)benefitLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStakeholder() {
		return stakeholderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Role() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Group() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Influence() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Interest() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Stance() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_SuccessAnswer() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholder_Concerns() {
		return (EReference)stakeholderEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholder_Actions() {
		return (EReference)stakeholderEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Awareness() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Desire() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Knowledge() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Ability() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Reinforcement() {
		return (EAttribute)stakeholderEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConcern() {
		return concernEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConcern_Description() {
		return (EAttribute)concernEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConcern_RootCause() {
		return (EAttribute)concernEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConcern_Severity() {
		return (EAttribute)concernEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponseAction() {
		return responseActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAction_Description() {
		return (EAttribute)responseActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAction_Kind() {
		return (EAttribute)responseActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponseAction_Concern() {
		return (EReference)responseActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAction_Owner() {
		return (EAttribute)responseActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAction_DueDate() {
		return (EAttribute)responseActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAction_Status() {
		return (EAttribute)responseActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernance() {
		return governanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernance_DataStatement() {
		return (EAttribute)governanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernance_ReviewSteps() {
		return (EReference)governanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernance_LearnerData() {
		return (EReference)governanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernance_Consultations() {
		return (EReference)governanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewStep() {
		return reviewStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewStep_Workflow() {
		return (EReference)reviewStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewStep_Reviewer() {
		return (EReference)reviewStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewStep_ReviewerRole() {
		return (EAttribute)reviewStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewStep_BeforeLearners() {
		return (EAttribute)reviewStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearnerDataItem() {
		return learnerDataItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearnerDataItem_Personal() {
		return (EAttribute)learnerDataItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearnerDataItem_Purpose() {
		return (EAttribute)learnerDataItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearnerDataItem_Access() {
		return (EAttribute)learnerDataItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearnerDataItem_Retention() {
		return (EAttribute)learnerDataItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearnerDataItem_UsedBy() {
		return (EReference)learnerDataItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsultation() {
		return consultationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Party() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Who() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Date() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Outcome() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Note() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsultation_Initiatives() {
		return (EReference)consultationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaturityAssessment() {
		return maturityAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaturityAssessment_Stage() {
		return (EAttribute)maturityAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaturityAssessment_AssessedOn() {
		return (EAttribute)maturityAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaturityAssessment_Efforts() {
		return (EReference)maturityAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEffortShare() {
		return effortShareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffortShare_Use() {
		return (EAttribute)effortShareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffortShare_Percent() {
		return (EAttribute)effortShareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionOverride() {
		return decisionOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOverride_Date() {
		return (EAttribute)decisionOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOverride_Decision() {
		return (EAttribute)decisionOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOverride_Evidence() {
		return (EAttribute)decisionOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOverride_Reason() {
		return (EAttribute)decisionOverrideEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecisionOverride_By() {
		return (EReference)decisionOverrideEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMetricKind() {
		return metricKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCohort() {
		return cohortEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAiUse() {
		return aiUseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntent() {
		return intentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiativeStatus() {
		return initiativeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemKind() {
		return problemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPilotDesign() {
		return pilotDesignEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPilotStatus() {
		return pilotStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecision() {
		return decisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparator() {
		return comparatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStakeholderGroup() {
		return stakeholderGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStance() {
		return stanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRootCause() {
		return rootCauseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLevel() {
		return levelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResponseKind() {
		return responseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMaturityStage() {
		return maturityStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskArea() {
		return riskAreaEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskClass() {
		return riskClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsultationOutcome() {
		return consultationOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCostCategory() {
		return costCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImportFormat() {
		return importFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionRule() {
		return decisionRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WedgeFactory getWedgeFactory() {
		return (WedgeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		strategyModelEClass = createEClass(STRATEGY_MODEL);
		createEAttribute(strategyModelEClass, STRATEGY_MODEL__ORGANIZATION);
		createEAttribute(strategyModelEClass, STRATEGY_MODEL__FORMAT_VERSION);
		createEReference(strategyModelEClass, STRATEGY_MODEL__GOALS);
		createEReference(strategyModelEClass, STRATEGY_MODEL__METRICS);
		createEReference(strategyModelEClass, STRATEGY_MODEL__INITIATIVES);
		createEReference(strategyModelEClass, STRATEGY_MODEL__PILOTS);
		createEReference(strategyModelEClass, STRATEGY_MODEL__STAKEHOLDERS);
		createEReference(strategyModelEClass, STRATEGY_MODEL__GOVERNANCE);
		createEReference(strategyModelEClass, STRATEGY_MODEL__MATURITY);
		createEAttribute(strategyModelEClass, STRATEGY_MODEL__CURRENCY);
		createEAttribute(strategyModelEClass, STRATEGY_MODEL__TIME_ZONE);
		createEAttribute(strategyModelEClass, STRATEGY_MODEL__DISABLED_ANALYSES);
		createEReference(strategyModelEClass, STRATEGY_MODEL__EXTENSIONS);
		createEReference(strategyModelEClass, STRATEGY_MODEL__IMPORT_SOURCES);

		businessGoalEClass = createEClass(BUSINESS_GOAL);
		createEAttribute(businessGoalEClass, BUSINESS_GOAL__OWNER);

		businessMetricEClass = createEClass(BUSINESS_METRIC);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__KIND);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__UNIT);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__DIRECTION);
		createEReference(businessMetricEClass, BUSINESS_METRIC__GOAL);
		createEReference(businessMetricEClass, BUSINESS_METRIC__OWNER);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__BASELINE);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__BASELINE_DATE);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__TARGET);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__TARGET_DATE);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__VALUE_PER_UNIT);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__CADENCE_DAYS);
		createEAttribute(businessMetricEClass, BUSINESS_METRIC__STANDARD_DEVIATION);
		createEReference(businessMetricEClass, BUSINESS_METRIC__MEASUREMENTS);
		createEReference(businessMetricEClass, BUSINESS_METRIC__IMPORTS);

		measurementEClass = createEClass(MEASUREMENT);
		createEAttribute(measurementEClass, MEASUREMENT__DATE);
		createEAttribute(measurementEClass, MEASUREMENT__VALUE);
		createEAttribute(measurementEClass, MEASUREMENT__COHORT);
		createEReference(measurementEClass, MEASUREMENT__PILOT);
		createEAttribute(measurementEClass, MEASUREMENT__SOURCE);
		createEAttribute(measurementEClass, MEASUREMENT__NOTE);
		createEAttribute(measurementEClass, MEASUREMENT__SUBJECT);
		createEReference(measurementEClass, MEASUREMENT__IMPORT_RECORD);

		importRecordEClass = createEClass(IMPORT_RECORD);
		createEAttribute(importRecordEClass, IMPORT_RECORD__FORMAT);
		createEAttribute(importRecordEClass, IMPORT_RECORD__FILE_NAME);
		createEAttribute(importRecordEClass, IMPORT_RECORD__SHA256);
		createEAttribute(importRecordEClass, IMPORT_RECORD__IMPORTED_AT);
		createEAttribute(importRecordEClass, IMPORT_RECORD__SOURCE);
		createEAttribute(importRecordEClass, IMPORT_RECORD__SETTINGS);
		createEAttribute(importRecordEClass, IMPORT_RECORD__MAPPING);
		createEAttribute(importRecordEClass, IMPORT_RECORD__ROWS_READ);
		createEAttribute(importRecordEClass, IMPORT_RECORD__ROWS_IMPORTED);
		createEAttribute(importRecordEClass, IMPORT_RECORD__ROWS_REFUSED);
		createEAttribute(importRecordEClass, IMPORT_RECORD__NOTES);
		createEAttribute(importRecordEClass, IMPORT_RECORD__SUBJECT_KEY_SALT);

		importSourceEClass = createEClass(IMPORT_SOURCE);
		createEReference(importSourceEClass, IMPORT_SOURCE__COHORTS);

		cohortMappingEClass = createEClass(COHORT_MAPPING);
		createEAttribute(cohortMappingEClass, COHORT_MAPPING__VALUE);
		createEAttribute(cohortMappingEClass, COHORT_MAPPING__COHORT);

		initiativeEClass = createEClass(INITIATIVE);
		createEAttribute(initiativeEClass, INITIATIVE__USE);
		createEAttribute(initiativeEClass, INITIATIVE__INTENT);
		createEAttribute(initiativeEClass, INITIATIVE__USES_AI_CONTENT);
		createEAttribute(initiativeEClass, INITIATIVE__STATUS);
		createEAttribute(initiativeEClass, INITIATIVE__OWNER);
		createEAttribute(initiativeEClass, INITIATIVE__BUSINESS_PROBLEM);
		createEAttribute(initiativeEClass, INITIATIVE__REFRAMING);
		createEReference(initiativeEClass, INITIATIVE__LINKS);
		createEAttribute(initiativeEClass, INITIATIVE__RISK_AREA);
		createEAttribute(initiativeEClass, INITIATIVE__RISK_CLASS);
		createEAttribute(initiativeEClass, INITIATIVE__RISK_NOTE);

		metricLinkEClass = createEClass(METRIC_LINK);
		createEReference(metricLinkEClass, METRIC_LINK__METRIC);
		createEAttribute(metricLinkEClass, METRIC_LINK__HYPOTHESIS);
		createEAttribute(metricLinkEClass, METRIC_LINK__GAP);
		createEAttribute(metricLinkEClass, METRIC_LINK__EXPECTED_CHANGE);

		pilotEClass = createEClass(PILOT);
		createEAttribute(pilotEClass, PILOT__BUSINESS_PROBLEM);
		createEAttribute(pilotEClass, PILOT__PROBLEM_KIND);
		createEReference(pilotEClass, PILOT__SPONSOR);
		createEReference(pilotEClass, PILOT__INITIATIVE);
		createEReference(pilotEClass, PILOT__PRIMARY_METRIC);
		createEAttribute(pilotEClass, PILOT__START_DATE);
		createEAttribute(pilotEClass, PILOT__DURATION_WEEKS);
		createEAttribute(pilotEClass, PILOT__DURATION_REASON);
		createEAttribute(pilotEClass, PILOT__DESIGN);
		createEAttribute(pilotEClass, PILOT__PARTICIPANTS);
		createEAttribute(pilotEClass, PILOT__COMPARISON_SIZE);
		createEAttribute(pilotEClass, PILOT__TARGET_EFFECT);
		createEAttribute(pilotEClass, PILOT__STATUS);
		createEReference(pilotEClass, PILOT__CRITERIA);
		createEAttribute(pilotEClass, PILOT__FROZEN_ON);
		createEReference(pilotEClass, PILOT__REBASELINES);
		createEReference(pilotEClass, PILOT__COSTS);
		createEReference(pilotEClass, PILOT__BENEFITS);
		createEAttribute(pilotEClass, PILOT__DECISION);
		createEAttribute(pilotEClass, PILOT__DECISION_RATIONALE);
		createEAttribute(pilotEClass, PILOT__DECISION_DATE);
		createEReference(pilotEClass, PILOT__OVERRIDES);
		createEAttribute(pilotEClass, PILOT__EARLY_STOP_REASON);
		createEAttribute(pilotEClass, PILOT__PLANNED_TO_APPLY);
		createEAttribute(pilotEClass, PILOT__PROGRAM_COST);

		successCriterionEClass = createEClass(SUCCESS_CRITERION);
		createEAttribute(successCriterionEClass, SUCCESS_CRITERION__DESCRIPTION);
		createEReference(successCriterionEClass, SUCCESS_CRITERION__METRIC);
		createEAttribute(successCriterionEClass, SUCCESS_CRITERION__COMPARATOR);
		createEAttribute(successCriterionEClass, SUCCESS_CRITERION__THRESHOLD);
		createEReference(successCriterionEClass, SUCCESS_CRITERION__AGREED_BY);
		createEAttribute(successCriterionEClass, SUCCESS_CRITERION__AGREED_ON);
		createEAttribute(successCriterionEClass, SUCCESS_CRITERION__LAST_EDITED_ON);
		createEReference(successCriterionEClass, SUCCESS_CRITERION__SOURCE);
		createEAttribute(successCriterionEClass, SUCCESS_CRITERION__RULE);

		rebaselineEClass = createEClass(REBASELINE);
		createEAttribute(rebaselineEClass, REBASELINE__DATE);
		createEAttribute(rebaselineEClass, REBASELINE__REASON);
		createEAttribute(rebaselineEClass, REBASELINE__CHANGE);
		createEReference(rebaselineEClass, REBASELINE__CRITERION);

		costLineEClass = createEClass(COST_LINE);
		createEAttribute(costLineEClass, COST_LINE__DESCRIPTION);
		createEAttribute(costLineEClass, COST_LINE__CATEGORY);
		createEAttribute(costLineEClass, COST_LINE__AMOUNT);

		benefitLineEClass = createEClass(BENEFIT_LINE);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__DESCRIPTION);
		createEReference(benefitLineEClass, BENEFIT_LINE__METRIC);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__UNITS_CHANGE);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__ANNUAL_VALUE);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__CONFIDENCE);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__ISOLATION);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__VOLUME);
		createEAttribute(benefitLineEClass, BENEFIT_LINE__VOLUME_UNIT);

		stakeholderEClass = createEClass(STAKEHOLDER);
		createEAttribute(stakeholderEClass, STAKEHOLDER__ROLE);
		createEAttribute(stakeholderEClass, STAKEHOLDER__GROUP);
		createEAttribute(stakeholderEClass, STAKEHOLDER__INFLUENCE);
		createEAttribute(stakeholderEClass, STAKEHOLDER__INTEREST);
		createEAttribute(stakeholderEClass, STAKEHOLDER__STANCE);
		createEAttribute(stakeholderEClass, STAKEHOLDER__SUCCESS_ANSWER);
		createEReference(stakeholderEClass, STAKEHOLDER__CONCERNS);
		createEReference(stakeholderEClass, STAKEHOLDER__ACTIONS);
		createEAttribute(stakeholderEClass, STAKEHOLDER__AWARENESS);
		createEAttribute(stakeholderEClass, STAKEHOLDER__DESIRE);
		createEAttribute(stakeholderEClass, STAKEHOLDER__KNOWLEDGE);
		createEAttribute(stakeholderEClass, STAKEHOLDER__ABILITY);
		createEAttribute(stakeholderEClass, STAKEHOLDER__REINFORCEMENT);

		concernEClass = createEClass(CONCERN);
		createEAttribute(concernEClass, CONCERN__DESCRIPTION);
		createEAttribute(concernEClass, CONCERN__ROOT_CAUSE);
		createEAttribute(concernEClass, CONCERN__SEVERITY);

		responseActionEClass = createEClass(RESPONSE_ACTION);
		createEAttribute(responseActionEClass, RESPONSE_ACTION__DESCRIPTION);
		createEAttribute(responseActionEClass, RESPONSE_ACTION__KIND);
		createEReference(responseActionEClass, RESPONSE_ACTION__CONCERN);
		createEAttribute(responseActionEClass, RESPONSE_ACTION__OWNER);
		createEAttribute(responseActionEClass, RESPONSE_ACTION__DUE_DATE);
		createEAttribute(responseActionEClass, RESPONSE_ACTION__STATUS);

		governanceEClass = createEClass(GOVERNANCE);
		createEAttribute(governanceEClass, GOVERNANCE__DATA_STATEMENT);
		createEReference(governanceEClass, GOVERNANCE__REVIEW_STEPS);
		createEReference(governanceEClass, GOVERNANCE__LEARNER_DATA);
		createEReference(governanceEClass, GOVERNANCE__CONSULTATIONS);

		reviewStepEClass = createEClass(REVIEW_STEP);
		createEReference(reviewStepEClass, REVIEW_STEP__WORKFLOW);
		createEReference(reviewStepEClass, REVIEW_STEP__REVIEWER);
		createEAttribute(reviewStepEClass, REVIEW_STEP__REVIEWER_ROLE);
		createEAttribute(reviewStepEClass, REVIEW_STEP__BEFORE_LEARNERS);

		learnerDataItemEClass = createEClass(LEARNER_DATA_ITEM);
		createEAttribute(learnerDataItemEClass, LEARNER_DATA_ITEM__PERSONAL);
		createEAttribute(learnerDataItemEClass, LEARNER_DATA_ITEM__PURPOSE);
		createEAttribute(learnerDataItemEClass, LEARNER_DATA_ITEM__ACCESS);
		createEAttribute(learnerDataItemEClass, LEARNER_DATA_ITEM__RETENTION);
		createEReference(learnerDataItemEClass, LEARNER_DATA_ITEM__USED_BY);

		consultationEClass = createEClass(CONSULTATION);
		createEAttribute(consultationEClass, CONSULTATION__PARTY);
		createEAttribute(consultationEClass, CONSULTATION__WHO);
		createEAttribute(consultationEClass, CONSULTATION__DATE);
		createEAttribute(consultationEClass, CONSULTATION__OUTCOME);
		createEAttribute(consultationEClass, CONSULTATION__NOTE);
		createEReference(consultationEClass, CONSULTATION__INITIATIVES);

		maturityAssessmentEClass = createEClass(MATURITY_ASSESSMENT);
		createEAttribute(maturityAssessmentEClass, MATURITY_ASSESSMENT__STAGE);
		createEAttribute(maturityAssessmentEClass, MATURITY_ASSESSMENT__ASSESSED_ON);
		createEReference(maturityAssessmentEClass, MATURITY_ASSESSMENT__EFFORTS);

		effortShareEClass = createEClass(EFFORT_SHARE);
		createEAttribute(effortShareEClass, EFFORT_SHARE__USE);
		createEAttribute(effortShareEClass, EFFORT_SHARE__PERCENT);

		decisionOverrideEClass = createEClass(DECISION_OVERRIDE);
		createEAttribute(decisionOverrideEClass, DECISION_OVERRIDE__DATE);
		createEAttribute(decisionOverrideEClass, DECISION_OVERRIDE__DECISION);
		createEAttribute(decisionOverrideEClass, DECISION_OVERRIDE__EVIDENCE);
		createEAttribute(decisionOverrideEClass, DECISION_OVERRIDE__REASON);
		createEReference(decisionOverrideEClass, DECISION_OVERRIDE__BY);

		// Create enums
		metricKindEEnum = createEEnum(METRIC_KIND);
		directionEEnum = createEEnum(DIRECTION);
		cohortEEnum = createEEnum(COHORT);
		aiUseEEnum = createEEnum(AI_USE);
		intentEEnum = createEEnum(INTENT);
		initiativeStatusEEnum = createEEnum(INITIATIVE_STATUS);
		problemKindEEnum = createEEnum(PROBLEM_KIND);
		pilotDesignEEnum = createEEnum(PILOT_DESIGN);
		pilotStatusEEnum = createEEnum(PILOT_STATUS);
		decisionEEnum = createEEnum(DECISION);
		comparatorEEnum = createEEnum(COMPARATOR);
		stakeholderGroupEEnum = createEEnum(STAKEHOLDER_GROUP);
		stanceEEnum = createEEnum(STANCE);
		rootCauseEEnum = createEEnum(ROOT_CAUSE);
		levelEEnum = createEEnum(LEVEL);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		responseKindEEnum = createEEnum(RESPONSE_KIND);
		maturityStageEEnum = createEEnum(MATURITY_STAGE);
		riskAreaEEnum = createEEnum(RISK_AREA);
		riskClassEEnum = createEEnum(RISK_CLASS);
		consultationOutcomeEEnum = createEEnum(CONSULTATION_OUTCOME);
		costCategoryEEnum = createEEnum(COST_CATEGORY);
		importFormatEEnum = createEEnum(IMPORT_FORMAT);
		decisionRuleEEnum = createEEnum(DECISION_RULE);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		strategyModelEClass.getESuperTypes().add(this.getNamed());
		businessGoalEClass.getESuperTypes().add(this.getNamed());
		businessMetricEClass.getESuperTypes().add(this.getNamed());
		measurementEClass.getESuperTypes().add(this.getIdentified());
		importRecordEClass.getESuperTypes().add(this.getIdentified());
		importSourceEClass.getESuperTypes().add(this.getNamed());
		cohortMappingEClass.getESuperTypes().add(this.getIdentified());
		initiativeEClass.getESuperTypes().add(this.getNamed());
		metricLinkEClass.getESuperTypes().add(this.getIdentified());
		pilotEClass.getESuperTypes().add(this.getNamed());
		successCriterionEClass.getESuperTypes().add(this.getIdentified());
		rebaselineEClass.getESuperTypes().add(this.getIdentified());
		costLineEClass.getESuperTypes().add(this.getIdentified());
		benefitLineEClass.getESuperTypes().add(this.getIdentified());
		stakeholderEClass.getESuperTypes().add(this.getNamed());
		concernEClass.getESuperTypes().add(this.getIdentified());
		responseActionEClass.getESuperTypes().add(this.getIdentified());
		governanceEClass.getESuperTypes().add(this.getIdentified());
		reviewStepEClass.getESuperTypes().add(this.getNamed());
		learnerDataItemEClass.getESuperTypes().add(this.getNamed());
		consultationEClass.getESuperTypes().add(this.getIdentified());
		maturityAssessmentEClass.getESuperTypes().add(this.getIdentified());
		effortShareEClass.getESuperTypes().add(this.getIdentified());
		decisionOverrideEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyModelEClass, StrategyModel.class, "StrategyModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategyModel_Organization(), ecorePackage.getEString(), "organization", null, 0, 1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyModel_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Goals(), this.getBusinessGoal(), null, "goals", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Metrics(), this.getBusinessMetric(), null, "metrics", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Initiatives(), this.getInitiative(), null, "initiatives", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Pilots(), this.getPilot(), null, "pilots", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Stakeholders(), this.getStakeholder(), null, "stakeholders", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Governance(), this.getGovernance(), null, "governance", null, 0, 1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Maturity(), this.getMaturityAssessment(), null, "maturity", null, 0, 1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyModel_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyModel_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyModel_DisabledAnalyses(), ecorePackage.getEString(), "disabledAnalyses", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_Extensions(), ecorePackage.getEObject(), null, "extensions", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyModel_ImportSources(), this.getImportSource(), null, "importSources", null, 0, -1, StrategyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessGoalEClass, BusinessGoal.class, "BusinessGoal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessGoal_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, BusinessGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessMetricEClass, BusinessMetric.class, "BusinessMetric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessMetric_Kind(), this.getMetricKind(), "kind", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_Direction(), this.getDirection(), "direction", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessMetric_Goal(), this.getBusinessGoal(), null, "goal", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessMetric_Owner(), this.getStakeholder(), null, "owner", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_Baseline(), ecorePackage.getEDoubleObject(), "baseline", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_BaselineDate(), this.getDate(), "baselineDate", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_TargetDate(), this.getDate(), "targetDate", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_ValuePerUnit(), ecorePackage.getEDoubleObject(), "valuePerUnit", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_CadenceDays(), ecorePackage.getEInt(), "cadenceDays", "30", 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessMetric_StandardDeviation(), ecorePackage.getEDoubleObject(), "standardDeviation", null, 0, 1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessMetric_Measurements(), this.getMeasurement(), null, "measurements", null, 0, -1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessMetric_Imports(), this.getImportRecord(), null, "imports", null, 0, -1, BusinessMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementEClass, Measurement.class, "Measurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurement_Date(), this.getDate(), "date", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Cohort(), this.getCohort(), "cohort", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasurement_Pilot(), this.getPilot(), null, "pilot", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Source(), ecorePackage.getEString(), "source", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Note(), ecorePackage.getEString(), "note", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasurement_ImportRecord(), this.getImportRecord(), null, "importRecord", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importRecordEClass, ImportRecord.class, "ImportRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportRecord_Format(), this.getImportFormat(), "format", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_ImportedAt(), ecorePackage.getEString(), "importedAt", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Source(), ecorePackage.getEString(), "source", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Settings(), ecorePackage.getEString(), "settings", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Mapping(), ecorePackage.getEString(), "mapping", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_RowsRead(), ecorePackage.getEInt(), "rowsRead", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_RowsImported(), ecorePackage.getEInt(), "rowsImported", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_RowsRefused(), ecorePackage.getEInt(), "rowsRefused", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_Notes(), ecorePackage.getEString(), "notes", null, 0, -1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportRecord_SubjectKeySalt(), ecorePackage.getEString(), "subjectKeySalt", null, 0, 1, ImportRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importSourceEClass, ImportSource.class, "ImportSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImportSource_Cohorts(), this.getCohortMapping(), null, "cohorts", null, 0, -1, ImportSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cohortMappingEClass, CohortMapping.class, "CohortMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCohortMapping_Value(), ecorePackage.getEString(), "value", null, 0, 1, CohortMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCohortMapping_Cohort(), this.getCohort(), "cohort", null, 0, 1, CohortMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initiativeEClass, Initiative.class, "Initiative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitiative_Use(), this.getAiUse(), "use", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Intent(), this.getIntent(), "intent", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_UsesAiContent(), ecorePackage.getEBoolean(), "usesAiContent", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Status(), this.getInitiativeStatus(), "status", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_BusinessProblem(), ecorePackage.getEString(), "businessProblem", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_Reframing(), ecorePackage.getEString(), "reframing", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInitiative_Links(), this.getMetricLink(), null, "links", null, 0, -1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_RiskArea(), this.getRiskArea(), "riskArea", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_RiskClass(), this.getRiskClass(), "riskClass", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiative_RiskNote(), ecorePackage.getEString(), "riskNote", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricLinkEClass, MetricLink.class, "MetricLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMetricLink_Metric(), this.getBusinessMetric(), null, "metric", null, 0, 1, MetricLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetricLink_Hypothesis(), ecorePackage.getEString(), "hypothesis", null, 0, 1, MetricLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetricLink_Gap(), ecorePackage.getEString(), "gap", null, 0, 1, MetricLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetricLink_ExpectedChange(), ecorePackage.getEDoubleObject(), "expectedChange", null, 0, 1, MetricLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pilotEClass, Pilot.class, "Pilot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPilot_BusinessProblem(), ecorePackage.getEString(), "businessProblem", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_ProblemKind(), this.getProblemKind(), "problemKind", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Sponsor(), this.getStakeholder(), null, "sponsor", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Initiative(), this.getInitiative(), null, "initiative", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_PrimaryMetric(), this.getBusinessMetric(), null, "primaryMetric", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_StartDate(), this.getDate(), "startDate", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_DurationWeeks(), ecorePackage.getEInt(), "durationWeeks", "6", 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_DurationReason(), ecorePackage.getEString(), "durationReason", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_Design(), this.getPilotDesign(), "design", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_Participants(), ecorePackage.getEInt(), "participants", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_ComparisonSize(), ecorePackage.getEInt(), "comparisonSize", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_TargetEffect(), ecorePackage.getEDoubleObject(), "targetEffect", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_Status(), this.getPilotStatus(), "status", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Criteria(), this.getSuccessCriterion(), null, "criteria", null, 0, -1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_FrozenOn(), this.getDate(), "frozenOn", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Rebaselines(), this.getRebaseline(), null, "rebaselines", null, 0, -1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Costs(), this.getCostLine(), null, "costs", null, 0, -1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Benefits(), this.getBenefitLine(), null, "benefits", null, 0, -1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_Decision(), this.getDecision(), "decision", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_DecisionRationale(), ecorePackage.getEString(), "decisionRationale", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_DecisionDate(), this.getDate(), "decisionDate", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPilot_Overrides(), this.getDecisionOverride(), null, "overrides", null, 0, -1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_EarlyStopReason(), ecorePackage.getEString(), "earlyStopReason", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_PlannedToApply(), ecorePackage.getEDoubleObject(), "plannedToApply", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPilot_ProgramCost(), ecorePackage.getEDoubleObject(), "programCost", null, 0, 1, Pilot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(successCriterionEClass, SuccessCriterion.class, "SuccessCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSuccessCriterion_Description(), ecorePackage.getEString(), "description", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSuccessCriterion_Metric(), this.getBusinessMetric(), null, "metric", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuccessCriterion_Comparator(), this.getComparator(), "comparator", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuccessCriterion_Threshold(), ecorePackage.getEDouble(), "threshold", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSuccessCriterion_AgreedBy(), this.getStakeholder(), null, "agreedBy", null, 0, -1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuccessCriterion_AgreedOn(), this.getDate(), "agreedOn", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuccessCriterion_LastEditedOn(), this.getDate(), "lastEditedOn", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSuccessCriterion_Source(), this.getStakeholder(), null, "source", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuccessCriterion_Rule(), this.getDecisionRule(), "rule", null, 0, 1, SuccessCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rebaselineEClass, Rebaseline.class, "Rebaseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRebaseline_Date(), this.getDate(), "date", null, 0, 1, Rebaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRebaseline_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Rebaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRebaseline_Change(), ecorePackage.getEString(), "change", null, 0, 1, Rebaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRebaseline_Criterion(), this.getSuccessCriterion(), null, "criterion", null, 0, 1, Rebaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(costLineEClass, CostLine.class, "CostLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCostLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, CostLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostLine_Category(), this.getCostCategory(), "category", null, 0, 1, CostLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostLine_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, CostLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(benefitLineEClass, BenefitLine.class, "BenefitLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBenefitLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBenefitLine_Metric(), this.getBusinessMetric(), null, "metric", null, 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLine_UnitsChange(), ecorePackage.getEDoubleObject(), "unitsChange", null, 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLine_AnnualValue(), ecorePackage.getEDoubleObject(), "annualValue", null, 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLine_Confidence(), ecorePackage.getEDouble(), "confidence", "1.0", 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLine_Isolation(), ecorePackage.getEDouble(), "isolation", "1.0", 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLine_Volume(), ecorePackage.getEDoubleObject(), "volume", null, 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitLine_VolumeUnit(), ecorePackage.getEString(), "volumeUnit", null, 0, 1, BenefitLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stakeholderEClass, Stakeholder.class, "Stakeholder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStakeholder_Role(), ecorePackage.getEString(), "role", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Group(), this.getStakeholderGroup(), "group", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Influence(), ecorePackage.getEInt(), "influence", "3", 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Interest(), ecorePackage.getEInt(), "interest", "3", 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Stance(), this.getStance(), "stance", "NEUTRAL", 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_SuccessAnswer(), ecorePackage.getEString(), "successAnswer", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholder_Concerns(), this.getConcern(), null, "concerns", null, 0, -1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholder_Actions(), this.getResponseAction(), null, "actions", null, 0, -1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Awareness(), ecorePackage.getEInt(), "awareness", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Desire(), ecorePackage.getEInt(), "desire", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Knowledge(), ecorePackage.getEInt(), "knowledge", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Ability(), ecorePackage.getEInt(), "ability", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Reinforcement(), ecorePackage.getEInt(), "reinforcement", null, 0, 1, Stakeholder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(concernEClass, Concern.class, "Concern", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConcern_Description(), ecorePackage.getEString(), "description", null, 0, 1, Concern.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConcern_RootCause(), this.getRootCause(), "rootCause", null, 0, 1, Concern.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConcern_Severity(), this.getLevel(), "severity", "MEDIUM", 0, 1, Concern.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responseActionEClass, ResponseAction.class, "ResponseAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResponseAction_Description(), ecorePackage.getEString(), "description", null, 0, 1, ResponseAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAction_Kind(), this.getResponseKind(), "kind", null, 0, 1, ResponseAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponseAction_Concern(), this.getConcern(), null, "concern", null, 0, 1, ResponseAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAction_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, ResponseAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAction_DueDate(), this.getDate(), "dueDate", null, 0, 1, ResponseAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAction_Status(), this.getActionStatus(), "status", null, 0, 1, ResponseAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(governanceEClass, Governance.class, "Governance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGovernance_DataStatement(), ecorePackage.getEString(), "dataStatement", null, 0, 1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernance_ReviewSteps(), this.getReviewStep(), null, "reviewSteps", null, 0, -1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernance_LearnerData(), this.getLearnerDataItem(), null, "learnerData", null, 0, -1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernance_Consultations(), this.getConsultation(), null, "consultations", null, 0, -1, Governance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewStepEClass, ReviewStep.class, "ReviewStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReviewStep_Workflow(), this.getInitiative(), null, "workflow", null, 0, 1, ReviewStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewStep_Reviewer(), this.getStakeholder(), null, "reviewer", null, 0, 1, ReviewStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewStep_ReviewerRole(), ecorePackage.getEString(), "reviewerRole", null, 0, 1, ReviewStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewStep_BeforeLearners(), ecorePackage.getEBoolean(), "beforeLearners", "true", 0, 1, ReviewStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learnerDataItemEClass, LearnerDataItem.class, "LearnerDataItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearnerDataItem_Personal(), ecorePackage.getEBoolean(), "personal", null, 0, 1, LearnerDataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearnerDataItem_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, LearnerDataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearnerDataItem_Access(), ecorePackage.getEString(), "access", null, 0, 1, LearnerDataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearnerDataItem_Retention(), ecorePackage.getEString(), "retention", null, 0, 1, LearnerDataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearnerDataItem_UsedBy(), this.getInitiative(), null, "usedBy", null, 0, -1, LearnerDataItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consultationEClass, Consultation.class, "Consultation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsultation_Party(), ecorePackage.getEString(), "party", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Who(), ecorePackage.getEString(), "who", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Date(), this.getDate(), "date", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Outcome(), this.getConsultationOutcome(), "outcome", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Note(), ecorePackage.getEString(), "note", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsultation_Initiatives(), this.getInitiative(), null, "initiatives", null, 0, -1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(maturityAssessmentEClass, MaturityAssessment.class, "MaturityAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaturityAssessment_Stage(), this.getMaturityStage(), "stage", null, 0, 1, MaturityAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaturityAssessment_AssessedOn(), this.getDate(), "assessedOn", null, 0, 1, MaturityAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaturityAssessment_Efforts(), this.getEffortShare(), null, "efforts", null, 0, -1, MaturityAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(effortShareEClass, EffortShare.class, "EffortShare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEffortShare_Use(), this.getAiUse(), "use", null, 0, 1, EffortShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffortShare_Percent(), ecorePackage.getEDouble(), "percent", null, 0, 1, EffortShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionOverrideEClass, DecisionOverride.class, "DecisionOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecisionOverride_Date(), this.getDate(), "date", null, 0, 1, DecisionOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionOverride_Decision(), this.getDecision(), "decision", null, 0, 1, DecisionOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionOverride_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, DecisionOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionOverride_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, DecisionOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecisionOverride_By(), this.getStakeholder(), null, "by", null, 0, 1, DecisionOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(metricKindEEnum, MetricKind.class, "MetricKind");
		addEEnumLiteral(metricKindEEnum, MetricKind.TIME_TO_PRODUCTIVITY);
		addEEnumLiteral(metricKindEEnum, MetricKind.SALES_WIN_RATE);
		addEEnumLiteral(metricKindEEnum, MetricKind.COMPLIANCE_INCIDENT_RATE);
		addEEnumLiteral(metricKindEEnum, MetricKind.CUSTOMER_CHURN);
		addEEnumLiteral(metricKindEEnum, MetricKind.RETENTION);
		addEEnumLiteral(metricKindEEnum, MetricKind.REVENUE);
		addEEnumLiteral(metricKindEEnum, MetricKind.COST);
		addEEnumLiteral(metricKindEEnum, MetricKind.OTHER);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.INCREASE);
		addEEnumLiteral(directionEEnum, Direction.DECREASE);

		initEEnum(cohortEEnum, Cohort.class, "Cohort");
		addEEnumLiteral(cohortEEnum, Cohort.ALL);
		addEEnumLiteral(cohortEEnum, Cohort.PILOT);
		addEEnumLiteral(cohortEEnum, Cohort.COMPARISON);

		initEEnum(aiUseEEnum, AiUse.class, "AiUse");
		addEEnumLiteral(aiUseEEnum, AiUse.CONTENT_CREATION);
		addEEnumLiteral(aiUseEEnum, AiUse.RESEARCH);
		addEEnumLiteral(aiUseEEnum, AiUse.REPORTING);
		addEEnumLiteral(aiUseEEnum, AiUse.DELIVERY);
		addEEnumLiteral(aiUseEEnum, AiUse.PERSONALIZATION);
		addEEnumLiteral(aiUseEEnum, AiUse.ASSESSMENT);
		addEEnumLiteral(aiUseEEnum, AiUse.TRANSLATION);
		addEEnumLiteral(aiUseEEnum, AiUse.COACHING);
		addEEnumLiteral(aiUseEEnum, AiUse.OTHER);

		initEEnum(intentEEnum, Intent.class, "Intent");
		addEEnumLiteral(intentEEnum, Intent.EFFICIENCY);
		addEEnumLiteral(intentEEnum, Intent.STRATEGIC);

		initEEnum(initiativeStatusEEnum, InitiativeStatus.class, "InitiativeStatus");
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.IDEA);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.PLANNED);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.ACTIVE);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.PAUSED);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.SCALED);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.STOPPED);

		initEEnum(problemKindEEnum, ProblemKind.class, "ProblemKind");
		addEEnumLiteral(problemKindEEnum, ProblemKind.PRODUCT_LAUNCH);
		addEEnumLiteral(problemKindEEnum, ProblemKind.RETENTION_CRISIS);
		addEEnumLiteral(problemKindEEnum, ProblemKind.COMPLIANCE_DEADLINE);
		addEEnumLiteral(problemKindEEnum, ProblemKind.SKILLS_GAP);
		addEEnumLiteral(problemKindEEnum, ProblemKind.NEW_SYSTEM);
		addEEnumLiteral(problemKindEEnum, ProblemKind.OTHER);

		initEEnum(pilotDesignEEnum, PilotDesign.class, "PilotDesign");
		addEEnumLiteral(pilotDesignEEnum, PilotDesign.PRE_POST);
		addEEnumLiteral(pilotDesignEEnum, PilotDesign.COMPARISON_GROUP);
		addEEnumLiteral(pilotDesignEEnum, PilotDesign.DIFFERENCE_IN_DIFFERENCES);

		initEEnum(pilotStatusEEnum, PilotStatus.class, "PilotStatus");
		addEEnumLiteral(pilotStatusEEnum, PilotStatus.DRAFT);
		addEEnumLiteral(pilotStatusEEnum, PilotStatus.AGREED);
		addEEnumLiteral(pilotStatusEEnum, PilotStatus.RUNNING);
		addEEnumLiteral(pilotStatusEEnum, PilotStatus.EVALUATING);
		addEEnumLiteral(pilotStatusEEnum, PilotStatus.DECIDED);

		initEEnum(decisionEEnum, Decision.class, "Decision");
		addEEnumLiteral(decisionEEnum, Decision.UNDECIDED);
		addEEnumLiteral(decisionEEnum, Decision.SCALE);
		addEEnumLiteral(decisionEEnum, Decision.ITERATE);
		addEEnumLiteral(decisionEEnum, Decision.STOP);

		initEEnum(comparatorEEnum, Comparator.class, "Comparator");
		addEEnumLiteral(comparatorEEnum, Comparator.AT_LEAST);
		addEEnumLiteral(comparatorEEnum, Comparator.AT_MOST);
		addEEnumLiteral(comparatorEEnum, Comparator.IMPROVES_BY);
		addEEnumLiteral(comparatorEEnum, Comparator.IMPROVES_BY_PERCENT);
		addEEnumLiteral(comparatorEEnum, Comparator.BEATS_COMPARISON_BY);

		initEEnum(stakeholderGroupEEnum, StakeholderGroup.class, "StakeholderGroup");
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.SENIOR_LEADER);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.MANAGER);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.EMPLOYEE);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.SUBJECT_MATTER_EXPERT);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.IT_LEGAL);

		initEEnum(stanceEEnum, Stance.class, "Stance");
		addEEnumLiteral(stanceEEnum, Stance.CHAMPION);
		addEEnumLiteral(stanceEEnum, Stance.SUPPORTER);
		addEEnumLiteral(stanceEEnum, Stance.NEUTRAL);
		addEEnumLiteral(stanceEEnum, Stance.SKEPTIC);
		addEEnumLiteral(stanceEEnum, Stance.OPPONENT);

		initEEnum(rootCauseEEnum, RootCause.class, "RootCause");
		addEEnumLiteral(rootCauseEEnum, RootCause.CREDIBILITY);
		addEEnumLiteral(rootCauseEEnum, RootCause.QUALITY);
		addEEnumLiteral(rootCauseEEnum, RootCause.CHANGE);
		addEEnumLiteral(rootCauseEEnum, RootCause.OWNERSHIP);
		addEEnumLiteral(rootCauseEEnum, RootCause.GOVERNANCE);

		initEEnum(levelEEnum, Level.class, "Level");
		addEEnumLiteral(levelEEnum, Level.LOW);
		addEEnumLiteral(levelEEnum, Level.MEDIUM);
		addEEnumLiteral(levelEEnum, Level.HIGH);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PLANNED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DROPPED);

		initEEnum(responseKindEEnum, ResponseKind.class, "ResponseKind");
		addEEnumLiteral(responseKindEEnum, ResponseKind.EVIDENCE);
		addEEnumLiteral(responseKindEEnum, ResponseKind.REVIEW_PROCESS);
		addEEnumLiteral(responseKindEEnum, ResponseKind.EARLY_INVOLVEMENT);
		addEEnumLiteral(responseKindEEnum, ResponseKind.EXPERT_REVIEWER);
		addEEnumLiteral(responseKindEEnum, ResponseKind.GOVERNANCE_PARTNERSHIP);
		addEEnumLiteral(responseKindEEnum, ResponseKind.COMMUNICATION);
		addEEnumLiteral(responseKindEEnum, ResponseKind.TRAINING);
		addEEnumLiteral(responseKindEEnum, ResponseKind.OTHER);

		initEEnum(maturityStageEEnum, MaturityStage.class, "MaturityStage");
		addEEnumLiteral(maturityStageEEnum, MaturityStage.NEVER_STARTED);
		addEEnumLiteral(maturityStageEEnum, MaturityStage.RECENTLY_STARTED);
		addEEnumLiteral(maturityStageEEnum, MaturityStage.FOR_YEARS);

		initEEnum(riskAreaEEnum, RiskArea.class, "RiskArea");
		addEEnumLiteral(riskAreaEEnum, RiskArea.NONE);
		addEEnumLiteral(riskAreaEEnum, RiskArea.LEARNING_OUTCOMES);
		addEEnumLiteral(riskAreaEEnum, RiskArea.EMPLOYMENT_DECISIONS);

		initEEnum(riskClassEEnum, RiskClass.class, "RiskClass");
		addEEnumLiteral(riskClassEEnum, RiskClass.UNASSESSED);
		addEEnumLiteral(riskClassEEnum, RiskClass.MINIMAL);
		addEEnumLiteral(riskClassEEnum, RiskClass.LIMITED);
		addEEnumLiteral(riskClassEEnum, RiskClass.HIGH);

		initEEnum(consultationOutcomeEEnum, ConsultationOutcome.class, "ConsultationOutcome");
		addEEnumLiteral(consultationOutcomeEEnum, ConsultationOutcome.PENDING);
		addEEnumLiteral(consultationOutcomeEEnum, ConsultationOutcome.APPROVED);
		addEEnumLiteral(consultationOutcomeEEnum, ConsultationOutcome.APPROVED_WITH_CONDITIONS);
		addEEnumLiteral(consultationOutcomeEEnum, ConsultationOutcome.REJECTED);

		initEEnum(costCategoryEEnum, CostCategory.class, "CostCategory");
		addEEnumLiteral(costCategoryEEnum, CostCategory.DEVELOPMENT);
		addEEnumLiteral(costCategoryEEnum, CostCategory.DELIVERY);
		addEEnumLiteral(costCategoryEEnum, CostCategory.PARTICIPANT_TIME);
		addEEnumLiteral(costCategoryEEnum, CostCategory.TOOLS);
		addEEnumLiteral(costCategoryEEnum, CostCategory.EVALUATION);
		addEEnumLiteral(costCategoryEEnum, CostCategory.OVERHEAD);
		addEEnumLiteral(costCategoryEEnum, CostCategory.OTHER);

		initEEnum(importFormatEEnum, ImportFormat.class, "ImportFormat");
		addEEnumLiteral(importFormatEEnum, ImportFormat.CSV);
		addEEnumLiteral(importFormatEEnum, ImportFormat.XAPI);
		addEEnumLiteral(importFormatEEnum, ImportFormat.PASTE);

		initEEnum(decisionRuleEEnum, DecisionRule.class, "DecisionRule");
		addEEnumLiteral(decisionRuleEEnum, DecisionRule.INTERVAL);
		addEEnumLiteral(decisionRuleEEnum, DecisionRule.POINT_ESTIMATE);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //WedgePackageImpl
