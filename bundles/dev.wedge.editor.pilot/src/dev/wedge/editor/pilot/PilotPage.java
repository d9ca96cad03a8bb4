package dev.wedge.editor.pilot;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.Decision;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.ui.objects.ObjectContributions;
import dev.wedge.ui.objects.ObjectSection;

/**
 * One pilot on one page, top to bottom in the order of the method, one class per section: the problem and who owns
 * it ({@link ProblemSection}), the design and whether it can detect what it is after ({@link DesignSection}), the six
 * weeks ({@link ScheduleSection}), the success criteria agreed up front with the skeptics ({@link CriteriaSection}),
 * the evidence ({@link EvidenceSection}), costs and benefits ({@link MoneySection}), scrap learning
 * ({@link ScrapLearningSection}), and the stage gate with the governance checklist ({@link StageGateSection}).
 */
public final class PilotPage {

  private final Pilot pilot;
  private final ModelSession session;
  private final ScrolledForm form;
  private final Fields fields;
  private final Color red = new Color(new RGB(192, 0, 0));
  private final Color green = new Color(new RGB(56, 118, 29));
  private final ProblemSection problem;
  private final DesignSection design;
  private final ScheduleSection schedule;
  private final CriteriaSection criteria;
  private final EvidenceSection evidence;
  private final MoneySection money;
  private final ScrapLearningSection scrap;
  private final StageGateSection gate;
  private final List<ObjectSection> contributed;

  PilotPage(Composite parent, Pilot pilot, PilotEditor editor, FormToolkit toolkit) {
    this.pilot = pilot;
    this.session = editor.getSession();
    form = toolkit.createScrolledForm(parent);
    toolkit.decorateFormHeading(form.getForm());
    fields = new Fields(session, toolkit, form.getMessageManager());
    PageContext page = new PageContext(pilot, session, editor, toolkit, form, fields, red, green);
    Composite body = form.getBody();
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 8).spacing(12, 10).applyTo(body);
    problem = new ProblemSection(page, body);
    design = new DesignSection(page, body);
    schedule = new ScheduleSection(page, body);
    criteria = new CriteriaSection(page, body);
    evidence = new EvidenceSection(page.section(body, Messages.Evidence_Title, Messages.Evidence_Description, 2),
        toolkit, red, green);
    money = new MoneySection(page, body);
    scrap = new ScrapLearningSection(page.section(body, Messages.Scrap_Title, Messages.Scrap_Description, 2), pilot,
        fields, toolkit);
    gate = new StageGateSection(page, body);
    contributed = ObjectContributions.sections(body, 2, toolkit, session, pilot); // e.g. pre-registration, history
    refresh();
  }

  public Control getControl() {
    return form;
  }

  public Pilot getPilot() {
    return pilot;
  }

  void refresh() {
    if (form.isDisposed()) {
      return;
    }
    form.setText(pilot.getName() == null || pilot.getName().isBlank() ? Messages.Common_Unnamed
        : pilot.getName().replace("&", "&&")); // '&' shown, not taken as a mnemonic
    // a refusal or a missing input said for an action is about that attempt: once the model changes it is stale
    for (String key : List.of("status", "criteria")) {
      form.getMessageManager().removeMessage(key);
    }
    form.getMessageManager().removeMessage("decision");
    form.getMessageManager().removeMessage("decision", gate.rationale());
    fields.refresh();
    design.refresh();
    schedule.refresh();
    for (TableViewer v : tables()) {
      if (!v.isCellEditorActive()) {
        v.refresh(); // a table being edited (Tab to the next cell) is refreshed when its editor closes
      }
    }
    criteria.refresh();
    money.refresh();
    PilotEvidence pe = PilotEvidence.of(pilot, session.today(), EvidenceSection.language());
    evidence.show(pe);
    scrap.show(pe);
    gate.refresh(pe);
    contributed.forEach(ObjectSection::refresh);
    Fields.relayout(form);
  }

  private List<TableViewer> tables() {
    return List.of(criteria.table(), money.costs(), money.benefits());
  }

  // ---- what the editor, the wizard and the tests do on the page ------------------------------------------------

  /** Starts the pilot today although it is planned later: the start date moves, with the reason recorded. */
  public boolean startEarly(String reason) {
    return gate.startEarly(reason);
  }

  /** Records the stage-gate decision; false (and the reason in the form) when a rule refused it. */
  public boolean decide(Decision decision, String why) {
    return gate.decide(decision, why, null);
  }

  /**
   * Records the stage-gate decision with the reason the pilot stops early ({@code earlyStopReason}, null when it is
   * over); false (and the reason in the form) when a rule refused it.
   */
  public boolean decide(Decision decision, String why, String earlyStopReason) {
    return gate.decide(decision, why, earlyStopReason);
  }

  /** Records a decision the criteria do not support, with the override's reason and person; false when refused. */
  public boolean override(Decision decision, String why, String reason, Stakeholder by, String earlyStopReason) {
    return gate.override(decision, why, reason, by, earlyStopReason);
  }

  /** Turns a stakeholder's answer to "what does success look like to you?" into a criterion they agreed. */
  public boolean useAnswer(Stakeholder s) {
    return criteria.useAnswer(s);
  }

  /** What the evidence section shows (for tests). */
  public List<String> evidenceLines() {
    return evidence.lines();
  }

  /** The scrap learning result (for tests). */
  public String scrapText() {
    return scrap.text();
  }

  /** The ROI line (for tests). */
  public String roiText() {
    return money.roiText();
  }

  /** The message shown in the page's header, or null. */
  public String headerMessage() {
    return form.getForm().getMessage();
  }

  /** The answers offered or shown on this page (for tests). */
  public List<String> answerTexts() {
    return criteria.answerTexts();
  }

  /** The lines of the governance checklist: "ok: ..." or "missing: ...". */
  public List<String> gateLines() {
    return gate.gateLines();
  }

  /** The lines of "Before anything scales" (for layout tests). */
  Composite checklist() {
    return gate.checklist();
  }

  /** The answers the criteria came from, or may come from (for layout tests). */
  Composite answerLines() {
    return criteria.answerLines();
  }

  ScrolledForm form() {
    return form;
  }

  /** The sample-size answer as shown. */
  public String powerText() {
    return design.powerText();
  }

  public TimelineCanvas timeline() {
    return schedule.timeline();
  }

  public TableViewer criteriaTable() {
    return criteria.table();
  }

  /** Selects an object of this pilot (a criterion, cost or benefit) in its table. */
  void select(EObject o) {
    for (TableViewer v : tables()) {
      if (((List<?>) v.getInput()).contains(o)) {
        v.setSelection(new StructuredSelection(o), true);
        v.getControl().setFocus();
        form.showControl(v.getControl());
        return;
      }
    }
    form.setFocus();
  }

  void focusInitiative() {
    problem.initiative().getControl().setFocus();
    form.showControl(problem.initiative().getControl());
  }

  void dispose() {
    form.dispose();
  }
}
