package dev.wedge.ui.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An object's own properties (first, and its editable value) with those contributed for it by other bundles: each
 * request goes to the source whose descriptor it names.
 */
public final class CombinedPropertySource implements IPropertySource {

  private final IPropertySource own;
  private final List<IPropertySource> contributed;
  private final Map<Object, IPropertySource> owner = new IdentityHashMap<>();

  public CombinedPropertySource(IPropertySource own, List<IPropertySource> contributed) {
    this.own = own;
    this.contributed = List.copyOf(contributed);
  }

  @Override
  public Object getEditableValue() {
    return own.getEditableValue();
  }

  @Override
  public IPropertyDescriptor[] getPropertyDescriptors() {
    List<IPropertyDescriptor> all = new ArrayList<>();
    owner.clear();
    for (IPropertySource s : sources()) {
      for (IPropertyDescriptor d : s.getPropertyDescriptors()) {
        all.add(d);
        owner.put(d.getId(), s);
      }
    }
    return all.toArray(IPropertyDescriptor[]::new);
  }

  private List<IPropertySource> sources() {
    List<IPropertySource> all = new ArrayList<>();
    all.add(own);
    all.addAll(contributed);
    return all;
  }

  private IPropertySource of(Object id) {
    IPropertySource s = owner.get(id);
    return s == null ? own : s;
  }

  @Override
  public Object getPropertyValue(Object id) {
    return of(id).getPropertyValue(id);
  }

  @Override
  public boolean isPropertySet(Object id) {
    return of(id).isPropertySet(id);
  }

  @Override
  public void resetPropertyValue(Object id) {
    of(id).resetPropertyValue(id);
  }

  @Override
  public void setPropertyValue(Object id, Object value) {
    of(id).setPropertyValue(id, value);
  }
}
