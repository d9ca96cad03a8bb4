package dev.wedge.ui.testing;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * A wizard's dialog as a test drives it: open without blocking (the test goes on while it is shown), its buttons
 * pressed as a click would, and whether one is enabled.
 */
public final class OpenWizardDialog extends WizardDialog {

  public OpenWizardDialog(Shell shell, IWizard wizard) {
    super(shell, wizard);
    setBlockOnOpen(false);
  }

  /** Opens {@code wizard} over the workbench window and runs the event loop until it is shown. */
  public static OpenWizardDialog show(IWizard wizard) {
    OpenWizardDialog d = new OpenWizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    d.open();
    UiTesting.processEvents();
    return d;
  }

  /** Presses the button {@code id} ({@code IDialogConstants.FINISH_ID}...) as a click does. */
  public void press(int id) {
    buttonPressed(id);
  }

  /** Whether the button {@code id} is there and enabled. */
  public boolean enabled(int id) {
    return getButton(id) != null && !getButton(id).isDisposed() && getButton(id).isEnabled();
  }
}
