/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Stakeholder Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The five sources of resistance.
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getStakeholderGroup()
 * @model
 * @generated
 */
public enum StakeholderGroup implements Enumerator {
	/**
	 * The '<em><b>SENIOR LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_LEADER(0, "SENIOR_LEADER", "SENIOR_LEADER"),

	/**
	 * The '<em><b>MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGER(1, "MANAGER", "MANAGER"),

	/**
	 * The '<em><b>EMPLOYEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEE_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEE(2, "EMPLOYEE", "EMPLOYEE"),

	/**
	 * The '<em><b>SUBJECT MATTER EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBJECT_MATTER_EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	SUBJECT_MATTER_EXPERT(3, "SUBJECT_MATTER_EXPERT", "SUBJECT_MATTER_EXPERT"),

	/**
	 * The '<em><b>IT LEGAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IT_LEGAL_VALUE
	 * @generated
	 * @ordered
	 */
	IT_LEGAL(4, "IT_LEGAL", "IT_LEGAL");

	/**
	 * The '<em><b>SENIOR LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_LEADER_VALUE = 0;

	/**
	 * The '<em><b>MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGER_VALUE = 1;

	/**
	 * The '<em><b>EMPLOYEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEE_VALUE = 2;

	/**
	 * The '<em><b>SUBJECT MATTER EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBJECT_MATTER_EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBJECT_MATTER_EXPERT_VALUE = 3;

	/**
	 * The '<em><b>IT LEGAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IT_LEGAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IT_LEGAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Stakeholder Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StakeholderGroup[] VALUES_ARRAY =
		new StakeholderGroup[] {
			SENIOR_LEADER,
			MANAGER,
			EMPLOYEE,
			SUBJECT_MATTER_EXPERT,
			IT_LEGAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Stakeholder Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StakeholderGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stakeholder Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StakeholderGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StakeholderGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stakeholder Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StakeholderGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StakeholderGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stakeholder Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StakeholderGroup get(int value) {
		switch (value) {
			case SENIOR_LEADER_VALUE: return SENIOR_LEADER;
			case MANAGER_VALUE: return MANAGER;
			case EMPLOYEE_VALUE: return EMPLOYEE;
			case SUBJECT_MATTER_EXPERT_VALUE: return SUBJECT_MATTER_EXPERT;
			case IT_LEGAL_VALUE: return IT_LEGAL;
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
	private StakeholderGroup(int value, String name, String literal) {
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
	
} //StakeholderGroup
