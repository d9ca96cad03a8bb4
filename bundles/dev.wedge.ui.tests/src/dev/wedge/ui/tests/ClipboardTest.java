package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.clipboard.ModelClipboard;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.Stakeholder;
import dev.wedge.ui.clipboard.ClipboardActions;
import dev.wedge.ui.clipboard.ClipboardNotice;
import dev.wedge.ui.dnd.ModelFileDrop;
import dev.wedge.ui.editors.ModelTreeEditor;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.WorkbenchModels;

/** Copy, paste and duplicate through the Edit commands, across two open models; a .wedge file dropped opens. */
class ClipboardTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private IWorkbenchPage page;
  private final List<IStatus> logged = new ArrayList<>();
  private final ILogListener log = (status, plugin) -> {
    if (status.matches(IStatus.ERROR)) {
      logged.add(status);
    }
  };

  @BeforeEach
  void open() {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    page = window.getActivePage();
    ModelClipboard.shared().clear();
    Platform.addLogListener(log);
  }

  @AfterEach
  void close() {
    Platform.removeLogListener(log);
    closePopups();
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    ModelClipboard.shared().clear();
    EditingTest.processEvents();
  }

  private ModelSession openCopy(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.copy(EditingTest.EXAMPLE, file);
    return WorkbenchModels.get().open(file, null);
  }

  private static Initiative initiative(ModelSession s, String name) {
    return s.getModel().getInitiatives().stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
  }

  private static void run(String command) throws Exception {
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
    EditingTest.processEvents();
  }

  @Test
  void anInitiativeCopiedInOneModelIsPastedIntoAnotherWithNewIdsAndTheLinksItsMetricsAllow() throws Exception {
    ModelSession a = openCopy("a.wedge");
    ModelSession b = openCopy("b.wedge"); // the same objects and ids, another file
    BusinessMetric costInB = (BusinessMetric) b.getResource().getEObject("m-cost");
    assertTrue(b.execute(DeleteCommand.create(b.getEditingDomain(), List.of(costInB))));
    int inB = b.getModel().getInitiatives().size();
    Initiative coach = initiative(a, "AI sales role-play coach");
    Initiative drafting = initiative(a, "AI course drafting");

    ModelsView models = (ModelsView) page.showView(ModelsView.ID);
    page.activate(models);
    models.getViewer().setSelection(new StructuredSelection(List.of(coach, drafting)), true);
    EditingTest.processEvents();
    run("org.eclipse.ui.edit.copy");
    assertEquals("Copied 2 initiatives.", ClipboardNotice.last());
    models.getViewer().setSelection(new StructuredSelection(b), true);
    EditingTest.processEvents();
    run("org.eclipse.ui.edit.paste");

    assertEquals(inB + 2, b.getModel().getInitiatives().size());
    List<Initiative> pasted = b.getModel().getInitiatives().subList(inB, inB + 2); // in the order of the tree
    Initiative coachInB = pasted.stream().filter(i -> i.getName().equals(coach.getName())).findFirst().orElseThrow();
    Initiative draftingInB = pasted.stream().filter(i -> i != coachInB).findFirst().orElseThrow();
    assertEquals(drafting.getName(), draftingInB.getName());
    assertEquals(coach.getName(), coachInB.getName());
    assertNotEquals(coach.getId(), coachInB.getId());
    assertNotEquals(coach.getLinks().get(0).getId(), coachInB.getLinks().get(0).getId());
    assertSame(b.getResource().getEObject("m-win"), coachInB.getLinks().get(0).getMetric(),
        "the link goes to B's own sales win rate");
    assertNull(draftingInB.getLinks().get(0).getMetric(), "B has no cost per learning hour any more");
    for (EObject o : (Iterable<EObject>) b.getModel()::eAllContents) {
      for (EObject target : o.eCrossReferences()) {
        assertSame(b.getModel(), EcoreUtil.getRootContainer(target), "nothing of B points into A");
      }
    }
    String said = ClipboardNotice.last();
    assertTrue(said.startsWith("Pasted 2 initiatives from a with new ids; 1 reference kept (1 to this model's object"
        + " of the same id); 1 reference dropped, this model has no such object: business metric 'Cost per learning"
        + " hour' (the metric of metric link of initiative 'AI course drafting')"), said);
    assertTrue(popupSays("Cost per learning hour"), "the dropped link is said where the user looks");
    assertEquals(List.copyOf(pasted), ((IStructuredSelection) models.getViewer().getSelection()).toList(),
        "the pasted objects are selected");
    assertEquals(12, a.getModel().getInitiatives().size(), "A is unchanged");

    run("org.eclipse.ui.edit.undo");
    assertEquals(inB, b.getModel().getInitiatives().size(), "one undo takes the paste back");
    assertNull(b.getResource().getEObject(coachInB.getId()));
    assertTrue(logged.isEmpty(), () -> "errors were logged: " + logged);
  }

  @Test
  void duplicateInAnEditorAddsACopyAfterTheSelectionAndTheEditMenuOffersTheClipboard() throws Exception {
    ModelSession a = openCopy("a.wedge");
    Stakeholder first = a.getModel().getStakeholders().get(0);
    ModelTreeEditor tree = (ModelTreeEditor) ModelEditors.openTree(page, a, first);
    EditingTest.processEvents();
    page.activate(tree);
    tree.getSite().getSelectionProvider().setSelection(new StructuredSelection(first));
    EditingTest.processEvents();
    int count = a.getModel().getStakeholders().size();

    List<String> edit = editMenu();
    assertTrue(edit.containsAll(List.of("Cut", "Copy", "Paste", "Duplicate")), edit.toString());
    assertEquals("Ctrl+D", PlatformUI.getWorkbench().getService(IBindingService.class)
        .getBestActiveBindingFormattedFor(ClipboardActions.DUPLICATE));
    run(ClipboardActions.DUPLICATE);

    assertEquals(count + 1, a.getModel().getStakeholders().size());
    Stakeholder copy = a.getModel().getStakeholders().get(1);
    assertEquals(first.getName(), copy.getName());
    assertNotEquals(first.getId(), copy.getId());
    assertEquals("Duplicated 1 stakeholder with new ids.", ClipboardNotice.last());
    assertEquals("Undo Duplicate", tree.getEditorSite().getActionBars()
        .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId()).getText().replace("&", ""));
    assertTrue(ModelClipboard.shared().isEmpty(), "duplicate leaves the clipboard as it was");
    assertTrue(logged.isEmpty(), () -> "errors were logged: " + logged);
  }

  @Test
  void aWedgeFileDroppedOnTheEditorAreaOpensAndAnotherFileIsRefusedWithASentence() throws Exception {
    Path file = dir.resolve("dropped.wedge");
    Files.copy(EditingTest.EXAMPLE, file);
    Path csv = Files.writeString(dir.resolve("hris.csv"), "date,value\n2026-03-01,81\n");
    ModelFileDrop drop = editorAreaDrop(window.getShell());
    assertNotNull(drop, "the editor area takes dropped files");

    assertEquals(List.of(), drop.drop(List.of(file)));
    EditingTest.processEvents();
    Path real = file.toRealPath();
    assertTrue(WorkbenchModels.get().getModels().stream().anyMatch(s -> s.getFile().equals(real)),
        "the dropped model is open");
    assertEquals("Overview \u2014 dropped", page.getActiveEditor().getTitle());

    List<String> refused = drop.drop(List.of(csv, dir.resolve("missing.wedge")));
    assertEquals(2, refused.size());
    assertEquals("Cannot open hris.csv as a model: to import its measurements, drop it onto a metric (in the Metrics"
        + " editor or the Models view).", refused.get(0));
    assertTrue(refused.get(1).contains("missing.wedge"), refused.get(1));
    assertTrue(popupSays("hris.csv"));
    assertTrue(logged.isEmpty(), () -> "errors were logged: " + logged);
  }

  private static ModelFileDrop editorAreaDrop(Composite parent) {
    if (parent.getData(DND.DROP_TARGET_KEY) instanceof DropTarget t) {
      for (DropTargetListener l : t.getDropListeners()) {
        if (l instanceof ModelFileDrop d) {
          return d;
        }
      }
    }
    for (Control c : parent.getChildren()) {
      if (c instanceof Composite child) {
        ModelFileDrop d = editorAreaDrop(child);
        if (d != null) {
          return d;
        }
      } else if (c.getData(DND.DROP_TARGET_KEY) instanceof DropTarget t) {
        for (DropTargetListener l : t.getDropListeners()) {
          if (l instanceof ModelFileDrop d) {
            return d;
          }
        }
      }
    }
    return null;
  }

  private List<String> editMenu() {
    Menu bar = window.getShell().getMenuBar();
    for (MenuItem item : bar.getItems()) {
      if (item.getText().replace("&", "").equals("Edit")) {
        Menu menu = item.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        EditingTest.processEvents();
        List<String> out = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
          out.add(i.getText().replace("&", "").replaceAll("\t.*", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return out;
      }
    }
    throw new AssertionError("no Edit menu");
  }

  private boolean popupSays(String text) {
    for (Shell s : Display.getCurrent().getShells()) {
      if (s != window.getShell() && !s.isDisposed() && s.isVisible() && says(s, text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean says(Composite c, String text) {
    for (Control child : c.getChildren()) {
      if (child instanceof org.eclipse.swt.widgets.Label l && l.getText().contains(text)
          || child instanceof Composite k && says(k, text)) {
        return true;
      }
    }
    return false;
  }

  private void closePopups() {
    for (Shell s : Display.getCurrent().getShells()) {
      if (s != window.getShell() && !s.isDisposed() && s.getParent() == window.getShell()) {
        s.close();
      }
    }
  }
}
