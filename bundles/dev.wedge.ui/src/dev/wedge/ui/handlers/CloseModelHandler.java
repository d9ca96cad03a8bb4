package dev.wedge.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.WorkbenchModels;

/** File › Close model: asks to save unsaved changes, then closes the model and its editors. */
public class CloseModelHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchPart part = HandlerUtil.getActivePart(event);
    ModelSession session = part == null ? null : part.getAdapter(ModelSession.class);
    if (session != null) {
      WorkbenchModels.get().close(session, HandlerUtil.getActiveShell(event));
    }
    return null;
  }
}
