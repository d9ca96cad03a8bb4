/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.BusinessMetric;
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
 * This is the item provider adapter for a {@link dev.wedge.model.BusinessMetric} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BusinessMetricItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessMetricItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addDirectionPropertyDescriptor(object);
			addGoalPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addBaselinePropertyDescriptor(object);
			addBaselineDatePropertyDescriptor(object);
			addTargetPropertyDescriptor(object);
			addTargetDatePropertyDescriptor(object);
			addValuePerUnitPropertyDescriptor(object);
			addCadenceDaysPropertyDescriptor(object);
			addStandardDeviationPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_kind_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_MetricPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_unit_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_MetricPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Direction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDirectionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_direction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_direction_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__DIRECTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_MetricPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGoalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_goal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_goal_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__GOAL,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_MetricPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_owner_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__OWNER,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_MetricPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_baseline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_baseline_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__BASELINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BaselineandtargetPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselineDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_baselineDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_baselineDate_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__BASELINE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BaselineandtargetPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_target_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_target_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__TARGET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BaselineandtargetPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_targetDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BusinessMetric_targetDate_feature", "_UI_BusinessMetric_type"),
				 WedgePackage.Literals.BUSINESS_METRIC__TARGET_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BaselineandtargetPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Value Per Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValuePerUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_valuePerUnit_feature"),
				 getString("_UI_BusinessMetric_valuePerUnit_description"),
				 WedgePackage.Literals.BUSINESS_METRIC__VALUE_PER_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_MeasuringPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Cadence Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCadenceDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_cadenceDays_feature"),
				 getString("_UI_BusinessMetric_cadenceDays_description"),
				 WedgePackage.Literals.BUSINESS_METRIC__CADENCE_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_MeasuringPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Standard Deviation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStandardDeviationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BusinessMetric_standardDeviation_feature"),
				 getString("_UI_BusinessMetric_standardDeviation_description"),
				 WedgePackage.Literals.BUSINESS_METRIC__STANDARD_DEVIATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_MeasuringPropertyCategory"),
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
			childrenFeatures.add(WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS);
			childrenFeatures.add(WedgePackage.Literals.BUSINESS_METRIC__IMPORTS);
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
	 * This returns BusinessMetric.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/BusinessMetric"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		String label = ((BusinessMetric)object).getName();
		return label == null || label.isBlank() ? getString("_UI_BusinessMetric_type") : label;
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

		switch (notification.getFeatureID(BusinessMetric.class)) {
			case WedgePackage.BUSINESS_METRIC__KIND:
			case WedgePackage.BUSINESS_METRIC__UNIT:
			case WedgePackage.BUSINESS_METRIC__DIRECTION:
			case WedgePackage.BUSINESS_METRIC__BASELINE:
			case WedgePackage.BUSINESS_METRIC__BASELINE_DATE:
			case WedgePackage.BUSINESS_METRIC__TARGET:
			case WedgePackage.BUSINESS_METRIC__TARGET_DATE:
			case WedgePackage.BUSINESS_METRIC__VALUE_PER_UNIT:
			case WedgePackage.BUSINESS_METRIC__CADENCE_DAYS:
			case WedgePackage.BUSINESS_METRIC__STANDARD_DEVIATION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WedgePackage.BUSINESS_METRIC__MEASUREMENTS:
			case WedgePackage.BUSINESS_METRIC__IMPORTS:
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
				(WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS,
				 WedgeFactory.eINSTANCE.createMeasurement()));
	}

}
