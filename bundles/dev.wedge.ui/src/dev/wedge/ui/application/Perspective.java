package dev.wedge.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.wedge.ui.models.ModelsView;

/** Modelling: Models on the left, editors in the middle, Properties (and views such as Findings) below. */
public class Perspective implements IPerspectiveFactory {

  public static final String ID = "dev.wedge.ui.perspective";
  /** The folder below the editors; other bundles add their views to it ("bottom"). */
  public static final String BOTTOM_FOLDER = "bottom";

  @Override
  public void createInitialLayout(IPageLayout layout) {
    String editors = layout.getEditorArea();
    layout.addStandaloneView(ModelsView.ID, true, IPageLayout.LEFT, 0.2f, editors);
    layout.getViewLayout(ModelsView.ID).setCloseable(false);
    // the editors get most of the height: maps, charts and tables need it on a 1280x800 workshop laptop
    IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.75f, editors);
    bottom.addView(IPageLayout.ID_PROP_SHEET);
  }
}
