package dev.wedge.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One object's properties, as the Properties view sees them (thin stand-in for emf.edit.ui's PropertySource). */
public class ItemPropertySource implements IPropertySource {

  private final Object object;
  private final IItemPropertySource source;

  public ItemPropertySource(Object object, IItemPropertySource source) {
    this.object = object;
    this.source = source;
  }

  @Override
  public Object getEditableValue() {
    return source.getEditableValue(object);
  }

  @Override
  public IPropertyDescriptor[] getPropertyDescriptors() {
    List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
    IPropertyDescriptor[] out = new IPropertyDescriptor[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new ItemPropertyDescriptor(object, items.get(i));
    }
    return out;
  }

  private IItemPropertyDescriptor descriptor(Object id) {
    return source.getPropertyDescriptor(object, id);
  }

  @Override
  public Object getPropertyValue(Object id) {
    IItemPropertyDescriptor d = descriptor(id);
    return d == null ? null : ItemPropertyDescriptor.editableValue(object, d);
  }

  @Override
  public boolean isPropertySet(Object id) {
    IItemPropertyDescriptor d = descriptor(id);
    return d != null && d.isPropertySet(object);
  }

  @Override
  public void resetPropertyValue(Object id) {
    IItemPropertyDescriptor d = descriptor(id);
    if (d != null) {
      d.resetPropertyValue(object);
    }
  }

  @Override
  public void setPropertyValue(Object id, Object value) {
    IItemPropertyDescriptor d = descriptor(id);
    if (d != null && d.canSetProperty(object)) {
      Values.set(object, d, value);
    }
  }
}
