package dev.wedge.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;
import dev.wedge.team.merge.ModelDiff;
import dev.wedge.ui.session.ActiveModel;
import org.eclipse.osgi.util.NLS;

/** Team › Commit… (Ctrl+Alt+C): records the model's changes with a message; concludes a pull's merge. */
public class CommitHandler extends AbstractHandler {

  static final String TITLE = Messages.Commit_Title;

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    if (session == null) {
      return TeamOperations.run(window, null, TITLE, null);
    }
    List<String> changes = new ArrayList<>();
    boolean askWho;
    try (ModelRepository r = ModelRepository.of(session.getFile())) {
      askWho = r.identity().isEmpty();
      try {
        StrategyModel last = ModelHistory.version(r, "HEAD");
        ModelDiff.of(last, session.getModel()).forEach(d -> changes.add(d.message()));
      } catch (TeamException e) {
        changes.add(Messages.Commit_FirstTime);
      }
    } catch (TeamException e) {
      MessageDialog.openError(window.getShell(), TITLE, e.getMessage());
      return null;
    }
    CommitDialog ask = new CommitDialog(window.getShell(), session.getName(), changes, askWho);
    if (ask.open() != Window.OK) {
      return null;
    }
    String message = ask.message();
    String name = ask.name();
    String email = ask.email();
    return TeamOperations.run(window, session, TITLE, file -> {
      try (ModelRepository r = ModelRepository.of(file)) {
        if (name != null) {
          r.setIdentity(name, email);
        }
        String id = r.commit(message, new org.eclipse.jgit.lib.PersonIdent(r.repository()));
        return NLS.bind(Messages.Commit_Done, new Object[] {file.getFileName(), id, ModelStatusDecorator.text(file)});
      }
    });
  }
}
