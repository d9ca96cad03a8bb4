/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.Consultation;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.Initiative;
import dev.wedge.model.WedgePackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.ConsultationImpl#getParty <em>Party</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ConsultationImpl#getWho <em>Who</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ConsultationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ConsultationImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ConsultationImpl#getNote <em>Note</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ConsultationImpl#getInitiatives <em>Initiatives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsultationImpl extends IdentifiedImpl implements Consultation {
	/**
	 * The default value of the '{@link #getParty() <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParty()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParty() <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParty()
	 * @generated
	 * @ordered
	 */
	protected String party = PARTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWho() <em>Who</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWho()
	 * @generated
	 * @ordered
	 */
	protected static final String WHO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWho() <em>Who</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWho()
	 * @generated
	 * @ordered
	 */
	protected String who = WHO_EDEFAULT;

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
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final ConsultationOutcome OUTCOME_EDEFAULT = ConsultationOutcome.PENDING;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected ConsultationOutcome outcome = OUTCOME_EDEFAULT;

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
	 * The cached value of the '{@link #getInitiatives() <em>Initiatives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Initiative> initiatives;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsultationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.CONSULTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParty() {
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParty(String newParty) {
		String oldParty = party;
		party = newParty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.CONSULTATION__PARTY, oldParty, party));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWho() {
		return who;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWho(String newWho) {
		String oldWho = who;
		who = newWho;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.CONSULTATION__WHO, oldWho, who));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.CONSULTATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsultationOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(ConsultationOutcome newOutcome) {
		ConsultationOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.CONSULTATION__OUTCOME, oldOutcome, outcome));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.CONSULTATION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Initiative> getInitiatives() {
		if (initiatives == null) {
			initiatives = new EObjectResolvingEList<Initiative>(Initiative.class, this, WedgePackage.CONSULTATION__INITIATIVES);
		}
		return initiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.CONSULTATION__PARTY:
				return getParty();
			case WedgePackage.CONSULTATION__WHO:
				return getWho();
			case WedgePackage.CONSULTATION__DATE:
				return getDate();
			case WedgePackage.CONSULTATION__OUTCOME:
				return getOutcome();
			case WedgePackage.CONSULTATION__NOTE:
				return getNote();
			case WedgePackage.CONSULTATION__INITIATIVES:
				return getInitiatives();
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
			case WedgePackage.CONSULTATION__PARTY:
				setParty((String)newValue);
				return;
			case WedgePackage.CONSULTATION__WHO:
				setWho((String)newValue);
				return;
			case WedgePackage.CONSULTATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case WedgePackage.CONSULTATION__OUTCOME:
				setOutcome((ConsultationOutcome)newValue);
				return;
			case WedgePackage.CONSULTATION__NOTE:
				setNote((String)newValue);
				return;
			case WedgePackage.CONSULTATION__INITIATIVES:
				getInitiatives().clear();
				getInitiatives().addAll((Collection<? extends Initiative>)newValue);
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
			case WedgePackage.CONSULTATION__PARTY:
				setParty(PARTY_EDEFAULT);
				return;
			case WedgePackage.CONSULTATION__WHO:
				setWho(WHO_EDEFAULT);
				return;
			case WedgePackage.CONSULTATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case WedgePackage.CONSULTATION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case WedgePackage.CONSULTATION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case WedgePackage.CONSULTATION__INITIATIVES:
				getInitiatives().clear();
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
			case WedgePackage.CONSULTATION__PARTY:
				return PARTY_EDEFAULT == null ? party != null : !PARTY_EDEFAULT.equals(party);
			case WedgePackage.CONSULTATION__WHO:
				return WHO_EDEFAULT == null ? who != null : !WHO_EDEFAULT.equals(who);
			case WedgePackage.CONSULTATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case WedgePackage.CONSULTATION__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case WedgePackage.CONSULTATION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case WedgePackage.CONSULTATION__INITIATIVES:
				return initiatives != null && !initiatives.isEmpty();
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
		result.append(" (party: ");
		result.append(party);
		result.append(", who: ");
		result.append(who);
		result.append(", date: ");
		result.append(date);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ConsultationImpl
