/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.Cohort;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgePackage;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getDate <em>Date</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getValue <em>Value</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getCohort <em>Cohort</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getPilot <em>Pilot</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getSource <em>Source</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getNote <em>Note</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link dev.wedge.model.impl.MeasurementImpl#getImportRecord <em>Import Record</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends IdentifiedImpl implements Measurement {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCohort() <em>Cohort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohort()
	 * @generated
	 * @ordered
	 */
	protected static final Cohort COHORT_EDEFAULT = Cohort.ALL;

	/**
	 * The cached value of the '{@link #getCohort() <em>Cohort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohort()
	 * @generated
	 * @ordered
	 */
	protected Cohort cohort = COHORT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPilot() <em>Pilot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPilot()
	 * @generated
	 * @ordered
	 */
	protected Pilot pilot;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImportRecord() <em>Import Record</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportRecord()
	 * @generated
	 * @ordered
	 */
	protected ImportRecord importRecord;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cohort getCohort() {
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCohort(Cohort newCohort) {
		Cohort oldCohort = cohort;
		cohort = newCohort == null ? COHORT_EDEFAULT : newCohort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__COHORT, oldCohort, cohort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pilot getPilot() {
		if (pilot != null && pilot.eIsProxy()) {
			InternalEObject oldPilot = (InternalEObject)pilot;
			pilot = (Pilot)eResolveProxy(oldPilot);
			if (pilot != oldPilot) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.MEASUREMENT__PILOT, oldPilot, pilot));
			}
		}
		return pilot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pilot basicGetPilot() {
		return pilot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPilot(Pilot newPilot) {
		Pilot oldPilot = pilot;
		pilot = newPilot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__PILOT, oldPilot, pilot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportRecord getImportRecord() {
		if (importRecord != null && importRecord.eIsProxy()) {
			InternalEObject oldImportRecord = (InternalEObject)importRecord;
			importRecord = (ImportRecord)eResolveProxy(oldImportRecord);
			if (importRecord != oldImportRecord) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WedgePackage.MEASUREMENT__IMPORT_RECORD, oldImportRecord, importRecord));
			}
		}
		return importRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImportRecord basicGetImportRecord() {
		return importRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportRecord(ImportRecord newImportRecord) {
		ImportRecord oldImportRecord = importRecord;
		importRecord = newImportRecord;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.MEASUREMENT__IMPORT_RECORD, oldImportRecord, importRecord));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.MEASUREMENT__DATE:
				return getDate();
			case WedgePackage.MEASUREMENT__VALUE:
				return getValue();
			case WedgePackage.MEASUREMENT__COHORT:
				return getCohort();
			case WedgePackage.MEASUREMENT__PILOT:
				if (resolve) return getPilot();
				return basicGetPilot();
			case WedgePackage.MEASUREMENT__SOURCE:
				return getSource();
			case WedgePackage.MEASUREMENT__NOTE:
				return getNote();
			case WedgePackage.MEASUREMENT__SUBJECT:
				return getSubject();
			case WedgePackage.MEASUREMENT__IMPORT_RECORD:
				if (resolve) return getImportRecord();
				return basicGetImportRecord();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WedgePackage.MEASUREMENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case WedgePackage.MEASUREMENT__VALUE:
				setValue((Double)newValue);
				return;
			case WedgePackage.MEASUREMENT__COHORT:
				setCohort((Cohort)newValue);
				return;
			case WedgePackage.MEASUREMENT__PILOT:
				setPilot((Pilot)newValue);
				return;
			case WedgePackage.MEASUREMENT__SOURCE:
				setSource((String)newValue);
				return;
			case WedgePackage.MEASUREMENT__NOTE:
				setNote((String)newValue);
				return;
			case WedgePackage.MEASUREMENT__SUBJECT:
				setSubject((String)newValue);
				return;
			case WedgePackage.MEASUREMENT__IMPORT_RECORD:
				setImportRecord((ImportRecord)newValue);
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
			case WedgePackage.MEASUREMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case WedgePackage.MEASUREMENT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case WedgePackage.MEASUREMENT__COHORT:
				setCohort(COHORT_EDEFAULT);
				return;
			case WedgePackage.MEASUREMENT__PILOT:
				setPilot((Pilot)null);
				return;
			case WedgePackage.MEASUREMENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case WedgePackage.MEASUREMENT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case WedgePackage.MEASUREMENT__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case WedgePackage.MEASUREMENT__IMPORT_RECORD:
				setImportRecord((ImportRecord)null);
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
			case WedgePackage.MEASUREMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case WedgePackage.MEASUREMENT__VALUE:
				return value != VALUE_EDEFAULT;
			case WedgePackage.MEASUREMENT__COHORT:
				return cohort != COHORT_EDEFAULT;
			case WedgePackage.MEASUREMENT__PILOT:
				return pilot != null;
			case WedgePackage.MEASUREMENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case WedgePackage.MEASUREMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case WedgePackage.MEASUREMENT__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case WedgePackage.MEASUREMENT__IMPORT_RECORD:
				return importRecord != null;
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
		result.append(" (date: ");
		result.append(date);
		result.append(", value: ");
		result.append(value);
		result.append(", cohort: ");
		result.append(cohort);
		result.append(", source: ");
		result.append(source);
		result.append(", note: ");
		result.append(note);
		result.append(", subject: ");
		result.append(subject);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
