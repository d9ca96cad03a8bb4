/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Stance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a stakeholder stands on the AI work.
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getStance()
 * @model
 * @generated
 */
public enum Stance implements Enumerator {
	/**
	 * The '<em><b>CHAMPION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAMPION_VALUE
	 * @generated
	 * @ordered
	 */
	CHAMPION(0, "CHAMPION", "CHAMPION"),

	/**
	 * The '<em><b>SUPPORTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTER_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORTER(1, "SUPPORTER", "SUPPORTER"),

	/**
	 * The '<em><b>NEUTRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEUTRAL_VALUE
	 * @generated
	 * @ordered
	 */
	NEUTRAL(2, "NEUTRAL", "NEUTRAL"),

	/**
	 * The '<em><b>SKEPTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKEPTIC_VALUE
	 * @generated
	 * @ordered
	 */
	SKEPTIC(3, "SKEPTIC", "SKEPTIC"),

	/**
	 * The '<em><b>OPPONENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPONENT_VALUE
	 * @generated
	 * @ordered
	 */
	OPPONENT(4, "OPPONENT", "OPPONENT");

	/**
	 * The '<em><b>CHAMPION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAMPION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAMPION_VALUE = 0;

	/**
	 * The '<em><b>SUPPORTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORTER_VALUE = 1;

	/**
	 * The '<em><b>NEUTRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEUTRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEUTRAL_VALUE = 2;

	/**
	 * The '<em><b>SKEPTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKEPTIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKEPTIC_VALUE = 3;

	/**
	 * The '<em><b>OPPONENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPONENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPPONENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Stance[] VALUES_ARRAY =
		new Stance[] {
			CHAMPION,
			SUPPORTER,
			NEUTRAL,
			SKEPTIC,
			OPPONENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Stance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Stance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Stance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Stance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Stance get(int value) {
		switch (value) {
			case CHAMPION_VALUE: return CHAMPION;
			case SUPPORTER_VALUE: return SUPPORTER;
			case NEUTRAL_VALUE: return NEUTRAL;
			case SKEPTIC_VALUE: return SKEPTIC;
			case OPPONENT_VALUE: return OPPONENT;
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
	private Stance(int value, String name, String literal) {
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
	
} //Stance
