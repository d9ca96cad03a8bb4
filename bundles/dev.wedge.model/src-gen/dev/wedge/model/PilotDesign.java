/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pilot Design</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a pilot isolates its effect.
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getPilotDesign()
 * @model
 * @generated
 */
public enum PilotDesign implements Enumerator {
	/**
	 * The '<em><b>PRE POST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_POST_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_POST(0, "PRE_POST", "PRE_POST"),

	/**
	 * The '<em><b>COMPARISON GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARISON_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARISON_GROUP(1, "COMPARISON_GROUP", "COMPARISON_GROUP"),

	/**
	 * The '<em><b>DIFFERENCE IN DIFFERENCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFFERENCE_IN_DIFFERENCES_VALUE
	 * @generated
	 * @ordered
	 */
	DIFFERENCE_IN_DIFFERENCES(2, "DIFFERENCE_IN_DIFFERENCES", "DIFFERENCE_IN_DIFFERENCES");

	/**
	 * The '<em><b>PRE POST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_POST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_POST_VALUE = 0;

	/**
	 * The '<em><b>COMPARISON GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARISON_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPARISON_GROUP_VALUE = 1;

	/**
	 * The '<em><b>DIFFERENCE IN DIFFERENCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFFERENCE_IN_DIFFERENCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIFFERENCE_IN_DIFFERENCES_VALUE = 2;

	/**
	 * An array of all the '<em><b>Pilot Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PilotDesign[] VALUES_ARRAY =
		new PilotDesign[] {
			PRE_POST,
			COMPARISON_GROUP,
			DIFFERENCE_IN_DIFFERENCES,
		};

	/**
	 * A public read-only list of all the '<em><b>Pilot Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PilotDesign> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pilot Design</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PilotDesign get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PilotDesign result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pilot Design</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PilotDesign getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PilotDesign result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pilot Design</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PilotDesign get(int value) {
		switch (value) {
			case PRE_POST_VALUE: return PRE_POST;
			case COMPARISON_GROUP_VALUE: return COMPARISON_GROUP;
			case DIFFERENCE_IN_DIFFERENCES_VALUE: return DIFFERENCE_IN_DIFFERENCES;
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
	private PilotDesign(int value, String name, String literal) {
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
	
} //PilotDesign
