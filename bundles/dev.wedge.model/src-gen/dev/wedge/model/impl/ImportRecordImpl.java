/**
 */
package dev.wedge.model.impl;

import dev.wedge.model.ImportFormat;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.WedgePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getSource <em>Source</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getRowsRead <em>Rows Read</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getRowsImported <em>Rows Imported</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getRowsRefused <em>Rows Refused</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link dev.wedge.model.impl.ImportRecordImpl#getSubjectKeySalt <em>Subject Key Salt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportRecordImpl extends IdentifiedImpl implements ImportRecord {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final ImportFormat FORMAT_EDEFAULT = ImportFormat.CSV;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected ImportFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected String importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSettings() <em>Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected static final String SETTINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected String settings = SETTINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMapping() <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected static final String MAPPING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected String mapping = MAPPING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowsRead() <em>Rows Read</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsRead()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_READ_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRowsRead() <em>Rows Read</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsRead()
	 * @generated
	 * @ordered
	 */
	protected int rowsRead = ROWS_READ_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowsImported() <em>Rows Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsImported()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_IMPORTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRowsImported() <em>Rows Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsImported()
	 * @generated
	 * @ordered
	 */
	protected int rowsImported = ROWS_IMPORTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowsRefused() <em>Rows Refused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsRefused()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_REFUSED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRowsRefused() <em>Rows Refused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowsRefused()
	 * @generated
	 * @ordered
	 */
	protected int rowsRefused = ROWS_REFUSED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> notes;

	/**
	 * The default value of the '{@link #getSubjectKeySalt() <em>Subject Key Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKeySalt()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_KEY_SALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectKeySalt() <em>Subject Key Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKeySalt()
	 * @generated
	 * @ordered
	 */
	protected String subjectKeySalt = SUBJECT_KEY_SALT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WedgePackage.Literals.IMPORT_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ImportFormat newFormat) {
		ImportFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(String newImportedAt) {
		String oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(String newSettings) {
		String oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__SETTINGS, oldSettings, settings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(String newMapping) {
		String oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRowsRead() {
		return rowsRead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsRead(int newRowsRead) {
		int oldRowsRead = rowsRead;
		rowsRead = newRowsRead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__ROWS_READ, oldRowsRead, rowsRead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRowsImported() {
		return rowsImported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsImported(int newRowsImported) {
		int oldRowsImported = rowsImported;
		rowsImported = newRowsImported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__ROWS_IMPORTED, oldRowsImported, rowsImported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRowsRefused() {
		return rowsRefused;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowsRefused(int newRowsRefused) {
		int oldRowsRefused = rowsRefused;
		rowsRefused = newRowsRefused;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__ROWS_REFUSED, oldRowsRefused, rowsRefused));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeUniqueEList<String>(String.class, this, WedgePackage.IMPORT_RECORD__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectKeySalt() {
		return subjectKeySalt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectKeySalt(String newSubjectKeySalt) {
		String oldSubjectKeySalt = subjectKeySalt;
		subjectKeySalt = newSubjectKeySalt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WedgePackage.IMPORT_RECORD__SUBJECT_KEY_SALT, oldSubjectKeySalt, subjectKeySalt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WedgePackage.IMPORT_RECORD__FORMAT:
				return getFormat();
			case WedgePackage.IMPORT_RECORD__FILE_NAME:
				return getFileName();
			case WedgePackage.IMPORT_RECORD__SHA256:
				return getSha256();
			case WedgePackage.IMPORT_RECORD__IMPORTED_AT:
				return getImportedAt();
			case WedgePackage.IMPORT_RECORD__SOURCE:
				return getSource();
			case WedgePackage.IMPORT_RECORD__SETTINGS:
				return getSettings();
			case WedgePackage.IMPORT_RECORD__MAPPING:
				return getMapping();
			case WedgePackage.IMPORT_RECORD__ROWS_READ:
				return getRowsRead();
			case WedgePackage.IMPORT_RECORD__ROWS_IMPORTED:
				return getRowsImported();
			case WedgePackage.IMPORT_RECORD__ROWS_REFUSED:
				return getRowsRefused();
			case WedgePackage.IMPORT_RECORD__NOTES:
				return getNotes();
			case WedgePackage.IMPORT_RECORD__SUBJECT_KEY_SALT:
				return getSubjectKeySalt();
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
			case WedgePackage.IMPORT_RECORD__FORMAT:
				setFormat((ImportFormat)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__FILE_NAME:
				setFileName((String)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__SHA256:
				setSha256((String)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__IMPORTED_AT:
				setImportedAt((String)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__SOURCE:
				setSource((String)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__SETTINGS:
				setSettings((String)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__MAPPING:
				setMapping((String)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__ROWS_READ:
				setRowsRead((Integer)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__ROWS_IMPORTED:
				setRowsImported((Integer)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__ROWS_REFUSED:
				setRowsRefused((Integer)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
			case WedgePackage.IMPORT_RECORD__SUBJECT_KEY_SALT:
				setSubjectKeySalt((String)newValue);
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
			case WedgePackage.IMPORT_RECORD__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__SETTINGS:
				setSettings(SETTINGS_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__MAPPING:
				setMapping(MAPPING_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__ROWS_READ:
				setRowsRead(ROWS_READ_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__ROWS_IMPORTED:
				setRowsImported(ROWS_IMPORTED_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__ROWS_REFUSED:
				setRowsRefused(ROWS_REFUSED_EDEFAULT);
				return;
			case WedgePackage.IMPORT_RECORD__NOTES:
				getNotes().clear();
				return;
			case WedgePackage.IMPORT_RECORD__SUBJECT_KEY_SALT:
				setSubjectKeySalt(SUBJECT_KEY_SALT_EDEFAULT);
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
			case WedgePackage.IMPORT_RECORD__FORMAT:
				return format != FORMAT_EDEFAULT;
			case WedgePackage.IMPORT_RECORD__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case WedgePackage.IMPORT_RECORD__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case WedgePackage.IMPORT_RECORD__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case WedgePackage.IMPORT_RECORD__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case WedgePackage.IMPORT_RECORD__SETTINGS:
				return SETTINGS_EDEFAULT == null ? settings != null : !SETTINGS_EDEFAULT.equals(settings);
			case WedgePackage.IMPORT_RECORD__MAPPING:
				return MAPPING_EDEFAULT == null ? mapping != null : !MAPPING_EDEFAULT.equals(mapping);
			case WedgePackage.IMPORT_RECORD__ROWS_READ:
				return rowsRead != ROWS_READ_EDEFAULT;
			case WedgePackage.IMPORT_RECORD__ROWS_IMPORTED:
				return rowsImported != ROWS_IMPORTED_EDEFAULT;
			case WedgePackage.IMPORT_RECORD__ROWS_REFUSED:
				return rowsRefused != ROWS_REFUSED_EDEFAULT;
			case WedgePackage.IMPORT_RECORD__NOTES:
				return notes != null && !notes.isEmpty();
			case WedgePackage.IMPORT_RECORD__SUBJECT_KEY_SALT:
				return SUBJECT_KEY_SALT_EDEFAULT == null ? subjectKeySalt != null : !SUBJECT_KEY_SALT_EDEFAULT.equals(subjectKeySalt);
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
		result.append(" (format: ");
		result.append(format);
		result.append(", fileName: ");
		result.append(fileName);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", source: ");
		result.append(source);
		result.append(", settings: ");
		result.append(settings);
		result.append(", mapping: ");
		result.append(mapping);
		result.append(", rowsRead: ");
		result.append(rowsRead);
		result.append(", rowsImported: ");
		result.append(rowsImported);
		result.append(", rowsRefused: ");
		result.append(rowsRefused);
		result.append(", notes: ");
		result.append(notes);
		result.append(", subjectKeySalt: ");
		result.append(subjectKeySalt);
		result.append(')');
		return result.toString();
	}

} //ImportRecordImpl
