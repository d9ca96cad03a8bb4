package dev.wedge.team.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.TeamException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.ActiveModel;
import org.eclipse.osgi.util.NLS;

/**
 * Team › Push: sends the model's branch and its tags (pilots' start tags) to the remote; credentials the host asks for
 * come from secure storage, else from the user ({@link AskingCredentials}).
 */
public class PushHandler extends AbstractHandler {

  static final String TITLE = Messages.Push_Title;

  @Override
  public Object execute(ExecutionEvent event) {
    ModelSession session = ActiveModel.get();
    AskingCredentials credentials = TeamOperations.credentials(Messages.Credentials_ForPush, session);
    return TeamOperations.run(HandlerUtil.getActiveWorkbenchWindow(event), session, TITLE, file -> {
      try (ModelRepository r = ModelRepository.of(file)) {
        List<String> pushed = Remotes.push(r, null, credentials);
        String said = pushed.isEmpty() ? NLS.bind(Messages.Push_NothingNew, file.getFileName())
            : NLS.bind(Messages.Push_Done, String.join(", ", pushed));
        String notKept = credentials.keepAccepted();
        return notKept == null ? said : said + " " + notKept;
      } catch (TeamException e) {
        throw TeamOperations.failure(e, credentials, TITLE, Messages.Credentials_PushCancelled);
      }
    });
  }
}
