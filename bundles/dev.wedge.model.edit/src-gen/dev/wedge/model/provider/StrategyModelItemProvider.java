/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.StrategyModel;
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
 * This is the item provider adapter for a {@link dev.wedge.model.StrategyModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StrategyModelItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategyModelItemProvider(AdapterFactory adapterFactory) {
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

			addOrganizationPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addTimeZonePropertyDescriptor(object);
			addDisabledAnalysesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Organization feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganizationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategyModel_organization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StrategyModel_organization_feature", "_UI_StrategyModel_type"),
				 WedgePackage.Literals.STRATEGY_MODEL__ORGANIZATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_GeneralPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategyModel_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StrategyModel_formatVersion_feature", "_UI_StrategyModel_type"),
				 WedgePackage.Literals.STRATEGY_MODEL__FORMAT_VERSION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_InternalPropertyCategory"),
				 new String[] {
					"org.eclipse.ui.views.properties.expert"
				 }));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategyModel_currency_feature"),
				 getString("_UI_StrategyModel_currency_description"),
				 WedgePackage.Literals.STRATEGY_MODEL__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Time Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeZonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategyModel_timeZone_feature"),
				 getString("_UI_StrategyModel_timeZone_description"),
				 WedgePackage.Literals.STRATEGY_MODEL__TIME_ZONE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Disabled Analyses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDisabledAnalysesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategyModel_disabledAnalyses_feature"),
				 getString("_UI_StrategyModel_disabledAnalyses_description"),
				 WedgePackage.Literals.STRATEGY_MODEL__DISABLED_ANALYSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
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
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__GOALS);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__METRICS);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__INITIATIVES);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__PILOTS);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__STAKEHOLDERS);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__GOVERNANCE);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__MATURITY);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS);
			childrenFeatures.add(WedgePackage.Literals.STRATEGY_MODEL__IMPORT_SOURCES);
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
	 * This returns StrategyModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/StrategyModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		String label = ((StrategyModel)object).getName();
		return label == null || label.isBlank() ? getString("_UI_StrategyModel_type") : label;
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

		switch (notification.getFeatureID(StrategyModel.class)) {
			case WedgePackage.STRATEGY_MODEL__ORGANIZATION:
			case WedgePackage.STRATEGY_MODEL__FORMAT_VERSION:
			case WedgePackage.STRATEGY_MODEL__CURRENCY:
			case WedgePackage.STRATEGY_MODEL__TIME_ZONE:
			case WedgePackage.STRATEGY_MODEL__DISABLED_ANALYSES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WedgePackage.STRATEGY_MODEL__GOALS:
			case WedgePackage.STRATEGY_MODEL__METRICS:
			case WedgePackage.STRATEGY_MODEL__INITIATIVES:
			case WedgePackage.STRATEGY_MODEL__PILOTS:
			case WedgePackage.STRATEGY_MODEL__STAKEHOLDERS:
			case WedgePackage.STRATEGY_MODEL__GOVERNANCE:
			case WedgePackage.STRATEGY_MODEL__MATURITY:
			case WedgePackage.STRATEGY_MODEL__EXTENSIONS:
			case WedgePackage.STRATEGY_MODEL__IMPORT_SOURCES:
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
				(WedgePackage.Literals.STRATEGY_MODEL__GOALS,
				 WedgeFactory.eINSTANCE.createBusinessGoal()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STRATEGY_MODEL__METRICS,
				 WedgeFactory.eINSTANCE.createBusinessMetric()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STRATEGY_MODEL__INITIATIVES,
				 WedgeFactory.eINSTANCE.createInitiative()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STRATEGY_MODEL__PILOTS,
				 WedgeFactory.eINSTANCE.createPilot()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STRATEGY_MODEL__STAKEHOLDERS,
				 WedgeFactory.eINSTANCE.createStakeholder()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STRATEGY_MODEL__GOVERNANCE,
				 WedgeFactory.eINSTANCE.createGovernance()));

		newChildDescriptors.add
			(createChildParameter
				(WedgePackage.Literals.STRATEGY_MODEL__MATURITY,
				 WedgeFactory.eINSTANCE.createMaturityAssessment()));
	}

}
