package dev.wedge.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its id, images and log. */
public final class WedgeUi extends AbstractUIPlugin {

  public static final String PLUGIN_ID = "dev.wedge.ui";

  public static final String IMG_MODEL = "icons/model.png";
  public static final String IMG_WEDGE = "icons/wedge16.png";

  private static WedgeUi instance;

  @Override
  public void start(BundleContext context) throws Exception {
    super.start(context);
    instance = this;
  }

  @Override
  public void stop(BundleContext context) throws Exception {
    instance = null;
    super.stop(context);
  }

  public static WedgeUi getDefault() {
    return instance;
  }

  @Override
  protected void initializeImageRegistry(ImageRegistry reg) {
    for (String path : new String[] {IMG_MODEL, IMG_WEDGE}) {
      reg.put(path, imageDescriptorFromPlugin(PLUGIN_ID, path));
    }
  }

  /** A shared image of this bundle (do not dispose). */
  public static Image image(String path) {
    return getDefault().getImageRegistry().get(path);
  }

  public static ImageDescriptor descriptor(String path) {
    return imageDescriptorFromPlugin(PLUGIN_ID, path);
  }

  public static void log(String message, Throwable t) {
    ILog.of(WedgeUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, t));
  }
}
