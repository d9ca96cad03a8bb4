/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.wedge.model.Stakeholder} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StakeholderItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StakeholderItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addRolePropertyDescriptor(object);
			addGroupPropertyDescriptor(object);
			addInfluencePropertyDescriptor(object);
			addInterestPropertyDescriptor(object);
			addStancePropertyDescriptor(object);
			addSuccessAnswerPropertyDescriptor(object);
			addAwarenessPropertyDescriptor(object);
			addDesirePropertyDescriptor(object);
			addKnowledgePropertyDescriptor(object);
			addAbilityPropertyDescriptor(object);
			addReinforcementPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Role feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_role_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_role_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__ROLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StakeholderPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_group_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_group_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StakeholderPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Influence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInfluencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_influence_feature"),
				 getString("_UI_Stakeholder_influence_description"),
				 WedgePackage.Literals.STAKEHOLDER__INFLUENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_StakeholderPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Interest feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInterestPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_interest_feature"),
				 getString("_UI_Stakeholder_interest_description"),
				 WedgePackage.Literals.STAKEHOLDER__INTEREST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_StakeholderPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Stance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_stance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_stance_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__STANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StakeholderPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Success Answer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSuccessAnswerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_successAnswer_feature"),
				 getString("_UI_Stakeholder_successAnswer_description"),
				 WedgePackage.Literals.STAKEHOLDER__SUCCESS_ANSWER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StakeholderPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Awareness feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAwarenessPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_awareness_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_awareness_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__AWARENESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ADKAR1to5PropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Desire feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesirePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_desire_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_desire_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__DESIRE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ADKAR1to5PropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Knowledge feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKnowledgePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_knowledge_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_knowledge_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__KNOWLEDGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ADKAR1to5PropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Ability feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAbilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_ability_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_ability_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__ABILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ADKAR1to5PropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Reinforcement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReinforcementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Stakeholder_reinforcement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Stakeholder_reinforcement_feature", "_UI_Stakeholder_type"),
				 WedgePackage.Literals.STAKEHOLDER__REINFORCEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ADKAR1to5PropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(WedgePackage.Literals.STAKEHOLDER__CONCERNS);
			childrenFeatures.add(WedgePackage.Literals.STAKEHOLDER__ACTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Stakeholder.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Stakeholder"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		String label = ((Stakeholder)object).getName();
		return label == null || label.isBlank() ? getString("_UI_Stakeholder_type") : label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Stakeholder.class)) {
			case WedgePackage.STAKEHOLDER__ROLE:
			case WedgePackage.STAKEHOLDER__GROUP:
			case WedgePackage.STAKEHOLDER__INFLUENCE:
			case WedgePackage.STAKEHOLDER__INTEREST:
			case WedgePackage.STAKEHOLDER__STANCE:
			case WedgePackage.STAKEHOLDER__SUCCESS_ANSWER:
			case WedgePackage.STAKEHOLDER__AWARENESS:
			case WedgePackage.STAKEHOLDER__DESIRE:
			case WedgePackage.STAKEHOLDER__KNOWLEDGE:
			case WedgePackage.STAKEHOLDER__ABILITY:
			case WedgePackage.STAKEHOLDER__REINFORCEMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WedgePackage.STAKEHOLDER__CONCERNS:
			case WedgePackage.STAKEHOLDER__ACTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STAKEHOLDER__CONCERNS,
				 WedgeFactory.eINSTANCE.createConcern()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STAKEHOLDER__ACTIONS,
				 WedgeFactory.eINSTANCE.createResponseAction()));
	}

}
