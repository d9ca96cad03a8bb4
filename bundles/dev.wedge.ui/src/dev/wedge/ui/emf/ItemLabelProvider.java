package dev.wedge.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.decorations.ObjectDecorator;

/**
 * Labels and icons from EMF item providers (thin stand-in for emf.edit.ui's AdapterFactoryLabelProvider); with a
 * session set, icons carry the marks of {@link ModelDecorations} (findings) and their sentences show on hover.
 */
public class ItemLabelProvider extends ColumnLabelProvider {

  private final AdapterFactory adapterFactory;
  private final ItemImages images;
  private final LocalResourceManager overlays;
  private ModelSession decorated;

  public ItemLabelProvider(AdapterFactory adapterFactory, Control owner) {
    this.adapterFactory = adapterFactory;
    this.images = new ItemImages(owner);
    this.overlays = new LocalResourceManager(JFaceResources.getResources(), owner);
  }

  /** Marks objects with the decorations of {@code session} (findings). */
  public ItemLabelProvider decorateFor(ModelSession session) {
    this.decorated = session;
    return this;
  }

  @Override
  public String getToolTipText(Object element) {
    if (decorated != null && element instanceof EObject o) {
      ObjectDecorator.Decoration d = ModelDecorations.decorationOf(decorated, o);
      return d.tooltip();
    }
    return null;
  }

  @Override
  public String getText(Object element) {
    IItemLabelProvider p = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    if (p != null) {
      return p.getText(element);
    }
    return element == null ? "" : element.toString();
  }

  @Override
  public Image getImage(Object element) {
    IItemLabelProvider p = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    Image base = p == null ? null : images.get(p.getImage(element));
    if (decorated != null && element instanceof EObject o) {
      return ModelDecorations.overlay(base, ModelDecorations.decorationOf(decorated, o).level(), overlays);
    }
    return base;
  }

  public ItemImages images() {
    return images;
  }
}
