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
import org.eclipse.osgi.util.NLS;

/** Team › Share…: the model in focus into the repository around it, or a new one in its folder, with a remote. */
public class ShareHandler extends AbstractHandler {

  static final String TITLE = Messages.Share_Title;

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    if (session == null) {
      return TeamOperations.run(window, null, TITLE, null);
    }
    InputDialog ask = new InputDialog(window.getShell(), TITLE, NLS.bind(Messages.Share_Question,
        session.getName()), "", null);
    if (ask.open() != Window.OK) {
      return null;
    }
    String remote = ask.getValue().isBlank() ? null : ask.getValue().strip();
    return TeamOperations.run(window, session, TITLE, file -> {
      try (ModelRepository r = ModelRepository.share(file, null, remote, "Share " + file.getFileName(), null)) { // NON-NLS: the commit message
        session.fileRewrittenAsIs(); // the saved model, written again in the saved format: the same content
        return NLS.bind(Messages.Share_Done, new Object[] {file.getFileName(), r.repository().getWorkTree(),
            ModelStatusDecorator.text(file)});
      }
    });
  }
}
