/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Problem Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of talent problem a business leader loses sleep over.
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getProblemKind()
 * @model
 * @generated
 */
public enum ProblemKind implements Enumerator {
	/**
	 * The '<em><b>PRODUCT LAUNCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_LAUNCH_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_LAUNCH(0, "PRODUCT_LAUNCH", "PRODUCT_LAUNCH"),

	/**
	 * The '<em><b>RETENTION CRISIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_CRISIS_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION_CRISIS(1, "RETENTION_CRISIS", "RETENTION_CRISIS"),

	/**
	 * The '<em><b>COMPLIANCE DEADLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLIANCE_DEADLINE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLIANCE_DEADLINE(2, "COMPLIANCE_DEADLINE", "COMPLIANCE_DEADLINE"),

	/**
	 * The '<em><b>SKILLS GAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLS_GAP_VALUE
	 * @generated
	 * @ordered
	 */
	SKILLS_GAP(3, "SKILLS_GAP", "SKILLS_GAP"),

	/**
	 * The '<em><b>NEW SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_SYSTEM(4, "NEW_SYSTEM", "NEW_SYSTEM"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>PRODUCT LAUNCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_LAUNCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_LAUNCH_VALUE = 0;

	/**
	 * The '<em><b>RETENTION CRISIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_CRISIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_CRISIS_VALUE = 1;

	/**
	 * The '<em><b>COMPLIANCE DEADLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLIANCE_DEADLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLIANCE_DEADLINE_VALUE = 2;

	/**
	 * The '<em><b>SKILLS GAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLS_GAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKILLS_GAP_VALUE = 3;

	/**
	 * The '<em><b>NEW SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEW_SYSTEM_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Problem Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProblemKind[] VALUES_ARRAY =
		new ProblemKind[] {
			PRODUCT_LAUNCH,
			RETENTION_CRISIS,
			COMPLIANCE_DEADLINE,
			SKILLS_GAP,
			NEW_SYSTEM,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Problem Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProblemKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Problem Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProblemKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Problem Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProblemKind get(int value) {
		switch (value) {
			case PRODUCT_LAUNCH_VALUE: return PRODUCT_LAUNCH;
			case RETENTION_CRISIS_VALUE: return RETENTION_CRISIS;
			case COMPLIANCE_DEADLINE_VALUE: return COMPLIANCE_DEADLINE;
			case SKILLS_GAP_VALUE: return SKILLS_GAP;
			case NEW_SYSTEM_VALUE: return NEW_SYSTEM;
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
	private ProblemKind(int value, String name, String literal) {
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
	
} //ProblemKind
