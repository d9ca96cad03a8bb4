package dev.wedge.team.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.wedge.core.session.ModelSession;
import dev.wedge.team.git.TeamException;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;

/**
 * What the Team menu's commands share: the model in focus saved first, the repository work run with a busy cursor
 * (never blocking the display), its failure said in a dialog in its own sentence, and the Models view's status
 * decoration brought up to date afterwards.
 */
final class TeamOperations {

  /** A repository operation on a model file; returns the sentence saying what it did. */
  interface Operation {
    String run(Path model) throws TeamException, Cancelled;
  }

  /** The user stopped the operation (cancelled the credentials dialog); the message says so, and what stayed. */
  static final class Cancelled extends Exception {
    private static final long serialVersionUID = 1L;

    Cancelled(String sentence, Throwable cause) {
      super(sentence, cause);
    }
  }

  /**
   * The credentials for an operation on {@code session}'s model: secure storage's, else asked in a dialog that says
   * {@code purpose} (with the model's name for {0}). Made on the UI thread.
   */
  static AskingCredentials credentials(String purpose, ModelSession session) {
    return new AskingCredentials(dev.wedge.team.git.SecureCredentials.standard(), PlatformUI.getWorkbench()
        .getDisplay(), NLS.bind(purpose, session == null ? "" : session.getName()));
  }

  /**
   * {@code e}, the failure of the operation {@code title} that used {@code credentials}, in the workbench's words:
   * {@link Cancelled} with {@code cancelled} when the user cancelled the dialog, the host's refusal when it refused
   * what the user gave, else {@code e}.
   */
  static TeamException failure(TeamException e, AskingCredentials credentials, String title, String cancelled)
      throws Cancelled {
    if (credentials.cancelled()) {
      throw new Cancelled(cancelled, e);
    }
    if (credentials.refused()) {
      return new TeamException(NLS.bind(Messages.Credentials_RefusedFailed, title, credentials.host()), e);
    }
    return e;
  }

  private TeamOperations() {
  }

  /**
   * Runs {@code op} on {@code session}'s file (saved first, if the user agrees); says what it did in the window's
   * status line, or its failure in a dialog. Returns what it said, or null when it did not run or failed. An
   * operation the user cancelled ({@link Cancelled}) says so in the status line.
   */
  static String run(IWorkbenchWindow window, ModelSession session, String title, Operation op) {
    Shell shell = window.getShell();
    if (session == null) {
      MessageDialog.openInformation(shell, title, Messages.Team_OpenModelFirst);
      return null;
    }
    dev.wedge.ui.forms.FieldEdits.commitAll(session); // what is typed in a field is part of what is committed
    if (session.isDirty() && !WorkbenchModels.save(session, shell)) {
      return null;
    }
    String[] said = new String[1];
    TeamException[] failed = new TeamException[1];
    try {
      PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
        monitor.beginTask(NLS.bind(Messages.Team_Task, title, session.getName()), -1);
        try {
          said[0] = op.run(session.getFile());
        } catch (TeamException e) {
          failed[0] = e;
        } catch (Cancelled e) {
          said[0] = e.getMessage(); // in the status line as any outcome, not as an error
        }
      });
    } catch (InvocationTargetException e) {
      failed[0] = new TeamException(NLS.bind(Messages.Team_Failed, title, e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    ModelStatusDecorator.refresh();
    RepositoryChanges.fire(session);
    if (failed[0] != null) {
      MessageDialog.openError(shell, title, failed[0].getMessage());
      return null;
    }
    var bar = window.getActivePage() == null || window.getActivePage().getActivePart() == null ? null
        : window.getActivePage().getActivePart().getSite() instanceof org.eclipse.ui.IViewSite v
            ? v.getActionBars().getStatusLineManager()
            : window.getActivePage().getActivePart().getSite() instanceof org.eclipse.ui.IEditorSite e
                ? e.getActionBars().getStatusLineManager() : null;
    if (bar != null) {
      bar.setMessage(said[0]);
    }
    return said[0];
  }
}
