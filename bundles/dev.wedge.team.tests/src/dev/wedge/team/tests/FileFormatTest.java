package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;

/**
 * A saved model diffs well in any version control: one field per line, in a fixed order, with stable ids, so that a
 * one-field change is a one-line diff and an added object is a block of its own lines; files written by earlier
 * versions (the example is written by hand, several fields to a line) still open as the same model.
 */
class FileFormatTest {

  @TempDir
  Path dir;

  @Test
  void aOneFieldChangeIsAOneLineDiff() throws Exception {
    Path file = dir.resolve("m.wedge");
    Files.copy(Fixtures.EXAMPLE, file);
    LoadedModel m = ModelStore.load(file);
    ModelStore.save(m.resource(), file);
    List<String> before = Files.readAllLines(file);
    ModelStore.save(m.resource(), file);
    assertEquals(before, Files.readAllLines(file), "saving an unchanged model changes nothing");

    SuccessCriterion c = Fixtures.find(m.model(), "cr-onb-2");
    c.setThreshold(80.0);
    ModelStore.save(m.resource(), file);
    List<String> after = Files.readAllLines(file);
    assertEquals(before.size(), after.size());
    List<String> changed = changedLines(before, after);
    assertEquals(List.of("        threshold=\"80.0\""), changed);

    Fixtures.<Pilot>find(m.model(), "p-roleplay").setDescription("Coach for the objection stage,\nwith a second line");
    ModelStore.save(m.resource(), file);
    List<String> third = Files.readAllLines(file);
    assertEquals(after.size() + 1, third.size(), "a new field is one new line, even with a line break in it");
  }

  @Test
  void anAddedObjectIsABlockOfItsOwnLines() throws Exception {
    Path file = dir.resolve("m.wedge");
    Files.copy(Fixtures.EXAMPLE, file);
    LoadedModel m = ModelStore.load(file);
    ModelStore.save(m.resource(), file);
    List<String> before = Files.readAllLines(file);
    Measurement added = WedgeFactory.eINSTANCE.createMeasurement();
    added.setId("m-new");
    added.setValue(93.1);
    added.setDate(java.time.LocalDate.of(2026, 4, 1));
    m.model().getMetrics().get(0).getMeasurements().add(4, added);
    ModelStore.save(m.resource(), file);
    List<String> after = Files.readAllLines(file);
    // the new lines form one block; every other line is unchanged and in the same order
    int first = 0;
    while (before.get(first).equals(after.get(first))) {
      first++;
    }
    int added_ = after.size() - before.size();
    assertTrue(added_ >= 3 && added_ <= 6, "lines added: " + added_);
    assertEquals(before.subList(first, before.size()), after.subList(first + added_, after.size()));
    assertTrue(after.get(first).contains("<measurements") || after.get(first + added_ - 1).contains("id=\"m-new\"")
        || String.join("\n", after.subList(first, first + added_)).contains("id=\"m-new\""));
  }

  @Test
  void filesWrittenSeveralFieldsToALineStillOpenAsTheSameModel() throws Exception {
    LoadedModel old = ModelStore.load(Fixtures.EXAMPLE);
    Path file = dir.resolve("resaved.wedge");
    ModelStore.save(old.resource(), file);
    LoadedModel now = ModelStore.load(file);
    assertTrue(EcoreUtil.equals(old.model(), now.model()));
    byte[] once = Files.readAllBytes(file);
    ModelStore.save(now.resource(), file);
    assertArrayEquals(once, Files.readAllBytes(file), "the layout is stable from one save to the next");
  }

  private static List<String> changedLines(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        out.add(b.get(i));
      }
    }
    return out;
  }
}
