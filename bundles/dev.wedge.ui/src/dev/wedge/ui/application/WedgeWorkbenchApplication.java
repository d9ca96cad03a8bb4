package dev.wedge.ui.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.wedge.ui.Messages;
import dev.wedge.ui.start.ExampleModel;
import org.eclipse.osgi.util.NLS;

/**
 * Starts the Wedge workbench; model files named on the command line are opened, and {@value #EXAMPLE} opens the
 * user's own copy of the example ({@link ExampleModel}), so that the shipped file is never changed by a save.
 */
public class WedgeWorkbenchApplication implements IApplication {

  /** The argument that opens the user's copy of the example (what the start script passes without a model file). */
  public static final String EXAMPLE = "--example";

  @Override
  public Object start(IApplicationContext context) {
    String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    Display display = PlatformUI.createDisplay();
    try {
      if (!claimWorkspace(display)) {
        return IApplication.EXIT_OK;
      }
      List<Path> files = filesIn(args);
      if (args != null && List.of(args).contains(EXAMPLE)) {
        Path example = example();
        if (example != null) {
          files.add(0, example);
        }
      }
      int code = PlatformUI.createAndRunWorkbench(display, new WedgeWorkbenchAdvisor(files));
      return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
    } finally {
      display.dispose();
    }
  }

  /** The user's copy of the example, made now if needed; null (with the reason said) when there is none. */
  private static Path example() {
    Path shipped = ExampleModel.shipped();
    if (shipped == null) {
      MessageDialog.openError(null, Messages.App_Title, Messages.App_NoExample);
      return null;
    }
    try {
      return ExampleModel.userCopy(shipped);
    } catch (IOException e) {
      MessageDialog.openError(null, Messages.App_Title, NLS.bind(Messages.App_ExampleNotCopied, e.getMessage()));
      return null;
    }
  }

  /** Claims the workspace folder for this Wedge, asking for another when a Wedge already has it open. */
  private static boolean claimWorkspace(Display display) {
    Location instance = Platform.getInstanceLocation();
    Path fallback = Path.of(System.getProperty("user.home"), ".wedge", "workspace");
    if (instance != null && instance.getDefault() != null) {
      fallback = WorkspaceLocation.pathOf(instance.getDefault());
    }
    try {
      return WorkspaceLocation.claim(instance, fallback, new DialogChooser(display));
    } catch (IOException | RuntimeException e) {
      MessageDialog.openError(null, Messages.App_Title, NLS.bind(Messages.App_WorkspaceUnusable, e.getMessage()));
      return false;
    }
  }

  /** Asks with dialogs: the next free folder beside the one in use, another of the user's choice, or quit. */
  private static final class DialogChooser implements WorkspaceLocation.Chooser {
    private final Display display;

    DialogChooser(Display display) {
      this.display = display;
    }

    @Override
    public Path another(Path inUse, String message) {
      Path sibling = WorkspaceLocation.sibling(inUse);
      MessageDialog ask = new MessageDialog(null, Messages.App_Title, null, NLS.bind(Messages.App_AnotherWorkspace, message),
          MessageDialog.QUESTION, 0, NLS.bind(Messages.App_UseSibling, sibling.getFileName()), Messages.App_ChooseFolder,
          Messages.App_Quit);
      int choice = ask.open();
      if (choice == 0) {
        return sibling;
      }
      if (choice == 1) {
        DirectoryDialog d = new DirectoryDialog(new org.eclipse.swt.widgets.Shell(display));
        d.setText(Messages.App_WorkspaceDialog);
        d.setFilterPath(inUse.getParent() == null ? null : inUse.getParent().toString());
        String chosen = d.open();
        return chosen == null ? null : Path.of(chosen);
      }
      return null;
    }

    @Override
    public void refuse(String message) {
      MessageDialog.openError(null, Messages.App_Title, message);
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
