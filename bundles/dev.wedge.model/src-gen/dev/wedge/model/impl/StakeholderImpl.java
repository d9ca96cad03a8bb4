/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.Concern;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;
import dev.wedge.model.WedgePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stakeholder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getRole <em>Role</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getInfluence <em>Influence</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getInterest <em>Interest</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getStance <em>Stance</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getSuccessAnswer <em>Success Answer</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getAwareness <em>Awareness</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getDesire <em>Desire</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getKnowledge <em>Knowledge</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getAbility <em>Ability</em>}</li>
 *   <li>{@link dev.wedge.model.impl.StakeholderImpl#getReinforcement <em>Reinforcement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StakeholderImpl extends NamedImpl implements Stakeholder {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final StakeholderGroup GROUP_EDEFAULT = StakeholderGroup.SENIOR_LEADER;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected StakeholderGroup group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getInfluence() <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluence()
	 * @generated
	 * @ordered
	 */
	protected static final int INFLUENCE_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getInfluence() <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluence()
	 * @generated
	 * @ordered
	 */
	protected int influence = INFLUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterest() <em>Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterest()
	 * @generated
	 * @ordered
	 */
	protected static final int INTEREST_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getInterest() <em>Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterest()
	 * @generated
	 * @ordered
	 */
	protected int interest = INTEREST_EDEFAULT;

	/**
	 * The default value of the '{@link #getStance() <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStance()
	 * @generated
	 * @ordered
	 */
	protected static final Stance STANCE_EDEFAULT = Stance.NEUTRAL;

	/**
	 * The cached value of the '{@link #getStance() <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStance()
	 * @generated
	 * @ordered
	 */
	protected Stance stance = STANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuccessAnswer() <em>Success Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String SUCCESS_ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuccessAnswer() <em>Success Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessAnswer()
	 * @generated
	 * @ordered
	 */
	protected String successAnswer = SUCCESS_ANSWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConcerns() <em>Concerns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcerns()
	 * @generated
	 * @ordered
	 */
	protected EList<Concern> concerns;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ResponseAction> actions;

	/**
	 * The default value of the '{@link #getAwareness() <em>Awareness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwareness()
	 * @generated
	 * @ordered
	 */
	protected static final int AWARENESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAwareness() <em>Awareness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwareness()
	 * @generated
	 * @ordered
	 */
	protected int awareness = AWARENESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesire() <em>Desire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesire()
	 * @generated
	 * @ordered
	 */
	protected static final int DESIRE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDesire() <em>Desire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesire()
	 * @generated
	 * @ordered
	 */
	protected int desire = DESIRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKnowledge() <em>Knowledge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnowledge()
	 * @generated
	 * @ordered
	 */
	protected static final int KNOWLEDGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKnowledge() <em>Knowledge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnowledge()
	 * @generated
	 * @ordered
	 */
	protected int knowledge = KNOWLEDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAbility() <em>Ability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbility()
	 * @generated
	 * @ordered
	 */
	protected static final int ABILITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAbility() <em>Ability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbility()
	 * @generated
	 * @ordered
	 */
	protected int ability = ABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReinforcement() <em>Reinforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinforcement()
	 * @generated
	 * @ordered
	 */
	protected static final int REINFORCEMENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReinforcement() <em>Reinforcement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinforcement()
	 * @generated
	 * @ordered
	 */
	protected int reinforcement = REINFORCEMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StakeholderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.STAKEHOLDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StakeholderGroup getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(StakeholderGroup newGroup) {
		StakeholderGroup oldGroup = group;
		group = newGroup == null ? GROUP_EDEFAULT : newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInfluence() {
		return influence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInfluence(int newInfluence) {
		int oldInfluence = influence;
		influence = newInfluence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__INFLUENCE, oldInfluence, influence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInterest() {
		return interest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterest(int newInterest) {
		int oldInterest = interest;
		interest = newInterest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__INTEREST, oldInterest, interest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stance getStance() {
		return stance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStance(Stance newStance) {
		Stance oldStance = stance;
		stance = newStance == null ? STANCE_EDEFAULT : newStance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__STANCE, oldStance, stance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuccessAnswer() {
		return successAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessAnswer(String newSuccessAnswer) {
		String oldSuccessAnswer = successAnswer;
		successAnswer = newSuccessAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__SUCCESS_ANSWER, oldSuccessAnswer, successAnswer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concern> getConcerns() {
		if (concerns == null) {
			concerns = new EObjectContainmentEList<Concern>(Concern.class, this, WedgePackage.STAKEHOLDER__CONCERNS);
		}
		return concerns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResponseAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<ResponseAction>(ResponseAction.class, this, WedgePackage.STAKEHOLDER__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAwareness() {
		return awareness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwareness(int newAwareness) {
		int oldAwareness = awareness;
		awareness = newAwareness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__AWARENESS, oldAwareness, awareness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDesire() {
		return desire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesire(int newDesire) {
		int oldDesire = desire;
		desire = newDesire;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__DESIRE, oldDesire, desire));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKnowledge() {
		return knowledge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnowledge(int newKnowledge) {
		int oldKnowledge = knowledge;
		knowledge = newKnowledge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__KNOWLEDGE, oldKnowledge, knowledge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAbility() {
		return ability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbility(int newAbility) {
		int oldAbility = ability;
		ability = newAbility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__ABILITY, oldAbility, ability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReinforcement() {
		return reinforcement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReinforcement(int newReinforcement) {
		int oldReinforcement = reinforcement;
		reinforcement = newReinforcement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.STAKEHOLDER__REINFORCEMENT, oldReinforcement, reinforcement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WedgePackage.STAKEHOLDER__CONCERNS:
				return ((InternalEList<?>)getConcerns()).basicRemove(otherEnd, msgs);
			case WedgePackage.STAKEHOLDER__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.STAKEHOLDER__ROLE:
				return getRole();
			case WedgePackage.STAKEHOLDER__GROUP:
				return getGroup();
			case WedgePackage.STAKEHOLDER__INFLUENCE:
				return getInfluence();
			case WedgePackage.STAKEHOLDER__INTEREST:
				return getInterest();
			case WedgePackage.STAKEHOLDER__STANCE:
				return getStance();
			case WedgePackage.STAKEHOLDER__SUCCESS_ANSWER:
				return getSuccessAnswer();
			case WedgePackage.STAKEHOLDER__CONCERNS:
				return getConcerns();
			case WedgePackage.STAKEHOLDER__ACTIONS:
				return getActions();
			case WedgePackage.STAKEHOLDER__AWARENESS:
				return getAwareness();
			case WedgePackage.STAKEHOLDER__DESIRE:
				return getDesire();
			case WedgePackage.STAKEHOLDER__KNOWLEDGE:
				return getKnowledge();
			case WedgePackage.STAKEHOLDER__ABILITY:
				return getAbility();
			case WedgePackage.STAKEHOLDER__REINFORCEMENT:
				return getReinforcement();
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
			case WedgePackage.STAKEHOLDER__ROLE:
				setRole((String)newValue);
				return;
			case WedgePackage.STAKEHOLDER__GROUP:
				setGroup((StakeholderGroup)newValue);
				return;
			case WedgePackage.STAKEHOLDER__INFLUENCE:
				setInfluence((Integer)newValue);
				return;
			case WedgePackage.STAKEHOLDER__INTEREST:
				setInterest((Integer)newValue);
				return;
			case WedgePackage.STAKEHOLDER__STANCE:
				setStance((Stance)newValue);
				return;
			case WedgePackage.STAKEHOLDER__SUCCESS_ANSWER:
				setSuccessAnswer((String)newValue);
				return;
			case WedgePackage.STAKEHOLDER__CONCERNS:
				getConcerns().clear();
				getConcerns().addAll((Collection<? extends Concern>)newValue);
				return;
			case WedgePackage.STAKEHOLDER__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends ResponseAction>)newValue);
				return;
			case WedgePackage.STAKEHOLDER__AWARENESS:
				setAwareness((Integer)newValue);
				return;
			case WedgePackage.STAKEHOLDER__DESIRE:
				setDesire((Integer)newValue);
				return;
			case WedgePackage.STAKEHOLDER__KNOWLEDGE:
				setKnowledge((Integer)newValue);
				return;
			case WedgePackage.STAKEHOLDER__ABILITY:
				setAbility((Integer)newValue);
				return;
			case WedgePackage.STAKEHOLDER__REINFORCEMENT:
				setReinforcement((Integer)newValue);
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
			case WedgePackage.STAKEHOLDER__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__INFLUENCE:
				setInfluence(INFLUENCE_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__INTEREST:
				setInterest(INTEREST_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__STANCE:
				setStance(STANCE_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__SUCCESS_ANSWER:
				setSuccessAnswer(SUCCESS_ANSWER_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__CONCERNS:
				getConcerns().clear();
				return;
			case WedgePackage.STAKEHOLDER__ACTIONS:
				getActions().clear();
				return;
			case WedgePackage.STAKEHOLDER__AWARENESS:
				setAwareness(AWARENESS_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__DESIRE:
				setDesire(DESIRE_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__KNOWLEDGE:
				setKnowledge(KNOWLEDGE_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__ABILITY:
				setAbility(ABILITY_EDEFAULT);
				return;
			case WedgePackage.STAKEHOLDER__REINFORCEMENT:
				setReinforcement(REINFORCEMENT_EDEFAULT);
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
			case WedgePackage.STAKEHOLDER__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case WedgePackage.STAKEHOLDER__GROUP:
				return group != GROUP_EDEFAULT;
			case WedgePackage.STAKEHOLDER__INFLUENCE:
				return influence != INFLUENCE_EDEFAULT;
			case WedgePackage.STAKEHOLDER__INTEREST:
				return interest != INTEREST_EDEFAULT;
			case WedgePackage.STAKEHOLDER__STANCE:
				return stance != STANCE_EDEFAULT;
			case WedgePackage.STAKEHOLDER__SUCCESS_ANSWER:
				return SUCCESS_ANSWER_EDEFAULT == null ? successAnswer != null : !SUCCESS_ANSWER_EDEFAULT.equals(successAnswer);
			case WedgePackage.STAKEHOLDER__CONCERNS:
				return concerns != null && !concerns.isEmpty();
			case WedgePackage.STAKEHOLDER__ACTIONS:
				return actions != null && !actions.isEmpty();
			case WedgePackage.STAKEHOLDER__AWARENESS:
				return awareness != AWARENESS_EDEFAULT;
			case WedgePackage.STAKEHOLDER__DESIRE:
				return desire != DESIRE_EDEFAULT;
			case WedgePackage.STAKEHOLDER__KNOWLEDGE:
				return knowledge != KNOWLEDGE_EDEFAULT;
			case WedgePackage.STAKEHOLDER__ABILITY:
				return ability != ABILITY_EDEFAULT;
			case WedgePackage.STAKEHOLDER__REINFORCEMENT:
				return reinforcement != REINFORCEMENT_EDEFAULT;
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
		result.append(" (role: ");
		result.append(role);
		result.append(", group: ");
		result.append(group);
		result.append(", influence: ");
		result.append(influence);
		result.append(", interest: ");
		result.append(interest);
		result.append(", stance: ");
		result.append(stance);
		result.append(", successAnswer: ");
		result.append(successAnswer);
		result.append(", awareness: ");
		result.append(awareness);
		result.append(", desire: ");
		result.append(desire);
		result.append(", knowledge: ");
		result.append(knowledge);
		result.append(", ability: ");
		result.append(ability);
		result.append(", reinforcement: ");
		result.append(reinforcement);
		result.append(')');
		return result.toString();
	}

} //StakeholderImpl
