package dev.wedge.ui.emf;

import java.text.MessageFormat;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

import dev.wedge.ui.Messages;

/**
 * A text field for a value of an EMF data type (numbers, dates, strings): the text is converted with the type's
 * own conversion, and a wrong value is refused with a message naming it (the model keeps its old value).
 */
public class DataTypeCellEditor extends TextCellEditor {

  private final EDataType type;

  public DataTypeCellEditor(Composite parent, EDataType type, String propertyName) {
    super(parent);
    this.type = type;
    setValidator(value -> {
      String text = value == null ? "" : value.toString();
      try {
        convert(text);
        return null;
      } catch (RuntimeException e) {
        return MessageFormat.format(Messages.Property_InvalidValue, text, describe(propertyName));
      }
    });
  }

  private String describe(String propertyName) {
    Class<?> c = type.getInstanceClass();
    if (c == double.class || c == Double.class || c == int.class || c == Integer.class) {
      return propertyName + " (a number)";
    }
    if (c == java.time.LocalDate.class) {
      return propertyName + " (a date, yyyy-MM-dd)";
    }
    return propertyName;
  }

  private Object convert(String text) {
    if (text.isEmpty()) {
      if (type.getInstanceClass() == String.class) {
        return null;
      }
      if (type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
        throw new IllegalArgumentException("empty");
      }
      return null;
    }
    return EcoreUtil.createFromString(type, text.trim());
  }

  @Override
  protected void doSetValue(Object value) {
    super.doSetValue(value == null ? "" : value instanceof String s ? s : EcoreUtil.convertToString(type, value));
  }

  @Override
  protected Object doGetValue() {
    String text = (String) super.doGetValue();
    try {
      return convert(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
