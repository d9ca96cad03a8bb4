/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Maturity Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How long the team has used AI (survey: 27% never, 46% recently, 27% for years).
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getMaturityStage()
 * @model
 * @generated
 */
public enum MaturityStage implements Enumerator {
	/**
	 * The '<em><b>NEVER STARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEVER_STARTED_VALUE
	 * @generated
	 * @ordered
	 */
	NEVER_STARTED(0, "NEVER_STARTED", "NEVER_STARTED"),

	/**
	 * The '<em><b>RECENTLY STARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECENTLY_STARTED_VALUE
	 * @generated
	 * @ordered
	 */
	RECENTLY_STARTED(1, "RECENTLY_STARTED", "RECENTLY_STARTED"),

	/**
	 * The '<em><b>FOR YEARS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOR_YEARS_VALUE
	 * @generated
	 * @ordered
	 */
	FOR_YEARS(2, "FOR_YEARS", "FOR_YEARS");

	/**
	 * The '<em><b>NEVER STARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEVER_STARTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEVER_STARTED_VALUE = 0;

	/**
	 * The '<em><b>RECENTLY STARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECENTLY_STARTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECENTLY_STARTED_VALUE = 1;

	/**
	 * The '<em><b>FOR YEARS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOR_YEARS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOR_YEARS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Maturity Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MaturityStage[] VALUES_ARRAY =
		new MaturityStage[] {
			NEVER_STARTED,
			RECENTLY_STARTED,
			FOR_YEARS,
		};

	/**
	 * A public read-only list of all the '<em><b>Maturity Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MaturityStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Maturity Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaturityStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaturityStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Maturity Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaturityStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaturityStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Maturity Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaturityStage get(int value) {
		switch (value) {
			case NEVER_STARTED_VALUE: return NEVER_STARTED;
			case RECENTLY_STARTED_VALUE: return RECENTLY_STARTED;
			case FOR_YEARS_VALUE: return FOR_YEARS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MaturityStage(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MaturityStage
