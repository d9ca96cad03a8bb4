package dev.wedge.team.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.WedgePackage;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.testing.Widgets;

/**
 * The Team menu in a real workbench: Share… (with a remote), Commit… (Ctrl+Alt+C), Push and Pull on the model in
 * focus, and its status beside it in the Models view (modified, ahead, up to date); a colleague's pushed change comes
 * in with Pull and is in the model the workbench shows.
 */
class TeamMenuTest {

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    closeAllModels();
  }

  private static IWorkbenchWindow window() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  }

  private static void run(String command) {
    try {
      window().getService(IHandlerService.class).executeCommand(command, null);
    } catch (Exception e) {
      throw new AssertionError(command + ": " + e, e);
    }
    processEvents();
  }

  /** The Models view's label of the (first) model. */
  private static String modelLabel() {
    ModelsView view = (ModelsView) window().getActivePage().findView(ModelsView.ID);
    TreeItem[] items = view.getViewer().getTree().getItems();
    return items.length == 0 ? "" : items[0].getText();
  }

  private static void waitForLabel(String part) {
    waitUntil(() -> {
      ModelStatusDecorator.refresh();
      processEvents();
      return modelLabel().contains(part);
    }, "the Models view shows '" + part + "' (it shows '" + modelLabel() + "')");
  }

  @Test
  void shareCommitPushAndPullFromTheTeamMenu() throws Exception {
    Path remote = dir.resolve("team.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
    Path model = copyExample(Files.createDirectories(dir.resolve("lead")));
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window());
    processEvents();
    ActiveModel.set(session);
    window().getActivePage().showView(ModelsView.ID);
    processEvents();

    assertTrue(Arrays.stream(window().getShell().getMenuBar().getItems()).anyMatch(i -> i.getText().replace("&", "")
        .equals("Team")), "a Team menu");
    assertEquals("Ctrl+Alt+C", PlatformUI.getWorkbench().getService(IBindingService.class)
        .getBestActiveBindingFormattedFor("dev.wedge.team.ui.commit"));

    Widgets.inDialog(ShareHandler.TITLE, () -> run("dev.wedge.team.ui.share"), shell -> {
      Widgets.type(Widgets.all(shell, Text.class).get(0), remote.toString());
      Widgets.click(shell, "OK");
    });
    assertTrue(Files.isDirectory(model.getParent().resolve(".git")), "shared in a new repository");
    try (Git git = Git.open(model.getParent().toFile())) {
      var c = git.getRepository().getConfig();
      c.setString("user", null, "name", "L&D lead");
      c.setString("user", null, "email", "lead@example.org");
      c.save();
    }
    waitForLabel("[main: up to date (no upstream)]");
    run("dev.wedge.team.ui.push");
    waitForLabel("[main: up to date]");

    BusinessGoal goal = session.getModel().getGoals().get(1);
    assertTrue(session.execute(SetCommand.create(session.getEditingDomain(), goal,
        WedgePackage.Literals.NAMED__NAME, "Keep and grow our customers")));
    session.save();
    waitForLabel("[main: modified]");
    Widgets.inDialog(CommitHandler.TITLE, () -> run("dev.wedge.team.ui.commit"), shell -> {
      Widgets.type(Widgets.all(shell, Text.class).get(0), "Customer goal reworded");
      assertTrue(Widgets.all(shell, Text.class).stream().anyMatch(t -> t.getText().contains(
          "name: Keep our customers \u2192 Keep and grow our customers")),
          "the dialog shows what changed");
      Widgets.click(shell, "Commit");
    });
    waitForLabel("[main: 1 ahead]");
    run("dev.wedge.team.ui.push");
    waitForLabel("[main: up to date]");

    // a colleague clones, changes another goal and pushes; Pull brings it into the model on screen
    Path other = dir.resolve("consultant");
    Remotes.clone(remote.toString(), other, null);
    Path theirs = other.resolve(model.getFileName());
    Files.writeString(theirs, Files.readString(theirs).replace("name=\"Run operations efficiently\"",
        "name=\"Run claims efficiently\""));
    try (ModelRepository r = ModelRepository.of(theirs)) {
      r.commit("Efficiency goal narrowed", new PersonIdent("Consultant", "consultant@example.org"));
      Remotes.push(r, null, null);
    }
    run("dev.wedge.team.ui.pull");
    ModelSession reopened = WorkbenchModels.get().getModels().stream().filter(s -> s.getFile().equals(model))
        .findFirst().orElseThrow();
    assertEquals("Run claims efficiently", reopened.getModel().getGoals().get(3).getName());
    assertEquals("Keep and grow our customers", reopened.getModel().getGoals().get(1).getName());
    assertEquals("Run claims efficiently", ModelStore.load(model).model().getGoals().get(3).getName());
    UiTesting.processEvents();
  }
}
