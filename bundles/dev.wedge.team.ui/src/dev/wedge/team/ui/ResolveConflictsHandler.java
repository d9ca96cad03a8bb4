package dev.wedge.team.ui;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.team.git.MergeInProgress;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;
import dev.wedge.ui.session.ActiveModel;
import org.eclipse.osgi.util.NLS;

/**
 * Team › Resolve Conflicts…: the open conflicts of the merge under way for the model in focus, each resolved on its
 * own in {@link ResolveConflictsDialog}.
 */
public class ResolveConflictsHandler extends AbstractHandler {

  static final String TITLE = Messages.Resolve_Title;

  @Override
  public Object execute(ExecutionEvent event) {
    open(HandlerUtil.getActiveWorkbenchWindow(event), ActiveModel.get());
    return null;
  }

  /** Reads the merge under way for {@code session}'s model (with a busy cursor) and opens the dialog on it. */
  static ResolveConflictsDialog open(IWorkbenchWindow window, ModelSession session) {
    if (session == null) {
      MessageDialog.openInformation(window.getShell(), TITLE, Messages.Resolve_OpenModelFirst);
      return null;
    }
    MergeInProgress[] merge = new MergeInProgress[1];
    TeamException[] failed = new TeamException[1];
    try {
      PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
        monitor.beginTask(NLS.bind(Messages.Resolve_Reading, session.getName()), -1);
        try (ModelRepository r = ModelRepository.of(session.getFile())) {
          merge[0] = MergeInProgress.of(r, session.today());
        } catch (TeamException e) {
          failed[0] = e;
        }
      });
    } catch (InvocationTargetException e) {
      failed[0] = new TeamException(NLS.bind(Messages.Resolve_Unreadable, e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (failed[0] != null) {
      MessageDialog.openError(window.getShell(), TITLE, failed[0].getMessage());
      return null;
    }
    ResolveConflictsDialog d = new ResolveConflictsDialog(window.getShell(), session, merge[0]);
    d.open();
    return d;
  }
}
