package dev.wedge.ui.start;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.Messages;

/** What the start page is opened on: nothing but itself (it is not remembered between sessions). */
public final class StartInput implements IEditorInput {

  public static final StartInput INSTANCE = new StartInput();

  private StartInput() {
  }

  @Override
  public boolean exists() {
    return false;
  }

  @Override
  public ImageDescriptor getImageDescriptor() {
    return WedgeUi.descriptor(WedgeUi.IMG_WEDGE);
  }

  @Override
  public String getName() {
    return Messages.Start_Name;
  }

  @Override
  public IPersistableElement getPersistable() {
    return null;
  }

  @Override
  public String getToolTipText() {
    return Messages.Start_Tooltip;
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    return null;
  }
}
