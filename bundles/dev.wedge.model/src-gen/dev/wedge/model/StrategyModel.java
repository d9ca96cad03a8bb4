/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .wedge file: one organization's AI-in-L&D strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.StrategyModel#getOrganization <em>Organization</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getGoals <em>Goals</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getPilots <em>Pilots</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getStakeholders <em>Stakeholders</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getGovernance <em>Governance</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getMaturity <em>Maturity</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getDisabledAnalyses <em>Disabled Analyses</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link dev.wedge.model.StrategyModel#getImportSources <em>Import Sources</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getStrategyModel()
 * @model
 * @generated
 */
public interface StrategyModel extends Named {
	/**
	 * Returns the value of the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' attribute.
	 * @see #setOrganization(String)
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Organization()
	 * @model
	 * @generated
	 */
	String getOrganization();

	/**
	 * Sets the value of the '{@link dev.wedge.model.StrategyModel#getOrganization <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' attribute.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written on every save; a file with a higher version than this build reads is refused with a clear message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #setFormatVersion(int)
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_FormatVersion()
	 * @model default="1" unsettable="true"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link dev.wedge.model.StrategyModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Unsets the value of the '{@link dev.wedge.model.StrategyModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	void unsetFormatVersion();

	/**
	 * Returns whether the value of the '{@link dev.wedge.model.StrategyModel#getFormatVersion <em>Format Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format Version</em>' attribute is set.
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	boolean isSetFormatVersion();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.BusinessGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessGoal> getGoals();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.BusinessMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessMetric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Initiatives</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Initiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiatives</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Initiatives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Initiative> getInitiatives();

	/**
	 * Returns the value of the '<em><b>Pilots</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Pilot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pilots</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Pilots()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pilot> getPilots();

	/**
	 * Returns the value of the '<em><b>Stakeholders</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.Stakeholder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stakeholders</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Stakeholders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stakeholder> getStakeholders();

	/**
	 * Returns the value of the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance</em>' containment reference.
	 * @see #setGovernance(Governance)
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Governance()
	 * @model containment="true"
	 * @generated
	 */
	Governance getGovernance();

	/**
	 * Sets the value of the '{@link dev.wedge.model.StrategyModel#getGovernance <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance</em>' containment reference.
	 * @see #getGovernance()
	 * @generated
	 */
	void setGovernance(Governance value);

	/**
	 * Returns the value of the '<em><b>Maturity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maturity</em>' containment reference.
	 * @see #setMaturity(MaturityAssessment)
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Maturity()
	 * @model containment="true"
	 * @generated
	 */
	MaturityAssessment getMaturity();

	/**
	 * Sets the value of the '{@link dev.wedge.model.StrategyModel#getMaturity <em>Maturity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maturity</em>' containment reference.
	 * @see #getMaturity()
	 * @generated
	 */
	void setMaturity(MaturityAssessment value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the currency every amount of the model is in (EUR, USD, GBP, SEK...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.wedge.model.StrategyModel#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone (Europe/Oslo) in which instants (xAPI timestamps) are bucketed into days; empty: the machine's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_TimeZone()
	 * @model
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link dev.wedge.model.StrategyModel#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Disabled Analyses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disabled Analyses</em>' attribute list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_DisabledAnalyses()
	 * @model
	 * @generated
	 */
	EList<String> getDisabledAnalyses();

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objects of plug-ins' own EPackages (the open slot third parties extend the model with).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extensions</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_Extensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<EObject> getExtensions();

	/**
	 * Returns the value of the '<em><b>Import Sources</b></em>' containment reference list.
	 * The list contents are of type {@link dev.wedge.model.ImportSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What Wedge remembers about each source files are imported from (an HRIS extract, an LRS): how its cohort values map onto pilot, comparison and all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Import Sources</em>' containment reference list.
	 * @see dev.wedge.model.WedgePackage#getStrategyModel_ImportSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportSource> getImportSources();

} // StrategyModel
