package dev.wedge.team.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Pilot;
import dev.wedge.team.git.ModelPull;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.Widgets;

/**
 * Team › Resolve Conflicts… in a real workbench, after a pull in which both sides renamed a pilot and reworded its
 * business problem: one row per conflict with before, yours and theirs; "Take Theirs" and "Keep Yours" each resolve
 * one row in the open model (an edit made since the pull stays), and Ctrl+Z undoes a resolution, record included.
 */
class ResolveConflictsDialogTest {

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    closeAllModels();
  }

  private static IWorkbenchWindow window() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  }

  private static Path edit(Path model, String from, String to) throws Exception {
    String xml = Files.readString(model);
    assertTrue(xml.contains(from), from);
    Files.writeString(model, xml.replace(from, to));
    return model;
  }

  private static Pilot pilot(ModelSession s) {
    return s.getModel().getPilots().stream().filter(p -> p.getId().equals("p-roleplay")).findFirst().orElseThrow();
  }

  @Test
  void eachConflictIsResolvedOnItsOwnAndCanBeUndone() throws Exception {
    Path remote = dir.resolve("team.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
    Path model = copyExample(Files.createDirectories(dir.resolve("lead")));
    PersonIdent lead = new PersonIdent("L&D lead", "lead@example.org");
    try (ModelRepository r = ModelRepository.share(model, null, remote.toString(), "Shared", lead)) {
      Remotes.push(r, null, null);
    }
    Path other = dir.resolve("consultant");
    Remotes.clone(remote.toString(), other, null);
    Path theirs = other.resolve(model.getFileName());
    edit(theirs, "name=\"Role-play coach for broker sales\"", "name=\"Broker sales coach\"");
    edit(theirs, "businessProblem=\"Brokers lose deals at the objection stage\"", "businessProblem=\"Price objections"
        + " lose deals\"");
    try (ModelRepository r = ModelRepository.of(theirs)) {
      r.commit("Pilot reworded", new PersonIdent("Consultant", "consultant@example.org"));
      Remotes.push(r, null, null);
    }
    edit(model, "name=\"Role-play coach for broker sales\"", "name=\"AI role-play coach\"");
    edit(model, "businessProblem=\"Brokers lose deals at the objection stage\"", "businessProblem=\"Objections"
        + " lose deals\"");
    try (ModelRepository r = ModelRepository.of(model)) {
      r.commit("Pilot renamed", lead);
      assertEquals(ModelPull.Kind.CONFLICTS, Remotes.pull(r, null, null, null, lead).kind());
    }

    ModelSession session = WorkbenchModels.get().openWithEditor(model, window());
    processEvents();
    ActiveModel.set(session);
    int n = ConflictRecords.of(session.getModel()).size();
    assertTrue(n >= 2, "the pilot's name and business problem (and any other field both changed): " + n);
    session.getModel().getGoals().get(3).setName("Run claims efficiently"); // edited after the pull

    assertTrue(Arrays.stream(window().getShell().getMenuBar().getItems()).filter(i -> i.getText().replace("&", "")
        .equals("Team")).findFirst().isPresent());
    Widgets.inDialog(ResolveConflictsHandler.TITLE, () -> {
      try {
        window().getService(IHandlerService.class).executeCommand("dev.wedge.team.ui.resolve", null);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }, shell -> {
      Table table = Widgets.all(shell, Table.class).get(0);
      assertEquals(n, table.getItemCount());
      Widgets.select(table, row -> row.getText(0).equals("Pilot 'Role-play coach for broker sales': name"));
      assertEquals("Role-play coach for broker sales", table.getSelection()[0].getText(1));
      assertEquals("AI role-play coach", table.getSelection()[0].getText(2));
      assertEquals("Broker sales coach", table.getSelection()[0].getText(3));
      assertTrue(Widgets.all(shell, org.eclipse.swt.widgets.Text.class).stream().anyMatch(t -> t.getText().contains(
          "\nYours: AI role-play coach\nTheirs: Broker sales coach")), "the selected conflict's values in full");
      assertTrue(Widgets.button(shell, "Keep Yours").isEnabled());
      assertTrue(!Widgets.button(shell, "Keep Frozen").isEnabled(), "not a frozen criterion");
      Widgets.click(shell, "Take Theirs");
      assertEquals("Broker sales coach", pilot(session).getName());
      assertEquals(n - 1, table.getItemCount());
      Widgets.select(table, row -> row.getText(0).startsWith("Pilot 'Broker sales coach': business problem")
          || row.getText(0).startsWith("Pilot 'Role-play coach for broker sales': business problem"));
      Widgets.click(shell, "Keep Yours");
      assertEquals("Objections lose deals", pilot(session).getBusinessProblem());
      assertEquals(n - 2, table.getItemCount());
      Widgets.click(shell, "Close");
    });
    assertEquals(n - 2, ConflictRecords.of(session.getModel()).size());
    assertEquals("Run claims efficiently", session.getModel().getGoals().get(3).getName(), "the later edit stays");
    assertTrue(session.isDirty());

    session.getCommandStack().undo();
    processEvents();
    assertEquals(n - 1, ConflictRecords.of(session.getModel()).size(), "the undone resolution's record is back");
    session.getCommandStack().undo();
    processEvents();
    assertEquals("AI role-play coach", pilot(session).getName());
    assertEquals(n, ConflictRecords.of(session.getModel()).size());
  }
}
