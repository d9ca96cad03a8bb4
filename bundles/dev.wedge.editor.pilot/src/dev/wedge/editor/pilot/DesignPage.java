package dev.wedge.editor.pilot;

import static dev.wedge.editor.pilot.PilotWizardControls.grid;
import static dev.wedge.editor.pilot.PilotWizardControls.labels;
import static dev.wedge.editor.pilot.PilotWizardControls.text;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.evidence.PilotPower;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.WedgePackage.Literals;

/** 5. How the effect is isolated, and whether the pilot is large enough. */
final class DesignPage extends WizardPage {
  private final Pilot pilot;
  ComboViewer design;
  Text participants;
  Text comparison;
  Label power;

  DesignPage(Pilot pilot) {
    super("design");
    this.pilot = pilot;
    setTitle(Messages.DesignPage_Title);
    setDescription(Messages.DesignPage_Description);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 2);
    new Label(c, SWT.NONE).setText(Messages.Common_Design);
    design = new ComboViewer(c, SWT.READ_ONLY);
    design.setContentProvider(ArrayContentProvider.getInstance());
    design.setLabelProvider(labels());
    design.setInput(PilotDesign.VALUES);
    design.setSelection(new StructuredSelection(pilot.getDesign()));
    participants = text(c, Messages.Common_Participants, Messages.DesignPage_ParticipantsHint, false);
    comparison = text(c, Messages.Common_ComparisonGroup, Messages.DesignPage_ComparisonHint, false);
    power = new Label(c, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(440, SWT.DEFAULT).applyTo(power);
    design.addSelectionChangedListener(e -> update());
    participants.addModifyListener(e -> update());
    comparison.addModifyListener(e -> update());
    setControl(c);
  }

  @Override
  public void setVisible(boolean visible) {
    super.setVisible(visible);
    if (visible) {
      update();
    }
  }

  private void update() {
    pilot.setDesign((PilotDesign) design.getStructuredSelection().getFirstElement());
    comparison.setEnabled(pilot.getDesign() != PilotDesign.PRE_POST);
    String problem = null;
    try {
      pilot.setParticipants(size(Literals.PILOT__PARTICIPANTS, participants));
      pilot.setComparisonSize(pilot.getDesign() == PilotDesign.PRE_POST ? 0
          : size(Literals.PILOT__COMPARISON_SIZE, comparison));
    } catch (IllegalArgumentException e) {
      problem = NLS.bind(Messages.DesignPage_BadSizes, e.getMessage());
    }
    PilotPower p = PilotPower.of(pilot);
    power.setText(NLS.bind(Messages.DesignPage_CanItTell, p.sentence()));
    power.getParent().layout(true);
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }

  /** A group's size: blank is 0 (not known yet, and the power check says so). */
  private int size(org.eclipse.emf.ecore.EAttribute feature, Text field) {
    return field.getText().isBlank() ? 0 : (Integer) Fields.parse(feature, field.getText());
  }
}
