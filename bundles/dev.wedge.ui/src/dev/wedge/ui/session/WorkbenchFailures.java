package dev.wedge.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.cli.Failures;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.Words;
import dev.wedge.core.session.ModelSession;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * What the workbench does when something fails that no one handled (an exception or an error thrown in the event
 * loop, an {@link OutOfMemoryError} or a {@link StackOverflowError} in any thread): the unsaved work of every open
 * model is written to a recovery file beside it (never over it, see {@link WorkbenchRecovery}), the failure is logged
 * with its details in Wedge's log folder, and a dialog says in full what happened, where the unsaved work now is and
 * what to do, on the window the user is looking at.
 */
public final class WorkbenchFailures {

  /** The title of the dialog (tests find it by this). */
  public static final String OUT_OF_MEMORY_TITLE = Messages.Failure_OutOfMemoryTitle;
  public static final String FAILURE_TITLE = Messages.Failure_Title;

  /** Given back to the heap when memory runs out, so that the recovery files and the dialog can still be made. */
  private static volatile byte[] reserve = new byte[8 << 20];

  private static Shell open;
  private static int sinceOpen;

  private WorkbenchFailures() {
  }

  /**
   * Makes {@code display}'s event loop hand every error (memory and stack included) and every exception to
   * {@link #report}; the workbench's own handler only takes a few kinds of error and lets the others end the loop.
   * A failure in another thread that is a shortage of memory or stack is passed to the UI thread as well.
   */
  public static void install(Display display) {
    Consumer<Error> errors = display.getErrorHandler();
    if (errors instanceof Installed) {
      return;
    }
    display.setErrorHandler((Installed) e -> report(e));
    display.setRuntimeExceptionHandler(e -> report(e));
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof VirtualMachineError) {
        if (e instanceof OutOfMemoryError) {
          reserve = null;
        }
        if (!display.isDisposed()) {
          display.asyncExec(() -> report(e));
          return;
        }
      }
      if (previous != null) {
        previous.uncaughtException(thread, e);
      } else {
        Failures.log("thread '" + thread.getName() + "' stopped", e);
      }
    });
  }

  private interface Installed extends Consumer<Error> {
  }

  /**
   * Says {@code e} to the user (on the UI thread; from another thread it is passed there): the unsaved models are
   * written to recovery files first, then a dialog names the failure, the recovery files and the log. While that
   * dialog is open, further failures are logged but do not open another one.
   */
  public static void report(Throwable thrown) {
    Throwable e = primary(thrown);
    if (e instanceof OutOfMemoryError) {
      reserve = null;
    }
    Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getCurrent();
    if (display == null || display.isDisposed()) {
      Failures.log("the workbench stopped", e);
      return;
    }
    if (Display.getCurrent() != display) {
      display.asyncExec(() -> report(e));
      return;
    }
    if (open != null && !open.isDisposed()) {
      sinceOpen++;
      if (sinceOpen <= 20) {
        Failures.log("the workbench failed again while its failure was being shown", e);
      }
      return;
    }
    List<String> recovered = writeRecoveryFiles();
    String log = Failures.log("the workbench failed", e);
    String title = e instanceof OutOfMemoryError ? OUT_OF_MEMORY_TITLE : FAILURE_TITLE;
    String message = message(e, recovered, log);
    Shell parent = parentShell(display);
    MessageDialog dialog = new MessageDialog(parent, title, null, message, MessageDialog.ERROR, 0,
        IDialogConstants.OK_LABEL) {
      @Override
      protected boolean isResizable() {
        return true;
      }
    };
    dialog.setBlockOnOpen(false); // the event loop goes on: the user can save as soon as the dialog is closed
    dialog.open();
    open = dialog.getShell();
    sinceOpen = 0;
    if (open != null) {
      open.addListener(SWT.Dispose, ev -> open = null);
    }
    if (reserve == null) {
      try {
        reserve = new byte[8 << 20];
      } catch (OutOfMemoryError stillShort) {
        reserve = null; // taken again at the next failure
      }
    }
  }

  /**
   * What {@code e} stands for: a shortage of memory or stack anywhere among its causes, else the exception a runnable
   * threw rather than SWT's "failed to execute runnable" around it.
   */
  static Throwable primary(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof VirtualMachineError) {
        return c;
      }
    }
    Throwable t = e;
    while (t instanceof org.eclipse.swt.SWTException swt && swt.throwable != null && swt.throwable != t) {
      t = swt.throwable;
    }
    return t;
  }

  /** The dialog's text: what failed, where the unsaved work is, what to do next, where the details are. */
  static String message(Throwable e, List<String> recovered, String log) {
    StringBuilder sb = new StringBuilder();
    if (e instanceof OutOfMemoryError) {
      sb.append(NLS.bind(Messages.Failure_OutOfMemory, megabytes(Runtime.getRuntime().maxMemory())));
    } else if (e instanceof StackOverflowError) {
      sb.append(Messages.Failure_Recursion);
    } else {
      sb.append(NLS.bind(Messages.Failure_Other, Words.of(e)));
    }
    sb.append("\n\n");
    if (recovered.isEmpty()) {
      sb.append(Messages.Failure_NothingUnsaved);
    } else {
      sb.append(Messages.Failure_Recovered).append('\n');
      for (String r : recovered) {
        sb.append("\u2022 ").append(r).append('\n');
      }
      sb.append('\n').append(Messages.Failure_SaveNow);
    }
    if (e instanceof OutOfMemoryError) {
      sb.append("\n\n").append(NLS.bind(Messages.Failure_MoreMemory,
          Long.toString(Math.max(2, (Runtime.getRuntime().maxMemory() >> 30) * 2 + 1))));
    }
    sb.append("\n\n").append(log == null ? NLS.bind(Messages.Failure_NoLog, Failures.logDirectory())
        : NLS.bind(Messages.Failure_Details, log));
    return sb.toString();
  }

  /** Writes every open model with unsaved changes to its recovery file; one line per model, said in words. */
  static List<String> writeRecoveryFiles() {
    List<String> lines = new ArrayList<>();
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      if (!s.isDirty()) {
        continue;
      }
      try {
        Path p = WorkbenchRecovery.write(s);
        lines.add(s.getName() + ": " + p);
      } catch (ModelSaveException | RuntimeException | OutOfMemoryError failed) {
        lines.add(s.getName() + ": NOT written (" + (failed instanceof ModelSaveException m ? m.getMessage()
            : Words.of(failed)) + "); save it now with File \u203a Save As");
      }
    }
    return lines;
  }

  private static Shell parentShell(Display display) {
    Shell active = display.getActiveShell();
    if (active != null && !active.isDisposed()) {
      return active;
    }
    if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
      return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }
    return null;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
  }
}
