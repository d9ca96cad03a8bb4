package dev.wedge.analysis.ui.tests;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.ui.FindingsFilterBar;
import dev.wedge.analysis.ui.FindingsView;
import dev.wedge.analysis.ui.WorkbenchFindings;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.WorkbenchModels;

/** The Findings view's filter bar, its sortable columns and "this model only", on the example in a workbench. */
class FindingsFiltersTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;
  private FindingsView view;
  private FindingsFilterBar bar;

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    session = WorkbenchModels.get().openWithEditor(copyExample(dir), window);
    view = (FindingsView) window.getActivePage().showView(FindingsView.ID);
    view.show(session);
    waitUntil(() -> !WorkbenchFindings.get().snapshotOf(session).findings().isEmpty(), "the first findings");
    bar = view.filterBar();
    waitUntil(() -> view.shownCount() == all().size()
        + WorkbenchFindings.get().snapshotOf(session).failures().size(), "the view to show every finding");
  }

  @AfterEach
  void close() {
    window.getActivePage().hideView(view); // the next test starts from a new view, with nothing filtered
    closeAllModels();
  }

  private List<Finding> all() {
    return WorkbenchFindings.get().snapshotOf(session).findings();
  }

  /** The findings the tree shows, in its order. */
  private List<Finding> shown() {
    view.viewer().expandAll();
    processEvents();
    List<Finding> out = new ArrayList<>();
    collect(view.viewer().getTree().getItems(), out);
    return out;
  }

  private static void collect(TreeItem[] items, List<Finding> out) {
    for (TreeItem i : items) {
      if (i.getData() instanceof Finding f) {
        out.add(f);
      }
      collect(i.getItems(), out);
    }
  }

  private static void click(Button b, boolean selected) {
    b.setSelection(selected);
    b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
  }

  private static void choose(Combo c, String item) {
    int index = List.of(c.getItems()).indexOf(item);
    assertTrue(index >= 0, () -> item + " is offered: " + List.of(c.getItems()));
    c.select(index);
    c.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
  }

  @Test
  void theSeveritiesUntickedAreHidden() {
    long advice = all().stream().filter(f -> f.severity() == Severity.ADVICE).count();
    assertTrue(advice > 0 && advice < all().size(), "the example has advice and more");
    click(bar.severity(Severity.ERROR), false);
    click(bar.severity(Severity.WARNING), false);
    List<Finding> shown = shown();
    assertEquals(advice, shown.size());
    assertTrue(shown.stream().allMatch(f -> f.severity() == Severity.ADVICE));
    assertTrue(view.getContentDescription().contains("(" + advice + " of "), view.getContentDescription());
    click(bar.severity(Severity.ERROR), true);
    click(bar.severity(Severity.WARNING), true);
    assertEquals(all().size(), shown().size());
  }

  @Test
  void aTextKeepsTheFindingsThatMentionIt() {
    Finding some = all().get(0);
    String word = some.message().split(" ")[0];
    bar.text().setText(word.toUpperCase());
    processEvents();
    List<Finding> shown = shown();
    assertTrue(shown.contains(some), "the finding whose message starts with " + word);
    assertTrue(shown.size() <= all().size());
    bar.text().setText("no finding says this 1f6c");
    processEvents();
    assertEquals(List.of(), shown());
  }

  @Test
  void oneAnalysisOrOnePluginIsChosenByItsNameAndTheColumnShowsNamesNotIds() {
    Finding some = all().get(0);
    AnalysisDescriptor d = AnalysisEngines.registry().find(some.analysisId()).orElseThrow();
    assertNotEquals(d.id(), d.name());
    assertFalse(List.of(bar.analysis().getItems()).contains(d.id()), "ids are not offered");
    choose(bar.analysis(), d.name());
    List<Finding> shown = shown();
    assertEquals(all().stream().filter(f -> f.analysisId().equals(d.id())).count(), shown.size());
    assertTrue(shown.stream().allMatch(f -> f.analysisId().equals(d.id())));
    TreeItem item = findItem(view.viewer().getTree().getItems(), some);
    assertEquals(d.name(), item.getText(2), "the Analysis column names the analysis");
    choose(bar.analysis(), "All analyses");

    Set<String> plugins = all().stream().map(f -> AnalysisEngines.registry().find(f.analysisId()).orElseThrow()
        .contributor()).collect(Collectors.toSet());
    assertTrue(plugins.size() >= 2, "the example's findings come from Wedge and from the example plug-in: " + plugins);
    String plugin = plugins.stream().filter(p -> !p.equals(d.contributor())).findFirst().orElseThrow();
    choose(bar.plugin(), plugin);
    shown = shown();
    assertFalse(shown.isEmpty());
    assertTrue(shown.stream().allMatch(f -> AnalysisEngines.registry().find(f.analysisId()).orElseThrow()
        .contributor().equals(plugin)));
  }

  @Test
  void aColumnsHeaderSortsTheFindingsAndASecondClickTurnsTheOrderRound() {
    click(bar.severity(Severity.ERROR), false);
    click(bar.severity(Severity.ADVICE), false); // warnings only: one severity, sorted across the categories' groups
    TreeColumn message = view.viewer().getTree().getColumn(0);
    message.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
    assertEquals(message, view.viewer().getTree().getSortColumn());
    assertEquals(SWT.UP, view.viewer().getTree().getSortDirection());
    for (List<String> group : messagesPerCategory()) {
      List<String> sorted = new ArrayList<>(group);
      sorted.sort(Collator.getInstance());
      assertEquals(sorted, group);
    }
    message.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
    assertEquals(SWT.DOWN, view.viewer().getTree().getSortDirection());
    for (List<String> group : messagesPerCategory()) {
      List<String> sorted = new ArrayList<>(group);
      sorted.sort(Collator.getInstance().reversed());
      assertEquals(sorted, group);
    }
  }

  @Test
  void untickingThisModelOnlyShowsEveryOpenModelsFindings() throws Exception {
    Path otherDir = Files.createDirectories(dir.resolve("other"));
    Path other = Files.copy(copyExample(dir), otherDir.resolve("second-model.wedge"));
    ModelSession second = WorkbenchModels.get().open(other, window.getShell());
    WorkbenchFindings.get().attach(second);
    waitUntil(() -> !WorkbenchFindings.get().snapshotOf(second).findings().isEmpty(), "the second model's findings");
    view.show(session);
    processEvents();
    assertEquals(all().size(), shown().size(), "this model only, by default");
    click(bar.thisModelOnly(), false);
    int both = all().size() + WorkbenchFindings.get().snapshotOf(second).findings().size();
    waitUntil(() -> shown().size() == both, "both models' findings");
    Set<String> models = new java.util.HashSet<>();
    collectColumn(view.viewer().getTree().getItems(), 3, models);
    assertTrue(models.containsAll(Set.of(session.getName(), second.getName())), "the Model column: " + models);
    click(bar.thisModelOnly(), true);
    assertEquals(all().size(), shown().size());
  }

  private List<List<String>> messagesPerCategory() {
    view.viewer().expandAll();
    processEvents();
    List<List<String>> out = new ArrayList<>();
    for (TreeItem severity : view.viewer().getTree().getItems()) {
      for (TreeItem category : severity.getItems()) {
        List<String> messages = new ArrayList<>();
        for (TreeItem f : category.getItems()) {
          messages.add(f.getText(0));
        }
        out.add(messages);
      }
    }
    return out;
  }

  private static TreeItem findItem(TreeItem[] items, Object data) {
    for (TreeItem i : items) {
      if (i.getData() == data) {
        return i;
      }
      TreeItem inner = findItem(i.getItems(), data);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static void collectColumn(TreeItem[] items, int column, Set<String> out) {
    for (TreeItem i : items) {
      if (i.getData() instanceof Finding) {
        out.add(i.getText(column));
      }
      collectColumn(i.getItems(), column, out);
    }
  }
}
