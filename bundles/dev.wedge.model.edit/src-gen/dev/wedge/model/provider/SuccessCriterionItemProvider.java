/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.wedge.model.SuccessCriterion} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SuccessCriterionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SuccessCriterionItemProvider(AdapterFactory adapterFactory) {
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

			addDescriptionPropertyDescriptor(object);
			addMetricPropertyDescriptor(object);
			addComparatorPropertyDescriptor(object);
			addThresholdPropertyDescriptor(object);
			addAgreedByPropertyDescriptor(object);
			addAgreedOnPropertyDescriptor(object);
			addLastEditedOnPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addRulePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_description_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_CriterionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Metric feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMetricPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_metric_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_metric_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__METRIC,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_CriterionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Comparator feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addComparatorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_comparator_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_comparator_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__COMPARATOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_CriterionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_threshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_threshold_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_CriterionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Agreed By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgreedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_agreedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_agreedBy_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__AGREED_BY,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_AgreementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Agreed On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgreedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_agreedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_agreedOn_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__AGREED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_AgreementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Edited On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastEditedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_lastEditedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_lastEditedOn_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__LAST_EDITED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_AgreementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_source_feature"),
				 getString("_UI_SuccessCriterion_source_description"),
				 WedgePackage.Literals.SUCCESS_CRITERION__SOURCE,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_AgreementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SuccessCriterion_rule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SuccessCriterion_rule_feature", "_UI_SuccessCriterion_type"),
				 WedgePackage.Literals.SUCCESS_CRITERION__RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_CriterionPropertyCategory"),
				 null));
	}

	/**
	 * This returns SuccessCriterion.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SuccessCriterion"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		SuccessCriterion c = (SuccessCriterion)object;
		if (c.getDescription() != null && !c.getDescription().isEmpty()) {
			return c.getDescription();
		}
		String metric = c.getMetric() == null ? "?" : c.getMetric().getName();
		String comparator = c.getComparator() == null ? "" : getString("_UI_Comparator_" + c.getComparator().getName() + "_literal");
		return metric + " " + comparator + " " + c.getThreshold();
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

		switch (notification.getFeatureID(SuccessCriterion.class)) {
			case WedgePackage.SUCCESS_CRITERION__DESCRIPTION:
			case WedgePackage.SUCCESS_CRITERION__COMPARATOR:
			case WedgePackage.SUCCESS_CRITERION__THRESHOLD:
			case WedgePackage.SUCCESS_CRITERION__AGREED_ON:
			case WedgePackage.SUCCESS_CRITERION__LAST_EDITED_ON:
			case WedgePackage.SUCCESS_CRITERION__RULE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
