package dev.wedge.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.team.git.ModelPull;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.TeamException;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;

/**
 * Team › Pull: fetches and merges the remote's commits into the model in focus (object by object, field by field),
 * then opens the merged model in its place; conflicts are listed and are findings in the model. Credentials the host
 * asks for come from secure storage, else from the user ({@link AskingCredentials}).
 */
public class PullHandler extends AbstractHandler {

  static final String TITLE = Messages.Pull_Title;

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    ModelPull.Outcome[] outcome = new ModelPull.Outcome[1];
    java.time.LocalDate today = session == null ? null : ModelSessions.getDefault().today(session.getModel());
    AskingCredentials credentials = TeamOperations.credentials(Messages.Credentials_ForPull, session);
    String said = TeamOperations.run(window, session, TITLE, file -> {
      try (ModelRepository r = ModelRepository.of(file)) {
        outcome[0] = Remotes.pull(r, null, credentials, today, new org.eclipse.jgit.lib.PersonIdent(r.repository()));
        String notKept = credentials.keepAccepted();
        return (notKept == null ? "" : notKept + " ") + switch (outcome[0].kind()) {
          case UP_TO_DATE -> NLS.bind(Messages.Pull_UpToDate, outcome[0].from());
          case FAST_FORWARD -> NLS.bind(Messages.Pull_FastForward, file.getFileName(), outcome[0].commit());
          case MERGED -> NLS.bind(Messages.Pull_Merged, outcome[0].from(), file.getFileName());
          case CONFLICTS -> NLS.bind(Messages.Pull_Conflicts, outcome[0].from(),
              dev.wedge.core.text.Plurals.count(outcome[0].conflictCount(), Messages.Pull_Conflict, Messages.Pull_ConflictsNoun));
        };
      } catch (TeamException e) {
        throw TeamOperations.failure(e, credentials, TITLE, Messages.Credentials_PullCancelled);
      }
    });
    if (said == null || outcome[0] == null || outcome[0].kind() == ModelPull.Kind.UP_TO_DATE) { // cancelled: null
      return said;
    }
    java.nio.file.Path file = session.getFile();
    WorkbenchModels.get().closeDiscarding(session); // saved before the pull; the file now holds the merge
    WorkbenchModels.get().openWithEditor(file, window);
    if (outcome[0].kind() == ModelPull.Kind.CONFLICTS) {
      StringBuilder b = new StringBuilder(said).append("\n\n");
      for (ModelPull.ModelConflicts c : outcome[0].conflicts()) {
        c.conflicts().forEach(x -> b.append("• ").append(x.message()).append('\n'));
      }
      b.append('\n').append(Messages.Pull_HowToResolve);
      MessageDialog ask = new MessageDialog(window.getShell(), TITLE, null, b.toString(), MessageDialog.WARNING, 0,
          Messages.Pull_ResolveNow, Messages.Pull_Later);
      if (ask.open() == 0) {
        ModelSession merged = ActiveModel.get();
        ResolveConflictsHandler.open(window, merged != null && file.equals(merged.getFile()) ? merged
            : WorkbenchModels.get().getModels().stream().filter(s -> s.getFile().equals(file)).findFirst()
                .orElse(null));
      }
    }
    return said;
  }
}
