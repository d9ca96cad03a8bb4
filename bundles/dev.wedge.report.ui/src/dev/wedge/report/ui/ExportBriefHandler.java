package dev.wedge.report.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.ActiveModel;

/** File › Export Executive Brief…: the brief of the model in focus, with a preview. */
public class ExportBriefHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    if (session == null) {
      MessageDialog.openInformation(window.getShell(), Messages.Brief_WindowTitle, Messages.Brief_NoModel);
      return null;
    }
    WizardDialog dialog = new WizardDialog(window.getShell(), new BriefWizard(session));
    dialog.setPageSize(900, 620);
    dialog.open();
    return null;
  }
}
