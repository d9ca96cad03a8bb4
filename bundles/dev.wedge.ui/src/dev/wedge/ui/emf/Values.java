package dev.wedge.ui.emf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import dev.wedge.core.text.ValueText;
import dev.wedge.ui.Messages;

/**
 * Property values as every table, form and the Properties view show, read and set them: enum literals by their
 * display names, yes/no for booleans, dates and numbers in the user's locale, "Not recorded" for a value nobody has given yet;
 * typed text read with a sentence naming what is wrong when it does not fit.
 */
public final class Values {

  /** What an unset optional value (say, whether an initiative uses AI content) shows. */
  public static final String NOT_RECORDED = Messages.Values_NotRecorded;
  public static final String YES = Messages.Values_Yes;
  public static final String NO = Messages.Values_No;

  private Values() {
  }

  /** Whether {@code feature} of {@code owner} distinguishes "not recorded" from any value. */
  public static boolean unsetAllowed(Object owner, Object feature) {
    return feature instanceof EAttribute a && a.isUnsettable() && owner instanceof EObject;
  }

  /** The value to show and edit: the owner's value, or null when it is unsettable and not set. */
  public static Object value(Object owner, IItemPropertyDescriptor d) {
    Object feature = d.getFeature(owner);
    if (unsetAllowed(owner, feature) && !((EObject) owner).eIsSet((EAttribute) feature)) {
      return null;
    }
    Object v = d.getPropertyValue(owner);
    return v instanceof IItemPropertySource ps ? ps.getEditableValue(owner) : v;
  }

  /** The text of {@code value} of the property {@code d} of {@code owner}. */
  public static String label(Object owner, IItemPropertyDescriptor d, Object value) {
    if (value == null) {
      return unsetAllowed(owner, d.getFeature(owner)) ? NOT_RECORDED : "";
    }
    if (value instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      for (Object o : c) {
        parts.add(label(owner, d, o));
      }
      return String.join(", ", parts);
    }
    if (value instanceof Boolean b) {
      return b ? YES : NO;
    }
    if (value instanceof LocalDate date) {
      return LocalDates.format(date);
    }
    if (value instanceof Double x) {
      return ValueText.format(x, LocalDates.locale());
    }
    return d.getLabelProvider(owner).getText(value);
  }

  /** The text of the owner's current value. */
  public static String text(Object owner, IItemPropertyDescriptor d) {
    return label(owner, d, value(owner, d));
  }

  /**
   * Sets the property as one command: null unsets an unsettable feature ("not recorded"); an unchanged value is not
   * set again.
   */
  public static void set(Object owner, IItemPropertyDescriptor d, Object value) {
    if (java.util.Objects.equals(value, value(owner, d))) {
      return;
    }
    if (value == null && unsetAllowed(owner, d.getFeature(owner))) {
      d.resetPropertyValue(owner);
      return;
    }
    d.setPropertyValue(owner, value);
  }

  /** The text an editor starts with for {@code value} of {@code type}. */
  public static String editText(EDataType type, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof LocalDate date) {
      return LocalDates.format(date);
    }
    if (value instanceof Double x) {
      return ValueText.format(x, LocalDates.locale());
    }
    return EcoreUtil.convertToString(type, value);
  }

  /**
   * Reads typed text as a value of {@code type} with {@link ValueText} in the user's locale: an empty text is null
   * (or a refusal when the type needs a value).
   *
   * @throws IllegalArgumentException with a sentence naming the text and how to write it, or its two readings
   */
  public static Object parse(EDataType type, String text) {
    return ValueText.read(type, text, LocalDates.locale()).orThrow();
  }
}
