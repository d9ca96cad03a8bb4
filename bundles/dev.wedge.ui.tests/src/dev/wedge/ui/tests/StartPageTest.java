package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.start.StartPage;

/** With no model open Wedge shows a start page, never empty panes; the example opens from a copy of its own. */
class StartPageTest {

  @TempDir
  Path home;

  private IWorkbenchPage page;
  private String userHome;

  @BeforeEach
  void setUp() {
    page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    userHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    System.setProperty("wedge.example", EditingTest.EXAMPLE.toAbsolutePath().toString());
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    page.closeAllEditors(false);
    EditingTest.processEvents();
  }

  @AfterEach
  void tearDown() {
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    System.setProperty("user.home", userHome);
    System.clearProperty("wedge.example");
    EditingTest.processEvents();
  }

  private StartPage startPage() {
    return Arrays.stream(page.getEditorReferences()).filter(r -> r.getId().equals(StartPage.ID))
        .map(r -> (StartPage) r.getEditor(true)).findFirst().orElse(null);
  }

  @Test
  void withNoModelOpenTheStartPageOffersTheExampleAndOpensItFromTheUsersOwnCopy() throws Exception {
    StartPage.showIfNothingOpen(page);
    EditingTest.processEvents();
    StartPage start = startPage();
    assertTrue(start != null, "the start page is shown");
    assertTrue(start.exampleLink().isEnabled(), "the example is offered");
    start.openExample();
    EditingTest.processEvents();
    Path copy = home.resolve("Wedge").resolve("halden-mutual.wedge");
    assertTrue(Files.isRegularFile(copy), "the example is opened from the user's own copy");
    assertEquals(Files.readString(EditingTest.EXAMPLE), Files.readString(copy));
    ModelSession s = WorkbenchModels.get().getModels().get(0);
    assertEquals(copy.toAbsolutePath().normalize(), s.getFile());
    assertEquals(ModelEditors.OVERVIEW_EDITOR_ID, page.getActiveEditor().getEditorSite().getId(),
        "the overview is the model's first screen");
    assertTrue(startPage() == null, "the start page gives way to the model");

    Files.writeString(copy, Files.readString(copy).replace("Halden Mutual", "Halden Mutual (mine)"));
    WorkbenchModels.get().closeDiscarding(s);
    for (int i = 0; i < 5 && startPage() == null; i++) {
      EditingTest.processEvents();
    }
    StartPage again = startPage();
    assertTrue(again != null, "the last model closed: the start page is back");
    assertTrue(again.recentShown().contains("halden-mutual.wedge"), "with the model under Open recent: "
        + again.recentShown());
    again.openExample();
    EditingTest.processEvents();
    assertTrue(Files.readString(copy).contains("Halden Mutual (mine)"), "the user's copy is never overwritten");
    assertFalse(Arrays.stream(page.getEditorReferences()).map(IEditorReference::getId).anyMatch(StartPage.ID::equals));
  }
}
