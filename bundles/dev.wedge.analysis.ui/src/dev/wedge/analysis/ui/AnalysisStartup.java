package dev.wedge.analysis.ui;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.WorkbenchModels;

/** Analyses every model opened in the workbench, from the start. */
public class AnalysisStartup implements IStartup {

  @Override
  public void earlyStartup() {
    Display display = PlatformUI.getWorkbench().getDisplay();
    display.asyncExec(AnalysisStartup::attachAll);
  }

  private static boolean following;

  /** Attaches every open model now and every model opened later (idempotent; on the UI thread). */
  static void attachAll() {
    if (!following) {
      following = true;
      WorkbenchModels.get().addChangeListener(() -> {
      Display d = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
      d.asyncExec(AnalysisStartup::attachOpen);
      });
    }
    attachOpen();
  }

  private static void attachOpen() {
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchFindings.get().attach(s);
    }
  }
}
