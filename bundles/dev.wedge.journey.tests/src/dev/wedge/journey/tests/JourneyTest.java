package dev.wedge.journey.tests;

import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.Widgets.after;
import static dev.wedge.ui.testing.Widgets.all;
import static dev.wedge.ui.testing.Widgets.click;
import static dev.wedge.ui.testing.Widgets.inDialog;
import static dev.wedge.ui.testing.Widgets.key;
import static dev.wedge.ui.testing.Widgets.pick;
import static dev.wedge.ui.testing.Widgets.select;
import static dev.wedge.ui.testing.Widgets.text;
import static dev.wedge.ui.testing.Widgets.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.editor.metrics.MetricsEditor;
import dev.wedge.editor.overview.ModelOverviewEditor;
import dev.wedge.editor.pilot.PilotEditor;
import dev.wedge.editor.pilot.PilotPage;
import dev.wedge.editor.strategy.StrategyEditor;
import dev.wedge.editor.strategy.StrategyMapCanvas;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.ConsultationOutcome;
import dev.wedge.model.Decision;
import dev.wedge.model.Initiative;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.ReviewStep;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.report.MethodOverview;
import dev.wedge.ui.emf.PropertyColumns;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/**
 * A head of L&amp;D's whole path, in a real workbench at 1280x800, through its commands and widgets: a new model for
 * a logistics company, its map with one initiative left without a metric, a pilot from the New Pilot wizard, the
 * stakeholders and their concerns, a skeptic's answer made a criterion, a CSV import, the start, a frozen edit
 * refused in full, scale refused until governance is complete, the brief, save, close, reopen, and undo and redo
 * across two editors. Every step is asserted, and any error logged fails it.
 */
class JourneyTest {

  /** A Monday: the session's today, so the pilot's default start is the next one. */
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  private static final LocalDate START = LocalDate.of(2027, 1, 11);

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private IWorkbenchPage page;
  private org.eclipse.swt.graphics.Rectangle bounds;

  @BeforeEach
  void open() {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    page = window.getActivePage();
    bounds = window.getShell().getBounds();
    window.getShell().setBounds(0, 0, 1280, 800);
    UiTesting.closeAllModels();
    clock(TODAY);
  }

  @AfterEach
  void close() {
    UiTesting.closeAllModels();
    window.getShell().setBounds(bounds);
    ModelSessions.getDefault().setClock(Clock.systemDefaultZone());
  }

  private static void clock(LocalDate day) {
    ModelSessions.getDefault().setClock(Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private static void command(String id) {
    try {
      PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
    } catch (Exception e) {
      throw new AssertionError("the command " + id + " failed: " + e, e);
    }
    processEvents();
  }

  private <T extends IEditorPart> T part(ModelSession session, String part, Class<T> type, EObject select)
      throws Exception {
    IEditorPart editor = ModelEditors.openPart(page, session, ModelParts.find(part).orElseThrow(), select);
    processEvents();
    return type.cast(editor);
  }

  /** What the Properties view's cell editor does with a typed value. */
  private static void property(EObject owner, EStructuralFeature feature, Object value, ModelSession session) {
    PropertyColumns.descriptor(session.getAdapterFactory(), owner, feature).setPropertyValue(owner, value);
    processEvents();
  }

  private static void mouse(Control c, int type, Point p) {
    Event e = new Event();
    e.x = p.x;
    e.y = p.y;
    e.button = 1;
    e.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
    c.notifyListeners(type, e);
  }

  private static void clickOn(StrategyMapCanvas map, EObject o) {
    Point p = map.centerOf(o);
    assertNotNull(p, "the map shows " + o);
    mouse(map, SWT.MouseDown, p);
    mouse(map, SWT.MouseUp, p);
    processEvents();
  }

  /** Types a key on the map, then the name into the in-place editor it opens, and Enter. */
  private static void create(StrategyMapCanvas map, char key, String name) {
    key(map, key, key);
    Text inline = map.inlineEditor();
    assertNotNull(inline, "'" + key + "' creates a box and asks for its name in place");
    inline.setText(name);
    inline.notifyListeners(SWT.DefaultSelection, new Event());
    processEvents();
  }

  private static void showTab(Composite root, String title) {
    for (CTabFolder f : all(root, CTabFolder.class)) {
      for (CTabItem item : f.getItems()) {
        if (item.getText().startsWith(title)) {
          f.setSelection(item);
          Event e = new Event();
          e.item = item;
          f.notifyListeners(SWT.Selection, e);
          processEvents();
          return;
        }
      }
    }
    throw new AssertionError("no tab '" + title + "'");
  }

  private static NatTable tableAfter(Composite root, String label) {
    return after(root, label, NatTable.class);
  }

  private static void cell(NatTable table, int column, int row, Object value) {
    table.doCommand(new UpdateDataCommand(table, column, row, value));
    processEvents();
  }

  private static Composite control(IEditorPart editor) {
    return ((SessionEditorPart) editor).partControl();
  }

  @Test
  void fromNewModelToTheExportedBriefAndBack() throws Exception {
    try (UiTesting.ErrorLog log = new UiTesting.ErrorLog()) {
      walk();
      log.assertNone();
    }
  }

  private void walk() throws Exception {
    Path file = dir.resolve("nordvik.wedge");

    // 1. File › New Model, blank: the model opens on its overview
    inDialog("New Wedge model", () -> command("dev.wedge.ui.newModel"), s -> {
      pick(after(s, "Template:", Combo.class), "Blank");
      type(text(s, "Model name:"), "Nordvik Logistics: AI in onboarding");
      type(text(s, "Organization:"), "Nordvik Logistics");
      type(text(s, "File:"), file.toString());
      click(s, "Finish");
    });
    assertTrue(Files.exists(file), "the model was created");
    ModelSession session = WorkbenchModels.get().getModels().stream()
        .filter(m -> m.getFile().equals(file.toAbsolutePath())).findFirst().orElseThrow();
    StrategyModel model = session.getModel();
    assertEquals(ModelEditors.OVERVIEW_EDITOR_ID, page.getActiveEditor().getEditorSite().getId(),
        "a new model opens on its overview");

    // the map: a goal, the metric that shows it, an initiative that moves it, and one tied to nothing
    StrategyEditor strategy = part(session, "strategy", StrategyEditor.class, null);
    StrategyMapCanvas map = strategy.canvas();
    create(map, 'g', "Deliver on time, every time");
    BusinessGoal goal = model.getGoals().get(0);
    assertEquals("Deliver on time, every time", goal.getName());
    create(map, 'm', "Time to productivity of new drivers");
    BusinessMetric metric = model.getMetrics().get(0);
    assertEquals(goal, metric.getGoal(), "a metric made with the goal selected shows that goal");
    create(map, 'i', "AI route-coaching assistant");
    Initiative coach = model.getInitiatives().get(0);
    assertEquals(metric, coach.getLinks().get(0).getMetric(), "an initiative made with the metric selected moves it");
    clickOn(map, goal);
    create(map, 'i', "AI chatbot for HR questions");
    Initiative chatbot = model.getInitiatives().get(1);
    assertTrue(chatbot.getLinks().isEmpty(), "made with the goal selected, it moves no metric");
    assertTrue(map.zoom() >= 0.8, "the map stays readable: " + map.zoom());
    // the metric's unit, direction, baseline and target, typed in the Properties view
    property(metric, Literals.BUSINESS_METRIC__UNIT, "days", session);
    property(metric, Literals.BUSINESS_METRIC__DIRECTION, dev.wedge.model.Direction.DECREASE, session);
    property(metric, Literals.BUSINESS_METRIC__BASELINE, 42.0, session);
    property(metric, Literals.BUSINESS_METRIC__TARGET, 30.0, session);
    assertEquals(42.0, metric.getBaseline());
    ModelOverviewEditor overview = (ModelOverviewEditor) ModelEditors.openOverview(page, session);
    processEvents();
    MethodOverview.Line one = overview.overview().lines().stream()
        .filter(l -> l.step() == MethodOverview.Step.METRIC).findFirst().orElseThrow();
    assertFalse(one.ok(), "the initiative without a metric is flagged");
    assertTrue(one.text().contains("AI chatbot for HR questions") || one.text().contains("1 of 2"), one.text());
    assertEquals(chatbot, one.target(), "and the line leads to it");

    // 2. the stakeholders, and their concerns, in the Stakeholders editor
    IEditorPart people = part(session, "resistance", IEditorPart.class, null);
    Composite register = control(people);
    click(register, "Add stakeholder");
    NatTable table = all(register, NatTable.class).get(0);
    cell(table, 1, 1, "Ingrid Halvorsen");
    cell(table, 2, 1, "COO");
    cell(table, 3, 1, "Senior leader");
    cell(table, 6, 1, "Supporter");
    click(register, "Add stakeholder");
    Stakeholder coo = model.getStakeholders().get(0);
    Stakeholder skeptic = model.getStakeholders().get(1);
    cell(table, 1, 2, "Lars Berg");
    cell(table, 2, 2, "Head of the drivers' union");
    cell(table, 6, 2, "Skeptic");
    assertEquals("Ingrid Halvorsen", coo.getName());
    assertEquals(dev.wedge.model.StakeholderGroup.SENIOR_LEADER, coo.getGroup(), "the group by its name");
    assertEquals(Stance.SKEPTIC, skeptic.getStance());
    // Lars is selected (the last one added): his concern
    click(register, "Add concern");
    assertEquals(1, skeptic.getConcerns().size(), "Add concern adds one to the person in focus");
    NatTable concerns = tableAfter(register, "Concerns (what worries them, and its root cause)");
    cell(concerns, 1, 1, "Drivers will be scored by an app that does not know the routes");
    cell(concerns, 2, 1, "Trust");
    assertEquals("Drivers will be scored by an app that does not know the routes",
        skeptic.getConcerns().get(0).getDescription());
    click(register, "Add action");
    assertEquals(1, skeptic.getActions().size(), "and a response action that answers it");
    assertEquals(skeptic.getConcerns().get(0), skeptic.getActions().get(0).getConcern());

    // the New Pilot wizard, from its command: six questions
    inDialog("New Pilot", () -> command("dev.wedge.editor.pilot.newPilot"), s -> {
      type(text(s, "Pilot name:"), "Route coaching for new drivers");
      type(text(s, "The problem:"), "New drivers take six weeks to drive their routes on time");
      click(s, "Next >");
      select(after(s, "Sponsor (senior leaders first):", Table.class), i -> i.getText().startsWith("Ingrid"));
      pick(after(s, "The initiative it tests:", Combo.class), "AI route-coaching assistant");
      click(s, "Next >");
      select(all(s, Table.class).stream().filter(t -> t.getItemCount() > 0 && t.getItem(0).getText()
          .startsWith("Time to productivity")).findFirst().orElseThrow(), i -> i.getText().startsWith("Time to"));
      type(text(s, "Change you are after:"), "5");
      click(s, "Next >");
      type(text(s, "Criterion:"), "New drivers productive at least 5 days sooner");
      type(text(s, "Threshold:"), "5");
      click(s, "Next >");
      type(text(s, "Participants:"), "30");
      type(text(s, "Comparison group:"), "30");
      click(s, "Next >");
      assertEquals(START.toString(), text(s, "Start:").getText(), "six weeks from next Monday");
      click(s, "Finish");
    });
    assertEquals(1, model.getPilots().size(), "the wizard made the pilot");
    Pilot pilot = model.getPilots().get(0);
    assertEquals(coo, pilot.getSponsor());
    assertEquals(coach, pilot.getInitiative());
    assertEquals(metric, pilot.getPrimaryMetric());
    assertEquals(START, pilot.getStartDate());

    // 3. the skeptic's answer, captured in the workshop, made a criterion of the pilot
    people = part(session, "resistance", IEditorPart.class, null);
    showTab(control(people), "Workshop");
    Composite workshop = control(people);
    select(after(workshop, "Skeptics first (\u2713 answered):", Table.class), i -> i.getText().startsWith("Lars"));
    Text answer = all(workshop, Text.class).stream().filter(t -> "Their words, as they say them".equals(t.getMessage()))
        .findFirst().orElseThrow();
    type(answer, "Fewer late deliveries on the routes new drivers take");
    pick(after(workshop, "Pilot:", Combo.class), "Route coaching");
    click(workshop, "Make it a success criterion");
    assertEquals(2, pilot.getCriteria().size(), "the answer is a criterion of the pilot");
    SuccessCriterion fromAnswer = pilot.getCriteria().get(1);
    assertEquals(skeptic, fromAnswer.getSource());
    assertEquals("Fewer late deliveries on the routes new drivers take", skeptic.getSuccessAnswer());

    // a CSV import: the metric's history, before the pilot
    MetricsEditor metrics = part(session, "metrics", MetricsEditor.class, metric);
    Path csv = dir.resolve("time-to-productivity.csv");
    Files.writeString(csv, "date,value,cohort\n2026-09-01,44,all\n2026-10-01,43,all\n2026-11-02,42,all\n"
        + "2026-12-01,42.5,all\n", StandardCharsets.UTF_8);
    inDialog("Import measurements", () -> metrics.importCsv(metric, csv), s -> click(s, "Import 4"));
    assertEquals(4, metric.getMeasurements().size(), "imported");
    assertEquals(1, metric.getImports().size(), "with its record");

    // 4. start on the planned date: the criteria freeze
    clock(START);
    PilotEditor pilots = part(session, "pilots", PilotEditor.class, pilot);
    PilotPage pilotPage = pilots.showPage(pilot);
    processEvents();
    // the criterion from the answer gets its threshold before the start
    property(fromAnswer, Literals.SUCCESS_CRITERION__METRIC, metric, session);
    property(fromAnswer, Literals.SUCCESS_CRITERION__COMPARATOR, dev.wedge.model.Comparator.IMPROVES_BY, session);
    property(fromAnswer, Literals.SUCCESS_CRITERION__THRESHOLD, 3.0, session);
    click((Composite) pilotPage.getControl(), "Criteria agreed");
    click((Composite) pilotPage.getControl(), "Start pilot (freezes criteria)");
    assertEquals(PilotStatus.RUNNING, pilot.getStatus(), session.lastRefusal());
    // a frozen edit, from the keyboard in the criteria table: refused, its whole sentence at the top of the editor
    TableViewer criteria = pilotPage.criteriaTable();
    criteria.setSelection(new StructuredSelection(pilot.getCriteria().get(0)));
    criteria.getTable().setFocus();
    processEvents();
    key(criteria.getTable(), SWT.F2, (char) 0);
    Control focus = Display.getCurrent().getFocusControl();
    assertTrue(focus instanceof Text, "F2 edits the criterion: " + focus);
    ((Text) focus).setText("Something easier");
    key(focus, SWT.TAB, '\t');
    assertEquals("New drivers productive at least 5 days sooner", pilot.getCriteria().get(0).getDescription(),
        "a frozen criterion is not changed");
    String why = session.lastRefusal();
    assertTrue(why != null && why.contains("frozen"), why);
    assertEquals(why, pilots.messages().message(), "the whole sentence, at the top of the editor");
    assertTrue(pilots.messages().showsWholeText(), "wrapped, not cut");

    // scale after the six weeks: refused while governance is missing
    clock(START.plusWeeks(6).plusDays(1));
    assertFalse(pilotPage.override(Decision.SCALE, "New drivers were on time sooner", "The sponsor takes the risk",
        coo, null), "scale is refused");
    assertTrue(pilotPage.headerMessage().contains("cannot be decided 'scale' yet"), pilotPage.headerMessage());
    assertTrue(pilotPage.headerMessage().contains("AI route-coaching assistant"), pilotPage.headerMessage());
    // governance completed in the Governance editor
    IEditorPart governance = part(session, "governance", IEditorPart.class, null);
    Composite g = control(governance);
    property(coach, Literals.INITIATIVE__USES_AI_CONTENT, Boolean.TRUE, session);
    click(g, "Add data");
    LearnerDataItem data = model.getGovernance().getLearnerData().get(0);
    property(data, Literals.NAMED__NAME, "Route completion times per driver", session);
    property(data, Literals.LEARNER_DATA_ITEM__PURPOSE, "Coaching on the routes a driver finds hard", session);
    property(data, Literals.LEARNER_DATA_ITEM__ACCESS, "The driver and their coach", session);
    property(data, Literals.LEARNER_DATA_ITEM__USED_BY, List.of(coach), session);
    click(g, "Add step");
    ReviewStep review = model.getGovernance().getReviewSteps().get(0);
    property(review, Literals.REVIEW_STEP__WORKFLOW, coach, session);
    property(review, Literals.REVIEW_STEP__BEFORE_LEARNERS, Boolean.TRUE, session);
    click(g, "Add");
    dev.wedge.model.Consultation works = model.getGovernance().getConsultations().get(0);
    property(works, Literals.CONSULTATION__WHO, "Works council", session);
    property(works, Literals.CONSULTATION__DATE, START.minusDays(3), session);
    property(works, Literals.CONSULTATION__OUTCOME, ConsultationOutcome.APPROVED, session);
    property(works, Literals.CONSULTATION__INITIATIVES, List.of(coach), session);
    assertTrue(dev.wedge.core.method.GovernanceGate.gaps(pilot).isEmpty(),
        dev.wedge.core.method.GovernanceGate.describe(dev.wedge.core.method.GovernanceGate.gaps(pilot)));
    pilots = part(session, "pilots", PilotEditor.class, pilot);
    pilotPage = pilots.showPage(pilot);
    assertTrue(pilotPage.override(Decision.SCALE, "New drivers were on time sooner", "The sponsor takes the risk",
        coo, null), pilotPage.headerMessage());
    assertEquals(Decision.SCALE, pilot.getDecision(), "scale is accepted once governance is complete");

    // 5. the brief: File › Export Executive Brief, written where the wizard says
    inDialog("Executive Brief", () -> command("dev.wedge.report.ui.brief"), s -> click(s, "Finish"));
    Path brief = dir.resolve("nordvik-brief.pdf");
    dev.wedge.ui.testing.UiTesting.waitUntil(() -> org.eclipse.core.runtime.jobs.Job.getJobManager()
        .find(dev.wedge.ui.wizards.WizardJob.FAMILY).length == 0,
        "the brief's job ends");
    assertTrue(Files.exists(brief), "the brief was written: " + brief);
    assertTrue(Files.readString(brief, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

    // save, close, reopen: everything is there
    page.activate(pilots);
    command("org.eclipse.ui.file.save");
    assertFalse(session.isDirty(), "saved");
    assertTrue(WorkbenchModels.get().close(session, window.getShell()), "closed");
    processEvents();
    assertTrue(WorkbenchModels.get().getModels().isEmpty());
    ModelSession again = WorkbenchModels.get().openWithEditor(file, window);
    processEvents();
    assertNotNull(again);
    StrategyModel m = again.getModel();
    assertEquals("Nordvik Logistics", m.getOrganization());
    assertEquals(List.of("AI route-coaching assistant", "AI chatbot for HR questions"),
        m.getInitiatives().stream().map(Initiative::getName).toList());
    assertEquals(2, m.getStakeholders().size());
    assertEquals(1, m.getStakeholders().get(1).getConcerns().size());
    Pilot p = m.getPilots().get(0);
    assertEquals(PilotStatus.DECIDED, p.getStatus());
    assertEquals(Decision.SCALE, p.getDecision());
    assertEquals(2, p.getCriteria().size());
    assertEquals(m.getStakeholders().get(1), p.getCriteria().get(1).getSource());
    assertEquals(4, m.getMetrics().get(0).getMeasurements().size());
    assertEquals(1, m.getMetrics().get(0).getImports().size());

    // 6. undo and redo across two editors: one history per file
    StrategyEditor map2 = part(again, "strategy", StrategyEditor.class, null);
    BusinessGoal g2 = m.getGoals().get(0);
    clickOn(map2.canvas(), g2);
    key(map2.canvas(), SWT.F2, (char) 0);
    Text rename = map2.canvas().inlineEditor();
    assertNotNull(rename, "F2 renames in place");
    rename.setText("Deliver on time");
    rename.notifyListeners(SWT.DefaultSelection, new Event());
    processEvents();
    assertEquals("Deliver on time", g2.getName());
    MetricsEditor metrics2 = part(again, "metrics", MetricsEditor.class, m.getMetrics().get(0));
    Measurement first = metrics2.table().row(0);
    double before = first.getValue();
    assertTrue(metrics2.table().set(first, 1, "41"));
    assertEquals(41.0, first.getValue());
    page.activate(map2);
    processEvents();
    command("org.eclipse.ui.edit.undo");
    assertEquals(before, first.getValue(), "undo in the map's editor takes back the table's edit");
    command("org.eclipse.ui.edit.undo");
    assertEquals("Deliver on time, every time", g2.getName(), "and then the map's own");
    page.activate(metrics2);
    processEvents();
    command("org.eclipse.ui.edit.redo");
    assertEquals("Deliver on time", g2.getName(), "redo in the metrics editor brings the rename back");
    command("org.eclipse.ui.edit.redo");
    assertEquals(41.0, first.getValue());
    assertEquals(Cohort.ALL, first.getCohort());
  }
}
