package dev.wedge.editor.pilot;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.wedge.evidence.Money;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgePackage.Literals;

/**
 * Scrap learning on the pilot page: the share of participants planning to apply what they learned (end-of-pilot
 * survey, 0 to 1) and the program cost it applies to (empty: the pilot's costs), and what the unapplied share costs.
 */
final class ScrapLearningSection {

  private final Label result;

  ScrapLearningSection(Composite c, Pilot pilot, Fields fields, FormToolkit toolkit) {
    fields.text(c, Messages.Scrap_Planned, pilot, Literals.PILOT__PLANNED_TO_APPLY, false)
        .setMessage(Messages.Scrap_PlannedHint);
    fields.text(c, Messages.Scrap_Cost, pilot, Literals.PILOT__PROGRAM_COST, false)
        .setMessage(Messages.Scrap_CostHint);
    result = toolkit.createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(result);
  }

  void show(PilotEvidence e) {
    String s = e.scrap().sentence(Money.of(e.pilot()));
    result.setText(Fields.esc(Character.toUpperCase(s.charAt(0)) + s.substring(1) + "."));
  }

  String text() {
    return result.getText();
  }
}
