package dev.wedge.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.ui.session.ActiveModel;

/** Team › Commit… (Ctrl+Alt+C): records the model's changes with a message; concludes a pull's merge. */
public class CommitHandler extends AbstractHandler {

  static final String TITLE = "Commit Model";

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    if (session == null) {
      return TeamOperations.run(window, null, TITLE, null);
    }
    InputDialog ask = new InputDialog(window.getShell(), TITLE, "What changed in " + session.getName() + "?", "",
        v -> v.isBlank() ? "Say what changed: the history shows it." : null);
    if (ask.open() != Window.OK) {
      return null;
    }
    String message = ask.getValue().strip();
    return TeamOperations.run(window, session, TITLE, file -> {
      try (ModelRepository r = ModelRepository.of(file)) {
        String id = r.commit(message, new org.eclipse.jgit.lib.PersonIdent(r.repository()));
        return "Committed " + file.getFileName() + " as " + id + " " + ModelStatusDecorator.text(file) + ".";
      }
    });
  }
}
