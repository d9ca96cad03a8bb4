package dev.wedge.team.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.ui.session.ModelPropertySheetPage;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;

/**
 * A pilot's history where the user looks at it, in a real workbench: the pilot page checks the criteria against the
 * start tag ({@code pilot/<id>/start}, made by {@code wedge start-pilot}) and names the threshold changed since
 * without a re-baseline, and lists the commits that changed the pilot; the Properties view's History category lists
 * the same commits, each opening onto what it changed field by field. Nothing is logged.
 */
class PilotTeamSectionTest {

  private static final String PILOT = "p-compliance";
  private static final String CRITERION = "Incidents down by a quarter";

  @TempDir
  Path dir;

  private Path model;
  private String startCommit;
  private LocalDate startDay;
  private String lowered;
  private UiTesting.ErrorLog errors;

  @BeforeEach
  void shareStartAndChange() throws Exception {
    errors = new UiTesting.ErrorLog();
    model = copyExample(Files.createDirectories(dir.resolve("lead")));
    threshold(25.0, true);
    PersonIdent lead = new PersonIdent("L&D lead", "lead@example.org");
    try (ModelRepository r = ModelRepository.share(model, null, null, "Shared", lead)) {
      r.setIdentity("L&D lead", "lead@example.org");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(ExitCodes.OK, WedgeApplication.run(List.of("start-pilot", model.toString(), PILOT, "--today",
        "2026-12-02"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
            StandardCharsets.UTF_8)), out.toString(StandardCharsets.UTF_8));
    try (ModelRepository r = ModelRepository.of(model); RevWalk walk = new RevWalk(r.repository())) {
      Repository repo = r.repository();
      RevCommit c = walk.parseCommit(repo.getRefDatabase().peel(repo.exactRef("refs/tags/pilot/" + PILOT
          + "/start")).getPeeledObjectId());
      startCommit = c.abbreviate(7).name();
      startDay = Instant.ofEpochSecond(c.getCommitTime()).atZone(c.getCommitterIdent().getZoneId()).toLocalDate();
      threshold(10.0, false);
      lowered = r.commit("Threshold lowered", new PersonIdent("Consultant", "consultant@example.org"));
    }
  }

  /** Sets the compliance pilot's criterion's threshold (adding the criterion first when {@code add}) in the file. */
  private void threshold(double value, boolean add) throws Exception {
    LoadedModel m = ModelStore.load(model);
    Pilot p = m.model().getPilots().stream().filter(x -> x.getId().equals(PILOT)).findFirst().orElseThrow();
    if (add) {
      SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
      c.setId("cr-comp-1");
      c.setDescription(CRITERION);
      p.getCriteria().add(c);
    }
    p.getCriteria().get(0).setThreshold(value);
    ModelStore.save(m.resource(), model);
    Files.deleteIfExists(model.resolveSibling(model.getFileName() + ".bak"));
  }

  @AfterEach
  void close() {
    closeAllModels();
    errors.close();
  }

  private static List<String> labels() {
    return Widgets.all(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Label.class).stream()
        .map(Label::getText).toList();
  }

  private static Optional<Table> historyTable() {
    return Widgets.all(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Table.class).stream()
        .filter(t -> t.getColumnCount() == 4 && t.getColumn(3).getText().equals("What changed")).findFirst();
  }

  @Test
  void thePilotPageNamesTheChangeSinceTheStartTagAndListsTheCommits() throws Exception {
    ModelSession session = WorkbenchModels.get().open(model, null);
    Pilot pilot = session.getModel().getPilots().stream().filter(x -> x.getId().equals(PILOT)).findFirst()
        .orElseThrow();
    SessionEditorPart editor = openPart(session, "pilots", SessionEditorPart.class);
    editor.selectObject(pilot);
    processEvents();
    String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(startDay);
    String expected = "Pilot 'Monthly compliance refreshers': criteria fixed in commit " + startCommit + " on " + day
        + ", changed since without a recorded re-baseline: threshold of '" + CRITERION + "' 25.0 \u2192 10.0.";
    waitUntil(() -> labels().contains(expected), "the pre-registration check on the page (shown: " + labels()
        .stream().filter(l -> l.startsWith("Pilot '")).toList() + ")");
    waitUntil(() -> historyTable().map(t -> t.getItemCount() >= 3).orElse(false), "the pilot's commits on the page");
    Table table = historyTable().orElseThrow();
    List<String> rows = Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(2) + " | "
        + i.getText(3)).toList();
    TableItem first = table.getItem(0);
    assertEquals(lowered, first.getText(0), rows.toString());
    assertEquals("Consultant", first.getText(2), rows.toString());
    assertTrue(first.getText(3).contains("threshold") && first.getText(3).contains("10"), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith(startCommit + " | L&D lead | ")), rows.toString());
    assertTrue(labels().contains("3 commits changed the pilot, newest first (Team \u203a Show History restores a"
        + " version)."), labels().toString());
    errors.assertNone();
  }

  @Test
  void thePropertiesViewHasTheHistoryOfTheSelectedPilotFieldByField() throws Exception {
    ModelSession session = WorkbenchModels.get().open(model, null);
    Pilot pilot = session.getModel().getPilots().stream().filter(x -> x.getId().equals(PILOT)).findFirst()
        .orElseThrow();
    IEditorPart editor = openPart(session, "pilots", IEditorPart.class);
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
    page.activate(editor);
    processEvents();
    ModelPropertySheetPage sheet = (ModelPropertySheetPage) properties.getCurrentPage();
    sheet.selectionChanged(editor, new StructuredSelection(pilot));
    Tree tree = (Tree) sheet.getControl();
    waitUntil(() -> history(tree).map(h -> h.getItemCount() == 3).orElse(false), "the History category with three"
        + " commits (shown: " + history(tree).map(h -> texts(h.getItems())).orElse(List.of()) + ")");
    TreeItem newest = history(tree).orElseThrow().getItem(0);
    assertTrue(newest.getText(0).startsWith(lowered + "  "), newest.getText(0));
    assertTrue(newest.getText(0).endsWith("  Consultant"), newest.getText(0));
    assertEquals("Threshold lowered (1 changed)", newest.getText(1));
    newest.setExpanded(true);
    Event e = new Event();
    e.item = newest;
    tree.notifyListeners(SWT.Expand, e);
    processEvents();
    List<String> fields = new ArrayList<>();
    for (TreeItem i : newest.getItems()) {
      fields.add(i.getText(0) + "=" + i.getText(1));
    }
    assertEquals(List.of("threshold of '" + CRITERION + "'=25.0 \u2192 10.0"), fields);
    assertTrue(history(tree).orElseThrow().getItem(2).getText(0).endsWith("  L&D lead"),
        texts(history(tree).orElseThrow().getItems()).toString());
    errors.assertNone();
  }

  private static Optional<TreeItem> history(Tree tree) {
    return Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals("History")).findFirst();
  }

  private static List<String> texts(TreeItem[] items) {
    return Arrays.stream(items).map(i -> i.getText(0) + "=" + i.getText(1)).toList();
  }
}
