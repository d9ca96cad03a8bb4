package dev.wedge.team.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.SecureCredentials;
import dev.wedge.ui.session.ActiveModel;
import org.eclipse.osgi.util.NLS;

/** Team › Push: sends the model's branch and its tags (pilots' start tags) to the remote. */
public class PushHandler extends AbstractHandler {

  static final String TITLE = Messages.Push_Title;

  @Override
  public Object execute(ExecutionEvent event) {
    return TeamOperations.run(HandlerUtil.getActiveWorkbenchWindow(event), ActiveModel.get(), TITLE, file -> {
      try (ModelRepository r = ModelRepository.of(file)) {
        List<String> pushed = Remotes.push(r, null, SecureCredentials.standard());
        return pushed.isEmpty() ? NLS.bind(Messages.Push_NothingNew, file.getFileName())
            : NLS.bind(Messages.Push_Done, String.join(", ", pushed));
      }
    });
  }
}
