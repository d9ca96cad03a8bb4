/**
 */
package dev.wedge.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see dev.wedge.model.WedgeFactory
 * @model kind="package"
 * @generated
 */
public interface WedgePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://wedge.dev/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "wedge";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WedgePackage eINSTANCE = dev.wedge.model.impl.WedgePackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.IdentifiedImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.NamedImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.StrategyModelImpl <em>Strategy Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.StrategyModelImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getStrategyModel()
	 * @generated
	 */
	int STRATEGY_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__ORGANIZATION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__FORMAT_VERSION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__GOALS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__METRICS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Initiatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__INITIATIVES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pilots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__PILOTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stakeholders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__STAKEHOLDERS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__GOVERNANCE = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Maturity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__MATURITY = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__CURRENCY = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__TIME_ZONE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Disabled Analyses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__DISABLED_ANALYSES = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__EXTENSIONS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Import Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL__IMPORT_SOURCES = NAMED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Strategy Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Strategy Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_MODEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.BusinessGoalImpl <em>Business Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.BusinessGoalImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getBusinessGoal()
	 * @generated
	 */
	int BUSINESS_GOAL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL__OWNER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Business Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Business Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GOAL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.BusinessMetricImpl <em>Business Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.BusinessMetricImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getBusinessMetric()
	 * @generated
	 */
	int BUSINESS_METRIC = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__UNIT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__DIRECTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__GOAL = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__OWNER = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__BASELINE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__BASELINE_DATE = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__TARGET = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__TARGET_DATE = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Value Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__VALUE_PER_UNIT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Cadence Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__CADENCE_DAYS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__STANDARD_DEVIATION = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__MEASUREMENTS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Imports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC__IMPORTS = NAMED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Business Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC_FEATURE_COUNT = NAMED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Business Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_METRIC_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.MeasurementImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__COHORT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pilot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PILOT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SUBJECT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Import Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__IMPORT_RECORD = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.ImportRecordImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getImportRecord()
	 * @generated
	 */
	int IMPORT_RECORD = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__FORMAT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__FILE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SHA256 = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__IMPORTED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SOURCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SETTINGS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__MAPPING = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rows Read</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ROWS_READ = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rows Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ROWS_IMPORTED = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Rows Refused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ROWS_REFUSED = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__NOTES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Subject Key Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SUBJECT_KEY_SALT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.ImportSourceImpl <em>Import Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.ImportSourceImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getImportSource()
	 * @generated
	 */
	int IMPORT_SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_SOURCE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_SOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_SOURCE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cohorts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_SOURCE__COHORTS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Import Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_SOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Import Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_SOURCE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.CohortMappingImpl <em>Cohort Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.CohortMappingImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getCohortMapping()
	 * @generated
	 */
	int COHORT_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MAPPING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MAPPING__VALUE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MAPPING__COHORT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cohort Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MAPPING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cohort Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_MAPPING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.InitiativeImpl <em>Initiative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.InitiativeImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getInitiative()
	 * @generated
	 */
	int INITIATIVE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__USE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Intent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__INTENT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Uses Ai Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__USES_AI_CONTENT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__STATUS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__OWNER = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Business Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__BUSINESS_PROBLEM = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reframing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__REFRAMING = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__LINKS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Risk Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__RISK_AREA = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Risk Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__RISK_CLASS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Risk Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__RISK_NOTE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.MetricLinkImpl <em>Metric Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.MetricLinkImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getMetricLink()
	 * @generated
	 */
	int METRIC_LINK = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK__METRIC = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK__HYPOTHESIS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK__GAP = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expected Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK__EXPECTED_CHANGE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Metric Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Metric Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.PilotImpl <em>Pilot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.PilotImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getPilot()
	 * @generated
	 */
	int PILOT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Business Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__BUSINESS_PROBLEM = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Problem Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__PROBLEM_KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__SPONSOR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initiative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__INITIATIVE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Primary Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__PRIMARY_METRIC = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__START_DATE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Duration Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DURATION_WEEKS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Duration Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DURATION_REASON = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DESIGN = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__PARTICIPANTS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Comparison Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__COMPARISON_SIZE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Target Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__TARGET_EFFECT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__STATUS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__CRITERIA = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Frozen On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__FROZEN_ON = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Rebaselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__REBASELINES = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Costs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__COSTS = NAMED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__BENEFITS = NAMED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DECISION = NAMED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Decision Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DECISION_RATIONALE = NAMED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__DECISION_DATE = NAMED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__OVERRIDES = NAMED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Early Stop Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__EARLY_STOP_REASON = NAMED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Planned To Apply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__PLANNED_TO_APPLY = NAMED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Program Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT__PROGRAM_COST = NAMED_FEATURE_COUNT + 24;

	/**
	 * The number of structural features of the '<em>Pilot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 25;

	/**
	 * The number of operations of the '<em>Pilot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILOT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.SuccessCriterionImpl <em>Success Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.SuccessCriterionImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getSuccessCriterion()
	 * @generated
	 */
	int SUCCESS_CRITERION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__METRIC = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__COMPARATOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__THRESHOLD = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Agreed By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__AGREED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Agreed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__AGREED_ON = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Last Edited On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__LAST_EDITED_ON = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__SOURCE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION__RULE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Success Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Success Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESS_CRITERION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.RebaselineImpl <em>Rebaseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.RebaselineImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getRebaseline()
	 * @generated
	 */
	int REBASELINE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE__REASON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE__CHANGE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE__CRITERION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Rebaseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Rebaseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REBASELINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.CostLineImpl <em>Cost Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.CostLineImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getCostLine()
	 * @generated
	 */
	int COST_LINE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE__CATEGORY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE__AMOUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Cost Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Cost Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_LINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.BenefitLineImpl <em>Benefit Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.BenefitLineImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getBenefitLine()
	 * @generated
	 */
	int BENEFIT_LINE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__METRIC = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Units Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__UNITS_CHANGE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Annual Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__ANNUAL_VALUE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__CONFIDENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Isolation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__ISOLATION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__VOLUME = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Volume Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE__VOLUME_UNIT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Benefit Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Benefit Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_LINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.StakeholderImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getStakeholder()
	 * @generated
	 */
	int STAKEHOLDER = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ROLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__GROUP = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Influence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__INFLUENCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__INTEREST = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__STANCE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Success Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__SUCCESS_ANSWER = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__CONCERNS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ACTIONS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Awareness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__AWARENESS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Desire</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__DESIRE = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Knowledge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__KNOWLEDGE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Ability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ABILITY = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Reinforcement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__REINFORCEMENT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.ConcernImpl <em>Concern</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.ConcernImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getConcern()
	 * @generated
	 */
	int CONCERN = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Root Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__ROOT_CAUSE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__SEVERITY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Concern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Concern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.ResponseActionImpl <em>Response Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.ResponseActionImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getResponseAction()
	 * @generated
	 */
	int RESPONSE_ACTION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Concern</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__CONCERN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__OWNER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION__STATUS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Response Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Response Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.GovernanceImpl <em>Governance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.GovernanceImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getGovernance()
	 * @generated
	 */
	int GOVERNANCE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Data Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__DATA_STATEMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Review Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__REVIEW_STEPS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Learner Data</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__LEARNER_DATA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Consultations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__CONSULTATIONS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.ReviewStepImpl <em>Review Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.ReviewStepImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getReviewStep()
	 * @generated
	 */
	int REVIEW_STEP = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Workflow</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__WORKFLOW = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__REVIEWER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__REVIEWER_ROLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Before Learners</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP__BEFORE_LEARNERS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Review Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Review Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_STEP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.LearnerDataItemImpl <em>Learner Data Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.LearnerDataItemImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getLearnerDataItem()
	 * @generated
	 */
	int LEARNER_DATA_ITEM = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Personal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__PERSONAL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__PURPOSE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__ACCESS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__RETENTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Used By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM__USED_BY = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Learner Data Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Learner Data Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_DATA_ITEM_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.ConsultationImpl <em>Consultation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.ConsultationImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getConsultation()
	 * @generated
	 */
	int CONSULTATION = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__PARTY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__WHO = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__OUTCOME = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Initiatives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__INITIATIVES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.MaturityAssessmentImpl <em>Maturity Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.MaturityAssessmentImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getMaturityAssessment()
	 * @generated
	 */
	int MATURITY_ASSESSMENT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_ASSESSMENT__STAGE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_ASSESSMENT__ASSESSED_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Efforts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_ASSESSMENT__EFFORTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Maturity Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Maturity Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.EffortShareImpl <em>Effort Share</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.EffortShareImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getEffortShare()
	 * @generated
	 */
	int EFFORT_SHARE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_SHARE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_SHARE__USE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_SHARE__PERCENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Effort Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_SHARE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Effort Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_SHARE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.impl.DecisionOverrideImpl <em>Decision Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.impl.DecisionOverrideImpl
	 * @see dev.wedge.model.impl.WedgePackageImpl#getDecisionOverride()
	 * @generated
	 */
	int DECISION_OVERRIDE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE__DECISION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE__REASON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE__BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Decision Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Decision Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OVERRIDE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.wedge.model.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.MetricKind
	 * @see dev.wedge.model.impl.WedgePackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 26;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Direction
	 * @see dev.wedge.model.impl.WedgePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 27;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Cohort <em>Cohort</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Cohort
	 * @see dev.wedge.model.impl.WedgePackageImpl#getCohort()
	 * @generated
	 */
	int COHORT = 28;

	/**
	 * The meta object id for the '{@link dev.wedge.model.AiUse <em>Ai Use</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.AiUse
	 * @see dev.wedge.model.impl.WedgePackageImpl#getAiUse()
	 * @generated
	 */
	int AI_USE = 29;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Intent <em>Intent</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Intent
	 * @see dev.wedge.model.impl.WedgePackageImpl#getIntent()
	 * @generated
	 */
	int INTENT = 30;

	/**
	 * The meta object id for the '{@link dev.wedge.model.InitiativeStatus <em>Initiative Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.InitiativeStatus
	 * @see dev.wedge.model.impl.WedgePackageImpl#getInitiativeStatus()
	 * @generated
	 */
	int INITIATIVE_STATUS = 31;

	/**
	 * The meta object id for the '{@link dev.wedge.model.ProblemKind <em>Problem Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.ProblemKind
	 * @see dev.wedge.model.impl.WedgePackageImpl#getProblemKind()
	 * @generated
	 */
	int PROBLEM_KIND = 32;

	/**
	 * The meta object id for the '{@link dev.wedge.model.PilotDesign <em>Pilot Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.PilotDesign
	 * @see dev.wedge.model.impl.WedgePackageImpl#getPilotDesign()
	 * @generated
	 */
	int PILOT_DESIGN = 33;

	/**
	 * The meta object id for the '{@link dev.wedge.model.PilotStatus <em>Pilot Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.PilotStatus
	 * @see dev.wedge.model.impl.WedgePackageImpl#getPilotStatus()
	 * @generated
	 */
	int PILOT_STATUS = 34;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Decision <em>Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Decision
	 * @see dev.wedge.model.impl.WedgePackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 35;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Comparator <em>Comparator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Comparator
	 * @see dev.wedge.model.impl.WedgePackageImpl#getComparator()
	 * @generated
	 */
	int COMPARATOR = 36;

	/**
	 * The meta object id for the '{@link dev.wedge.model.StakeholderGroup <em>Stakeholder Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.StakeholderGroup
	 * @see dev.wedge.model.impl.WedgePackageImpl#getStakeholderGroup()
	 * @generated
	 */
	int STAKEHOLDER_GROUP = 37;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Stance <em>Stance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Stance
	 * @see dev.wedge.model.impl.WedgePackageImpl#getStance()
	 * @generated
	 */
	int STANCE = 38;

	/**
	 * The meta object id for the '{@link dev.wedge.model.RootCause <em>Root Cause</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.RootCause
	 * @see dev.wedge.model.impl.WedgePackageImpl#getRootCause()
	 * @generated
	 */
	int ROOT_CAUSE = 39;

	/**
	 * The meta object id for the '{@link dev.wedge.model.Level <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.Level
	 * @see dev.wedge.model.impl.WedgePackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 40;

	/**
	 * The meta object id for the '{@link dev.wedge.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.ActionStatus
	 * @see dev.wedge.model.impl.WedgePackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 41;

	/**
	 * The meta object id for the '{@link dev.wedge.model.ResponseKind <em>Response Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.ResponseKind
	 * @see dev.wedge.model.impl.WedgePackageImpl#getResponseKind()
	 * @generated
	 */
	int RESPONSE_KIND = 42;

	/**
	 * The meta object id for the '{@link dev.wedge.model.MaturityStage <em>Maturity Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.MaturityStage
	 * @see dev.wedge.model.impl.WedgePackageImpl#getMaturityStage()
	 * @generated
	 */
	int MATURITY_STAGE = 43;

	/**
	 * The meta object id for the '{@link dev.wedge.model.RiskArea <em>Risk Area</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.RiskArea
	 * @see dev.wedge.model.impl.WedgePackageImpl#getRiskArea()
	 * @generated
	 */
	int RISK_AREA = 44;

	/**
	 * The meta object id for the '{@link dev.wedge.model.RiskClass <em>Risk Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.RiskClass
	 * @see dev.wedge.model.impl.WedgePackageImpl#getRiskClass()
	 * @generated
	 */
	int RISK_CLASS = 45;

	/**
	 * The meta object id for the '{@link dev.wedge.model.ConsultationOutcome <em>Consultation Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.ConsultationOutcome
	 * @see dev.wedge.model.impl.WedgePackageImpl#getConsultationOutcome()
	 * @generated
	 */
	int CONSULTATION_OUTCOME = 46;

	/**
	 * The meta object id for the '{@link dev.wedge.model.CostCategory <em>Cost Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.CostCategory
	 * @see dev.wedge.model.impl.WedgePackageImpl#getCostCategory()
	 * @generated
	 */
	int COST_CATEGORY = 47;

	/**
	 * The meta object id for the '{@link dev.wedge.model.ImportFormat <em>Import Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.ImportFormat
	 * @see dev.wedge.model.impl.WedgePackageImpl#getImportFormat()
	 * @generated
	 */
	int IMPORT_FORMAT = 48;

	/**
	 * The meta object id for the '{@link dev.wedge.model.DecisionRule <em>Decision Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.wedge.model.DecisionRule
	 * @see dev.wedge.model.impl.WedgePackageImpl#getDecisionRule()
	 * @generated
	 */
	int DECISION_RULE = 49;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see dev.wedge.model.impl.WedgePackageImpl#getDate()
	 * @generated
	 */
	int DATE = 50;


	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see dev.wedge.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.wedge.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see dev.wedge.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.wedge.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.wedge.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.StrategyModel <em>Strategy Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy Model</em>'.
	 * @see dev.wedge.model.StrategyModel
	 * @generated
	 */
	EClass getStrategyModel();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.StrategyModel#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization</em>'.
	 * @see dev.wedge.model.StrategyModel#getOrganization()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EAttribute getStrategyModel_Organization();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.StrategyModel#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see dev.wedge.model.StrategyModel#getFormatVersion()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EAttribute getStrategyModel_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see dev.wedge.model.StrategyModel#getGoals()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see dev.wedge.model.StrategyModel#getMetrics()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initiatives</em>'.
	 * @see dev.wedge.model.StrategyModel#getInitiatives()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Initiatives();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getPilots <em>Pilots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pilots</em>'.
	 * @see dev.wedge.model.StrategyModel#getPilots()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Pilots();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getStakeholders <em>Stakeholders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stakeholders</em>'.
	 * @see dev.wedge.model.StrategyModel#getStakeholders()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Stakeholders();

	/**
	 * Returns the meta object for the containment reference '{@link dev.wedge.model.StrategyModel#getGovernance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Governance</em>'.
	 * @see dev.wedge.model.StrategyModel#getGovernance()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Governance();

	/**
	 * Returns the meta object for the containment reference '{@link dev.wedge.model.StrategyModel#getMaturity <em>Maturity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Maturity</em>'.
	 * @see dev.wedge.model.StrategyModel#getMaturity()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Maturity();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.StrategyModel#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.wedge.model.StrategyModel#getCurrency()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EAttribute getStrategyModel_Currency();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.StrategyModel#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see dev.wedge.model.StrategyModel#getTimeZone()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EAttribute getStrategyModel_TimeZone();

	/**
	 * Returns the meta object for the attribute list '{@link dev.wedge.model.StrategyModel#getDisabledAnalyses <em>Disabled Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Disabled Analyses</em>'.
	 * @see dev.wedge.model.StrategyModel#getDisabledAnalyses()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EAttribute getStrategyModel_DisabledAnalyses();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extensions</em>'.
	 * @see dev.wedge.model.StrategyModel#getExtensions()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_Extensions();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.StrategyModel#getImportSources <em>Import Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Import Sources</em>'.
	 * @see dev.wedge.model.StrategyModel#getImportSources()
	 * @see #getStrategyModel()
	 * @generated
	 */
	EReference getStrategyModel_ImportSources();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.BusinessGoal <em>Business Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Goal</em>'.
	 * @see dev.wedge.model.BusinessGoal
	 * @generated
	 */
	EClass getBusinessGoal();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessGoal#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.wedge.model.BusinessGoal#getOwner()
	 * @see #getBusinessGoal()
	 * @generated
	 */
	EAttribute getBusinessGoal_Owner();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.BusinessMetric <em>Business Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Metric</em>'.
	 * @see dev.wedge.model.BusinessMetric
	 * @generated
	 */
	EClass getBusinessMetric();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.wedge.model.BusinessMetric#getKind()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see dev.wedge.model.BusinessMetric#getUnit()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see dev.wedge.model.BusinessMetric#getDirection()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_Direction();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.BusinessMetric#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Goal</em>'.
	 * @see dev.wedge.model.BusinessMetric#getGoal()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EReference getBusinessMetric_Goal();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.BusinessMetric#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see dev.wedge.model.BusinessMetric#getOwner()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EReference getBusinessMetric_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see dev.wedge.model.BusinessMetric#getBaseline()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getBaselineDate <em>Baseline Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Date</em>'.
	 * @see dev.wedge.model.BusinessMetric#getBaselineDate()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_BaselineDate();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see dev.wedge.model.BusinessMetric#getTarget()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_Target();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see dev.wedge.model.BusinessMetric#getTargetDate()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_TargetDate();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getValuePerUnit <em>Value Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Per Unit</em>'.
	 * @see dev.wedge.model.BusinessMetric#getValuePerUnit()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_ValuePerUnit();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getCadenceDays <em>Cadence Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cadence Days</em>'.
	 * @see dev.wedge.model.BusinessMetric#getCadenceDays()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_CadenceDays();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BusinessMetric#getStandardDeviation <em>Standard Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Deviation</em>'.
	 * @see dev.wedge.model.BusinessMetric#getStandardDeviation()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EAttribute getBusinessMetric_StandardDeviation();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.BusinessMetric#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see dev.wedge.model.BusinessMetric#getMeasurements()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EReference getBusinessMetric_Measurements();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.BusinessMetric#getImports <em>Imports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imports</em>'.
	 * @see dev.wedge.model.BusinessMetric#getImports()
	 * @see #getBusinessMetric()
	 * @generated
	 */
	EReference getBusinessMetric_Imports();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see dev.wedge.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.wedge.model.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.wedge.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Measurement#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cohort</em>'.
	 * @see dev.wedge.model.Measurement#getCohort()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Cohort();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.Measurement#getPilot <em>Pilot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pilot</em>'.
	 * @see dev.wedge.model.Measurement#getPilot()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Pilot();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.wedge.model.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Measurement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.wedge.model.Measurement#getNote()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Note();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Measurement#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see dev.wedge.model.Measurement#getSubject()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Subject();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.Measurement#getImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Import Record</em>'.
	 * @see dev.wedge.model.Measurement#getImportRecord()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_ImportRecord();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.ImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Record</em>'.
	 * @see dev.wedge.model.ImportRecord
	 * @generated
	 */
	EClass getImportRecord();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see dev.wedge.model.ImportRecord#getFormat()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Format();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see dev.wedge.model.ImportRecord#getFileName()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_FileName();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see dev.wedge.model.ImportRecord#getSha256()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see dev.wedge.model.ImportRecord#getImportedAt()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_ImportedAt();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.wedge.model.ImportRecord#getSource()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Settings</em>'.
	 * @see dev.wedge.model.ImportRecord#getSettings()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Settings();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see dev.wedge.model.ImportRecord#getMapping()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getRowsRead <em>Rows Read</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Read</em>'.
	 * @see dev.wedge.model.ImportRecord#getRowsRead()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_RowsRead();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getRowsImported <em>Rows Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Imported</em>'.
	 * @see dev.wedge.model.ImportRecord#getRowsImported()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_RowsImported();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getRowsRefused <em>Rows Refused</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows Refused</em>'.
	 * @see dev.wedge.model.ImportRecord#getRowsRefused()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_RowsRefused();

	/**
	 * Returns the meta object for the attribute list '{@link dev.wedge.model.ImportRecord#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see dev.wedge.model.ImportRecord#getNotes()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Notes();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ImportRecord#getSubjectKeySalt <em>Subject Key Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Key Salt</em>'.
	 * @see dev.wedge.model.ImportRecord#getSubjectKeySalt()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_SubjectKeySalt();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.ImportSource <em>Import Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Source</em>'.
	 * @see dev.wedge.model.ImportSource
	 * @generated
	 */
	EClass getImportSource();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.ImportSource#getCohorts <em>Cohorts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cohorts</em>'.
	 * @see dev.wedge.model.ImportSource#getCohorts()
	 * @see #getImportSource()
	 * @generated
	 */
	EReference getImportSource_Cohorts();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.CohortMapping <em>Cohort Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cohort Mapping</em>'.
	 * @see dev.wedge.model.CohortMapping
	 * @generated
	 */
	EClass getCohortMapping();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.CohortMapping#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.wedge.model.CohortMapping#getValue()
	 * @see #getCohortMapping()
	 * @generated
	 */
	EAttribute getCohortMapping_Value();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.CohortMapping#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cohort</em>'.
	 * @see dev.wedge.model.CohortMapping#getCohort()
	 * @see #getCohortMapping()
	 * @generated
	 */
	EAttribute getCohortMapping_Cohort();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Initiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initiative</em>'.
	 * @see dev.wedge.model.Initiative
	 * @generated
	 */
	EClass getInitiative();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getUse <em>Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use</em>'.
	 * @see dev.wedge.model.Initiative#getUse()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Use();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getIntent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intent</em>'.
	 * @see dev.wedge.model.Initiative#getIntent()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Intent();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#isUsesAiContent <em>Uses Ai Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uses Ai Content</em>'.
	 * @see dev.wedge.model.Initiative#isUsesAiContent()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_UsesAiContent();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.wedge.model.Initiative#getStatus()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Status();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.wedge.model.Initiative#getOwner()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getBusinessProblem <em>Business Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Problem</em>'.
	 * @see dev.wedge.model.Initiative#getBusinessProblem()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_BusinessProblem();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getReframing <em>Reframing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reframing</em>'.
	 * @see dev.wedge.model.Initiative#getReframing()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Reframing();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Initiative#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see dev.wedge.model.Initiative#getLinks()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_Links();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getRiskArea <em>Risk Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Area</em>'.
	 * @see dev.wedge.model.Initiative#getRiskArea()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_RiskArea();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getRiskClass <em>Risk Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Class</em>'.
	 * @see dev.wedge.model.Initiative#getRiskClass()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_RiskClass();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Initiative#getRiskNote <em>Risk Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Note</em>'.
	 * @see dev.wedge.model.Initiative#getRiskNote()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_RiskNote();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.MetricLink <em>Metric Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Link</em>'.
	 * @see dev.wedge.model.MetricLink
	 * @generated
	 */
	EClass getMetricLink();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.MetricLink#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see dev.wedge.model.MetricLink#getMetric()
	 * @see #getMetricLink()
	 * @generated
	 */
	EReference getMetricLink_Metric();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.MetricLink#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see dev.wedge.model.MetricLink#getHypothesis()
	 * @see #getMetricLink()
	 * @generated
	 */
	EAttribute getMetricLink_Hypothesis();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.MetricLink#getGap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap</em>'.
	 * @see dev.wedge.model.MetricLink#getGap()
	 * @see #getMetricLink()
	 * @generated
	 */
	EAttribute getMetricLink_Gap();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.MetricLink#getExpectedChange <em>Expected Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Change</em>'.
	 * @see dev.wedge.model.MetricLink#getExpectedChange()
	 * @see #getMetricLink()
	 * @generated
	 */
	EAttribute getMetricLink_ExpectedChange();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Pilot <em>Pilot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pilot</em>'.
	 * @see dev.wedge.model.Pilot
	 * @generated
	 */
	EClass getPilot();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getBusinessProblem <em>Business Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Problem</em>'.
	 * @see dev.wedge.model.Pilot#getBusinessProblem()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_BusinessProblem();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getProblemKind <em>Problem Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem Kind</em>'.
	 * @see dev.wedge.model.Pilot#getProblemKind()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_ProblemKind();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.Pilot#getSponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sponsor</em>'.
	 * @see dev.wedge.model.Pilot#getSponsor()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Sponsor();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.Pilot#getInitiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Initiative</em>'.
	 * @see dev.wedge.model.Pilot#getInitiative()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Initiative();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.Pilot#getPrimaryMetric <em>Primary Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Primary Metric</em>'.
	 * @see dev.wedge.model.Pilot#getPrimaryMetric()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_PrimaryMetric();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see dev.wedge.model.Pilot#getStartDate()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getDurationWeeks <em>Duration Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Weeks</em>'.
	 * @see dev.wedge.model.Pilot#getDurationWeeks()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_DurationWeeks();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getDurationReason <em>Duration Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Reason</em>'.
	 * @see dev.wedge.model.Pilot#getDurationReason()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_DurationReason();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see dev.wedge.model.Pilot#getDesign()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_Design();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participants</em>'.
	 * @see dev.wedge.model.Pilot#getParticipants()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_Participants();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getComparisonSize <em>Comparison Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison Size</em>'.
	 * @see dev.wedge.model.Pilot#getComparisonSize()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_ComparisonSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getTargetEffect <em>Target Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Effect</em>'.
	 * @see dev.wedge.model.Pilot#getTargetEffect()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_TargetEffect();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.wedge.model.Pilot#getStatus()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Pilot#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see dev.wedge.model.Pilot#getCriteria()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getFrozenOn <em>Frozen On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frozen On</em>'.
	 * @see dev.wedge.model.Pilot#getFrozenOn()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_FrozenOn();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Pilot#getRebaselines <em>Rebaselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rebaselines</em>'.
	 * @see dev.wedge.model.Pilot#getRebaselines()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Rebaselines();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Pilot#getCosts <em>Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Costs</em>'.
	 * @see dev.wedge.model.Pilot#getCosts()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Costs();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Pilot#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Benefits</em>'.
	 * @see dev.wedge.model.Pilot#getBenefits()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Benefits();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see dev.wedge.model.Pilot#getDecision()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_Decision();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getDecisionRationale <em>Decision Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Rationale</em>'.
	 * @see dev.wedge.model.Pilot#getDecisionRationale()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_DecisionRationale();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getDecisionDate <em>Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Date</em>'.
	 * @see dev.wedge.model.Pilot#getDecisionDate()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_DecisionDate();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Pilot#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see dev.wedge.model.Pilot#getOverrides()
	 * @see #getPilot()
	 * @generated
	 */
	EReference getPilot_Overrides();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getEarlyStopReason <em>Early Stop Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Stop Reason</em>'.
	 * @see dev.wedge.model.Pilot#getEarlyStopReason()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_EarlyStopReason();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getPlannedToApply <em>Planned To Apply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned To Apply</em>'.
	 * @see dev.wedge.model.Pilot#getPlannedToApply()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_PlannedToApply();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Pilot#getProgramCost <em>Program Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Program Cost</em>'.
	 * @see dev.wedge.model.Pilot#getProgramCost()
	 * @see #getPilot()
	 * @generated
	 */
	EAttribute getPilot_ProgramCost();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.SuccessCriterion <em>Success Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Success Criterion</em>'.
	 * @see dev.wedge.model.SuccessCriterion
	 * @generated
	 */
	EClass getSuccessCriterion();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.SuccessCriterion#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getDescription()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EAttribute getSuccessCriterion_Description();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.SuccessCriterion#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getMetric()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EReference getSuccessCriterion_Metric();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.SuccessCriterion#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getComparator()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EAttribute getSuccessCriterion_Comparator();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.SuccessCriterion#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getThreshold()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EAttribute getSuccessCriterion_Threshold();

	/**
	 * Returns the meta object for the reference list '{@link dev.wedge.model.SuccessCriterion#getAgreedBy <em>Agreed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Agreed By</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getAgreedBy()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EReference getSuccessCriterion_AgreedBy();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.SuccessCriterion#getAgreedOn <em>Agreed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed On</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getAgreedOn()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EAttribute getSuccessCriterion_AgreedOn();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.SuccessCriterion#getLastEditedOn <em>Last Edited On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Edited On</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getLastEditedOn()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EAttribute getSuccessCriterion_LastEditedOn();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.SuccessCriterion#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getSource()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EReference getSuccessCriterion_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.SuccessCriterion#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see dev.wedge.model.SuccessCriterion#getRule()
	 * @see #getSuccessCriterion()
	 * @generated
	 */
	EAttribute getSuccessCriterion_Rule();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Rebaseline <em>Rebaseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rebaseline</em>'.
	 * @see dev.wedge.model.Rebaseline
	 * @generated
	 */
	EClass getRebaseline();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Rebaseline#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.wedge.model.Rebaseline#getDate()
	 * @see #getRebaseline()
	 * @generated
	 */
	EAttribute getRebaseline_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Rebaseline#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see dev.wedge.model.Rebaseline#getReason()
	 * @see #getRebaseline()
	 * @generated
	 */
	EAttribute getRebaseline_Reason();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Rebaseline#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see dev.wedge.model.Rebaseline#getChange()
	 * @see #getRebaseline()
	 * @generated
	 */
	EAttribute getRebaseline_Change();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.Rebaseline#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see dev.wedge.model.Rebaseline#getCriterion()
	 * @see #getRebaseline()
	 * @generated
	 */
	EReference getRebaseline_Criterion();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.CostLine <em>Cost Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cost Line</em>'.
	 * @see dev.wedge.model.CostLine
	 * @generated
	 */
	EClass getCostLine();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.CostLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.wedge.model.CostLine#getDescription()
	 * @see #getCostLine()
	 * @generated
	 */
	EAttribute getCostLine_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.CostLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see dev.wedge.model.CostLine#getCategory()
	 * @see #getCostLine()
	 * @generated
	 */
	EAttribute getCostLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.CostLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see dev.wedge.model.CostLine#getAmount()
	 * @see #getCostLine()
	 * @generated
	 */
	EAttribute getCostLine_Amount();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.BenefitLine <em>Benefit Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benefit Line</em>'.
	 * @see dev.wedge.model.BenefitLine
	 * @generated
	 */
	EClass getBenefitLine();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.wedge.model.BenefitLine#getDescription()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_Description();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.BenefitLine#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see dev.wedge.model.BenefitLine#getMetric()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EReference getBenefitLine_Metric();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getUnitsChange <em>Units Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units Change</em>'.
	 * @see dev.wedge.model.BenefitLine#getUnitsChange()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_UnitsChange();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getAnnualValue <em>Annual Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Value</em>'.
	 * @see dev.wedge.model.BenefitLine#getAnnualValue()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_AnnualValue();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see dev.wedge.model.BenefitLine#getConfidence()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getIsolation <em>Isolation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isolation</em>'.
	 * @see dev.wedge.model.BenefitLine#getIsolation()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_Isolation();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see dev.wedge.model.BenefitLine#getVolume()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_Volume();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.BenefitLine#getVolumeUnit <em>Volume Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Unit</em>'.
	 * @see dev.wedge.model.BenefitLine#getVolumeUnit()
	 * @see #getBenefitLine()
	 * @generated
	 */
	EAttribute getBenefitLine_VolumeUnit();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stakeholder</em>'.
	 * @see dev.wedge.model.Stakeholder
	 * @generated
	 */
	EClass getStakeholder();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see dev.wedge.model.Stakeholder#getRole()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Role();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see dev.wedge.model.Stakeholder#getGroup()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Group();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getInfluence <em>Influence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Influence</em>'.
	 * @see dev.wedge.model.Stakeholder#getInfluence()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Influence();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getInterest <em>Interest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interest</em>'.
	 * @see dev.wedge.model.Stakeholder#getInterest()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Interest();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getStance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stance</em>'.
	 * @see dev.wedge.model.Stakeholder#getStance()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Stance();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getSuccessAnswer <em>Success Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success Answer</em>'.
	 * @see dev.wedge.model.Stakeholder#getSuccessAnswer()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_SuccessAnswer();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Stakeholder#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Concerns</em>'.
	 * @see dev.wedge.model.Stakeholder#getConcerns()
	 * @see #getStakeholder()
	 * @generated
	 */
	EReference getStakeholder_Concerns();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Stakeholder#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see dev.wedge.model.Stakeholder#getActions()
	 * @see #getStakeholder()
	 * @generated
	 */
	EReference getStakeholder_Actions();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getAwareness <em>Awareness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Awareness</em>'.
	 * @see dev.wedge.model.Stakeholder#getAwareness()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Awareness();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getDesire <em>Desire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desire</em>'.
	 * @see dev.wedge.model.Stakeholder#getDesire()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Desire();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getKnowledge <em>Knowledge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knowledge</em>'.
	 * @see dev.wedge.model.Stakeholder#getKnowledge()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Knowledge();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getAbility <em>Ability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ability</em>'.
	 * @see dev.wedge.model.Stakeholder#getAbility()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Ability();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Stakeholder#getReinforcement <em>Reinforcement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reinforcement</em>'.
	 * @see dev.wedge.model.Stakeholder#getReinforcement()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Reinforcement();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Concern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concern</em>'.
	 * @see dev.wedge.model.Concern
	 * @generated
	 */
	EClass getConcern();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Concern#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.wedge.model.Concern#getDescription()
	 * @see #getConcern()
	 * @generated
	 */
	EAttribute getConcern_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Concern#getRootCause <em>Root Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Cause</em>'.
	 * @see dev.wedge.model.Concern#getRootCause()
	 * @see #getConcern()
	 * @generated
	 */
	EAttribute getConcern_RootCause();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Concern#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see dev.wedge.model.Concern#getSeverity()
	 * @see #getConcern()
	 * @generated
	 */
	EAttribute getConcern_Severity();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.ResponseAction <em>Response Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response Action</em>'.
	 * @see dev.wedge.model.ResponseAction
	 * @generated
	 */
	EClass getResponseAction();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ResponseAction#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.wedge.model.ResponseAction#getDescription()
	 * @see #getResponseAction()
	 * @generated
	 */
	EAttribute getResponseAction_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ResponseAction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.wedge.model.ResponseAction#getKind()
	 * @see #getResponseAction()
	 * @generated
	 */
	EAttribute getResponseAction_Kind();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.ResponseAction#getConcern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Concern</em>'.
	 * @see dev.wedge.model.ResponseAction#getConcern()
	 * @see #getResponseAction()
	 * @generated
	 */
	EReference getResponseAction_Concern();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ResponseAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.wedge.model.ResponseAction#getOwner()
	 * @see #getResponseAction()
	 * @generated
	 */
	EAttribute getResponseAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ResponseAction#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see dev.wedge.model.ResponseAction#getDueDate()
	 * @see #getResponseAction()
	 * @generated
	 */
	EAttribute getResponseAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ResponseAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.wedge.model.ResponseAction#getStatus()
	 * @see #getResponseAction()
	 * @generated
	 */
	EAttribute getResponseAction_Status();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Governance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Governance</em>'.
	 * @see dev.wedge.model.Governance
	 * @generated
	 */
	EClass getGovernance();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Governance#getDataStatement <em>Data Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Statement</em>'.
	 * @see dev.wedge.model.Governance#getDataStatement()
	 * @see #getGovernance()
	 * @generated
	 */
	EAttribute getGovernance_DataStatement();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Governance#getReviewSteps <em>Review Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Steps</em>'.
	 * @see dev.wedge.model.Governance#getReviewSteps()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_ReviewSteps();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Governance#getLearnerData <em>Learner Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Learner Data</em>'.
	 * @see dev.wedge.model.Governance#getLearnerData()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_LearnerData();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.Governance#getConsultations <em>Consultations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consultations</em>'.
	 * @see dev.wedge.model.Governance#getConsultations()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_Consultations();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.ReviewStep <em>Review Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Step</em>'.
	 * @see dev.wedge.model.ReviewStep
	 * @generated
	 */
	EClass getReviewStep();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.ReviewStep#getWorkflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Workflow</em>'.
	 * @see dev.wedge.model.ReviewStep#getWorkflow()
	 * @see #getReviewStep()
	 * @generated
	 */
	EReference getReviewStep_Workflow();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.ReviewStep#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see dev.wedge.model.ReviewStep#getReviewer()
	 * @see #getReviewStep()
	 * @generated
	 */
	EReference getReviewStep_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ReviewStep#getReviewerRole <em>Reviewer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Role</em>'.
	 * @see dev.wedge.model.ReviewStep#getReviewerRole()
	 * @see #getReviewStep()
	 * @generated
	 */
	EAttribute getReviewStep_ReviewerRole();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.ReviewStep#isBeforeLearners <em>Before Learners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Learners</em>'.
	 * @see dev.wedge.model.ReviewStep#isBeforeLearners()
	 * @see #getReviewStep()
	 * @generated
	 */
	EAttribute getReviewStep_BeforeLearners();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.LearnerDataItem <em>Learner Data Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learner Data Item</em>'.
	 * @see dev.wedge.model.LearnerDataItem
	 * @generated
	 */
	EClass getLearnerDataItem();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.LearnerDataItem#isPersonal <em>Personal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal</em>'.
	 * @see dev.wedge.model.LearnerDataItem#isPersonal()
	 * @see #getLearnerDataItem()
	 * @generated
	 */
	EAttribute getLearnerDataItem_Personal();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.LearnerDataItem#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see dev.wedge.model.LearnerDataItem#getPurpose()
	 * @see #getLearnerDataItem()
	 * @generated
	 */
	EAttribute getLearnerDataItem_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.LearnerDataItem#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access</em>'.
	 * @see dev.wedge.model.LearnerDataItem#getAccess()
	 * @see #getLearnerDataItem()
	 * @generated
	 */
	EAttribute getLearnerDataItem_Access();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.LearnerDataItem#getRetention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention</em>'.
	 * @see dev.wedge.model.LearnerDataItem#getRetention()
	 * @see #getLearnerDataItem()
	 * @generated
	 */
	EAttribute getLearnerDataItem_Retention();

	/**
	 * Returns the meta object for the reference list '{@link dev.wedge.model.LearnerDataItem#getUsedBy <em>Used By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Used By</em>'.
	 * @see dev.wedge.model.LearnerDataItem#getUsedBy()
	 * @see #getLearnerDataItem()
	 * @generated
	 */
	EReference getLearnerDataItem_UsedBy();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.Consultation <em>Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consultation</em>'.
	 * @see dev.wedge.model.Consultation
	 * @generated
	 */
	EClass getConsultation();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Consultation#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Party</em>'.
	 * @see dev.wedge.model.Consultation#getParty()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Party();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Consultation#getWho <em>Who</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who</em>'.
	 * @see dev.wedge.model.Consultation#getWho()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Who();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Consultation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.wedge.model.Consultation#getDate()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Consultation#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see dev.wedge.model.Consultation#getOutcome()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.Consultation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see dev.wedge.model.Consultation#getNote()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Note();

	/**
	 * Returns the meta object for the reference list '{@link dev.wedge.model.Consultation#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Initiatives</em>'.
	 * @see dev.wedge.model.Consultation#getInitiatives()
	 * @see #getConsultation()
	 * @generated
	 */
	EReference getConsultation_Initiatives();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.MaturityAssessment <em>Maturity Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maturity Assessment</em>'.
	 * @see dev.wedge.model.MaturityAssessment
	 * @generated
	 */
	EClass getMaturityAssessment();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.MaturityAssessment#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see dev.wedge.model.MaturityAssessment#getStage()
	 * @see #getMaturityAssessment()
	 * @generated
	 */
	EAttribute getMaturityAssessment_Stage();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.MaturityAssessment#getAssessedOn <em>Assessed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessed On</em>'.
	 * @see dev.wedge.model.MaturityAssessment#getAssessedOn()
	 * @see #getMaturityAssessment()
	 * @generated
	 */
	EAttribute getMaturityAssessment_AssessedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.wedge.model.MaturityAssessment#getEfforts <em>Efforts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Efforts</em>'.
	 * @see dev.wedge.model.MaturityAssessment#getEfforts()
	 * @see #getMaturityAssessment()
	 * @generated
	 */
	EReference getMaturityAssessment_Efforts();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.EffortShare <em>Effort Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effort Share</em>'.
	 * @see dev.wedge.model.EffortShare
	 * @generated
	 */
	EClass getEffortShare();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.EffortShare#getUse <em>Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use</em>'.
	 * @see dev.wedge.model.EffortShare#getUse()
	 * @see #getEffortShare()
	 * @generated
	 */
	EAttribute getEffortShare_Use();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.EffortShare#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see dev.wedge.model.EffortShare#getPercent()
	 * @see #getEffortShare()
	 * @generated
	 */
	EAttribute getEffortShare_Percent();

	/**
	 * Returns the meta object for class '{@link dev.wedge.model.DecisionOverride <em>Decision Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Override</em>'.
	 * @see dev.wedge.model.DecisionOverride
	 * @generated
	 */
	EClass getDecisionOverride();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.DecisionOverride#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.wedge.model.DecisionOverride#getDate()
	 * @see #getDecisionOverride()
	 * @generated
	 */
	EAttribute getDecisionOverride_Date();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.DecisionOverride#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see dev.wedge.model.DecisionOverride#getDecision()
	 * @see #getDecisionOverride()
	 * @generated
	 */
	EAttribute getDecisionOverride_Decision();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.DecisionOverride#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see dev.wedge.model.DecisionOverride#getEvidence()
	 * @see #getDecisionOverride()
	 * @generated
	 */
	EAttribute getDecisionOverride_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.wedge.model.DecisionOverride#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see dev.wedge.model.DecisionOverride#getReason()
	 * @see #getDecisionOverride()
	 * @generated
	 */
	EAttribute getDecisionOverride_Reason();

	/**
	 * Returns the meta object for the reference '{@link dev.wedge.model.DecisionOverride#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>By</em>'.
	 * @see dev.wedge.model.DecisionOverride#getBy()
	 * @see #getDecisionOverride()
	 * @generated
	 */
	EReference getDecisionOverride_By();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see dev.wedge.model.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see dev.wedge.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Cohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cohort</em>'.
	 * @see dev.wedge.model.Cohort
	 * @generated
	 */
	EEnum getCohort();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.AiUse <em>Ai Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ai Use</em>'.
	 * @see dev.wedge.model.AiUse
	 * @generated
	 */
	EEnum getAiUse();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Intent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Intent</em>'.
	 * @see dev.wedge.model.Intent
	 * @generated
	 */
	EEnum getIntent();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.InitiativeStatus <em>Initiative Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiative Status</em>'.
	 * @see dev.wedge.model.InitiativeStatus
	 * @generated
	 */
	EEnum getInitiativeStatus();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.ProblemKind <em>Problem Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Kind</em>'.
	 * @see dev.wedge.model.ProblemKind
	 * @generated
	 */
	EEnum getProblemKind();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.PilotDesign <em>Pilot Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pilot Design</em>'.
	 * @see dev.wedge.model.PilotDesign
	 * @generated
	 */
	EEnum getPilotDesign();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.PilotStatus <em>Pilot Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pilot Status</em>'.
	 * @see dev.wedge.model.PilotStatus
	 * @generated
	 */
	EEnum getPilotStatus();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision</em>'.
	 * @see dev.wedge.model.Decision
	 * @generated
	 */
	EEnum getDecision();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Comparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparator</em>'.
	 * @see dev.wedge.model.Comparator
	 * @generated
	 */
	EEnum getComparator();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.StakeholderGroup <em>Stakeholder Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stakeholder Group</em>'.
	 * @see dev.wedge.model.StakeholderGroup
	 * @generated
	 */
	EEnum getStakeholderGroup();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Stance <em>Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stance</em>'.
	 * @see dev.wedge.model.Stance
	 * @generated
	 */
	EEnum getStance();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.RootCause <em>Root Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Root Cause</em>'.
	 * @see dev.wedge.model.RootCause
	 * @generated
	 */
	EEnum getRootCause();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see dev.wedge.model.Level
	 * @generated
	 */
	EEnum getLevel();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see dev.wedge.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.ResponseKind <em>Response Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Response Kind</em>'.
	 * @see dev.wedge.model.ResponseKind
	 * @generated
	 */
	EEnum getResponseKind();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.MaturityStage <em>Maturity Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Maturity Stage</em>'.
	 * @see dev.wedge.model.MaturityStage
	 * @generated
	 */
	EEnum getMaturityStage();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.RiskArea <em>Risk Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Area</em>'.
	 * @see dev.wedge.model.RiskArea
	 * @generated
	 */
	EEnum getRiskArea();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.RiskClass <em>Risk Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Class</em>'.
	 * @see dev.wedge.model.RiskClass
	 * @generated
	 */
	EEnum getRiskClass();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.ConsultationOutcome <em>Consultation Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consultation Outcome</em>'.
	 * @see dev.wedge.model.ConsultationOutcome
	 * @generated
	 */
	EEnum getConsultationOutcome();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.CostCategory <em>Cost Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Category</em>'.
	 * @see dev.wedge.model.CostCategory
	 * @generated
	 */
	EEnum getCostCategory();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.ImportFormat <em>Import Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Import Format</em>'.
	 * @see dev.wedge.model.ImportFormat
	 * @generated
	 */
	EEnum getImportFormat();

	/**
	 * Returns the meta object for enum '{@link dev.wedge.model.DecisionRule <em>Decision Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Rule</em>'.
	 * @see dev.wedge.model.DecisionRule
	 * @generated
	 */
	EEnum getDecisionRule();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written as ISO yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WedgeFactory getWedgeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.IdentifiedImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.NamedImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.StrategyModelImpl <em>Strategy Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.StrategyModelImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getStrategyModel()
		 * @generated
		 */
		EClass STRATEGY_MODEL = eINSTANCE.getStrategyModel();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_MODEL__ORGANIZATION = eINSTANCE.getStrategyModel_Organization();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_MODEL__FORMAT_VERSION = eINSTANCE.getStrategyModel_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__GOALS = eINSTANCE.getStrategyModel_Goals();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__METRICS = eINSTANCE.getStrategyModel_Metrics();

		/**
		 * The meta object literal for the '<em><b>Initiatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__INITIATIVES = eINSTANCE.getStrategyModel_Initiatives();

		/**
		 * The meta object literal for the '<em><b>Pilots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__PILOTS = eINSTANCE.getStrategyModel_Pilots();

		/**
		 * The meta object literal for the '<em><b>Stakeholders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__STAKEHOLDERS = eINSTANCE.getStrategyModel_Stakeholders();

		/**
		 * The meta object literal for the '<em><b>Governance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__GOVERNANCE = eINSTANCE.getStrategyModel_Governance();

		/**
		 * The meta object literal for the '<em><b>Maturity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__MATURITY = eINSTANCE.getStrategyModel_Maturity();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_MODEL__CURRENCY = eINSTANCE.getStrategyModel_Currency();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_MODEL__TIME_ZONE = eINSTANCE.getStrategyModel_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Disabled Analyses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_MODEL__DISABLED_ANALYSES = eINSTANCE.getStrategyModel_DisabledAnalyses();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__EXTENSIONS = eINSTANCE.getStrategyModel_Extensions();

		/**
		 * The meta object literal for the '<em><b>Import Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_MODEL__IMPORT_SOURCES = eINSTANCE.getStrategyModel_ImportSources();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.BusinessGoalImpl <em>Business Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.BusinessGoalImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getBusinessGoal()
		 * @generated
		 */
		EClass BUSINESS_GOAL = eINSTANCE.getBusinessGoal();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_GOAL__OWNER = eINSTANCE.getBusinessGoal_Owner();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.BusinessMetricImpl <em>Business Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.BusinessMetricImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getBusinessMetric()
		 * @generated
		 */
		EClass BUSINESS_METRIC = eINSTANCE.getBusinessMetric();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__KIND = eINSTANCE.getBusinessMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__UNIT = eINSTANCE.getBusinessMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__DIRECTION = eINSTANCE.getBusinessMetric_Direction();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_METRIC__GOAL = eINSTANCE.getBusinessMetric_Goal();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_METRIC__OWNER = eINSTANCE.getBusinessMetric_Owner();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__BASELINE = eINSTANCE.getBusinessMetric_Baseline();

		/**
		 * The meta object literal for the '<em><b>Baseline Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__BASELINE_DATE = eINSTANCE.getBusinessMetric_BaselineDate();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__TARGET = eINSTANCE.getBusinessMetric_Target();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__TARGET_DATE = eINSTANCE.getBusinessMetric_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Value Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__VALUE_PER_UNIT = eINSTANCE.getBusinessMetric_ValuePerUnit();

		/**
		 * The meta object literal for the '<em><b>Cadence Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__CADENCE_DAYS = eINSTANCE.getBusinessMetric_CadenceDays();

		/**
		 * The meta object literal for the '<em><b>Standard Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_METRIC__STANDARD_DEVIATION = eINSTANCE.getBusinessMetric_StandardDeviation();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_METRIC__MEASUREMENTS = eINSTANCE.getBusinessMetric_Measurements();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_METRIC__IMPORTS = eINSTANCE.getBusinessMetric_Imports();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.MeasurementImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__COHORT = eINSTANCE.getMeasurement_Cohort();

		/**
		 * The meta object literal for the '<em><b>Pilot</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__PILOT = eINSTANCE.getMeasurement_Pilot();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__NOTE = eINSTANCE.getMeasurement_Note();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SUBJECT = eINSTANCE.getMeasurement_Subject();

		/**
		 * The meta object literal for the '<em><b>Import Record</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__IMPORT_RECORD = eINSTANCE.getMeasurement_ImportRecord();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.ImportRecordImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getImportRecord()
		 * @generated
		 */
		EClass IMPORT_RECORD = eINSTANCE.getImportRecord();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__FORMAT = eINSTANCE.getImportRecord_Format();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__FILE_NAME = eINSTANCE.getImportRecord_FileName();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SHA256 = eINSTANCE.getImportRecord_Sha256();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__IMPORTED_AT = eINSTANCE.getImportRecord_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SOURCE = eINSTANCE.getImportRecord_Source();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SETTINGS = eINSTANCE.getImportRecord_Settings();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__MAPPING = eINSTANCE.getImportRecord_Mapping();

		/**
		 * The meta object literal for the '<em><b>Rows Read</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__ROWS_READ = eINSTANCE.getImportRecord_RowsRead();

		/**
		 * The meta object literal for the '<em><b>Rows Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__ROWS_IMPORTED = eINSTANCE.getImportRecord_RowsImported();

		/**
		 * The meta object literal for the '<em><b>Rows Refused</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__ROWS_REFUSED = eINSTANCE.getImportRecord_RowsRefused();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__NOTES = eINSTANCE.getImportRecord_Notes();

		/**
		 * The meta object literal for the '<em><b>Subject Key Salt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SUBJECT_KEY_SALT = eINSTANCE.getImportRecord_SubjectKeySalt();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.ImportSourceImpl <em>Import Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.ImportSourceImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getImportSource()
		 * @generated
		 */
		EClass IMPORT_SOURCE = eINSTANCE.getImportSource();

		/**
		 * The meta object literal for the '<em><b>Cohorts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPORT_SOURCE__COHORTS = eINSTANCE.getImportSource_Cohorts();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.CohortMappingImpl <em>Cohort Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.CohortMappingImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getCohortMapping()
		 * @generated
		 */
		EClass COHORT_MAPPING = eINSTANCE.getCohortMapping();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT_MAPPING__VALUE = eINSTANCE.getCohortMapping_Value();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT_MAPPING__COHORT = eINSTANCE.getCohortMapping_Cohort();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.InitiativeImpl <em>Initiative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.InitiativeImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getInitiative()
		 * @generated
		 */
		EClass INITIATIVE = eINSTANCE.getInitiative();

		/**
		 * The meta object literal for the '<em><b>Use</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__USE = eINSTANCE.getInitiative_Use();

		/**
		 * The meta object literal for the '<em><b>Intent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__INTENT = eINSTANCE.getInitiative_Intent();

		/**
		 * The meta object literal for the '<em><b>Uses Ai Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__USES_AI_CONTENT = eINSTANCE.getInitiative_UsesAiContent();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__STATUS = eINSTANCE.getInitiative_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__OWNER = eINSTANCE.getInitiative_Owner();

		/**
		 * The meta object literal for the '<em><b>Business Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__BUSINESS_PROBLEM = eINSTANCE.getInitiative_BusinessProblem();

		/**
		 * The meta object literal for the '<em><b>Reframing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__REFRAMING = eINSTANCE.getInitiative_Reframing();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__LINKS = eINSTANCE.getInitiative_Links();

		/**
		 * The meta object literal for the '<em><b>Risk Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__RISK_AREA = eINSTANCE.getInitiative_RiskArea();

		/**
		 * The meta object literal for the '<em><b>Risk Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__RISK_CLASS = eINSTANCE.getInitiative_RiskClass();

		/**
		 * The meta object literal for the '<em><b>Risk Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__RISK_NOTE = eINSTANCE.getInitiative_RiskNote();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.MetricLinkImpl <em>Metric Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.MetricLinkImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getMetricLink()
		 * @generated
		 */
		EClass METRIC_LINK = eINSTANCE.getMetricLink();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_LINK__METRIC = eINSTANCE.getMetricLink_Metric();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_LINK__HYPOTHESIS = eINSTANCE.getMetricLink_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_LINK__GAP = eINSTANCE.getMetricLink_Gap();

		/**
		 * The meta object literal for the '<em><b>Expected Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_LINK__EXPECTED_CHANGE = eINSTANCE.getMetricLink_ExpectedChange();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.PilotImpl <em>Pilot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.PilotImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getPilot()
		 * @generated
		 */
		EClass PILOT = eINSTANCE.getPilot();

		/**
		 * The meta object literal for the '<em><b>Business Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__BUSINESS_PROBLEM = eINSTANCE.getPilot_BusinessProblem();

		/**
		 * The meta object literal for the '<em><b>Problem Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__PROBLEM_KIND = eINSTANCE.getPilot_ProblemKind();

		/**
		 * The meta object literal for the '<em><b>Sponsor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__SPONSOR = eINSTANCE.getPilot_Sponsor();

		/**
		 * The meta object literal for the '<em><b>Initiative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__INITIATIVE = eINSTANCE.getPilot_Initiative();

		/**
		 * The meta object literal for the '<em><b>Primary Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__PRIMARY_METRIC = eINSTANCE.getPilot_PrimaryMetric();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__START_DATE = eINSTANCE.getPilot_StartDate();

		/**
		 * The meta object literal for the '<em><b>Duration Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__DURATION_WEEKS = eINSTANCE.getPilot_DurationWeeks();

		/**
		 * The meta object literal for the '<em><b>Duration Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__DURATION_REASON = eINSTANCE.getPilot_DurationReason();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__DESIGN = eINSTANCE.getPilot_Design();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__PARTICIPANTS = eINSTANCE.getPilot_Participants();

		/**
		 * The meta object literal for the '<em><b>Comparison Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__COMPARISON_SIZE = eINSTANCE.getPilot_ComparisonSize();

		/**
		 * The meta object literal for the '<em><b>Target Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__TARGET_EFFECT = eINSTANCE.getPilot_TargetEffect();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__STATUS = eINSTANCE.getPilot_Status();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__CRITERIA = eINSTANCE.getPilot_Criteria();

		/**
		 * The meta object literal for the '<em><b>Frozen On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__FROZEN_ON = eINSTANCE.getPilot_FrozenOn();

		/**
		 * The meta object literal for the '<em><b>Rebaselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__REBASELINES = eINSTANCE.getPilot_Rebaselines();

		/**
		 * The meta object literal for the '<em><b>Costs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__COSTS = eINSTANCE.getPilot_Costs();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__BENEFITS = eINSTANCE.getPilot_Benefits();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__DECISION = eINSTANCE.getPilot_Decision();

		/**
		 * The meta object literal for the '<em><b>Decision Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__DECISION_RATIONALE = eINSTANCE.getPilot_DecisionRationale();

		/**
		 * The meta object literal for the '<em><b>Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__DECISION_DATE = eINSTANCE.getPilot_DecisionDate();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PILOT__OVERRIDES = eINSTANCE.getPilot_Overrides();

		/**
		 * The meta object literal for the '<em><b>Early Stop Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__EARLY_STOP_REASON = eINSTANCE.getPilot_EarlyStopReason();

		/**
		 * The meta object literal for the '<em><b>Planned To Apply</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__PLANNED_TO_APPLY = eINSTANCE.getPilot_PlannedToApply();

		/**
		 * The meta object literal for the '<em><b>Program Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PILOT__PROGRAM_COST = eINSTANCE.getPilot_ProgramCost();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.SuccessCriterionImpl <em>Success Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.SuccessCriterionImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getSuccessCriterion()
		 * @generated
		 */
		EClass SUCCESS_CRITERION = eINSTANCE.getSuccessCriterion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_CRITERION__DESCRIPTION = eINSTANCE.getSuccessCriterion_Description();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUCCESS_CRITERION__METRIC = eINSTANCE.getSuccessCriterion_Metric();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_CRITERION__COMPARATOR = eINSTANCE.getSuccessCriterion_Comparator();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_CRITERION__THRESHOLD = eINSTANCE.getSuccessCriterion_Threshold();

		/**
		 * The meta object literal for the '<em><b>Agreed By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUCCESS_CRITERION__AGREED_BY = eINSTANCE.getSuccessCriterion_AgreedBy();

		/**
		 * The meta object literal for the '<em><b>Agreed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_CRITERION__AGREED_ON = eINSTANCE.getSuccessCriterion_AgreedOn();

		/**
		 * The meta object literal for the '<em><b>Last Edited On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_CRITERION__LAST_EDITED_ON = eINSTANCE.getSuccessCriterion_LastEditedOn();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUCCESS_CRITERION__SOURCE = eINSTANCE.getSuccessCriterion_Source();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESS_CRITERION__RULE = eINSTANCE.getSuccessCriterion_Rule();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.RebaselineImpl <em>Rebaseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.RebaselineImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getRebaseline()
		 * @generated
		 */
		EClass REBASELINE = eINSTANCE.getRebaseline();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REBASELINE__DATE = eINSTANCE.getRebaseline_Date();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REBASELINE__REASON = eINSTANCE.getRebaseline_Reason();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REBASELINE__CHANGE = eINSTANCE.getRebaseline_Change();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REBASELINE__CRITERION = eINSTANCE.getRebaseline_Criterion();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.CostLineImpl <em>Cost Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.CostLineImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getCostLine()
		 * @generated
		 */
		EClass COST_LINE = eINSTANCE.getCostLine();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_LINE__DESCRIPTION = eINSTANCE.getCostLine_Description();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_LINE__CATEGORY = eINSTANCE.getCostLine_Category();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_LINE__AMOUNT = eINSTANCE.getCostLine_Amount();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.BenefitLineImpl <em>Benefit Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.BenefitLineImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getBenefitLine()
		 * @generated
		 */
		EClass BENEFIT_LINE = eINSTANCE.getBenefitLine();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__DESCRIPTION = eINSTANCE.getBenefitLine_Description();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT_LINE__METRIC = eINSTANCE.getBenefitLine_Metric();

		/**
		 * The meta object literal for the '<em><b>Units Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__UNITS_CHANGE = eINSTANCE.getBenefitLine_UnitsChange();

		/**
		 * The meta object literal for the '<em><b>Annual Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__ANNUAL_VALUE = eINSTANCE.getBenefitLine_AnnualValue();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__CONFIDENCE = eINSTANCE.getBenefitLine_Confidence();

		/**
		 * The meta object literal for the '<em><b>Isolation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__ISOLATION = eINSTANCE.getBenefitLine_Isolation();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__VOLUME = eINSTANCE.getBenefitLine_Volume();

		/**
		 * The meta object literal for the '<em><b>Volume Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_LINE__VOLUME_UNIT = eINSTANCE.getBenefitLine_VolumeUnit();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.StakeholderImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getStakeholder()
		 * @generated
		 */
		EClass STAKEHOLDER = eINSTANCE.getStakeholder();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__ROLE = eINSTANCE.getStakeholder_Role();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__GROUP = eINSTANCE.getStakeholder_Group();

		/**
		 * The meta object literal for the '<em><b>Influence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__INFLUENCE = eINSTANCE.getStakeholder_Influence();

		/**
		 * The meta object literal for the '<em><b>Interest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__INTEREST = eINSTANCE.getStakeholder_Interest();

		/**
		 * The meta object literal for the '<em><b>Stance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__STANCE = eINSTANCE.getStakeholder_Stance();

		/**
		 * The meta object literal for the '<em><b>Success Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__SUCCESS_ANSWER = eINSTANCE.getStakeholder_SuccessAnswer();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER__CONCERNS = eINSTANCE.getStakeholder_Concerns();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER__ACTIONS = eINSTANCE.getStakeholder_Actions();

		/**
		 * The meta object literal for the '<em><b>Awareness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__AWARENESS = eINSTANCE.getStakeholder_Awareness();

		/**
		 * The meta object literal for the '<em><b>Desire</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__DESIRE = eINSTANCE.getStakeholder_Desire();

		/**
		 * The meta object literal for the '<em><b>Knowledge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__KNOWLEDGE = eINSTANCE.getStakeholder_Knowledge();

		/**
		 * The meta object literal for the '<em><b>Ability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__ABILITY = eINSTANCE.getStakeholder_Ability();

		/**
		 * The meta object literal for the '<em><b>Reinforcement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__REINFORCEMENT = eINSTANCE.getStakeholder_Reinforcement();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.ConcernImpl <em>Concern</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.ConcernImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getConcern()
		 * @generated
		 */
		EClass CONCERN = eINSTANCE.getConcern();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCERN__DESCRIPTION = eINSTANCE.getConcern_Description();

		/**
		 * The meta object literal for the '<em><b>Root Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCERN__ROOT_CAUSE = eINSTANCE.getConcern_RootCause();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCERN__SEVERITY = eINSTANCE.getConcern_Severity();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.ResponseActionImpl <em>Response Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.ResponseActionImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getResponseAction()
		 * @generated
		 */
		EClass RESPONSE_ACTION = eINSTANCE.getResponseAction();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ACTION__DESCRIPTION = eINSTANCE.getResponseAction_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ACTION__KIND = eINSTANCE.getResponseAction_Kind();

		/**
		 * The meta object literal for the '<em><b>Concern</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE_ACTION__CONCERN = eINSTANCE.getResponseAction_Concern();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ACTION__OWNER = eINSTANCE.getResponseAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ACTION__DUE_DATE = eINSTANCE.getResponseAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ACTION__STATUS = eINSTANCE.getResponseAction_Status();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.GovernanceImpl <em>Governance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.GovernanceImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getGovernance()
		 * @generated
		 */
		EClass GOVERNANCE = eINSTANCE.getGovernance();

		/**
		 * The meta object literal for the '<em><b>Data Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNANCE__DATA_STATEMENT = eINSTANCE.getGovernance_DataStatement();

		/**
		 * The meta object literal for the '<em><b>Review Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__REVIEW_STEPS = eINSTANCE.getGovernance_ReviewSteps();

		/**
		 * The meta object literal for the '<em><b>Learner Data</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__LEARNER_DATA = eINSTANCE.getGovernance_LearnerData();

		/**
		 * The meta object literal for the '<em><b>Consultations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__CONSULTATIONS = eINSTANCE.getGovernance_Consultations();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.ReviewStepImpl <em>Review Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.ReviewStepImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getReviewStep()
		 * @generated
		 */
		EClass REVIEW_STEP = eINSTANCE.getReviewStep();

		/**
		 * The meta object literal for the '<em><b>Workflow</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_STEP__WORKFLOW = eINSTANCE.getReviewStep_Workflow();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_STEP__REVIEWER = eINSTANCE.getReviewStep_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_STEP__REVIEWER_ROLE = eINSTANCE.getReviewStep_ReviewerRole();

		/**
		 * The meta object literal for the '<em><b>Before Learners</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_STEP__BEFORE_LEARNERS = eINSTANCE.getReviewStep_BeforeLearners();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.LearnerDataItemImpl <em>Learner Data Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.LearnerDataItemImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getLearnerDataItem()
		 * @generated
		 */
		EClass LEARNER_DATA_ITEM = eINSTANCE.getLearnerDataItem();

		/**
		 * The meta object literal for the '<em><b>Personal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNER_DATA_ITEM__PERSONAL = eINSTANCE.getLearnerDataItem_Personal();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNER_DATA_ITEM__PURPOSE = eINSTANCE.getLearnerDataItem_Purpose();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNER_DATA_ITEM__ACCESS = eINSTANCE.getLearnerDataItem_Access();

		/**
		 * The meta object literal for the '<em><b>Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNER_DATA_ITEM__RETENTION = eINSTANCE.getLearnerDataItem_Retention();

		/**
		 * The meta object literal for the '<em><b>Used By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNER_DATA_ITEM__USED_BY = eINSTANCE.getLearnerDataItem_UsedBy();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.ConsultationImpl <em>Consultation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.ConsultationImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getConsultation()
		 * @generated
		 */
		EClass CONSULTATION = eINSTANCE.getConsultation();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__PARTY = eINSTANCE.getConsultation_Party();

		/**
		 * The meta object literal for the '<em><b>Who</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__WHO = eINSTANCE.getConsultation_Who();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__DATE = eINSTANCE.getConsultation_Date();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__OUTCOME = eINSTANCE.getConsultation_Outcome();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__NOTE = eINSTANCE.getConsultation_Note();

		/**
		 * The meta object literal for the '<em><b>Initiatives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSULTATION__INITIATIVES = eINSTANCE.getConsultation_Initiatives();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.MaturityAssessmentImpl <em>Maturity Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.MaturityAssessmentImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getMaturityAssessment()
		 * @generated
		 */
		EClass MATURITY_ASSESSMENT = eINSTANCE.getMaturityAssessment();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATURITY_ASSESSMENT__STAGE = eINSTANCE.getMaturityAssessment_Stage();

		/**
		 * The meta object literal for the '<em><b>Assessed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATURITY_ASSESSMENT__ASSESSED_ON = eINSTANCE.getMaturityAssessment_AssessedOn();

		/**
		 * The meta object literal for the '<em><b>Efforts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATURITY_ASSESSMENT__EFFORTS = eINSTANCE.getMaturityAssessment_Efforts();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.EffortShareImpl <em>Effort Share</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.EffortShareImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getEffortShare()
		 * @generated
		 */
		EClass EFFORT_SHARE = eINSTANCE.getEffortShare();

		/**
		 * The meta object literal for the '<em><b>Use</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFORT_SHARE__USE = eINSTANCE.getEffortShare_Use();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFORT_SHARE__PERCENT = eINSTANCE.getEffortShare_Percent();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.impl.DecisionOverrideImpl <em>Decision Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.impl.DecisionOverrideImpl
		 * @see dev.wedge.model.impl.WedgePackageImpl#getDecisionOverride()
		 * @generated
		 */
		EClass DECISION_OVERRIDE = eINSTANCE.getDecisionOverride();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OVERRIDE__DATE = eINSTANCE.getDecisionOverride_Date();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OVERRIDE__DECISION = eINSTANCE.getDecisionOverride_Decision();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OVERRIDE__EVIDENCE = eINSTANCE.getDecisionOverride_Evidence();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OVERRIDE__REASON = eINSTANCE.getDecisionOverride_Reason();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION_OVERRIDE__BY = eINSTANCE.getDecisionOverride_By();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.MetricKind
		 * @see dev.wedge.model.impl.WedgePackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Direction
		 * @see dev.wedge.model.impl.WedgePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Cohort <em>Cohort</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Cohort
		 * @see dev.wedge.model.impl.WedgePackageImpl#getCohort()
		 * @generated
		 */
		EEnum COHORT = eINSTANCE.getCohort();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.AiUse <em>Ai Use</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.AiUse
		 * @see dev.wedge.model.impl.WedgePackageImpl#getAiUse()
		 * @generated
		 */
		EEnum AI_USE = eINSTANCE.getAiUse();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Intent <em>Intent</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Intent
		 * @see dev.wedge.model.impl.WedgePackageImpl#getIntent()
		 * @generated
		 */
		EEnum INTENT = eINSTANCE.getIntent();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.InitiativeStatus <em>Initiative Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.InitiativeStatus
		 * @see dev.wedge.model.impl.WedgePackageImpl#getInitiativeStatus()
		 * @generated
		 */
		EEnum INITIATIVE_STATUS = eINSTANCE.getInitiativeStatus();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.ProblemKind <em>Problem Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.ProblemKind
		 * @see dev.wedge.model.impl.WedgePackageImpl#getProblemKind()
		 * @generated
		 */
		EEnum PROBLEM_KIND = eINSTANCE.getProblemKind();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.PilotDesign <em>Pilot Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.PilotDesign
		 * @see dev.wedge.model.impl.WedgePackageImpl#getPilotDesign()
		 * @generated
		 */
		EEnum PILOT_DESIGN = eINSTANCE.getPilotDesign();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.PilotStatus <em>Pilot Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.PilotStatus
		 * @see dev.wedge.model.impl.WedgePackageImpl#getPilotStatus()
		 * @generated
		 */
		EEnum PILOT_STATUS = eINSTANCE.getPilotStatus();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Decision <em>Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Decision
		 * @see dev.wedge.model.impl.WedgePackageImpl#getDecision()
		 * @generated
		 */
		EEnum DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Comparator <em>Comparator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Comparator
		 * @see dev.wedge.model.impl.WedgePackageImpl#getComparator()
		 * @generated
		 */
		EEnum COMPARATOR = eINSTANCE.getComparator();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.StakeholderGroup <em>Stakeholder Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.StakeholderGroup
		 * @see dev.wedge.model.impl.WedgePackageImpl#getStakeholderGroup()
		 * @generated
		 */
		EEnum STAKEHOLDER_GROUP = eINSTANCE.getStakeholderGroup();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Stance <em>Stance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Stance
		 * @see dev.wedge.model.impl.WedgePackageImpl#getStance()
		 * @generated
		 */
		EEnum STANCE = eINSTANCE.getStance();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.RootCause <em>Root Cause</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.RootCause
		 * @see dev.wedge.model.impl.WedgePackageImpl#getRootCause()
		 * @generated
		 */
		EEnum ROOT_CAUSE = eINSTANCE.getRootCause();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.Level <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.Level
		 * @see dev.wedge.model.impl.WedgePackageImpl#getLevel()
		 * @generated
		 */
		EEnum LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.ActionStatus
		 * @see dev.wedge.model.impl.WedgePackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.ResponseKind <em>Response Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.ResponseKind
		 * @see dev.wedge.model.impl.WedgePackageImpl#getResponseKind()
		 * @generated
		 */
		EEnum RESPONSE_KIND = eINSTANCE.getResponseKind();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.MaturityStage <em>Maturity Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.MaturityStage
		 * @see dev.wedge.model.impl.WedgePackageImpl#getMaturityStage()
		 * @generated
		 */
		EEnum MATURITY_STAGE = eINSTANCE.getMaturityStage();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.RiskArea <em>Risk Area</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.RiskArea
		 * @see dev.wedge.model.impl.WedgePackageImpl#getRiskArea()
		 * @generated
		 */
		EEnum RISK_AREA = eINSTANCE.getRiskArea();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.RiskClass <em>Risk Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.RiskClass
		 * @see dev.wedge.model.impl.WedgePackageImpl#getRiskClass()
		 * @generated
		 */
		EEnum RISK_CLASS = eINSTANCE.getRiskClass();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.ConsultationOutcome <em>Consultation Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.ConsultationOutcome
		 * @see dev.wedge.model.impl.WedgePackageImpl#getConsultationOutcome()
		 * @generated
		 */
		EEnum CONSULTATION_OUTCOME = eINSTANCE.getConsultationOutcome();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.CostCategory <em>Cost Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.CostCategory
		 * @see dev.wedge.model.impl.WedgePackageImpl#getCostCategory()
		 * @generated
		 */
		EEnum COST_CATEGORY = eINSTANCE.getCostCategory();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.ImportFormat <em>Import Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.ImportFormat
		 * @see dev.wedge.model.impl.WedgePackageImpl#getImportFormat()
		 * @generated
		 */
		EEnum IMPORT_FORMAT = eINSTANCE.getImportFormat();

		/**
		 * The meta object literal for the '{@link dev.wedge.model.DecisionRule <em>Decision Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.wedge.model.DecisionRule
		 * @see dev.wedge.model.impl.WedgePackageImpl#getDecisionRule()
		 * @generated
		 */
		EEnum DECISION_RULE = eINSTANCE.getDecisionRule();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see dev.wedge.model.impl.WedgePackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //WedgePackage
