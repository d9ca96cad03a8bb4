/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Response Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of response to resistance.
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getResponseKind()
 * @model
 * @generated
 */
public enum ResponseKind implements Enumerator {
	/**
	 * The '<em><b>EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	EVIDENCE(0, "EVIDENCE", "EVIDENCE"),

	/**
	 * The '<em><b>REVIEW PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEW_PROCESS(1, "REVIEW_PROCESS", "REVIEW_PROCESS"),

	/**
	 * The '<em><b>EARLY INVOLVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_INVOLVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EARLY_INVOLVEMENT(2, "EARLY_INVOLVEMENT", "EARLY_INVOLVEMENT"),

	/**
	 * The '<em><b>EXPERT REVIEWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_REVIEWER_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT_REVIEWER(3, "EXPERT_REVIEWER", "EXPERT_REVIEWER"),

	/**
	 * The '<em><b>GOVERNANCE PARTNERSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_PARTNERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE_PARTNERSHIP(4, "GOVERNANCE_PARTNERSHIP", "GOVERNANCE_PARTNERSHIP"),

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATION(5, "COMMUNICATION", "COMMUNICATION"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(6, "TRAINING", "TRAINING"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVIDENCE_VALUE = 0;

	/**
	 * The '<em><b>REVIEW PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVIEW_PROCESS_VALUE = 1;

	/**
	 * The '<em><b>EARLY INVOLVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_INVOLVEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EARLY_INVOLVEMENT_VALUE = 2;

	/**
	 * The '<em><b>EXPERT REVIEWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_REVIEWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_REVIEWER_VALUE = 3;

	/**
	 * The '<em><b>GOVERNANCE PARTNERSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_PARTNERSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_PARTNERSHIP_VALUE = 4;

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATION_VALUE = 5;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Response Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ResponseKind[] VALUES_ARRAY =
		new ResponseKind[] {
			EVIDENCE,
			REVIEW_PROCESS,
			EARLY_INVOLVEMENT,
			EXPERT_REVIEWER,
			GOVERNANCE_PARTNERSHIP,
			COMMUNICATION,
			TRAINING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Response Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ResponseKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Response Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResponseKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResponseKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Response Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResponseKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResponseKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Response Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResponseKind get(int value) {
		switch (value) {
			case EVIDENCE_VALUE: return EVIDENCE;
			case REVIEW_PROCESS_VALUE: return REVIEW_PROCESS;
			case EARLY_INVOLVEMENT_VALUE: return EARLY_INVOLVEMENT;
			case EXPERT_REVIEWER_VALUE: return EXPERT_REVIEWER;
			case GOVERNANCE_PARTNERSHIP_VALUE: return GOVERNANCE_PARTNERSHIP;
			case COMMUNICATION_VALUE: return COMMUNICATION;
			case TRAINING_VALUE: return TRAINING;
			case OTHER_VALUE: return OTHER;
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
	private ResponseKind(int value, String name, String literal) {
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
	
} //ResponseKind
