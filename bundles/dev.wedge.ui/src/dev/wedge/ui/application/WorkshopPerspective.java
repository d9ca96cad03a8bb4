package dev.wedge.ui.application;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Workshop: for a facilitator's projector. Only the editors (the strategy map and the power/interest grid of the
 * model in focus, opened by {@link WorkshopMode}), full screen and in large type; no views around them.
 */
public class WorkshopPerspective implements IPerspectiveFactory {

  public static final String ID = "dev.wedge.ui.perspective.workshop";

  @Override
  public void createInitialLayout(IPageLayout layout) {
    layout.setEditorAreaVisible(true);
    // the views are one shortcut away (Window › Show View, Alt+1 ...), not on the wall
    layout.addShowViewShortcut(dev.wedge.ui.models.ModelsView.ID);
    layout.addPerspectiveShortcut(Perspective.ID);
  }
}
