package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.Initiative;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.editors.ModelTreeEditor;
import dev.wedge.ui.emf.ItemPropertySourceProvider;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.WorkbenchModels;

/** The workbench, for real: open the example, find it in the Models view, edit a property, undo it. */
public class WorkbenchTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private Path model;

  @BeforeEach
  void openWorkbench() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    assertNotNull(window, "the Wedge workbench is running");
    model = dir.resolve("halden-mutual.wedge");
    Files.copy(EXAMPLE, model, StandardCopyOption.REPLACE_EXISTING);
  }

  @AfterEach
  void closeModels() {
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    processEvents();
  }

  /**
   * The event loop of this fragment's tests. It is UiTesting.processEvents() again: a fragment of dev.wedge.ui cannot
   * require the harness, which itself requires dev.wedge.ui.
   */
  public static void processEvents() {
    Display d = Display.getCurrent();
    for (int i = 0; i < 50; i++) {
      while (d.readAndDispatch()) {
        // drain
      }
    }
  }

  @Test
  void openTheExampleFindItInTheModelsViewEditAPropertyAndUndoIt() throws Exception {
    IWorkbenchPage page = window.getActivePage();
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    assertNotNull(session);
    processEvents();
    assertTrue(page.getActiveEditor().getEditorSite().getId().equals(ModelEditors.OVERVIEW_EDITOR_ID),
        "a model opens on its overview, not the raw tree: " + page.getActiveEditor().getEditorSite().getId());
    ModelEditors.openTree(page, session, null);
    processEvents();

    ModelsView models = (ModelsView) page.findView(ModelsView.ID);
    assertNotNull(models, "the Models view is part of the perspective");
    TreeItem[] roots = models.getViewer().getTree().getItems();
    assertTrue(Arrays.stream(roots).anyMatch(i -> i.getText().startsWith("halden-mutual")),
        () -> "Models view lists the example: " + Arrays.toString(roots));
    TreeItem root = Arrays.stream(roots).filter(i -> i.getText().startsWith("halden-mutual")).findFirst().get();
    assertTrue(Arrays.stream(root.getItems()).map(TreeItem::getText).anyMatch(t -> t.startsWith("Pilots  (3)")),
        () -> "its parts are listed: " + Arrays.toString(root.getItems()));

    ModelTreeEditor editor = (ModelTreeEditor) page.getActiveEditor();
    assertNotNull(editor, "the tree editor opened on the example");
    Initiative initiative = session.getModel().getInitiatives().get(0);
    String before = initiative.getName();
    editor.selectObject(initiative);
    processEvents();

    // the Properties view's path: property source from the editor's property page provider, then set a value
    IPropertySource source = new ItemPropertySourceProvider(session.getAdapterFactory()).getPropertySource(initiative);
    IPropertyDescriptor name = Arrays.stream(source.getPropertyDescriptors())
        .filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow();
    assertNotNull(name.createPropertyEditor(editor.getViewer().getTree()), "the name is editable in place");
    source.setPropertyValue(name.getId(), "AI course drafting (renamed)");
    processEvents();
    assertEquals("AI course drafting (renamed)", initiative.getName());
    assertTrue(editor.isDirty());
    assertTrue(root.getText().endsWith("*"), "the Models view marks the model dirty: " + root.getText());

    page.activate(editor);
    processEvents();
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
    processEvents();
    assertEquals(before, initiative.getName(), "Edit › Undo (Ctrl+Z) reverted the change");
    assertFalse(editor.isDirty());
    assertFalse(root.getText().endsWith("*"));
  }

  @Test
  void closingTheEditorKeepsTheModelOpenAndClosingTheModelReleasesIt() throws Exception {
    IWorkbenchPage page = window.getActivePage();
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    processEvents();
    page.closeAllEditors(false);
    processEvents();
    assertTrue(WorkbenchModels.get().getModels().contains(session), "the model stays in the Models view");
    assertFalse(session.isDisposed());
    WorkbenchModels.get().close(session, window.getShell());
    processEvents();
    assertTrue(session.isDisposed());
    assertTrue(ModelSessions.getDefault().find(model).isEmpty());
  }
}
