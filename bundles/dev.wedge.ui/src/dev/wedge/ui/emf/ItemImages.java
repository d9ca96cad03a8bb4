package dev.wedge.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images EMF item providers return (URLs, composed images) into SWT images, owned by a control: they are
 * freed when it is disposed. A thin stand-in for emf.edit.ui's ExtendedImageRegistry.
 */
public final class ItemImages {

  private final ResourceManager resources;

  public ItemImages(Control owner) {
    resources = new LocalResourceManager(JFaceResources.getResources(), owner);
  }

  public Image get(Object image) {
    if (image == null) {
      return null;
    }
    if (image instanceof Image i) {
      return i;
    }
    if (image instanceof ImageDescriptor d) {
      return resources.create(d);
    }
    if (image instanceof URL url) {
      return resources.create(ImageDescriptor.createFromURL(url));
    }
    if (image instanceof ComposedImage composed) {
      List<Object> parts = composed.getImages();
      return parts.isEmpty() ? null : get(parts.get(0));
    }
    return null;
  }
}
