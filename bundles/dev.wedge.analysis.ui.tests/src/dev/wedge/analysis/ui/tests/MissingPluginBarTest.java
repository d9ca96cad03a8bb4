package dev.wedge.analysis.ui.tests;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.analysis.ui.FindingsView;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.WorkbenchModels;

/** A model with data of a plug-in that is not installed: the Findings view says so in full until dismissed. */
class MissingPluginBarTest {

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    closeAllModels();
  }

  @Test
  void theNoteStaysInFullUntilDismissed() throws Exception {
    Path file = dir.resolve("acme.wedge");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<wedge:StrategyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:wedge=\"http://wedge.dev/model/1\""
        + " xmlns:acme=\"http://acme.example/dataowner/1\" id=\"root\" name=\"Plan\" formatVersion=\"1\">\n"
        + "  <extensions xsi:type=\"acme:DataOwner\" id=\"o1\" name=\"Finance\"/>\n"
        + "</wedge:StrategyModel>\n", StandardCharsets.UTF_8);
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    ModelSession session = WorkbenchModels.get().openWithEditor(file, window);
    FindingsView view = (FindingsView) window.getActivePage().showView(FindingsView.ID);
    view.show(session);
    processEvents();
    assertTrue(view.missingPluginNote().startsWith("This model holds data of a plug-in that is not installed"
        + " (namespace http://acme.example/dataowner/1, 1 object)"), view.missingPluginNote());
    assertTrue(view.missingPluginNote().endsWith("to use it."), "in full: " + view.missingPluginNote());
    Thread.sleep(100);
    processEvents();
    assertTrue(!view.missingPluginNote().isEmpty(), "it does not fade");
    view.dismissMissingPluginNote();
    processEvents();
    assertEquals("", view.missingPluginNote());
    view.show(session);
    assertEquals("", view.missingPluginNote(), "dismissed for this model");
  }
}
