package dev.wedge.editor.pilot;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.ActiveModel;

/** File › New Pilot…: the six-question wizard on the model in focus, then the new pilot's page. */
public class NewPilotHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) {
    IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
    ModelSession session = ActiveModel.get();
    if (session == null) {
      MessageDialog.openInformation(window.getShell(), Messages.Wizard_Title, Messages.Wizard_NoModel);
      return null;
    }
    open(window.getShell(), session, window.getActivePage());
    return null;
  }

  /** Runs the wizard and opens the created pilot's page. */
  static void open(Shell shell, ModelSession session, IWorkbenchPage page) {
    NewPilotWizard wizard = new NewPilotWizard(session);
    WizardDialog dialog = new WizardDialog(shell, wizard);
    if (dialog.open() == Window.OK && wizard.created() != null && page != null) {
      try {
        ModelEditors.openObject(page, session, wizard.created());
      } catch (PartInitException e) {
        MessageDialog.openError(shell, Messages.Wizard_Title, e.getMessage());
      }
    }
  }
}
