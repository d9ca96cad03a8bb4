/**
 */
package dev.wedge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ai Use</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an AI initiative uses AI for.
 * <!-- end-model-doc -->
 * @see dev.wedge.model.WedgePackage#getAiUse()
 * @model
 * @generated
 */
public enum AiUse implements Enumerator {
	/**
	 * The '<em><b>CONTENT CREATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_CREATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT_CREATION(0, "CONTENT_CREATION", "CONTENT_CREATION"),

	/**
	 * The '<em><b>RESEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCH(1, "RESEARCH", "RESEARCH"),

	/**
	 * The '<em><b>REPORTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTING(2, "REPORTING", "REPORTING"),

	/**
	 * The '<em><b>DELIVERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY(3, "DELIVERY", "DELIVERY"),

	/**
	 * The '<em><b>PERSONALIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONALIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONALIZATION(4, "PERSONALIZATION", "PERSONALIZATION"),

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSMENT(5, "ASSESSMENT", "ASSESSMENT"),

	/**
	 * The '<em><b>TRANSLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSLATION_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSLATION(6, "TRANSLATION", "TRANSLATION"),

	/**
	 * The '<em><b>COACHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COACHING_VALUE
	 * @generated
	 * @ordered
	 */
	COACHING(7, "COACHING", "COACHING"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>CONTENT CREATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_CREATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_CREATION_VALUE = 0;

	/**
	 * The '<em><b>RESEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCH_VALUE = 1;

	/**
	 * The '<em><b>REPORTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTING_VALUE = 2;

	/**
	 * The '<em><b>DELIVERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_VALUE = 3;

	/**
	 * The '<em><b>PERSONALIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONALIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONALIZATION_VALUE = 4;

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSMENT_VALUE = 5;

	/**
	 * The '<em><b>TRANSLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSLATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSLATION_VALUE = 6;

	/**
	 * The '<em><b>COACHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COACHING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COACHING_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Ai Use</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AiUse[] VALUES_ARRAY =
		new AiUse[] {
			CONTENT_CREATION,
			RESEARCH,
			REPORTING,
			DELIVERY,
			PERSONALIZATION,
			ASSESSMENT,
			TRANSLATION,
			COACHING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Ai Use</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AiUse> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ai Use</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AiUse get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AiUse result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ai Use</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AiUse getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AiUse result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ai Use</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AiUse get(int value) {
		switch (value) {
			case CONTENT_CREATION_VALUE: return CONTENT_CREATION;
			case RESEARCH_VALUE: return RESEARCH;
			case REPORTING_VALUE: return REPORTING;
			case DELIVERY_VALUE: return DELIVERY;
			case PERSONALIZATION_VALUE: return PERSONALIZATION;
			case ASSESSMENT_VALUE: return ASSESSMENT;
			case TRANSLATION_VALUE: return TRANSLATION;
			case COACHING_VALUE: return COACHING;
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
	private AiUse(int value, String name, String literal) {
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
	
} //AiUse
