package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.CostLine;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.ModelRepository;

/**
 * A model's history and an object's, read from Git: who changed a pilot's criterion, when and in which commit, with
 * commits that did not touch the pilot left out; then the pilot restored from an earlier commit (its name, its
 * criterion's threshold and a cost line someone removed come back) while a later change elsewhere stays.
 */
class HistoryRestoreTest {

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  private static String commit(Path model, String message, String who) throws Exception {
    try (ModelRepository r = ModelRepository.of(model)) {
      return r.commit(message, new PersonIdent(who, who.toLowerCase().replace(' ', '.') + "@example.org"))
          .substring(0, 7);
    }
  }

  @Test
  void whoChangedAPilotsCriteriaAndThePilotRestored() throws Exception {
    Path model = Files.createDirectories(dir.resolve("lead")).resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, model);
    try (ModelRepository r = ModelRepository.share(model, null, null, "Shared",
        new PersonIdent("L&D lead", "lead@example.org"))) {
      assertNotNull(r);
    }
    String shared;
    try (Git git = Git.open(model.getParent().toFile())) {
      shared = git.log().setMaxCount(1).call().iterator().next().abbreviate(7).name();
    }

    // shared in the format Wedge saves: the threshold raised and a cost line removed as a save writes them
    dev.wedge.core.persistence.LoadedModel edited = ModelStore.load(model);
    Fixtures.<SuccessCriterion>find(edited.model(), "cr-rp-1").setThreshold(4.0);
    Pilot roleplay = Fixtures.find(edited.model(), "p-roleplay");
    roleplay.getCosts().remove(Fixtures.<CostLine>find(edited.model(), "co-rp-1"));
    ModelStore.saveWithoutBackup(edited.resource(), model);
    String raised = commit(model, "Threshold raised for the CRO", "Sales analyst");
    Cli.edit(model, "name=\"Run operations efficiently\"", "name=\"Run claims efficiently\"");
    String goal = commit(model, "Efficiency goal narrowed", "L&D lead");
    Cli.edit(model, "name=\"Role-play coach for broker sales\"", "name=\"Broker sales coach\"");
    String renamed = commit(model, "Pilot renamed", "Consultant");

    List<ModelHistory.Entry> pilot;
    try (ModelRepository r = ModelRepository.of(model)) {
      pilot = ModelHistory.of(r, "p-roleplay", 20);
      assertEquals(4, ModelHistory.of(r, null, 20).size(), "every commit of the model");
    }
    assertEquals(List.of(renamed, raised, shared), pilot.stream().map(ModelHistory.Entry::commit).toList(),
        "the commit that changed only a goal is not in the pilot's history");
    assertEquals("Sales analyst", pilot.get(1).author());
    assertEquals("Threshold raised for the CRO", pilot.get(1).title());
    List<String> lines = pilot.get(1).changes().stream().map(d -> d.message()).toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("threshold") && l.contains("3.0 \u2192 4.0")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("removed") && l.contains("Scenario writing")),
        lines.toString());

    assertEquals(ExitCodes.OK, cli.wedge("history", model, "--object", "p-roleplay"), cli.both());
    assertTrue(cli.out.contains(raised) && cli.out.contains("Sales analyst  Threshold raised for the CRO"), cli.out);
    assertFalse(cli.out.contains(goal), cli.out);
    assertTrue(cli.out.contains("3 commits changed 'p-roleplay'."), cli.out);
    assertEquals(ExitCodes.USAGE, cli.wedge("restore", model), cli.both());
    assertTrue(cli.err.contains("name the version with --from COMMIT"), cli.err);
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("restore", model, "--from", "nosuchcommit"), cli.both());
    assertTrue(cli.err.contains("There is no commit 'nosuchcommit'"), cli.err);

    String before = Files.readString(model);
    assertEquals(ExitCodes.OK, cli.wedge("restore", model, "--from", shared, "--object", "p-roleplay", "--dry-run"),
        cli.both());
    assertTrue(cli.out.contains("would be made"), cli.out);
    assertEquals(before, Files.readString(model), "a dry run writes nothing");

    assertEquals(ExitCodes.OK, cli.wedge("restore", model, "--from", shared, "--object", "p-roleplay"), cli.both());
    StrategyModel now = ModelStore.load(model).model();
    Pilot p = Fixtures.find(now, "p-roleplay");
    assertEquals("Role-play coach for broker sales", p.getName());
    assertEquals(3.0, Fixtures.<SuccessCriterion>find(now, "cr-rp-1").getThreshold(), 0);
    CostLine back = Fixtures.find(now, "co-rp-1");
    assertNotNull(back, "the removed cost line is back");
    assertEquals(0, p.getCosts().indexOf(back), "in its place");
    assertEquals("Run claims efficiently", now.getGoals().get(3).getName(), "a change outside the pilot stays");
    assertTrue(Files.exists(dir.resolve("lead/halden.wedge.bak")));
    assertEquals(ExitCodes.OK, cli.wedge("restore", model, "--from", shared, "--object", "p-roleplay"), cli.both());
    assertTrue(cli.out.contains("is already as it was"), cli.out);
  }
}
