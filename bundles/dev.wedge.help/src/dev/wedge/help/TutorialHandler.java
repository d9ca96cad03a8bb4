package dev.wedge.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.osgi.util.NLS;

/** Help › Tutorial: Your First Pilot (and the start page's link): shows the tutorial beside the editors. */
public final class TutorialHandler extends AbstractHandler {
  @Override
  public Object execute(ExecutionEvent event) throws ExecutionException {
    try {
      HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(TutorialView.ID);
    } catch (PartInitException e) {
      throw new ExecutionException(NLS.bind(Messages.Tutorial_NotShown, e.getMessage()), e);
    }
    return null;
  }
}
