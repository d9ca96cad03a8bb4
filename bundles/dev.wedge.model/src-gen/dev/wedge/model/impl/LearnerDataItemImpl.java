/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.Initiative;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.WedgePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Learner Data Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.LearnerDataItemImpl#isPersonal <em>Personal</em>}</li>
 *   <li>{@link dev.wedge.model.impl.LearnerDataItemImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link dev.wedge.model.impl.LearnerDataItemImpl#getAccess <em>Access</em>}</li>
 *   <li>{@link dev.wedge.model.impl.LearnerDataItemImpl#getRetention <em>Retention</em>}</li>
 *   <li>{@link dev.wedge.model.impl.LearnerDataItemImpl#getUsedBy <em>Used By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearnerDataItemImpl extends NamedImpl implements LearnerDataItem {
	/**
	 * The default value of the '{@link #isPersonal() <em>Personal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersonal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERSONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPersonal() <em>Personal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersonal()
	 * @generated
	 * @ordered
	 */
	protected boolean personal = PERSONAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected String access = ACCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected static final String RETENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected String retention = RETENTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUsedBy() <em>Used By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Initiative> usedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearnerDataItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.LEARNER_DATA_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPersonal() {
		return personal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonal(boolean newPersonal) {
		boolean oldPersonal = personal;
		personal = newPersonal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.LEARNER_DATA_ITEM__PERSONAL, oldPersonal, personal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.LEARNER_DATA_ITEM__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccess() {
		return access;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccess(String newAccess) {
		String oldAccess = access;
		access = newAccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.LEARNER_DATA_ITEM__ACCESS, oldAccess, access));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRetention() {
		return retention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetention(String newRetention) {
		String oldRetention = retention;
		retention = newRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.LEARNER_DATA_ITEM__RETENTION, oldRetention, retention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Initiative> getUsedBy() {
		if (usedBy == null) {
			usedBy = new EObjectResolvingEList<Initiative>(Initiative.class, this, WedgePackage.LEARNER_DATA_ITEM__USED_BY);
		}
		return usedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.LEARNER_DATA_ITEM__PERSONAL:
				return isPersonal();
			case WedgePackage.LEARNER_DATA_ITEM__PURPOSE:
				return getPurpose();
			case WedgePackage.LEARNER_DATA_ITEM__ACCESS:
				return getAccess();
			case WedgePackage.LEARNER_DATA_ITEM__RETENTION:
				return getRetention();
			case WedgePackage.LEARNER_DATA_ITEM__USED_BY:
				return getUsedBy();
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
			case WedgePackage.LEARNER_DATA_ITEM__PERSONAL:
				setPersonal((Boolean)newValue);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__PURPOSE:
				setPurpose((String)newValue);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__ACCESS:
				setAccess((String)newValue);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__RETENTION:
				setRetention((String)newValue);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__USED_BY:
				getUsedBy().clear();
				getUsedBy().addAll((Collection<? extends Initiative>)newValue);
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
			case WedgePackage.LEARNER_DATA_ITEM__PERSONAL:
				setPersonal(PERSONAL_EDEFAULT);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__ACCESS:
				setAccess(ACCESS_EDEFAULT);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__RETENTION:
				setRetention(RETENTION_EDEFAULT);
				return;
			case WedgePackage.LEARNER_DATA_ITEM__USED_BY:
				getUsedBy().clear();
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
			case WedgePackage.LEARNER_DATA_ITEM__PERSONAL:
				return personal != PERSONAL_EDEFAULT;
			case WedgePackage.LEARNER_DATA_ITEM__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case WedgePackage.LEARNER_DATA_ITEM__ACCESS:
				return ACCESS_EDEFAULT == null ? access != null : !ACCESS_EDEFAULT.equals(access);
			case WedgePackage.LEARNER_DATA_ITEM__RETENTION:
				return RETENTION_EDEFAULT == null ? retention != null : !RETENTION_EDEFAULT.equals(retention);
			case WedgePackage.LEARNER_DATA_ITEM__USED_BY:
				return usedBy != null && !usedBy.isEmpty();
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
		result.append(" (personal: ");
		result.append(personal);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", access: ");
		result.append(access);
		result.append(", retention: ");
		result.append(retention);
		result.append(')');
		return result.toString();
	}

} //LearnerDataItemImpl
