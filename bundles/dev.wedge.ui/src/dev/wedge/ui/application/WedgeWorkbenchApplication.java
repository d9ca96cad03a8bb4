package dev.wedge.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Wedge workbench; model files named on the command line are opened. */
public class WedgeWorkbenchApplication implements IApplication {

  @Override
  public Object start(IApplicationContext context) {
    String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    Display display = PlatformUI.createDisplay();
    try {
      int code = PlatformUI.createAndRunWorkbench(display, new WedgeWorkbenchAdvisor(filesIn(args)));
      return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
    } finally {
      display.dispose();
    }
  }

  /** The arguments that name existing .wedge files (everything else belongs to Equinox, the launcher or tests). */
  static List<Path> filesIn(String[] args) {
    List<Path> files = new ArrayList<>();
    if (args == null) {
      return files;
    }
    for (String a : args) {
      if (!a.startsWith("-") && a.toLowerCase(java.util.Locale.ROOT).endsWith(".wedge")) {
        try {
          Path p = Path.of(a);
          if (Files.isRegularFile(p)) {
            files.add(p.toAbsolutePath().normalize());
          }
        } catch (RuntimeException e) {
          // not a path
        }
      }
    }
    return files;
  }

  @Override
  public void stop() {
    if (!PlatformUI.isWorkbenchRunning()) {
      return;
    }
    IWorkbench workbench = PlatformUI.getWorkbench();
    Display display = workbench.getDisplay();
    display.syncExec(() -> {
      if (!display.isDisposed()) {
        workbench.close();
      }
    });
  }
}
