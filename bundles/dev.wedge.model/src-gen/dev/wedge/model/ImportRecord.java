/**
 */
package dev.wedge.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The provenance of one import: the file and its SHA-256, when, how it was read (the settings confirmed), the column roles and cohort mapping, and the rows read, imported and refused.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.wedge.model.ImportRecord#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getFileName <em>File Name</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getSource <em>Source</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getSettings <em>Settings</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getMapping <em>Mapping</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getRowsRead <em>Rows Read</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getRowsImported <em>Rows Imported</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getRowsRefused <em>Rows Refused</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getNotes <em>Notes</em>}</li>
 *   <li>{@link dev.wedge.model.ImportRecord#getSubjectKeySalt <em>Subject Key Salt</em>}</li>
 * </ul>
 *
 * @see dev.wedge.model.WedgePackage#getImportRecord()
 * @model
 * @generated
 */
public interface ImportRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.wedge.model.ImportFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see dev.wedge.model.ImportFormat
	 * @see #setFormat(ImportFormat)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_Format()
	 * @model
	 * @generated
	 */
	ImportFormat getFormat();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see dev.wedge.model.ImportFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ImportFormat value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the file read (without its folder).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the file's bytes, in hex: which version of the file was read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the import was made: an ISO 8601 instant in UTC (2026-04-02T09:15:00Z).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_ImportedAt()
	 * @model
	 * @generated
	 */
	String getImportedAt();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source the file came from (an ImportSource's name), whose cohort mapping was used and remembered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the file was read, as confirmed: encoding, separator, decimal style, date order, score and verbs (one line).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' attribute.
	 * @see #setSettings(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_Settings()
	 * @model
	 * @generated
	 */
	String getSettings();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getSettings <em>Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' attribute.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(String value);

	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which column (or statement property) gave the date, value, cohort, subject and note, and how cohort values were mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' attribute.
	 * @see #setMapping(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_Mapping()
	 * @model
	 * @generated
	 */
	String getMapping();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getMapping <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' attribute.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(String value);

	/**
	 * Returns the value of the '<em><b>Rows Read</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows Read</em>' attribute.
	 * @see #setRowsRead(int)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_RowsRead()
	 * @model
	 * @generated
	 */
	int getRowsRead();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getRowsRead <em>Rows Read</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows Read</em>' attribute.
	 * @see #getRowsRead()
	 * @generated
	 */
	void setRowsRead(int value);

	/**
	 * Returns the value of the '<em><b>Rows Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows Imported</em>' attribute.
	 * @see #setRowsImported(int)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_RowsImported()
	 * @model
	 * @generated
	 */
	int getRowsImported();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getRowsImported <em>Rows Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows Imported</em>' attribute.
	 * @see #getRowsImported()
	 * @generated
	 */
	void setRowsImported(int value);

	/**
	 * Returns the value of the '<em><b>Rows Refused</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows Refused</em>' attribute.
	 * @see #setRowsRefused(int)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_RowsRefused()
	 * @model
	 * @generated
	 */
	int getRowsRefused();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getRowsRefused <em>Rows Refused</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows Refused</em>' attribute.
	 * @see #getRowsRefused()
	 * @generated
	 */
	void setRowsRefused(int value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What else the reader noticed and the user accepted (timestamps without an offset read as UTC, a partial statement page, values flagged as implausible and imported anyway).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see dev.wedge.model.WedgePackage#getImportRecord_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

	/**
	 * Returns the value of the '<em><b>Subject Key Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fingerprint of the secret salt the subject keys were made with (never the salt itself, which stays outside the file); empty when no subject was imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Key Salt</em>' attribute.
	 * @see #setSubjectKeySalt(String)
	 * @see dev.wedge.model.WedgePackage#getImportRecord_SubjectKeySalt()
	 * @model
	 * @generated
	 */
	String getSubjectKeySalt();

	/**
	 * Sets the value of the '{@link dev.wedge.model.ImportRecord#getSubjectKeySalt <em>Subject Key Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Key Salt</em>' attribute.
	 * @see #getSubjectKeySalt()
	 * @generated
	 */
	void setSubjectKeySalt(String value);

} // ImportRecord
