package dev.wedge.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.ui.FindingsView;
import dev.wedge.analysis.ui.WorkbenchFindings;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Initiative;
import dev.wedge.model.RiskClass;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.decorations.ObjectDecorator;
import dev.wedge.ui.session.WorkbenchModels;

/** The Findings view on the example model, in a real workbench. */
class FindingsViewTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;
  private FindingsView view;

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    Path model = copyExample(dir);
    session = WorkbenchModels.get().openWithEditor(model, window);
    view = (FindingsView) window.getActivePage().showView(FindingsView.ID);
    view.show(session);
    waitUntil(() -> !WorkbenchFindings.get().snapshotOf(session).findings().isEmpty(), "the first findings");
  }

  @AfterEach
  void close() {
    closeAllModels();
  }

  private List<String> texts(TreeItem[] items) {
    List<String> out = new ArrayList<>();
    for (TreeItem i : items) {
      out.add(i.getText());
    }
    return out;
  }

  @Test
  void showsTheExamplesFindingsGroupedBySeverityAndCategoryIncludingThePluginsOwn() throws Exception {
    List<String> roots = texts(view.viewer().getTree().getItems());
    assertTrue(roots.get(0).startsWith("Errors ("), roots.toString());
    assertTrue(roots.stream().anyMatch(r -> r.startsWith("Warnings (")), roots.toString());
    List<Finding> findings = WorkbenchFindings.get().snapshotOf(session).findings();
    assertTrue(findings.stream().anyMatch(f -> f.analysisId().equals("com.example.readiness.low-readiness")),
        "the example plug-in's analysis runs in the workbench too");
    view.viewer().expandAll();
    processEvents();
    List<String> all = new ArrayList<>();
    for (TreeItem root : view.viewer().getTree().getItems()) {
      all.addAll(texts(root.getItems()));
    }
    assertTrue(all.stream().anyMatch(t -> t.startsWith("Readiness (")), all.toString());
    assertTrue(view.getContentDescription().startsWith("halden-mutual: "), view.getContentDescription());
  }

  @Test
  void doubleClickSelectsTheObjectInItsEditorAndEditorsDecorateIt() throws Exception {
    Finding noMetric = WorkbenchFindings.get().snapshotOf(session).findings().stream()
        .filter(f -> f.analysisId().equals("dev.wedge.initiative.no-metric")).findFirst().orElseThrow();
    assertEquals(ObjectDecorator.Level.ERROR,
        ModelDecorations.decorationOf(session, noMetric.primaryObject()).level(), "the object is marked");
    view.viewer().setSelection(new StructuredSelection(noMetric));
    view.getSite().getPage().activate(view);
    invokeOpen();
    processEvents();
    IWorkbenchPage page = window.getActivePage();
    // the editor that shows the object best (the strategy map for an initiative), with the object selected
    org.eclipse.ui.IEditorPart editor = page.getActiveEditor();
    assertNotNull(editor);
    assertEquals(noMetric.primaryObject(), ((IStructuredSelection) editor.getSite().getSelectionProvider()
        .getSelection()).getFirstElement());
  }

  private void invokeOpen() throws Exception {
    var m = FindingsView.class.getDeclaredMethod("open");
    m.setAccessible(true);
    m.invoke(view);
  }

  @Test
  void quickFixIsACommandThatUndoes() throws Exception {
    Finding aiAct = WorkbenchFindings.get().snapshotOf(session).findings().stream()
        .filter(f -> f.analysisId().equals("dev.wedge.governance.ai-act") && f.fix() != null).findFirst()
        .orElseThrow();
    Initiative quiz = (Initiative) aiAct.primaryObject();
    view.getSite().getPage().activate(view);
    view.viewer().setSelection(new StructuredSelection(aiAct));
    processEvents();
    IHandlerService handlers = view.getSite().getService(IHandlerService.class);
    handlers.executeCommand("dev.wedge.analysis.ui.quickFix", null);
    assertEquals(RiskClass.HIGH, quiz.getRiskClass());
    waitUntil(() -> WorkbenchFindings.get().snapshotOf(session).findings().stream()
        .noneMatch(f -> f.analysisId().equals("dev.wedge.governance.ai-act") && f.severity() == Severity.WARNING
            && f.primaryObject() == quiz && f.fix() != null), "the fixed finding to go");
    handlers.executeCommand("org.eclipse.ui.edit.undo", null);
    assertEquals(RiskClass.UNASSESSED, quiz.getRiskClass(), "Ctrl+Z in the Findings view undoes the fix");
    waitUntil(() -> WorkbenchFindings.get().snapshotOf(session).findings().stream()
        .anyMatch(f -> f.analysisId().equals("dev.wedge.governance.ai-act") && f.primaryObject() == quiz),
        "the finding to come back");
  }

  @Test
  void selectingAGroupEvaluatesTheQuickFixEnablementWithoutLoggingAnError() throws Exception {
    // the workbench writes expression errors straight to the log file (not through log listeners)
    Path log = Platform.getLogFileLocation().toFile().toPath();
    long before = Files.exists(log) ? Files.size(log) : 0;
    view.getSite().getPage().activate(view);
    Object group = view.viewer().getTree().getItem(0).getData();
    assertTrue(group instanceof FindingsView.Group, String.valueOf(group));
    view.viewer().setSelection(new StructuredSelection(group));
    processEvents();
    Command quickFix = view.getSite().getService(ICommandService.class).getCommand("dev.wedge.analysis.ui.quickFix");
    assertFalse(quickFix.isEnabled(), "no quick fix for a group");
    processEvents();
    String added = "";
    if (Files.exists(log) && Files.size(log) > before) {
      try (var in = Files.newInputStream(log)) {
        in.skipNBytes(before);
        added = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertFalse(added.contains("property tester"), added);
  }
}
