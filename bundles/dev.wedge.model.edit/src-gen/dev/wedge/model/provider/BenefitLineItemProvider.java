/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.BenefitLine;
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
 * This is the item provider adapter for a {@link dev.wedge.model.BenefitLine} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BenefitLineItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BenefitLineItemProvider(AdapterFactory adapterFactory) {
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
			addUnitsChangePropertyDescriptor(object);
			addAnnualValuePropertyDescriptor(object);
			addConfidencePropertyDescriptor(object);
			addIsolationPropertyDescriptor(object);
			addVolumePropertyDescriptor(object);
			addVolumeUnitPropertyDescriptor(object);
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
				 getString("_UI_BenefitLine_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BenefitLine_description_feature", "_UI_BenefitLine_type"),
				 WedgePackage.Literals.BENEFIT_LINE__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BenefitPropertyCategory"),
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
				 getString("_UI_BenefitLine_metric_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BenefitLine_metric_feature", "_UI_BenefitLine_type"),
				 WedgePackage.Literals.BENEFIT_LINE__METRIC,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_BenefitPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Units Change feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitsChangePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BenefitLine_unitsChange_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BenefitLine_unitsChange_feature", "_UI_BenefitLine_type"),
				 WedgePackage.Literals.BENEFIT_LINE__UNITS_CHANGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BenefitPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Annual Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnnualValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BenefitLine_annualValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BenefitLine_annualValue_feature", "_UI_BenefitLine_type"),
				 WedgePackage.Literals.BENEFIT_LINE__ANNUAL_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_BenefitPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Confidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BenefitLine_confidence_feature"),
				 getString("_UI_BenefitLine_confidence_description"),
				 WedgePackage.Literals.BENEFIT_LINE__CONFIDENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_BenefitPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Isolation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIsolationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BenefitLine_isolation_feature"),
				 getString("_UI_BenefitLine_isolation_description"),
				 WedgePackage.Literals.BENEFIT_LINE__ISOLATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_BenefitPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Volume feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVolumePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BenefitLine_volume_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BenefitLine_volume_feature", "_UI_BenefitLine_type"),
				 WedgePackage.Literals.BENEFIT_LINE__VOLUME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Volume Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVolumeUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BenefitLine_volumeUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BenefitLine_volumeUnit_feature", "_UI_BenefitLine_type"),
				 WedgePackage.Literals.BENEFIT_LINE__VOLUME_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns BenefitLine.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/BenefitLine"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		BenefitLine line = (BenefitLine)object;
		return line.getDescription() == null ? getString("_UI_BenefitLine_type") : line.getDescription();
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

		switch (notification.getFeatureID(BenefitLine.class)) {
			case WedgePackage.BENEFIT_LINE__DESCRIPTION:
			case WedgePackage.BENEFIT_LINE__UNITS_CHANGE:
			case WedgePackage.BENEFIT_LINE__ANNUAL_VALUE:
			case WedgePackage.BENEFIT_LINE__CONFIDENCE:
			case WedgePackage.BENEFIT_LINE__ISOLATION:
			case WedgePackage.BENEFIT_LINE__VOLUME:
			case WedgePackage.BENEFIT_LINE__VOLUME_UNIT:
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
