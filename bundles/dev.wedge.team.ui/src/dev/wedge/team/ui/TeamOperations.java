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
    String run(Path model) throws TeamException;
  }

  private TeamOperations() {
  }

  /**
   * Runs {@code op} on {@code session}'s file (saved first, if the user agrees); says what it did in the window's
   * status line, or its failure in a dialog. Returns what it said, or null when it did not run or failed.
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
