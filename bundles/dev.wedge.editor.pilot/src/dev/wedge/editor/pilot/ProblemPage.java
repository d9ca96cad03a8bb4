package dev.wedge.editor.pilot;

import static dev.wedge.editor.pilot.PilotWizardControls.grid;
import static dev.wedge.editor.pilot.PilotWizardControls.labels;
import static dev.wedge.editor.pilot.PilotWizardControls.text;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.model.Pilot;
import dev.wedge.model.ProblemKind;

/** 1. What keeps a business leader awake. */
final class ProblemPage extends WizardPage {
  private final Pilot pilot;
  Text name;
  Text description;
  ComboViewer kind;

  ProblemPage(Pilot pilot) {
    super("problem");
    this.pilot = pilot;
    setTitle(Messages.ProblemPage_Title);
    setDescription(Messages.ProblemPage_Description);
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 2);
    name = text(c, Messages.ProblemPage_Name, Messages.ProblemPage_NameHint, false);
    description = text(c, Messages.ProblemPage_Problem, Messages.ProblemPage_ProblemHint,
        true);
    new Label(c, SWT.NONE).setText(Messages.Common_Kind);
    kind = new ComboViewer(c, SWT.READ_ONLY);
    kind.setContentProvider(ArrayContentProvider.getInstance());
    kind.setLabelProvider(labels());
    kind.setInput(ProblemKind.VALUES);
    kind.setSelection(new StructuredSelection(pilot.getProblemKind()));
    name.addModifyListener(e -> update());
    description.addModifyListener(e -> update());
    kind.addSelectionChangedListener(e -> pilot.setProblemKind(
        (ProblemKind) ((IStructuredSelection) e.getSelection()).getFirstElement()));
    setControl(c);
  }

  private void update() {
    pilot.setName(name.getText().trim());
    pilot.setBusinessProblem(description.getText().trim());
    String problem = name.getText().isBlank() ? Messages.ProblemPage_NoName
        : description.getText().isBlank() ? Messages.ProblemPage_NoProblem : null;
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }
}
