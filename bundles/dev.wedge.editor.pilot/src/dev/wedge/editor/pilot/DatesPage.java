package dev.wedge.editor.pilot;

import static dev.wedge.editor.pilot.PilotWizardControls.grid;
import static dev.wedge.editor.pilot.PilotWizardControls.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.PilotSchedule;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgePackage.Literals;

/** 6. When. */
final class DatesPage extends WizardPage {
  private final ModelSession session;
  private final Pilot pilot;
  Text start;
  Text weeks;
  Text reason;
  Label decision;

  DatesPage(ModelSession session, Pilot pilot) {
    super("dates");
    this.session = session;
    this.pilot = pilot;
    setTitle(Messages.Dates_Title);
    setDescription(Messages.Dates_Description);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = grid(parent, 2);
    start = text(c, Messages.Dates_Start, "2026-05-04", false);
    start.setText(session.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString());
    weeks = text(c, Messages.Dates_Weeks, "6", false);
    weeks.setText("6");
    reason = text(c, Messages.Dates_Reason, Messages.Dates_ReasonHint, false);
    decision = new Label(c, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(decision);
    start.addModifyListener(e -> update());
    weeks.addModifyListener(e -> update());
    reason.addModifyListener(e -> update());
    setControl(c);
    update();
  }

  private void update() {
    String problem = null;
    try {
      pilot.setStartDate((LocalDate) Fields.parse(Literals.PILOT__START_DATE, start.getText()));
    } catch (IllegalArgumentException e) {
      problem = NLS.bind(Messages.Dates_BadStart, e.getMessage());
    }
    try {
      int w = (Integer) Fields.parse(Literals.PILOT__DURATION_WEEKS, weeks.getText());
      if (w < 1 || w > 52) {
        problem = problem != null ? problem : Messages.Dates_WeeksRange;
      } else {
        pilot.setDurationWeeks(w);
      }
    } catch (IllegalArgumentException e) {
      problem = problem != null ? problem : NLS.bind(Messages.Dates_BadWeeks, e.getMessage());
    }
    pilot.setDurationReason(reason.getText().isBlank() ? null : reason.getText().trim());
    if (problem == null && pilot.getStartDate() != null) {
      decision.setText(NLS.bind(Messages.Dates_Decision, PilotSchedule.end(pilot),
          PilotSchedule.decisionDate(pilot)));
    }
    setErrorMessage(problem);
    setMessage(problem == null && pilot.getDurationWeeks() != 6 && pilot.getDurationReason() == null
        ? Messages.Dates_SayWhy : null, WARNING);
    setPageComplete(problem == null);
  }
}
