package dev.wedge.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;

/** File › Print (Ctrl+P) of an editor: the whole picture, fitted to the page; no printer is said, not ignored. */
class PrintTest {

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    PartPrint.printers = org.eclipse.swt.printing.Printer::getPrinterList;
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    processEvents();
  }

  private static void processEvents() {
    dev.wedge.ui.tests.WorkbenchTest.processEvents();
  }

  private SessionEditorPart open(String part) throws Exception {
    Path file = dir.resolve("m.wedge");
    if (!Files.exists(file)) {
      Files.copy(Path.of("../../examples/halden-mutual.wedge"), file);
    }
    ModelSession s = WorkbenchModels.get().open(file, null);
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    SessionEditorPart e = (SessionEditorPart) ModelEditors.openPart(page, s, ModelParts.find(part).orElseThrow(),
        null);
    processEvents();
    page.activate(e);
    return e;
  }

  @Test
  void printOnAMachineWithoutAPrinterSaysSoAtTheTopOfTheEditor() throws Exception {
    PartPrint.printers = () -> new PrinterData[0];
    SessionEditorPart map = open("strategy");

    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.print", null);
    processEvents();

    assertTrue(map.messages().isShown());
    assertEquals("No printer is set up on this computer, so nothing was printed: set one up in the system's settings,"
        + " or export the picture (File \u203a Export) or the executive brief as PDF and print that elsewhere.",
        map.messages().message());
  }

  @Test
  void theMapPrintsWholeAndThePilotPageWithAllItsSections() throws Exception {
    SessionEditorPart map = open("strategy");
    ImageData whole = map.printImage();
    Rectangle inView = map.partControl().getBounds();
    assertTrue(whole.width > 0 && whole.height > 0);
    assertTrue(whole.width >= inView.width || whole.height >= inView.height,
        "the map at twice its size, not the part in view: " + whole.width + "x" + whole.height);

    SessionEditorPart pilot = open("pilots");
    ImageData page = pilot.printImage();
    assertTrue(page.height >= pilot.partControl().getBounds().height - 40,
        "the page's whole content: " + page.width + "x" + page.height);
  }

  @Test
  void aPictureIsFittedToThePageWithItsProportions() {
    Rectangle area = new Rectangle(50, 50, 1000, 1400);
    assertEquals(new Rectangle(50, 50, 1000, 500), PageImage.fit(2000, 1000, area));
    assertEquals(new Rectangle(300, 50, 500, 1400), PageImage.fit(500, 1400, area));
    assertEquals(new Rectangle(50, 50, 1000, 1000), PageImage.fit(10, 10, area), "a small picture is enlarged");
  }
}
