package dev.wedge.team.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.Widgets;

/**
 * Team › Show History in a real workbench: selecting a pilot shows the commits that changed it (not the one that
 * changed only a goal), who made them and what changed; Restore This Version puts the pilot back as it was in the
 * first commit, as one undoable change, and a later change elsewhere stays.
 */
class HistoryViewTest {

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    closeAllModels();
  }

  private static IWorkbenchWindow window() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  }

  private static void edit(Path model, String from, String to, String message, String who) throws Exception {
    String xml = Files.readString(model);
    assertTrue(xml.contains(from), from);
    Files.writeString(model, xml.replace(from, to));
    try (ModelRepository r = ModelRepository.of(model)) {
      r.commit(message, new PersonIdent(who, "someone@example.org"));
    }
  }

  private static String[] rows(HistoryView view) {
    TreeItem[] items = view.viewer().getTree().getItems();
    String[] out = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = items[i].getText();
    }
    return out;
  }

  @Test
  void aPilotsHistoryAndARestoreThatCanBeUndone() throws Exception {
    Path model = copyExample(Files.createDirectories(dir.resolve("lead")));
    try (ModelRepository r = ModelRepository.share(model, null, null, "Shared", new PersonIdent("L&D lead",
        "lead@example.org"))) {
      assertTrue(r.status().summary().length() > 0);
    }
    edit(model, "name=\"Role-play coach for broker sales\"", "name=\"Broker sales coach\"", "Pilot renamed",
        "Consultant");
    edit(model, "name=\"Run operations efficiently\"", "name=\"Run claims efficiently\"", "Goal narrowed",
        "L&D lead");

    ModelSession session = WorkbenchModels.get().openWithEditor(model, window());
    processEvents();
    ActiveModel.set(session);
    window().getService(IHandlerService.class).executeCommand("dev.wedge.team.ui.showHistory", null);
    processEvents();
    HistoryView view = (HistoryView) window().getActivePage().findView(HistoryView.ID);
    Pilot pilot = session.getModel().getPilots().stream().filter(p -> p.getId().equals("p-roleplay")).findFirst()
        .orElseThrow();
    view.selectionChanged(window().getActivePage().getActiveEditor(), new StructuredSelection(pilot));
    waitUntil(() -> rows(view).length == 2, "the pilot's two commits (shown: " + String.join(" | ", rows(view))
        + ")");
    assertTrue(rows(view)[0].contains("Consultant  Pilot renamed"), rows(view)[0]);
    assertTrue(rows(view)[1].contains("L&D lead  Shared"), rows(view)[1]);
    view.viewer().expandAll();
    assertTrue(view.viewer().getTree().getItems()[0].getItems()[0].getText().contains("name: Role-play coach for"
        + " broker sales \u2192 Broker sales coach"), view.viewer().getTree().getItems()[0].getItems()[0].getText());

    view.viewer().setSelection(new StructuredSelection(view.viewer().getTree().getItems()[1].getData()));
    Widgets.inDialog("Restore This Version", view::restoreSelected, shell -> Widgets.click(shell, "Restore"));
    assertEquals("Role-play coach for broker sales", pilot.getName());
    assertEquals("Run claims efficiently", session.getModel().getGoals().get(3).getName(), "the goal stays");
    assertTrue(session.isDirty());
    session.getCommandStack().undo();
    processEvents();
    assertEquals("Broker sales coach", pilot.getName());
  }
}
