package dev.wedge.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › New model (Ctrl+N): the new-model wizard. */
public class NewModelHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    new WizardDialog(HandlerUtil.getActiveShell(event), new NewModelWizard(HandlerUtil.getActiveWorkbenchWindow(event)))
        .open();
    return null;
  }
}
