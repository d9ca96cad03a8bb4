package dev.wedge.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.application.Perspective;
import dev.wedge.ui.application.WorkshopMode;
import dev.wedge.ui.application.WorkshopPerspective;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.ModelEditorInput;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/** The Modelling and Workshop perspectives, and Window › Perspective › Reset. */
class PerspectivesTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private IWorkbenchPage page;

  @BeforeEach
  void window() {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    page = window.getActivePage();
    assertEquals(Perspective.ID, page.getPerspective().getId(), "Wedge starts in Modelling");
  }

  @AfterEach
  void backToModelling() {
    page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Perspective.ID));
    UiTesting.processEvents();
    UiTesting.closeAllModels();
  }

  @Test
  void theWorkshopOpensFullScreenInLargeTypeOnTheMapAndTheStakeholdersWithoutViews() throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(UiTesting.copyExample(dir), window);
    UiTesting.processEvents();
    Shell shell = window.getShell();
    assertFalse(shell.getFullScreen());
    int typeBefore = shell.getFont().getFontData()[0].getHeight();
    assertEquals("Modelling", page.getPerspective().getLabel());

    ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(
        org.eclipse.core.commands.ParameterizedCommand.generateCommand(
            commands.getCommand("org.eclipse.ui.perspectives.showPerspective"),
            Map.of("org.eclipse.ui.perspectives.showPerspective.perspectiveId", WorkshopPerspective.ID)),
        null);
    UiTesting.waitUntil(() -> WorkshopPerspective.ID.equals(page.getPerspective().getId()), "the Workshop");
    assertEquals("Workshop", page.getPerspective().getLabel());
    UiTesting.waitUntil(shell::getFullScreen, "the Workshop to go full screen");
    int typeNow = shell.getFont().getFontData()[0].getHeight();
    assertEquals(Math.round(typeBefore * WorkshopMode.SCALE), typeNow, "large type");
    assertEquals(0, page.getViewReferences().length,
        () -> "no views around the editors: " + Arrays.toString(page.getViewReferences()));
    assertTrue(Arrays.stream(page.getEditorReferences()).anyMatch(r -> part(r, "strategy")), "the strategy map");
    assertTrue(Arrays.stream(page.getEditorReferences()).anyMatch(r -> part(r, "resistance")),
        "the stakeholders, with the power/interest grid");
    assertTrue(part(page.getReference(page.getActiveEditor()), "strategy"), "the map is in front");
    assertNotNull(session);

    page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Perspective.ID));
    UiTesting.waitUntil(() -> !shell.getFullScreen(), "Modelling to leave full screen");
    assertEquals(typeBefore, shell.getFont().getFontData()[0].getHeight(), "the type as it was");
    assertNotNull(page.findView(ModelsView.ID), "the Models view is back");
  }

  @Test
  void threeRoundTripsToTheWorkshopLeaveNoErrorNoLargeTypeAndTheLayoutBack() throws Exception {
    WorkbenchModels.get().openWithEditor(UiTesting.copyExample(dir), window);
    UiTesting.processEvents();
    Shell shell = window.getShell();
    Map<org.eclipse.swt.widgets.Control, String> before = fonts(shell);
    int views = page.getViewReferences().length;
    int typeBefore = shell.getFont().getFontData()[0].getHeight();
    int largestBefore = before.values().stream().mapToInt(PerspectivesTest::height).max().orElseThrow();
    var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
    try (UiTesting.ErrorLog log = new UiTesting.ErrorLog()) {
      for (int trip = 1; trip <= 3; trip++) {
        int t = trip;
        page.setPerspective(registry.findPerspectiveWithId(WorkshopPerspective.ID));
        UiTesting.waitUntil(shell::getFullScreen, "the Workshop to go full screen, trip " + t);
        UiTesting.processEvents();
        assertEquals(Math.round(typeBefore * WorkshopMode.SCALE), shell.getFont().getFontData()[0].getHeight(),
            "large type, trip " + t);
        page.setPerspective(registry.findPerspectiveWithId(Perspective.ID));
        UiTesting.waitUntil(() -> !shell.getFullScreen(), "Modelling to leave full screen, trip " + t);
        UiTesting.processEvents();
        log.assertNone();
        assertEquals(Perspective.ID, page.getPerspective().getId(), "Modelling, trip " + t);
        assertEquals(views, page.getViewReferences().length, "Modelling's views, trip " + t);
        assertNotNull(page.findView(ModelsView.ID), "the Models view, trip " + t);
        Map<org.eclipse.swt.widgets.Control, String> now = fonts(shell); // fails on a control with a disposed font
        assertEquals(typeBefore, shell.getFont().getFontData()[0].getHeight(), "the window's type, trip " + t);
        List<String> large = now.values().stream().filter(f -> height(f) > largestBefore).distinct().toList();
        assertEquals(List.of(), large, "no control keeps a Workshop font, trip " + t);
      }
    }
  }

  /** The font of every control in {@code shell}, as its name, height and style. */
  private static Map<org.eclipse.swt.widgets.Control, String> fonts(org.eclipse.swt.widgets.Composite root) {
    Map<org.eclipse.swt.widgets.Control, String> out = new java.util.HashMap<>();
    out.put(root, describe(root.getFont()));
    for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
      if (c instanceof org.eclipse.swt.widgets.Composite inner) {
        out.putAll(fonts(inner));
      } else {
        out.put(c, describe(c.getFont()));
      }
    }
    return out;
  }

  private static int height(String described) {
    return Integer.parseInt(described.split(" ")[described.split(" ").length - 2]);
  }

  private static String describe(org.eclipse.swt.graphics.Font font) {
    assertFalse(font.isDisposed(), "a control holds a disposed font");
    org.eclipse.swt.graphics.FontData d = font.getFontData()[0];
    return d.getName() + " " + d.getHeight() + " " + d.getStyle();
  }

  @Test
  void resetPerspectivePutsAClosedViewBack() throws Exception {
    page.hideView(page.findView(IPageLayout.ID_PROP_SHEET));
    UiTesting.processEvents();
    assertNull(page.findView(IPageLayout.ID_PROP_SHEET));
    answerTheQuestion(window.getShell().getDisplay(), "Reset");
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.window.resetPerspective",
        null);
    UiTesting.waitUntil(() -> page.findView(IPageLayout.ID_PROP_SHEET) != null, "Reset to bring Properties back");
  }

  /** Presses the button starting with {@code button} in the next question the workbench asks (if it asks one). */
  private static void answerTheQuestion(org.eclipse.swt.widgets.Display display, String button) {
    Runnable[] poll = new Runnable[1];
    long end = System.currentTimeMillis() + 20_000;
    poll[0] = () -> {
      for (Shell s : display.getShells()) {
        if (s.isVisible() && s.getParent() != null) {
          for (org.eclipse.swt.widgets.Button b : buttons(s)) {
            if (b.getText().replace("&", "").startsWith(button)) {
              b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
              return;
            }
          }
        }
      }
      if (System.currentTimeMillis() < end) {
        display.timerExec(50, poll[0]);
      }
    };
    display.timerExec(50, poll[0]);
  }

  private static java.util.List<org.eclipse.swt.widgets.Button> buttons(org.eclipse.swt.widgets.Composite c) {
    java.util.List<org.eclipse.swt.widgets.Button> out = new java.util.ArrayList<>();
    for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
      if (child instanceof org.eclipse.swt.widgets.Button b) {
        out.add(b);
      } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
        out.addAll(buttons(inner));
      }
    }
    return out;
  }

  private static boolean part(org.eclipse.ui.IWorkbenchPartReference r, String partId) {
    try {
      return r instanceof IEditorReference e && e.getEditorInput() instanceof ModelEditorInput in
          && partId.equals(in.getPartId());
    } catch (org.eclipse.ui.PartInitException ex) {
      throw new AssertionError(ex);
    }
  }
}
