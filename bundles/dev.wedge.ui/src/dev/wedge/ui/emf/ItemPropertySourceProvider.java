package dev.wedge.ui.emf;

import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the standard Properties view from EMF item providers. Edits go through the object's
 * editing domain (a command on its session's stack), so they can be undone.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

  private final Function<Object, AdapterFactory> adapterFactoryFor;

  /** @param adapterFactoryFor the adapter factory of the session an object belongs to (null when none) */
  public ItemPropertySourceProvider(Function<Object, AdapterFactory> adapterFactoryFor) {
    this.adapterFactoryFor = adapterFactoryFor;
  }

  public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
    this(o -> adapterFactory);
  }

  @Override
  public IPropertySource getPropertySource(Object object) {
    if (object instanceof IPropertySource ps) {
      return ps;
    }
    AdapterFactory factory = adapterFactoryFor.apply(object);
    if (factory == null) {
      return null;
    }
    IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
    return source == null ? null : new ItemPropertySource(object, source);
  }
}
