package dev.wedge.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** Labels and icons from EMF item providers (thin stand-in for emf.edit.ui's AdapterFactoryLabelProvider). */
public class ItemLabelProvider extends LabelProvider {

  private final AdapterFactory adapterFactory;
  private final ItemImages images;

  public ItemLabelProvider(AdapterFactory adapterFactory, Control owner) {
    this.adapterFactory = adapterFactory;
    this.images = new ItemImages(owner);
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
    return p == null ? null : images.get(p.getImage(element));
  }

  public ItemImages images() {
    return images;
  }
}
