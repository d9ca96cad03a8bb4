/**
 */
package dev.wedge.model.provider;


import dev.wedge.model.ImportRecord;
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
 * This is the item provider adapter for a {@link dev.wedge.model.ImportRecord} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ImportRecordItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImportRecordItemProvider(AdapterFactory adapterFactory) {
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

			addFormatPropertyDescriptor(object);
			addFileNamePropertyDescriptor(object);
			addSha256PropertyDescriptor(object);
			addImportedAtPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addSettingsPropertyDescriptor(object);
			addMappingPropertyDescriptor(object);
			addRowsReadPropertyDescriptor(object);
			addRowsImportedPropertyDescriptor(object);
			addRowsRefusedPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
			addSubjectKeySaltPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_format_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_format_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__FORMAT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the File Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_fileName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_fileName_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__FILE_NAME,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Sha256 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSha256PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_sha256_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_sha256_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__SHA256,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 new String[] {
					"org.eclipse.ui.views.properties.expert"
				 }));
	}

	/**
	 * This adds a property descriptor for the Imported At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImportedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_importedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_importedAt_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__IMPORTED_AT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
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
				 getString("_UI_ImportRecord_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_source_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__SOURCE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Settings feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSettingsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_settings_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_settings_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__SETTINGS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Mapping feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMappingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_mapping_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_mapping_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__MAPPING,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rows Read feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRowsReadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_rowsRead_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_rowsRead_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__ROWS_READ,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rows Imported feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRowsImportedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_rowsImported_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_rowsImported_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__ROWS_IMPORTED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rows Refused feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRowsRefusedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_rowsRefused_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_rowsRefused_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__ROWS_REFUSED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_notes_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__NOTES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Subject Key Salt feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectKeySaltPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImportRecord_subjectKeySalt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImportRecord_subjectKeySalt_feature", "_UI_ImportRecord_type"),
				 WedgePackage.Literals.IMPORT_RECORD__SUBJECT_KEY_SALT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ImportPropertyCategory"),
				 new String[] {
					"org.eclipse.ui.views.properties.expert"
				 }));
	}

	/**
	 * This returns ImportRecord.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ImportRecord"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		ImportRecord r = (ImportRecord)object;
		String file = r.getFileName() == null || r.getFileName().isEmpty() ? getString("_UI_ImportRecord_type") : r.getFileName();
		String when = r.getImportedAt() == null ? "" : ", " + r.getImportedAt().replace('T', ' ').replaceFirst(":\\d\\d(\\.\\d+)?Z$", " UTC");
		return file + when + " (" + r.getRowsImported() + " of " + r.getRowsRead() + " imported)";
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

		switch (notification.getFeatureID(ImportRecord.class)) {
			case WedgePackage.IMPORT_RECORD__FORMAT:
			case WedgePackage.IMPORT_RECORD__FILE_NAME:
			case WedgePackage.IMPORT_RECORD__SHA256:
			case WedgePackage.IMPORT_RECORD__IMPORTED_AT:
			case WedgePackage.IMPORT_RECORD__SOURCE:
			case WedgePackage.IMPORT_RECORD__SETTINGS:
			case WedgePackage.IMPORT_RECORD__MAPPING:
			case WedgePackage.IMPORT_RECORD__ROWS_READ:
			case WedgePackage.IMPORT_RECORD__ROWS_IMPORTED:
			case WedgePackage.IMPORT_RECORD__ROWS_REFUSED:
			case WedgePackage.IMPORT_RECORD__NOTES:
			case WedgePackage.IMPORT_RECORD__SUBJECT_KEY_SALT:
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
