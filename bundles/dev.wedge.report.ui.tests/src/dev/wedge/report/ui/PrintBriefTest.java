package dev.wedge.report.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.WorkbenchModels;

/** File › Print Executive Brief…: the PDF beside the model, never over an earlier one, and where it is said. */
class PrintBriefTest {

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    closeAllModels();
  }

  @Test
  void theBriefIsWrittenAsPdfBesideTheModelUnderAFreeNameAndWhereIsSaid() throws Exception {
    assertTrue(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("dev.wedge.report.ui.printBrief")
        .isDefined());
    Path model = copyExample(dir);
    ModelSession session = WorkbenchModels.get().open(model, null);
    Path earlier = Files.writeString(dir.resolve("halden-mutual-brief.pdf"), "an earlier brief");

    Path pdf = PrintBriefHandler.write(session, new NullProgressMonitor());

    assertEquals(dir.resolve("halden-mutual-brief-2.pdf").toAbsolutePath(), pdf);
    assertEquals("an earlier brief", Files.readString(earlier), "an earlier brief is never written over");
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(bytes.length > 10_000, "a brief of some pages: " + bytes.length + " bytes");
    assertTrue(PrintBriefHandler.said(pdf).startsWith("The executive brief is written to " + pdf + ". Open it in a"
        + " PDF viewer and print it"));
  }
}
