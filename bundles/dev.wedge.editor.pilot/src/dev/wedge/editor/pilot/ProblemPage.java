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
    setTitle("1 of 6 \u00b7 The business problem");
    setDescription("Start from a problem a business leader loses sleep over, not from the AI tool.");
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 2);
    name = text(c, "Pilot name:", "e.g. Onboarding fast-track for new advisors", false);
    description = text(c, "The problem:", "e.g. New advisors take three months to write their first ten policies",
        true);
    new Label(c, SWT.NONE).setText("Kind:");
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
    String problem = name.getText().isBlank() ? "Name the pilot."
        : description.getText().isBlank() ? "Describe the business problem in the leader's words." : null;
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }
}
