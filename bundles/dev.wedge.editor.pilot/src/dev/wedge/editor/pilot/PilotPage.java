package dev.wedge.editor.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.ui.forms.FormParts;
import dev.wedge.evidence.PilotSchedule;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotPower;
import dev.wedge.evidence.Money;
import dev.wedge.evidence.Roi;
import dev.wedge.model.BenefitLine;
import dev.wedge.model.Comparator;
import dev.wedge.model.CostCategory;
import dev.wedge.model.CostLine;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.emf.PropertyColumns;

/**
 * One pilot on one page, top to bottom in the order of the method: the problem and who owns it, the design and
 * whether it can detect what it is after, the six weeks, the success criteria agreed up front (with the skeptics),
 * costs and benefits, and the stage gate with the governance checklist.
 */
public final class PilotPage {

  private final Pilot pilot;
  private final ModelSession session;
  private final PilotEditor editor;
  private final FormToolkit toolkit;
  private final ScrolledForm form;
  private final Fields fields;
  private final Color red = new Color(new RGB(192, 0, 0));
  private final Color green = new Color(new RGB(56, 118, 29));

  private Label power;
  private org.eclipse.jface.viewers.ComboViewer initiative;
  private TimelineCanvas timeline;
  private TableViewer criteria;
  private Composite answers;
  private Label offer;
  private Label frozenNote;
  private Label rebaselines;
  private TableViewer costs;
  private TableViewer benefits;
  private Label roi;
  private Label status;
  private Button agree;
  private Button start;
  private Button evaluate;
  private final Button[] decisions = new Button[3];
  private Text rationale;
  private Button decide;
  private Composite checklist;
  private Label headline;
  private EvidenceSection evidence;
  private ScrapLearningSection scrap;
  private final List<String> gateLines = new ArrayList<>();

  PilotPage(Composite parent, Pilot pilot, PilotEditor editor, FormToolkit toolkit) {
    this.pilot = pilot;
    this.editor = editor;
    this.session = editor.getSession();
    this.toolkit = toolkit;
    form = toolkit.createScrolledForm(parent);
    toolkit.decorateFormHeading(form.getForm());
    fields = new Fields(session, toolkit, form.getMessageManager());
    Composite body = form.getBody();
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 8).spacing(12, 10).applyTo(body);
    problem(body);
    design(body);
    timeline(body);
    criteria(body);
    evidence = new EvidenceSection(section(body, "Evidence: each criterion under its rule, and how far to trust it",
        "The whole 95% interval must clear a threshold for a criterion to be met (unless a weaker rule was agreed);"
            + " the rating (0-5) says what capped it.", 2), toolkit, red, green);
    money(body);
    scrap = new ScrapLearningSection(section(body, "Scrap learning", "The share of participants planning to apply"
        + " what they learned, and what the rest costs.", 2), pilot, fields, toolkit);
    gate(body);
    refresh();
  }

  public Control getControl() {
    return form;
  }

  public Pilot getPilot() {
    return pilot;
  }

  private void problem(Composite body) {
    Composite c = section(body, "1 \u00b7 The business problem", "A problem a business leader loses sleep over, and"
        + " the one number that shows it moving.", 1);
    fields.text(c, "Pilot:", pilot, Literals.NAMED__NAME, false);
    fields.text(c, "Problem:", pilot, Literals.PILOT__BUSINESS_PROBLEM, true);
    fields.choice(c, "Kind:", pilot, Literals.PILOT__PROBLEM_KIND, () -> Fields.literals(Literals.PILOT__PROBLEM_KIND),
        null);
    fields.choice(c, "Sponsor:", pilot, Literals.PILOT__SPONSOR, () -> sponsors(model()), "(no sponsor yet)");
    initiative = fields.choice(c, "Initiative:", pilot, Literals.PILOT__INITIATIVE, () -> new ArrayList<>(model().getInitiatives()),
        "(none)");
    fields.choice(c, "Primary metric:", pilot, Literals.PILOT__PRIMARY_METRIC,
        () -> new ArrayList<>(model().getMetrics()), "(choose the one metric)");
  }

  /** Senior leaders first: a sponsor owns the problem and the budget. */
  static List<Object> sponsors(StrategyModel m) {
    List<Stakeholder> all = new ArrayList<>(m.getStakeholders());
    all.sort(java.util.Comparator.comparing((Stakeholder s) -> s.getGroup() == StakeholderGroup.SENIOR_LEADER ? 0 : 1));
    return new ArrayList<>(all);
  }

  private void design(Composite body) {
    Composite c = section(body, "2 \u00b7 Design and sample size", "How the effect is isolated, and whether the pilot"
        + " is large enough to see it (alpha 0.05, power 0.8).", 1);
    fields.choice(c, "Design:", pilot, Literals.PILOT__DESIGN, () -> Fields.literals(Literals.PILOT__DESIGN), null);
    fields.text(c, "Participants:", pilot, Literals.PILOT__PARTICIPANTS, false);
    fields.text(c, "Comparison group:", pilot, Literals.PILOT__COMPARISON_SIZE, false);
    fields.text(c, "Target effect:", pilot, Literals.PILOT__TARGET_EFFECT, false);
    toolkit.createLabel(c, "Can it tell?");
    power = toolkit.createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(power);
  }

  private void timeline(Composite body) {
    Composite c = section(body, "3 \u00b7 Six weeks", "Measure from day one: a point each week for the pilot (and the"
        + " comparison group), then the decision.", 2);
    GridLayoutFactory.fillDefaults().numColumns(6).margins(2, 4).applyTo(c);
    Text startDate = textIn(c, "Start:", Literals.PILOT__START_DATE, 90);
    startDate.setToolTipText("A date, as you write dates (" + dev.wedge.ui.emf.LocalDates.format(
        java.time.LocalDate.of(2026, 5, 4)) + ") or as 2026-05-04");
    textIn(c, "Weeks:", Literals.PILOT__DURATION_WEEKS, 40);
    textIn(c, "Why not six?", Literals.PILOT__DURATION_REASON, 260);
    timeline = new TimelineCanvas(c);
    toolkit.adapt(timeline);
    GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(SWT.DEFAULT, 128).applyTo(timeline);
  }

  private Text textIn(Composite c, String label, org.eclipse.emf.ecore.EAttribute f, int width) {
    toolkit.createLabel(c, label);
    Text t = toolkit.createText(c, "", SWT.SINGLE);
    GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).grab(width > 200, false).applyTo(t);
    fields.bindText(t, label.replace(":", ""), pilot, f);
    return t;
  }

  private void criteria(Composite body) {
    Composite c = section(body, "4 \u00b7 Success criteria, agreed before the start", "What success looks like, in"
        + " numbers, agreed with the sponsor and the skeptics. Starting the pilot freezes them.", 2);
    criteria = table(c, 110);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__DESCRIPTION, "Criterion", 300);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__METRIC, "Metric", 170);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__COMPARATOR, "Comparator", 150);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__THRESHOLD, "Threshold", 70);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__RULE, "Decision rule", 150);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__AGREED_BY, "Agreed by", 170);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__AGREED_ON, "On", 80);
    PropertyColumns.add(criteria, session.getAdapterFactory(), Literals.SUCCESS_CRITERION__SOURCE, "From the answer of", 130);
    criteria.setInput(pilot.getCriteria());
    Composite buttons = buttons(c);
    button(buttons, "Add criterion", this::addCriterion);
    button(buttons, "Remove", () -> remove(criteria, Literals.PILOT__CRITERIA));
    button(buttons, "Re-baseline\u2026", this::rebaseline);
    frozenNote = toolkit.createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(frozenNote);
    rebaselines = toolkit.createLabel(c, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(rebaselines);
    offer = toolkit.createLabel(c, "", SWT.WRAP);
    offer.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().span(2, 1).applyTo(offer);
    answers = toolkit.createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(answers);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(answers);
  }

  private Composite section(Composite parent, String title, String description, int span) {
    return FormParts.section(toolkit, parent, title, description, span);
  }

  private TableViewer table(Composite parent, int height) {
    TableViewer v = FormParts.table(toolkit, parent, height);
    editor.track(v);
    return v;
  }

  private Composite buttons(Composite parent) {
    return FormParts.buttons(toolkit, parent);
  }

  private Button button(Composite parent, String text, Runnable run) {
    return FormParts.button(toolkit, parent, text, run);
  }

  private void money(Composite body) {
    // "fully loaded" only when the cost lines show it (the ROI line below says which categories are missing)
    Composite c = section(body, "5 \u00b7 Costs", "Fully loaded when there is a line for each of participants' time,"
        + " development, delivery, evaluation and overhead (tools count as delivery).", 1);
    costs = table(c, 90);
    PropertyColumns.add(costs, session.getAdapterFactory(), Literals.COST_LINE__DESCRIPTION, "Cost", 220);
    PropertyColumns.add(costs, session.getAdapterFactory(), Literals.COST_LINE__CATEGORY, "Category", 110);
    PropertyColumns.add(costs, session.getAdapterFactory(), Literals.COST_LINE__AMOUNT, "Amount"
        + (Money.of(model()).currency().isEmpty() ? "" : " (" + Money.of(model()).currency() + ")"), 90);
    costs.setInput(pilot.getCosts());
    Composite cb = buttons(c);
    button(cb, "Add cost", this::addCost);
    button(cb, "Remove", () -> remove(costs, Literals.PILOT__COSTS));

    Composite b = section(body, "Benefits", "Annual value, adjusted by confidence and by the share the pilot can"
        + " claim (isolation).", 1);
    benefits = table(b, 90);
    PropertyColumns.add(benefits, session.getAdapterFactory(), Literals.BENEFIT_LINE__DESCRIPTION, "Benefit", 170);
    PropertyColumns.add(benefits, session.getAdapterFactory(), Literals.BENEFIT_LINE__METRIC, "Metric", 120);
    PropertyColumns.add(benefits, session.getAdapterFactory(), Literals.BENEFIT_LINE__UNITS_CHANGE, "Units", 55);
    PropertyColumns.add(benefits, session.getAdapterFactory(), Literals.BENEFIT_LINE__ANNUAL_VALUE, "Annual", 70);
    PropertyColumns.add(benefits, session.getAdapterFactory(), Literals.BENEFIT_LINE__CONFIDENCE, "Confidence", 70);
    PropertyColumns.add(benefits, session.getAdapterFactory(), Literals.BENEFIT_LINE__ISOLATION, "Isolation", 65);
    benefits.setInput(pilot.getBenefits());
    Composite bb = buttons(b);
    button(bb, "Add benefit", this::addBenefit);
    button(bb, "Remove", () -> remove(benefits, Literals.PILOT__BENEFITS));
    roi = toolkit.createLabel(body, "", SWT.WRAP);
    roi.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(roi);
  }

  private void gate(Composite body) {
    Composite c = section(body, "6 \u00b7 Stage gate", "At the end: scale, iterate or stop, with the reason, in front"
        + " of the people who agreed the criteria.", 2);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).spacing(16, 6).applyTo(c);
    Composite left = toolkit.createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(left);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
    status = toolkit.createLabel(left, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
    Composite steps = toolkit.createComposite(left);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(steps);
    agree = button(steps, "Criteria agreed", () -> setStatus(PilotStatus.AGREED));
    start = button(steps, "Start pilot (freezes criteria)", this::startPilot);
    evaluate = button(steps, "Evaluate", () -> setStatus(PilotStatus.EVALUATING));
    Composite radios = toolkit.createComposite(left);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(radios);
    Decision[] options = {Decision.SCALE, Decision.ITERATE, Decision.STOP};
    for (int i = 0; i < 3; i++) {
      decisions[i] = toolkit.createButton(radios, options[i].getName().substring(0, 1)
          + options[i].getName().substring(1).toLowerCase(Locale.ROOT), SWT.RADIO);
      decisions[i].setData(options[i]);
    }
    toolkit.paintBordersFor(left);
    rationale = toolkit.createText(left, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    rationale.setMessage("Why: the evidence against the criteria, what it cost, what the skeptics said");
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 48).applyTo(rationale);
    decide = button(left, "Record decision", () -> {
      for (Button b : decisions) {
        if (b.getSelection()) {
          recordDecision((Decision) b.getData(), rationale.getText());
        }
      }
    });
    GridDataFactory.swtDefaults().applyTo(decide);

    Composite right = toolkit.createComposite(c);
    GridLayoutFactory.fillDefaults().applyTo(right);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(right);
    Label title = toolkit.createLabel(right, "Before anything scales (minimum three):");
    title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    checklist = toolkit.createComposite(right);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(checklist);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(checklist);
    Label evidence = toolkit.createLabel(right, "Evidence so far:");
    evidence.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    headline = toolkit.createLabel(right, "", SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(headline);
  }

  private StrategyModel model() {
    return session.getModel();
  }

  // ---- actions -----------------------------------------------------------------------------------------------

  private boolean run(String key, Command command) {
    if (session.execute(command)) {
      form.getMessageManager().removeMessage(key);
      return true;
    }
    form.getMessageManager().addMessage(key, session.lastRefusal(), null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
    return false;
  }

  private void setStatus(PilotStatus s) {
    if (s == PilotStatus.AGREED && pilot.getCriteria().isEmpty()) {
      form.getMessageManager().addMessage("status", "Agree at least one success criterion first.", null,
          org.eclipse.jface.dialogs.IMessageProvider.ERROR);
      return;
    }
    run("status", SetCommand.create(session.getEditingDomain(), pilot, Literals.PILOT__STATUS, s));
  }

  private void startPilot() {
    if (pilot.getCriteria().isEmpty() || pilot.getPrimaryMetric() == null) {
      form.getMessageManager().addMessage("status", "A pilot starts with its primary metric and at least one"
          + " agreed success criterion.", null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
      return;
    }
    LocalDate today = session.today();
    if (pilot.getStartDate() != null && pilot.getStartDate().isAfter(today)) {
      org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(form.getShell(),
          "Start before the planned date", "Pilot '" + pilot.getName() + "' is planned to start on "
              + pilot.getStartDate() + ". Starting today moves its start date to " + today + " and records why:", "",
          v -> v == null || v.isBlank() ? "Write why the pilot starts early." : null);
      if (ask.open() != org.eclipse.jface.window.Window.OK) {
        return;
      }
      startEarly(ask.getValue());
      return;
    }
    run("status", PilotRules.start(session.getEditingDomain(), pilot, today));
  }

  /** Starts the pilot today although it is planned later: the start date moves, with the reason recorded. */
  public boolean startEarly(String reason) {
    return run("status", PilotRules.startEarly(session.getEditingDomain(), pilot, session.today(), reason));
  }

  /**
   * The decision as the button takes it: asks why the pilot stops early when it is not over, and, for "scale" on
   * criteria that are not met under their rule, for the override's reason and person.
   */
  private void recordDecision(Decision decision, String why) {
    LocalDate today = session.today();
    boolean early = PilotSchedule.beforeEnd(pilot, today);
    PilotEvidence e = PilotEvidence.of(pilot, today);
    if (decision == Decision.SCALE && e.verdict() != PilotEvidence.Verdict.MET && why != null && !why.isBlank()) {
      OverrideDialog d = new OverrideDialog(form.getShell(), e.verdict().word(), model().getStakeholders(),
          pilot.getSponsor(), early);
      if (d.open() == org.eclipse.jface.window.Window.OK) {
        override(decision, why, d.reason(), d.who(), d.earlyStopReason());
      }
      return;
    }
    String earlyReason = null;
    if (early && (pilot.getEarlyStopReason() == null || pilot.getEarlyStopReason().isBlank())) {
      org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(form.getShell(),
          "Decide before the end", "Pilot '" + pilot.getName() + "' runs until " + PilotSchedule.end(pilot)
              + ". Why decide now?", "", v -> v == null || v.isBlank() ? "Write why the pilot stops early." : null);
      if (ask.open() != org.eclipse.jface.window.Window.OK) {
        return;
      }
      earlyReason = ask.getValue();
    }
    decide(decision, why, earlyReason);
  }

  /** Records the stage-gate decision; false (and the reason in the form) when a rule refused it. */
  public boolean decide(Decision decision, String why) {
    return decide(decision, why, null);
  }

  /**
   * Records the stage-gate decision with the reason the pilot stops early ({@code earlyStopReason}, null when it is
   * over); false (and the reason in the form) when a rule refused it.
   */
  public boolean decide(Decision decision, String why, String earlyStopReason) {
    if (why == null || why.isBlank()) {
      form.getMessageManager().addMessage("decision", "Write down why: the rationale is what the sponsor and the"
          + " skeptics will read.", null, org.eclipse.jface.dialogs.IMessageProvider.ERROR, rationale);
      return false;
    }
    form.getMessageManager().removeMessage("decision", rationale);
    return run("decision", PilotRules.decide(session.getEditingDomain(), pilot, decision, why.trim(), earlyStopReason,
        session.today()));
  }

  /** Records a decision the criteria do not support, with the override's reason and person; false when refused. */
  public boolean override(Decision decision, String why, String reason, Stakeholder by, String earlyStopReason) {
    PilotEvidence e = PilotEvidence.of(pilot, session.today());
    try {
      return run("decision", PilotRules.override(session.getEditingDomain(), pilot, decision, e.verdict().word(),
          reason, by, why, earlyStopReason, session.today()));
    } catch (IllegalArgumentException ex) {
      form.getMessageManager().addMessage("decision", "An override needs its reason and the person who decides.",
          null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
      return false;
    }
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
    return roi.getText();
  }

  /** The message shown in the page's header, or null. */
  public String headerMessage() {
    return form.getForm().getMessage();
  }

  private SuccessCriterion newCriterion() {
    SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
    c.setMetric(pilot.getPrimaryMetric());
    boolean compare = pilot.getDesign() != null && pilot.getDesign() != PilotDesign.PRE_POST;
    c.setComparator(compare ? Comparator.BEATS_COMPARISON_BY : Comparator.IMPROVES_BY);
    c.setThreshold(pilot.getTargetEffect() == null ? 0 : Math.abs(pilot.getTargetEffect()));
    c.setAgreedOn(session.today());
    c.setLastEditedOn(session.today());
    return c;
  }

  private void addCriterion() {
    SuccessCriterion c = newCriterion();
    c.setDescription("New criterion");
    if (pilot.getSponsor() != null) {
      c.getAgreedBy().add(pilot.getSponsor());
    }
    if (run("criteria", AddCommand.create(session.getEditingDomain(), pilot, Literals.PILOT__CRITERIA, c))) {
      criteria.refresh();
      criteria.setSelection(new StructuredSelection(c), true);
      criteria.editElement(c, 0);
    }
  }

  /** Turns a stakeholder's answer to "what does success look like to you?" into a criterion they agreed. */
  public boolean useAnswer(Stakeholder s) {
    return run("criteria", PilotRules.criterionFromAnswer(session.getEditingDomain(), pilot, s, s.getSuccessAnswer(),
        session.today()));
  }

  private void rebaseline() {
    Object o = ((IStructuredSelection) criteria.getSelection()).getFirstElement();
    if (!(o instanceof SuccessCriterion c)) {
      form.getMessageManager().addMessage("criteria", "Select the criterion to re-baseline.", null,
          org.eclipse.jface.dialogs.IMessageProvider.WARNING);
      return;
    }
    RebaselineDialog d = new RebaselineDialog(form.getShell(), session, c);
    if (d.open() == Window.OK) {
      run("criteria", d.command());
    }
  }

  private void addCost() {
    CostLine l = WedgeFactory.eINSTANCE.createCostLine();
    l.setDescription("New cost");
    l.setCategory(CostCategory.DEVELOPMENT);
    if (run("costs", AddCommand.create(session.getEditingDomain(), pilot, Literals.PILOT__COSTS, l))) {
      costs.refresh();
      costs.editElement(l, 0);
    }
  }

  private void addBenefit() {
    BenefitLine l = WedgeFactory.eINSTANCE.createBenefitLine();
    l.setDescription("New benefit");
    l.setMetric(pilot.getPrimaryMetric());
    l.setConfidence(0.5);
    l.setIsolation(0.5);
    if (run("benefits", AddCommand.create(session.getEditingDomain(), pilot, Literals.PILOT__BENEFITS, l))) {
      benefits.refresh();
      benefits.editElement(l, 0);
    }
  }

  private void remove(TableViewer viewer, org.eclipse.emf.ecore.EReference feature) {
    List<?> chosen = ((IStructuredSelection) viewer.getSelection()).toList();
    if (!chosen.isEmpty()) {
      run(feature.getName(), RemoveCommand.create(session.getEditingDomain(), pilot, feature, chosen));
    }
  }

  // ---- reading the model ------------------------------------------------------------------------------------

  void refresh() {
    if (form.isDisposed()) {
      return;
    }
    form.setText(pilot.getName() == null || pilot.getName().isBlank() ? "Unnamed pilot"
        : pilot.getName().replace("&", "&&")); // '&' shown, not taken as a mnemonic
    // a refusal or a missing input said for an action is about that attempt: once the model changes it is stale
    for (String key : List.of("status", "criteria")) {
      form.getMessageManager().removeMessage(key);
    }
    form.getMessageManager().removeMessage("decision");
    form.getMessageManager().removeMessage("decision", rationale);
    fields.refresh();
    PilotPower p = PilotPower.of(pilot);
    power.setText(Fields.esc(p.sentence()));
    power.setForeground(!p.checkable() ? null : p.adequate() ? green : red);
    timeline.setToday(session.today());
    timeline.show(pilot);
    for (TableViewer v : List.of(criteria, costs, benefits)) {
      if (!v.isCellEditorActive()) {
        v.refresh(); // a table being edited (Tab to the next cell) is refreshed when its editor closes
      }
    }
    boolean frozen = PilotRules.frozen(pilot);
    frozenNote.setText(frozen ? "Frozen since " + (pilot.getFrozenOn() == null ? "the start"
        : dev.wedge.ui.emf.LocalDates.format(pilot.getFrozenOn())) + ": edits are refused. A change goes through Re-baseline\u2026, which records what"
        + " changed and why." : "Open for agreement: the criteria freeze when the pilot starts.");
    StringBuilder rb = new StringBuilder();
    for (Rebaseline r : pilot.getRebaselines()) {
      rb.append("Re-baselined ").append(dev.wedge.ui.emf.LocalDates.format(r.getDate())).append(": ").append(r.getChange()).append(" \u2014 ")
          .append(r.getReason()).append('\n');
    }
    rebaselines.setText(Fields.esc(rb.toString().trim()));
    answers();
    Roi r = Roi.of(pilot);
    Money money = Money.of(model());
    roi.setText(Fields.esc(pilot.getCosts().isEmpty() ? "ROI: add the fully loaded costs to see it."
        : String.format(Locale.ROOT, "%s %s \u00b7 adjusted benefits %s a year \u00b7 BCR %s \u00b7 ROI %s \u00b7"
            + " payback %s", r.costsLabel(), money.format(r.costs()), money.format(r.benefits()),
            Double.isNaN(r.bcr()) ? "\u2013" : String.format(Locale.ROOT, "%.2f", r.bcr()),
            Double.isNaN(r.roiPercent()) ? "\u2013" : String.format(Locale.ROOT, "%.0f%%", r.roiPercent()),
            Double.isInfinite(r.paybackMonths()) ? "never (no benefits counted)"
                : String.format(Locale.ROOT, "%.1f months", r.paybackMonths())
                    + (r.paybackBeyondHorizon() ? ", beyond the 12 months of benefits counted" : ""))));
    PilotEvidence pe = PilotEvidence.of(pilot, session.today());
    evidence.show(pe);
    scrap.show(pe);
    stageGate();
    Fields.relayout(form);
  }

  private void answers() {
    for (Control c : answers.getChildren()) {
      c.dispose();
    }
    List<Stakeholder> people = model().getStakeholders().stream()
        .filter(s -> s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank())
        .sorted(java.util.Comparator.comparing(PilotPage::skepticFirst)).toList();
    offer.setText(PilotRules.frozen(pilot) ? "The answers the criteria came from:"
        : "\u201cWhat does success look like to you?\u201d \u2014 one click turns an answer into a criterion:");
    if (people.isEmpty()) {
      toolkit.createLabel(answers, "No answers recorded yet: ask the stakeholders, the skeptics first (Resistance"
          + " editor).");
    }
    boolean frozen = PilotRules.frozen(pilot);
    int elsewhere = 0;
    for (Stakeholder s : people) {
      boolean used = pilot.getCriteria().stream().anyMatch(c -> c.getSource() == s);
      if (frozen && !used) {
        continue;
      }
      if (!used && model().getPilots().stream().anyMatch(o -> o != pilot && o.getCriteria().stream()
          .anyMatch(c -> c.getSource() == s))) {
        elsewhere++; // the answer is another pilot's criterion: it is that pilot's, not offered here
        continue;
      }
      String who = s.getName() + (s.getRole() == null ? "" : ", " + s.getRole())
          + (s.getStance() == null ? "" : " (" + s.getStance().getName().toLowerCase(Locale.ROOT) + ")");
      String text = who + ": \u201c" + s.getSuccessAnswer() + "\u201d";
      if (used || frozen) {
        Label l = toolkit.createLabel(answers, Fields.esc((used ? "\u2713 " : "") + text), SWT.WRAP);
        l.setForeground(used ? green : null);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(l);
      } else {
        Hyperlink h = toolkit.createHyperlink(answers, "+ " + text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(h);
        h.addHyperlinkListener(new HyperlinkAdapter() {
          @Override
          public void linkActivated(HyperlinkEvent e) {
            useAnswer(s);
          }
        });
      }
    }
    if (elsewhere > 0) {
      Label l = toolkit.createLabel(answers, (elsewhere == 1 ? "1 answer is" : elsewhere + " answers are")
          + " already a criterion of another pilot, and shown there.", SWT.WRAP);
      l.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
      GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(l);
    }
  }

  /** The answers offered or shown on this page (for tests). */
  public List<String> answerTexts() {
    return java.util.Arrays.stream(answers.getChildren()).map(c -> c instanceof Hyperlink h ? h.getText()
        : c instanceof Label l ? l.getText() : "").toList();
  }

  private static int skepticFirst(Stakeholder s) {
    return s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT ? 0 : 1;
  }

  private void stageGate() {
    PilotStatus s = pilot.getStatus() == null ? PilotStatus.DRAFT : pilot.getStatus();
    String text = switch (s) {
      case DRAFT -> "Draft: agree the criteria with the sponsor and the skeptics.";
      case AGREED -> "Criteria agreed: ready to start.";
      case RUNNING -> "Running since " + dev.wedge.ui.emf.LocalDates.format(pilot.getStartDate()) + ", ends "
          + dev.wedge.ui.emf.LocalDates.format(PilotSchedule.end(pilot)) + ".";
      case EVALUATING -> "Evaluating: the weeks are over, the decision is due.";
      case DECIDED -> "Decided: " + pilot.getDecision().getName().toLowerCase(Locale.ROOT)
          + (pilot.getDecisionDate() == null ? "" : " on " + dev.wedge.ui.emf.LocalDates.format(pilot.getDecisionDate()))
          + (pilot.getDecisionRationale() == null ? "" : " \u2014 " + pilot.getDecisionRationale());
    };
    status.setText(Fields.esc(text));
    show(agree, s == PilotStatus.DRAFT);
    show(start, s.getValue() < PilotStatus.RUNNING_VALUE);
    show(evaluate, s == PilotStatus.RUNNING);
    boolean canDecide = s.getValue() >= PilotStatus.RUNNING_VALUE;
    for (Button b : decisions) {
      b.setEnabled(canDecide);
      b.setSelection(b.getData() == pilot.getDecision());
    }
    Fields.enable(canDecide, rationale, decide);
    if (!rationale.isFocusControl() && pilot.getDecisionRationale() != null) {
      rationale.setText(pilot.getDecisionRationale());
    }

    for (Control c : checklist.getChildren()) {
      c.dispose();
    }
    gateLines.clear();
    List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(pilot);
    if (gaps.size() == 1 && gaps.get(0).kind() == GovernanceGate.Kind.INITIATIVE) {
      line(false, "Choose the initiative this pilot tests: its governance is checked against it.", gaps.get(0));
    } else {
      String name = pilot.getInitiative() == null ? "" : "'" + pilot.getInitiative().getName() + "'";
      GovernanceGate.Gap unknown = gaps.stream().filter(g -> g.kind() == GovernanceGate.Kind.AI_CONTENT)
          .findFirst().orElse(null);
      if (unknown != null) {
        line(false, unknown.message(), unknown);
      } else {
        check(gaps, GovernanceGate.Kind.REVIEW_STEP, pilot.getInitiative() != null
            && !pilot.getInitiative().isUsesAiContent() ? name + " puts no AI content in front of learners"
            : "a person reviews the AI content of " + name + " before learners see it");
      }
      check(gaps, GovernanceGate.Kind.LEARNER_DATA, "the learner data " + name + " uses is listed with purpose and"
          + " access");
      check(gaps, GovernanceGate.Kind.LEGAL, "legal/compliance consulted and said yes");
    }
    PilotEvidence e = PilotEvidence.of(pilot, session.today());
    String h = Headline.of(e);
    DecisionOverride o = PilotRules.currentOverride(pilot);
    headline.setText(Fields.esc(Character.toUpperCase(h.charAt(0)) + h.substring(1) + "; criteria " + e.verdict().word()
        + "; evidence " + e.rating().label() + "." + (o == null ? "" : " Override: " + o.getDecision().getName()
            .toLowerCase(Locale.ROOT) + " although the criteria were " + o.getEvidence() + " \u2014 " + o.getReason()
            + (o.getBy() == null ? "" : " (" + o.getBy().getName() + ")") + ".")));
  }

  private static void show(Button b, boolean visible) {
    b.setVisible(visible);
    ((org.eclipse.swt.layout.GridData) b.getLayoutData()).exclude = !visible;
    b.getParent().requestLayout();
  }

  private void check(List<GovernanceGate.Gap> gaps, GovernanceGate.Kind kind, String ok) {
    List<GovernanceGate.Gap> mine = gaps.stream().filter(g -> g.kind() == kind).toList();
    if (mine.isEmpty()) {
      line(true, ok, null);
    }
    for (GovernanceGate.Gap g : mine) {
      line(false, g.message(), g);
    }
  }

  private void line(boolean ok, String text, GovernanceGate.Gap target) {
    Label mark = toolkit.createLabel(checklist, ok ? "\u2714" : "\u2718");
    mark.setForeground(ok ? green : red);
    GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(mark);
    String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    gateLines.add((ok ? "ok: " : "missing: ") + sentence);
    if (target == null) {
      Label l = toolkit.createLabel(checklist, Fields.esc(sentence), SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(l);
      return;
    }
    Hyperlink h = toolkit.createHyperlink(checklist, sentence + " \u2192", SWT.WRAP);
    h.setToolTipText("Go there to fix it");
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(h);
    h.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        editor.showGap(target);
      }
    });
  }

  // ---- for the editor and tests ------------------------------------------------------------------------------

  /** The lines of the governance checklist: "ok: ..." or "missing: ...". */
  public List<String> gateLines() {
    return List.copyOf(gateLines);
  }

  /** The lines of "Before anything scales" (for layout tests). */
  Composite checklist() {
    return checklist;
  }

  /** The answers the criteria came from, or may come from (for layout tests). */
  Composite answerLines() {
    return answers;
  }

  ScrolledForm form() {
    return form;
  }

  /** The sample-size answer as shown. */
  public String powerText() {
    return power.getText();
  }

  public TimelineCanvas timeline() {
    return timeline;
  }

  public TableViewer criteriaTable() {
    return criteria;
  }

  /** Selects an object of this pilot (a criterion, cost or benefit) in its table. */
  void select(EObject o) {
    for (TableViewer v : List.of(criteria, costs, benefits)) {
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
    initiative.getControl().setFocus();
    form.showControl(initiative.getControl());
  }

  void dispose() {
    form.dispose();
  }
}
