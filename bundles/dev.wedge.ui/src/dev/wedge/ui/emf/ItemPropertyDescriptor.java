package dev.wedge.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one object in the Properties view, with the cell editor its type calls for: a combo for enums,
 * booleans and single references, a checklist dialog for many-valued references, a validated text field for
 * numbers, dates and strings (thin stand-in for emf.edit.ui's PropertyDescriptor). Values read as {@link Values}
 * shows them: display names, yes/no, dates in the user's locale, "Not recorded".
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

  private final Object object;
  private final IItemPropertyDescriptor item;

  public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor item) {
    this.object = object;
    this.item = item;
  }

  /** The value to show and edit (EMF wraps values in a property source of their own; unset is null). */
  static Object editableValue(Object object, IItemPropertyDescriptor d) {
    return Values.value(object, d);
  }

  public IItemPropertyDescriptor getItemDescriptor() {
    return item;
  }

  @Override
  public CellEditor createPropertyEditor(Composite parent) {
    if (!item.canSetProperty(object)) {
      return null;
    }
    Object feature = item.getFeature(object);
    Collection<?> choices = item.getChoiceOfValues(object);
    java.util.function.Function<Object, String> labels = v -> Values.label(object, item, v);
    if (item.isMany(object)) {
      return choices == null ? null : new ChooseValuesCellEditor(parent, getDisplayName(), labels, choices);
    }
    if (feature instanceof EAttribute attribute) {
      EDataType type = attribute.getEAttributeType();
      Class<?> c = type.getInstanceClass();
      if (c == boolean.class || c == Boolean.class) {
        List<Object> values = new ArrayList<>(List.of(Boolean.TRUE, Boolean.FALSE));
        if (c == Boolean.class || Values.unsetAllowed(object, feature)) {
          values.add(null);
        }
        return new ChoiceCellEditor(parent, values, labels);
      }
      if (type instanceof EEnum && choices != null) {
        List<Object> values = new ArrayList<>(choices);
        if (Values.unsetAllowed(object, feature) && !values.contains(null)) {
          values.add(null);
        }
        return new ChoiceCellEditor(parent, values, labels);
      }
      return new DataTypeCellEditor(parent, type, getDisplayName());
    }
    if (choices != null) {
      return new ChoiceCellEditor(parent, new ArrayList<>(choices), labels);
    }
    return null;
  }

  @Override
  public String getCategory() {
    return item.getCategory(object);
  }

  @Override
  public String getDescription() {
    return item.getDescription(object);
  }

  @Override
  public String getDisplayName() {
    return item.getDisplayName(object);
  }

  @Override
  public String[] getFilterFlags() {
    return item.getFilterFlags(object);
  }

  @Override
  public Object getHelpContextIds() {
    return null;
  }

  @Override
  public Object getId() {
    return item.getId(object);
  }

  @Override
  public ILabelProvider getLabelProvider() {
    return new LabelProvider() {
      @Override
      public String getText(Object element) {
        return Values.label(object, item, element);
      }
    };
  }

  @Override
  public boolean isCompatibleWith(IPropertyDescriptor other) {
    return false;
  }
}
