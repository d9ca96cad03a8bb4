package dev.wedge.analysis.ui.tests;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.ui.FindingsView;
import dev.wedge.analysis.ui.WorkbenchFindings;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Initiative;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.decorations.ObjectDecorator.Decoration;
import dev.wedge.ui.decorations.ObjectDecorator.Level;
import dev.wedge.ui.editors.ModelTreeEditor;
import dev.wedge.ui.emf.ItemLabelProvider;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * After edits that add and remove findings, the model tree repaints the rows of the objects whose marks changed and
 * no other, every row carries the mark of its findings, and the status line counts what the Findings view lists.
 */
class IncrementalDecorationsTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;
  private FindingsView view;
  private ModelTreeEditor tree;
  private Recording labels;

  /** The model tree's labels, noting every object whose row is painted. */
  private static final class Recording extends ItemLabelProvider {
    final Set<Object> painted = new HashSet<>();

    Recording(ModelSession session, Control owner) {
      super(session.getAdapterFactory(), owner);
      decorateFor(session);
    }

    @Override
    public Image getImage(Object element) {
      painted.add(element);
      return super.getImage(element);
    }

    Image imageNow(Object element) {
      return super.getImage(element);
    }
  }

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    session = WorkbenchModels.get().openWithEditor(copyExample(dir), window);
    view = (FindingsView) window.getActivePage().showView(FindingsView.ID);
    view.show(session);
    tree = (ModelTreeEditor) ModelEditors.openTree(window.getActivePage(), session, null);
    labels = new Recording(session, tree.getViewer().getControl());
    tree.getViewer().setLabelProvider(labels);
    tree.getViewer().expandAll();
    settle("the first findings");
    assertFalse(WorkbenchFindings.get().snapshotOf(session).findings().isEmpty(), "the example has findings");
  }

  @AfterEach
  void close() {
    closeAllModels();
  }

  /** Waits until the engine is idle and its last run is what the workbench shows. */
  private void settle(String what) {
    waitUntil(() -> {
      try {
        return AnalysisEngines.of(session).awaitIdle(1)
            && WorkbenchFindings.get().snapshotOf(session) == AnalysisEngines.of(session).snapshot();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }, what);
    processEvents();
  }

  private Map<EObject, Decoration> decorations() {
    Map<EObject, Decoration> out = new HashMap<>();
    out.put(session.getModel(), ModelDecorations.decorationOf(session, session.getModel()));
    for (TreeIterator<EObject> i = session.getModel().eAllContents(); i.hasNext();) {
      EObject o = i.next();
      out.put(o, ModelDecorations.decorationOf(session, o));
    }
    return out;
  }

  private static Set<EObject> changedBetween(Map<EObject, Decoration> before, Map<EObject, Decoration> after) {
    Set<EObject> out = new HashSet<>();
    Set<EObject> all = new HashSet<>(before.keySet());
    all.addAll(after.keySet());
    for (EObject o : all) {
      if (!java.util.Objects.equals(before.get(o), after.get(o))) {
        out.add(o);
      }
    }
    return out;
  }

  private List<TreeItem> rows() {
    List<TreeItem> out = new ArrayList<>();
    collect(tree.getViewer().getTree().getItems(), out);
    return out;
  }

  private static void collect(TreeItem[] items, List<TreeItem> out) {
    for (TreeItem i : items) {
      out.add(i);
      collect(i.getItems(), out);
    }
  }

  /** Every row shows the image its object's mark calls for now. */
  private void assertEveryRowMarkedAsItsFindings() {
    for (TreeItem row : rows()) {
      if (row.getData() != null) {
        assertEquals(labels.imageNow(row.getData()), row.getImage(), () -> "the row of " + row.getText());
      }
    }
  }

  private Set<Object> shownObjects() {
    Set<Object> out = new HashSet<>();
    for (TreeItem row : rows()) {
      out.add(row.getData());
    }
    return out;
  }

  /** The status line's label with the finding counts. */
  private String statusLine() {
    Label label = find(window.getShell());
    assertNotNull(label, "the findings label in the status line");
    return label.getText();
  }

  private static Label find(Control c) {
    if (c instanceof Label l && "Findings of the model in focus (click to show them)".equals(l.getToolTipText())) {
      return l;
    }
    if (c instanceof Composite parent) {
      for (Control child : parent.getChildren()) {
        Label found = find(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** "E errors · W warnings · A advice", counted from the rows of the Findings view. */
  private String countedInFindingsView() {
    view.viewer().expandAll();
    Map<Severity, Integer> n = new HashMap<>();
    List<TreeItem> items = new ArrayList<>();
    collect(view.viewer().getTree().getItems(), items);
    for (TreeItem i : items) {
      if (i.getData() instanceof Finding f) {
        n.merge(f.severity(), 1, Integer::sum);
      }
    }
    int e = n.getOrDefault(Severity.ERROR, 0);
    int w = n.getOrDefault(Severity.WARNING, 0);
    int a = n.getOrDefault(Severity.ADVICE, 0);
    return e + (e == 1 ? " error" : " errors") + " \u00b7 " + w + (w == 1 ? " warning" : " warnings") + " \u00b7 "
        + a + " advice";
  }

  private void assertStatusLineAgreesWithFindingsView() {
    assertEquals(countedInFindingsView(), statusLine(), "the status line counts what the Findings view lists");
    assertEquals(session.getName() + ": " + statusLine(), view.getContentDescription());
  }

  @Test
  void anEditRepaintsTheRowsWhoseFindingsChangedAndNoOther() {
    window.getActivePage().activate(tree);
    processEvents();
    Initiative linked = session.getModel().getInitiatives().stream().filter(i -> !i.getLinks().isEmpty())
        .filter(i -> ModelDecorations.decorationOf(session, i).level() != Level.ERROR).findFirst().orElseThrow();
    assertEveryRowMarkedAsItsFindings();
    assertStatusLineAgreesWithFindingsView();
    int rows = rows().size();

    // unlinking the initiative from every metric: a new error on it (and maybe marks on the metrics it drove)
    Map<EObject, Decoration> before = decorations();
    labels.painted.clear();
    assertTrue(session.execute(RemoveCommand.create(session.getEditingDomain(), linked,
        dev.wedge.model.WedgePackage.Literals.INITIATIVE__LINKS, List.copyOf(linked.getLinks()))));
    waitUntil(() -> ModelDecorations.decorationOf(session, linked).level() == Level.ERROR, "the initiative's mark");
    settle("the findings of the edit");
    Set<EObject> changed = changedBetween(before, decorations());
    assertTrue(changed.contains(linked), changed.toString());
    assertRepainted(changed, linked, rows);
    assertEveryRowMarkedAsItsFindings();
    assertStatusLineAgreesWithFindingsView();
    assertTrue(statusLine().startsWith(
        WorkbenchFindings.get().snapshotOf(session).count(Severity.ERROR) + " errors"), statusLine());

    // undone: the error goes, and only the rows that lose or change a mark are repainted
    before = decorations();
    labels.painted.clear();
    session.getCommandStack().undo();
    waitUntil(() -> ModelDecorations.decorationOf(session, linked).level() != Level.ERROR, "the mark to go");
    settle("the findings of the undo");
    changed = changedBetween(before, decorations());
    assertTrue(changed.contains(linked), changed.toString());
    assertRepainted(changed, linked, rows);
    assertEveryRowMarkedAsItsFindings();
    assertStatusLineAgreesWithFindingsView();
  }

  /**
   * Repainted: every shown object whose mark changed; beyond them only the edited object and what it holds (EMF's
   * own label update for the edit), far fewer than the rows of the tree.
   */
  private void assertRepainted(Set<EObject> changed, Initiative edited, int rows) {
    Set<Object> shown = shownObjects();
    for (EObject o : changed) {
      if (shown.contains(o)) {
        assertTrue(labels.painted.contains(o), () -> "the row of " + o + " whose mark changed is repainted");
      }
    }
    Set<Object> allowed = new HashSet<>(changed);
    allowed.add(edited);
    edited.eAllContents().forEachRemaining(allowed::add);
    edited.getLinks().forEach(allowed::add);
    Set<Object> others = new HashSet<>(labels.painted);
    others.removeAll(allowed);
    assertTrue(others.isEmpty(), () -> others.size() + " rows repainted though their marks did not change, such as "
        + others.stream().limit(3).map(o -> labels.getText(o)).toList());
    assertNotEquals(rows, labels.painted.size(), "not the whole tree");
  }
}
