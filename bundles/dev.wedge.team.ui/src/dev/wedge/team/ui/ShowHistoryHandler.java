package dev.wedge.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.osgi.util.NLS;

/** Team › Show History: the History view, on the object selected or the model in focus. */
public class ShowHistoryHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) throws ExecutionException {
    try {
      HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(HistoryView.ID);
    } catch (PartInitException e) {
      throw new ExecutionException(NLS.bind(Messages.History_CannotOpen, e.getMessage()), e);
    }
    return null;
  }
}
