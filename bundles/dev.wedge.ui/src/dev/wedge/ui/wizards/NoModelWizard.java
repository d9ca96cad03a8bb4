package dev.wedge.ui.wizards;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.wedge.ui.Messages;

/** What File › Import and Export show for Wedge's wizards when no model is open: one page saying to open one. */
public final class NoModelWizard extends Wizard implements IImportWizard, IExportWizard {

  public NoModelWizard(String title) {
    setWindowTitle(title);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    // nothing to take from the selection: there is no model
  }

  @Override
  public void addPages() {
    addPage(new WizardPage("noModel", getWindowTitle(), null) {
      @Override
      public void createControl(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(Messages.WizardPage_NoModel);
        setErrorMessage(Messages.WizardPage_NoModel);
        setPageComplete(false);
        setControl(l);
      }
    });
  }

  @Override
  public boolean canFinish() {
    return false;
  }

  @Override
  public boolean performFinish() {
    return false;
  }
}
