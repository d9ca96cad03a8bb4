package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.core.testing.KillDuringSave;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;

/** Saving, finished: symbolic links, long names, temporary files, texts a file cannot hold, kills mid-save. */
class SavingTest {

  @TempDir
  Path dir;

  private WedgeResource resourceWith(StrategyModel m, Path file) {
    WedgeResource r = (WedgeResource) new WedgeResourceFactory().createResource(URI.createFileURI(file.toString()));
    r.getContents().add(m);
    return r;
  }

  private static StrategyModel model(String name) throws java.io.IOException {
    return ModelTemplates.instantiate(ModelTemplates.STARTER, name, "Acme");
  }

  @Test
  void savingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws Exception {
    Path real = Files.createDirectory(dir.resolve("shared"));
    Path target = real.resolve("plan.wedge");
    ModelStore.save(resourceWith(model("v1"), target), target);
    Path link = Files.createSymbolicLink(dir.resolve("my-plan.wedge"), Path.of("shared/plan.wedge"));
    LoadedModel loaded = ModelStore.load(link);
    loaded.model().setName("v2");
    ModelStore.save(loaded.resource(), link);
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals("v2", ModelStore.load(target).model().getName(), "the file it leads to has the new content");
    assertEquals("v1", ModelStore.load(real.resolve("plan.wedge.bak")).model().getName(), "the backup is beside it");
    assertFalse(Files.exists(dir.resolve("my-plan.wedge.bak")));
    assertEquals(link.toAbsolutePath().toString(), loaded.resource().getURI().toFileString(),
        "the model is still the one opened through the link");
    assertTrue(KillDuringSave.temporaryFiles(real).isEmpty());
  }

  @Test
  void longNamesSaveUpToTheLimitAndBeyondItAreRefusedBeforeWriting() throws Exception {
    String stem = "ä".repeat(123); // two bytes each: 246 bytes
    Path longest = dir.resolve(stem + ".wedg"); // 251 bytes, and 255 with ".bak"
    ModelStore.save(resourceWith(model("long"), longest), longest);
    ModelStore.save(ModelStore.load(longest).resource(), longest); // a second save writes the backup too
    assertEquals("long", ModelStore.load(longest.resolveSibling(longest.getFileName() + ".bak")).model().getName());

    Path tooLong = dir.resolve(stem + ".wedge"); // 252 bytes
    ModelSaveException e = assertThrows(ModelSaveException.class,
        () -> ModelStore.save(resourceWith(model("x"), tooLong), tooLong));
    assertTrue(e.getMessage().contains("its name is 252 bytes long (in UTF-8), and Wedge saves names of up to 251"
        + " bytes"), e.getMessage());
    assertFalse(Files.exists(tooLong));
    assertTrue(KillDuringSave.temporaryFiles(dir).isEmpty(), "nothing was written");
  }

  @Test
  void temporaryFilesOfSavesCutShortAreRemovedByTheNextOpenOrSave() throws Exception {
    Path file = dir.resolve("m.wedge");
    ModelStore.save(resourceWith(model("m"), file), file);
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path abandoned = Files.writeString(dir.resolve(".m.wedge.saving-" + gone.pid() + "-k2j3.tmp"), "<half a");
    Path abandonedBackup = Files.writeString(dir.resolve(".m.wedge.bak.saving-" + gone.pid() + "-x1.tmp"), "<half");
    Path oldStyle = Files.writeString(dir.resolve(".m.wedge.3fz9q1.tmp"), "<half a model");
    Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minusSeconds(3600)));
    Path running = Files.writeString(dir.resolve(".m.wedge.saving-" + ProcessHandle.current().pid() + "-z.tmp"), "");
    Path otherFile = Files.writeString(dir.resolve(".other.wedge.saving-" + gone.pid() + "-k.tmp"), "");

    ModelStore.load(file);
    assertFalse(Files.exists(abandoned) || Files.exists(abandonedBackup) || Files.exists(oldStyle),
        "opening the model removed what saves cut short left");
    assertTrue(Files.exists(running), "a save still running is left alone");
    assertTrue(Files.exists(otherFile), "another model's files are left alone");

    Files.writeString(abandoned, "<half a");
    ModelStore.save(ModelStore.load(file).resource(), file);
    assertFalse(Files.exists(abandoned), "saving removes them too");
  }

  @Test
  void textsAFileCannotHoldAreRefusedWithTheFieldNamed() throws Exception {
    Path file = dir.resolve("m.wedge");
    StrategyModel m = model("m");
    WedgeResource r = resourceWith(m, file);
    ModelStore.save(r, file);
    byte[] before = Files.readAllBytes(file);
    m.getStakeholders().get(0).setName("Dana\u0007Whitfield");
    ModelSaveException e = assertThrows(ModelSaveException.class, () -> ModelStore.save(r, file));
    assertTrue(e.getMessage().contains("'name' of Stakeholder 'Dana\u0007Whitfield' contains a control character"
        + " (U+0007), which a .wedge file (XML) cannot hold"), e.getMessage());
    m.getStakeholders().get(0).setName("Dana \uD83D\uDE00 \uD800");
    assertTrue(assertThrows(ModelSaveException.class, () -> ModelStore.save(r, file)).getMessage()
        .contains("an unpaired surrogate, U+D800"));
    assertArrayEquals(before, Files.readAllBytes(file));
    m.getStakeholders().get(0).setName("Dana \uD83D\uDE00 \t\"&<>]]>");
    ModelStore.save(r, file);
    assertEquals("Dana \uD83D\uDE00 \t\"&<>]]>", ModelStore.load(file).model().getStakeholders().get(0).getName());
  }

  @Test
  void formatWritesAModelAsTheWorkbenchSavesIt() throws Exception {
    Path file = Files2.model(dir, "hand.wedge", "", "  <goals name=\"Grow\"/>\n"); // no id: one is given
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    byte[] original = Files.readAllBytes(file);
    Path copy = dir.resolve("formatted.wedge");
    assertEquals(ExitCodes.OK, WedgeApplication.run(List.of("format", file.toString(), "-o", copy.toString()), o, e));
    assertArrayEquals(original, Files.readAllBytes(file), "-o leaves the original alone");
    assertTrue(Files.readString(copy).matches("(?s).*<goals\\s+id=\".*"), "written as Wedge writes it");
    assertEquals(ExitCodes.OK, WedgeApplication.run(List.of("save", file.toString()), o, e));
    assertArrayEquals(original, Files.readAllBytes(dir.resolve("hand.wedge.bak")), "over itself, keeping .bak");
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("(the previous version is hand.wedge.bak)"));
    assertEquals(ExitCodes.CANNOT_OPEN, WedgeApplication.run(List.of("format", dir.resolve("no.wedge").toString()), o,
        e));
    Path folder = Files.createDirectory(dir.resolve("ro"));
    Path tooLong = folder.resolve("x".repeat(252));
    assertEquals(ExitCodes.CANNOT_WRITE, WedgeApplication.run(List.of("format", file.toString(), "-o",
        tooLong.toString()), o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Wedge saves names of up to 251 bytes"));
  }

  @Test
  void aProcessKilledWhileSavingNeverLeavesATornFileOrTemporaryFiles() throws Exception {
    KillDuringSave.Result r = KillDuringSave.run(dir, 20, 20261129L);
    assertTrue(r.problems().isEmpty(), () -> String.join("\n", r.problems()));
    assertEquals(20, r.kills());
    assertTrue(r.savesCompletedBeforeKill() > 0, "the saving process saved between kills");
  }
}
