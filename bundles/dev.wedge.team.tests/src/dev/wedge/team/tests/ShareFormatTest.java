package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;

/**
 * {@code wedge share} commits the model in the format Wedge saves (the example is written several fields to a line):
 * the first save after sharing changes no byte, and a one-field edit then is a one-line diff; a plug-in's namespace
 * prefix ({@code rd:}) is kept.
 */
class ShareFormatTest {

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @Test
  void sharingWritesTheSavedFormatSoTheFirstSaveIsNoDiff() throws Exception {
    Path model = dir.resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, model);
    String handWritten = Files.readString(model);
    assertEquals(ExitCodes.OK, cli.wedge("share", model), cli.both());
    String shared = Files.readString(model);
    assertNotEquals(handWritten, shared, "the example's compact lines are rewritten");
    assertTrue(shared.contains("xmlns:rd=\"http://consultancy.example/readiness/1\""), "the plug-in's prefix is"
        + " kept");
    assertFalse(shared.contains("readiness_1"), "no prefix of EMF's making");
    assertFalse(Files.exists(dir.resolve("halden.wedge.bak")), "no backup beside it");
    try (Git git = Git.open(dir.toFile())) {
      assertTrue(git.status().call().isClean(), "what is committed is what is on disk");
      ObjectId head = git.getRepository().resolve("HEAD^{tree}");
      try (TreeWalk tw = TreeWalk.forPath(git.getRepository(), "halden.wedge", head)) {
        assertEquals(shared, new String(git.getRepository().open(tw.getObjectId(0)).getBytes(),
            StandardCharsets.UTF_8));
      }
      // the first save after sharing: no byte changes
      LoadedModel m = ModelStore.load(model);
      ModelStore.saveWithoutBackup(m.resource(), model);
      assertEquals(shared, Files.readString(model));
      assertTrue(git.status().call().isClean());
      // a one-field change is a one-line diff
      Cli.edit(model, "name=\"Keep our customers\"", "name=\"Keep every customer\"");
      m = ModelStore.load(model);
      ModelStore.saveWithoutBackup(m.resource(), model);
      assertEquals(0, cli.git(dir, "diff", "--numstat", "--no-ext-diff", "--no-textconv", "halden.wedge"), cli.out);
      assertEquals("1\t1\thalden.wedge", cli.out.strip());
    }
  }
}
