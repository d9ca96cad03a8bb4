package dev.wedge.ui.application;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.wedge.ui.emf.ServiceLoaderBundles;
import dev.wedge.ui.session.WorkbenchFailures;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.session.WorkbenchRecovery;
import dev.wedge.ui.start.StartPage;

/** The Wedge workbench: its perspective, the files to open at start, and one question about unsaved models at exit. */
public class WedgeWorkbenchAdvisor extends WorkbenchAdvisor {

  private final List<Path> filesToOpen;

  public WedgeWorkbenchAdvisor(List<Path> filesToOpen) {
    this.filesToOpen = filesToOpen;
  }

  @Override
  public void initialize(IWorkbenchConfigurer configurer) {
    super.initialize(configurer);
    configurer.setSaveAndRestore(false); // Wedge reopens its models and editors itself (WorkbenchSession)
  }

  @Override
  public String getInitialWindowPerspectiveId() {
    return Perspective.ID;
  }

  @Override
  public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    return new WedgeWorkbenchWindowAdvisor(configurer);
  }

  @Override
  public void postStartup() {
    WheelScrollsPages.install(org.eclipse.swt.widgets.Display.getCurrent());
    IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
    WorkbenchSession.restore(window);
    for (Path file : filesToOpen) {
      WorkbenchModels.get().openWithEditor(file, window); // an editor already open on it is brought up, not doubled
    }
    if (window != null) {
      WorkbenchRecovery.offerPending(window); // unsaved work a failure kept, for models not reopened above
    }
    Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
    WorkbenchFailures.install(display);
    display.asyncExec(() -> WorkbenchFailures.install(display)); // after the event loop set its own handlers
    if (window != null && window.getActivePage() != null) {
      StartPage.follow(window.getActivePage()); // with no model open, the start page, never empty panes
      StartPage.showIfNothingOpen(window.getActivePage());
    }
    // the bundles above the start level (ServiceLoader for NatTable) start on the framework's thread, after the window
    display.asyncExec(ServiceLoaderBundles::startInBackground);
  }

  /** Whatever escapes the event loop is said in full, after the unsaved work was put in recovery files. */
  @Override
  public void eventLoopException(Throwable exception) {
    if (exception != null) {
      WorkbenchFailures.report(exception);
    }
  }

  @Override
  public boolean preShutdown() {
    IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
    if (window != null && !WorkbenchModels.get().confirmExit(window.getShell())) {
      return false;
    }
    WorkbenchSession.save(window);
    return true;
  }
}
