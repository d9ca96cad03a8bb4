/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.Pilot;
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
 * This is the item provider adapter for a {@link dev.wedge.model.Pilot} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PilotItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PilotItemProvider(AdapterFactory adapterFactory) {
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

			addBusinessProblemPropertyDescriptor(object);
			addProblemKindPropertyDescriptor(object);
			addSponsorPropertyDescriptor(object);
			addInitiativePropertyDescriptor(object);
			addPrimaryMetricPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addDurationWeeksPropertyDescriptor(object);
			addDurationReasonPropertyDescriptor(object);
			addDesignPropertyDescriptor(object);
			addParticipantsPropertyDescriptor(object);
			addComparisonSizePropertyDescriptor(object);
			addTargetEffectPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addFrozenOnPropertyDescriptor(object);
			addDecisionPropertyDescriptor(object);
			addDecisionRationalePropertyDescriptor(object);
			addDecisionDatePropertyDescriptor(object);
			addEarlyStopReasonPropertyDescriptor(object);
			addPlannedToApplyPropertyDescriptor(object);
			addProgramCostPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Business Problem feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBusinessProblemPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_businessProblem_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_businessProblem_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__BUSINESS_PROBLEM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BusinessproblemPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Problem Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProblemKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_problemKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_problemKind_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__PROBLEM_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BusinessproblemPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Sponsor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSponsorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_sponsor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_sponsor_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__SPONSOR,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_BusinessproblemPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Initiative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInitiativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_initiative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_initiative_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__INITIATIVE,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_BusinessproblemPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary Metric feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimaryMetricPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_primaryMetric_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_primaryMetric_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__PRIMARY_METRIC,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_BusinessproblemPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_startDate_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SixweeksPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration Weeks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationWeeksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_durationWeeks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_durationWeeks_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__DURATION_WEEKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SixweeksPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_durationReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_durationReason_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__DURATION_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SixweeksPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Design feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesignPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_design_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_design_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__DESIGN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DesignandsamplesizePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Participants feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParticipantsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_participants_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_participants_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__PARTICIPANTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_DesignandsamplesizePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Comparison Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addComparisonSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_comparisonSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_comparisonSize_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__COMPARISON_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_DesignandsamplesizePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Effect feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetEffectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_targetEffect_feature"),
				 getString("_UI_Pilot_targetEffect_description"),
				 WedgePackage.Literals.PILOT__TARGET_EFFECT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_DesignandsamplesizePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_status_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SuccesscriteriaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Frozen On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrozenOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_frozenOn_feature"),
				 getString("_UI_Pilot_frozenOn_description"),
				 WedgePackage.Literals.PILOT__FROZEN_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SuccesscriteriaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_decision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_decision_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__DECISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StagegatePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_decisionRationale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_decisionRationale_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__DECISION_RATIONALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StagegatePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_decisionDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_decisionDate_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__DECISION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StagegatePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Early Stop Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEarlyStopReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_earlyStopReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_earlyStopReason_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__EARLY_STOP_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StagegatePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned To Apply feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedToApplyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_plannedToApply_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_plannedToApply_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__PLANNED_TO_APPLY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ScraplearningPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Program Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgramCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Pilot_programCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Pilot_programCost_feature", "_UI_Pilot_type"),
				 WedgePackage.Literals.PILOT__PROGRAM_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ScraplearningPropertyCategory"),
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
			childrenFeatures.add(WedgePackage.Literals.PILOT__CRITERIA);
			childrenFeatures.add(WedgePackage.Literals.PILOT__REBASELINES);
			childrenFeatures.add(WedgePackage.Literals.PILOT__COSTS);
			childrenFeatures.add(WedgePackage.Literals.PILOT__BENEFITS);
			childrenFeatures.add(WedgePackage.Literals.PILOT__OVERRIDES);
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
	 * This returns Pilot.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Pilot"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		String label = ((Pilot)object).getName();
		return label == null || label.isBlank() ? getString("_UI_Pilot_type") : label;
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

		switch (notification.getFeatureID(Pilot.class)) {
			case WedgePackage.PILOT__BUSINESS_PROBLEM:
			case WedgePackage.PILOT__PROBLEM_KIND:
			case WedgePackage.PILOT__START_DATE:
			case WedgePackage.PILOT__DURATION_WEEKS:
			case WedgePackage.PILOT__DURATION_REASON:
			case WedgePackage.PILOT__DESIGN:
			case WedgePackage.PILOT__PARTICIPANTS:
			case WedgePackage.PILOT__COMPARISON_SIZE:
			case WedgePackage.PILOT__TARGET_EFFECT:
			case WedgePackage.PILOT__STATUS:
			case WedgePackage.PILOT__FROZEN_ON:
			case WedgePackage.PILOT__DECISION:
			case WedgePackage.PILOT__DECISION_RATIONALE:
			case WedgePackage.PILOT__DECISION_DATE:
			case WedgePackage.PILOT__EARLY_STOP_REASON:
			case WedgePackage.PILOT__PLANNED_TO_APPLY:
			case WedgePackage.PILOT__PROGRAM_COST:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WedgePackage.PILOT__CRITERIA:
			case WedgePackage.PILOT__REBASELINES:
			case WedgePackage.PILOT__COSTS:
			case WedgePackage.PILOT__BENEFITS:
			case WedgePackage.PILOT__OVERRIDES:
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
				(WedgePackage.Literals.PILOT__CRITERIA,
				 WedgeFactory.eINSTANCE.createSuccessCriterion()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.PILOT__REBASELINES,
				 WedgeFactory.eINSTANCE.createRebaseline()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.PILOT__COSTS,
				 WedgeFactory.eINSTANCE.createCostLine()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.PILOT__BENEFITS,
				 WedgeFactory.eINSTANCE.createBenefitLine()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.PILOT__OVERRIDES,
				 WedgeFactory.eINSTANCE.createDecisionOverride()));
	}

}
