package dev.wedge.editor.pilot;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.wedge.evidence.PilotPower;
import dev.wedge.model.WedgePackage.Literals;

/** 2 · Design and sample size: how the effect is isolated, and whether the pilot can tell ("can it tell?"). */
final class DesignSection {

  private final PageContext page;
  private final Label power;

  DesignSection(PageContext page, Composite body) {
    this.page = page;
    Composite c = page.section(body, Messages.Design_Title, Messages.Design_Description, 1);
    Fields fields = page.fields();
    fields.choice(c, Messages.Common_Design, page.pilot(), Literals.PILOT__DESIGN,
        () -> Fields.literals(Literals.PILOT__DESIGN),
        null);
    fields.text(c, Messages.Common_Participants, page.pilot(), Literals.PILOT__PARTICIPANTS, false);
    fields.text(c, Messages.Common_ComparisonGroup, page.pilot(), Literals.PILOT__COMPARISON_SIZE, false);
    fields.text(c, Messages.Design_TargetEffect, page.pilot(), Literals.PILOT__TARGET_EFFECT, false);
    page.toolkit().createLabel(c, Messages.Design_CanItTell);
    power = page.toolkit().createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(power);
  }

  void refresh() {
    PilotPower p = PilotPower.of(page.pilot());
    power.setText(Fields.esc(p.sentence()));
    power.setForeground(!p.checkable() ? null : p.adequate() ? page.green() : page.red());
  }

  String powerText() {
    return power.getText();
  }
}
