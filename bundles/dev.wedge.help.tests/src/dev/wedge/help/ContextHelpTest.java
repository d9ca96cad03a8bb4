package dev.wedge.help;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.openPart;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.WorkbenchModels;

/** F1 on every editor, view and wizard page opens its help page; Help › Help Contents opens the contents. */
class ContextHelpTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    session = WorkbenchModels.get().openWithEditor(copyExample(dir), window);
    processEvents();
  }

  @AfterEach
  void close() {
    HelpWindow.current().ifPresent(help -> help.shell().dispose());
    closeAllModels();
  }

  /** Presses F1 in {@code part}: SWT's help event on its focus control, as the F1 key sends it. */
  private String f1(IWorkbenchPart part) {
    window.getActivePage().activate(part);
    part.setFocus();
    processEvents();
    Control focus = Display.getCurrent().getFocusControl();
    Control target = focus != null && focus.getShell() == window.getShell() ? focus : window.getShell();
    target.notifyListeners(SWT.Help, new Event());
    processEvents();
    return HelpWindow.current().orElseThrow(() -> new AssertionError("F1 opened no help window")).href();
  }

  private String pageText() {
    return HelpWindow.current().orElseThrow().page().widget().getText();
  }

  @Test
  void f1OnEachEditorOpensItsPage() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("strategy", "docs/help/strategy.md");
    expected.put("metrics", "docs/help/metrics.md");
    expected.put("pilots", "docs/help/pilots.md");
    expected.put("resistance", "docs/help/stakeholders.md");
    expected.put("governance", "docs/help/governance.md");
    for (Map.Entry<String, String> part : expected.entrySet()) {
      IEditorPart editor = openPart(session, part.getKey(), IEditorPart.class);
      assertEquals(part.getValue(), f1(editor), "F1 on the " + part.getKey() + " editor");
      String title = WedgeHelp.library().page(part.getValue()).orElseThrow().title();
      assertTrue(pageText().startsWith(title), pageText().substring(0, 60));
    }
    IEditorPart overview = ModelEditors.openOverview(window.getActivePage(), session);
    assertEquals("docs/help/overview.md", f1(overview));
    IEditorPart tree = ModelEditors.openTree(window.getActivePage(), session, null);
    assertEquals("docs/help/models.md#the-model-tree", f1(tree));
    StyledText text = HelpWindow.current().orElseThrow().page().widget();
    int section = text.getLineAtOffset(text.getText().indexOf("The model tree"));
    int bottom = text.getLineIndex(text.getClientArea().height - 1);
    assertTrue(text.getTopIndex() > 0 && section >= text.getTopIndex() && section <= bottom,
        "the page is scrolled to its section, line " + section + ": lines " + text.getTopIndex() + "-" + bottom);
  }

  /** The F1 key is bound (GTK sends SWT's help event only on Ctrl+F1 and Shift+F1) and opens the active part's page. */
  @Test
  void theF1KeyOpensThePageOfTheActivePart() throws Exception {
    IBindingService bindings = window.getService(IBindingService.class);
    Binding f1 = bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT.F1)));
    assertNotNull(f1, "F1 is bound to nothing");
    assertEquals("dev.wedge.help.contextHelp", f1.getParameterizedCommand().getId());
    IEditorPart pilots = openPart(session, "pilots", IEditorPart.class);
    window.getActivePage().activate(pilots);
    processEvents();
    window.getService(IHandlerService.class).executeCommand(f1.getParameterizedCommand(), null);
    processEvents();
    assertEquals("docs/help/pilots.md", HelpWindow.current().orElseThrow().href());
  }

  @Test
  void f1OnEachViewOpensItsPage() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("dev.wedge.ui.views.models", "docs/help/models.md#the-models-view");
    expected.put("org.eclipse.ui.views.PropertySheet", "docs/help/models.md#the-properties-view");
    expected.put("dev.wedge.analysis.ui.findings", "docs/help/findings.md");
    expected.put("org.eclipse.ui.views.ProgressView", "docs/help/models.md#background-work-and-errors");
    expected.put("org.eclipse.pde.runtime.LogView", "docs/help/models.md#background-work-and-errors");
    expected.put(TutorialView.ID, "docs/help/tutorial.md");
    for (Map.Entry<String, String> view : expected.entrySet()) {
      IWorkbenchPart part = window.getActivePage().showView(view.getKey());
      assertEquals(view.getValue(), f1(part), "F1 on the view " + view.getKey());
    }
  }

  /** Every editor and view Wedge contributes, and every key of contexts.properties, names a page that exists. */
  @Test
  void everyEditorAndViewHasAPageThatExists() {
    List<String> parts = new ArrayList<>();
    for (String point : List.of("org.eclipse.ui.editors", "org.eclipse.ui.views")) {
      for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
        boolean wedge = element.getContributor().getName().startsWith("dev.wedge.")
            && (element.getName().equals("editor") || element.getName().equals("view"));
        if (wedge) {
          parts.add(element.getAttribute("id"));
        }
      }
    }
    assertTrue(parts.size() >= 12, parts.toString());
    for (String id : parts) {
      assertNotNull(ContextHelp.topic(id), "F1 on " + id + " has no page in contexts.properties");
    }
    for (String key : ContextHelp.keys()) {
      assertTrue(WedgeHelp.library().exists(ContextHelp.topic(key)),
          key + " opens " + ContextHelp.topic(key) + ", which the help does not have");
    }
  }

  @Test
  void f1OnTheNewPilotWizardOpensTheQuestionOfItsPage() throws Exception {
    openPart(session, "pilots", IEditorPart.class);
    List<String> hrefs = new ArrayList<>();
    List<Shell> parents = new ArrayList<>();
    Display display = Display.getCurrent();
    Runnable inTheWizard = new Runnable() {
      int tries;

      @Override
      public void run() {
        Shell shell = wizardShell(display);
        if (shell == null || !(shell.getData() instanceof WizardDialog dialog)) {
          if (tries++ < 200) {
            display.timerExec(20, this);
          }
          return;
        }
        shell.notifyListeners(SWT.Help, new Event());
        hrefs.add(HelpWindow.current().orElseThrow().href());
        parents.add(HelpWindow.current().orElseThrow().shell().getParent() == shell ? shell : null);
        dialog.showPage(dialog.getCurrentPage().getNextPage());
        shell.notifyListeners(SWT.Help, new Event());
        hrefs.add(HelpWindow.current().orElseThrow().href());
        dialog.close();
      }
    };
    display.asyncExec(inTheWizard);
    window.getService(IHandlerService.class).executeCommand("dev.wedge.editor.pilot.newPilot", null);
    processEvents();
    assertEquals(List.of("docs/help/pilots.md#1-the-problem", "docs/help/pilots.md#2-the-sponsor"), hrefs);
    assertNotNull(parents.get(0), "the help window belongs to the wizard, so it can be used while the wizard waits");
  }

  @Test
  void helpContentsOpensTheContentsAndLinksAreFollowed() throws Exception {
    window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.helpContents", null);
    processEvents();
    HelpWindow help = HelpWindow.current().orElseThrow(() -> new AssertionError("Help Contents opened nothing"));
    assertEquals(HelpLibrary.HOME, help.href());
    assertTrue(pageText().startsWith("Wedge help"), pageText());

    // a click on the link "Pilots and the New Pilot wizard" opens that page; Back returns
    StyledText text = help.page().widget();
    int offset = text.getText().indexOf("Pilots and the New Pilot wizard");
    Point at = text.getLocationAtOffset(offset + 2);
    Event up = new Event();
    up.button = 1;
    up.x = at.x;
    up.y = at.y + 2;
    text.notifyListeners(SWT.MouseUp, up);
    processEvents();
    assertEquals("docs/help/pilots.md", help.href());
    assertSame(help, HelpWindow.current().orElseThrow());
  }

  /** The shell of the wizard dialog that is open, or {@code null} (found by its data: no window manager is needed). */
  static Shell wizardShell(Display display) {
    for (Shell shell : display.getShells()) {
      if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof WizardDialog) {
        return shell;
      }
    }
    return null;
  }
}
