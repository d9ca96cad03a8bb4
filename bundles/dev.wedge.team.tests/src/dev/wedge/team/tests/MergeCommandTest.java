package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Pilot;
import dev.wedge.team.merge.ConflictRecords;

/** {@code wedge merge} and {@code wedge diff} on files, as Git calls them. */
class MergeCommandTest {

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int rc = WedgeApplication.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return rc;
  }

  private Path version(String name, String from, String to) throws Exception {
    Path p = dir.resolve(name);
    String xml = Files.readString(Fixtures.EXAMPLE);
    if (from != null) {
      assertTrue(xml.contains(from), from);
      xml = xml.replace(from, to);
    }
    Files.writeString(p, xml);
    return p;
  }

  @Test
  void aCleanMergeTakesBothSidesAndExitsZero() throws Exception {
    Path base = version("base", null, null);
    Path ours = version("ours", "name=\"Role-play coach for broker sales\"", "name=\"Sales coach\"");
    Path theirs = version("theirs", "participants=\"40\"", "participants=\"44\"");
    Path merged = dir.resolve("merged.wedge");
    assertEquals(ExitCodes.OK, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
        merged.toString()), out + err);
    assertEquals(1, err.lines().count(), "one note per plug-in that is not installed: " + err);
    Pilot p = Fixtures.find(ModelStore.load(merged).model(), "p-roleplay");
    assertEquals("Sales coach", p.getName());
    assertEquals(44, p.getParticipants());
    assertFalse(Files.exists(dir.resolve("merged.wedge" + ".conflicts.json")));

    // the differences, field by field, in the method's words
    assertEquals(ExitCodes.FAILED_CHECK, run("diff", base.toString(), merged.toString(), "--exit-code"));
    assertEquals(List.of("Pilot 'Role-play coach for broker sales': name: Role-play coach for broker sales \u2192"
        + " Sales coach", "Pilot 'Role-play coach for broker sales': participants: 40 \u2192 44"),
        out.lines().toList());
    assertEquals(ExitCodes.OK, run("diff", base.toString(), base.toString()));
    assertEquals("No differences.", out.strip());
  }

  @Test
  void aConflictingMergeLeavesAValidModelWithItsConflictsBesideItAndInIt() throws Exception {
    Path base = version("base", null, null);
    Path ours = version("ours", "name=\"Role-play coach for broker sales\"", "name=\"Sales coach\"");
    Path theirs = version("theirs", "name=\"Role-play coach for broker sales\"", "name=\"Objection coach\"");
    // as Git's merge driver: the result over Git's copy of ours, named after the file in the repository
    assertEquals(ExitCodes.FAILED_CHECK, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
        ours.toString(), "--name", dir.resolve("model.wedge").toString()));
    assertTrue(out.contains("Pilot 'Role-play coach for broker sales': name \u2014 yours Sales coach, theirs"
        + " Objection coach, before Role-play coach for broker sales"), out);
    String xml = Files.readString(ours);
    assertFalse(xml.contains("<<<<<<<") || xml.contains(">>>>>>>"));
    assertFalse(Files.exists(dir.resolve("ours.bak")), "Git's temporary file gets no backup");
    LoadedModel m = ModelStore.load(ours);
    assertTrue(m.problems().stream().noneMatch(p -> p.message().contains("wedge.dev/team")), m.problems()::toString);
    assertEquals("Sales coach", Fixtures.<Pilot>find(m.model(), "p-roleplay").getName());
    assertEquals(1, ConflictRecords.of(m.model()).size());
    JsonNode sidecar = new ObjectMapper().readTree(dir.resolve("model.wedge.conflicts.json").toFile());
    assertEquals(1, sidecar.get("conflicts").size());
    assertEquals("p-roleplay", sidecar.get("conflicts").get(0).get("objectId").asText());
    assertEquals("name", sidecar.get("conflicts").get(0).get("feature").asText());
    assertEquals("ours", sidecar.get("conflicts").get(0).get("kept").asText());

    // and in the model's findings, on the pilot
    int analyzed = run("analyze", ours.toString(), "--today", "2026-12-02", "--fail-on", "error");
    assertEquals(ExitCodes.FAILED_CHECK, analyzed, out + err);
    assertTrue(out.contains("Merge conflict: Pilot 'Role-play coach for broker sales': name"), out);

    // resolved: the record and the sidecar go, the fields stay as edited
    assertEquals(ExitCodes.FAILED_CHECK, run("resolved", ours.toString()));
    assertTrue(out.startsWith("changed:p-roleplay:name  Pilot"), out);
    Files.move(dir.resolve("model.wedge.conflicts.json"), dir.resolve("ours.conflicts.json"));
    assertEquals(ExitCodes.OK, run("resolved", ours.toString(), "changed:p-roleplay:name"), err);
    assertEquals(0, ConflictRecords.of(ModelStore.load(ours).model()).size());
    assertFalse(Files.exists(dir.resolve("ours.conflicts.json")));
  }

  @Test
  void gitsTextConversionIsOneFieldToALine() throws Exception {
    assertEquals(ExitCodes.OK, run("diff", Fixtures.EXAMPLE.toString()));
    assertTrue(out.contains("\n  Pilot 'Role-play coach for broker sales' [p-roleplay]\n"), out);
    assertTrue(out.contains("\n      threshold: 3.0\n"), out);
    assertTrue(out.contains("\n    sponsor: Stakeholder 'Marcus Oyelaran' [s-cro]\n"), out);
  }

  @Test
  void aMergeOfPluginContentOnBothSidesKeepsThePluginsPrefix() throws Exception {
    Path base = version("base", null, null);
    Path ours = version("ours", "notes=\"Wants proof the scenarios are right before his teams use them\"",
        "notes=\"Wants proof from the pilot first\"");
    Path theirs = version("theirs", "readiness=\"3\" notes=\"Keen", "readiness=\"4\" notes=\"Keen");
    Path merged = dir.resolve("merged.wedge");
    assertEquals(ExitCodes.OK, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o",
        merged.toString()), out + err);
    String xml = Files.readString(merged);
    assertTrue(xml.contains("xmlns:rd=\"http://consultancy.example/readiness/1\""), "the plug-in's prefix and"
        + " namespace are kept");
    assertFalse(xml.contains("readiness_1"), "no prefix of EMF's making");
    assertEquals(3, xml.split("xsi:type=\"rd:Interview\"", -1).length - 1, "each interview, as rd:Interview");
    assertTrue(xml.contains("notes=\"Wants proof from the pilot first\""), "ours");
    assertTrue(xml.contains("text=\"Nothing off-brand reaches my region\""), "the interviews' answers");
    // against ours as Wedge saves it, the merge adds one line: theirs; nothing else of the plug-in's content differs
    Path oursSaved = dir.resolve("ours-saved.wedge");
    ModelStore.saveWithoutBackup(ModelStore.load(ours).resource(), oursSaved);
    List<String> oursLines = Files.readAllLines(oursSaved);
    List<String> added = xml.lines().filter(l -> !oursLines.contains(l)).toList();
    List<String> removed = oursLines.stream().filter(l -> !xml.lines().toList().contains(l)).toList();
    assertEquals(List.of("readiness=\"4\""), added.stream().map(String::strip).toList(), "added: " + added);
    assertEquals(List.of("readiness=\"3\""), removed.stream().map(String::strip).toList(), "removed: " + removed);
  }

  @Test
  void wrongInputIsRefusedWithASentence() throws Exception {
    assertEquals(ExitCodes.USAGE, run("merge", "a", "b"));
    assertTrue(err.startsWith("wedge merge: name three models"), err);
    Path other = version("other", "id=\"halden-mutual\"", "id=\"another-model\"");
    Path base = version("base", null, null);
    assertEquals(ExitCodes.FAILED_CHECK, run("merge", base.toString(), base.toString(), other.toString(), "-o",
        dir.resolve("x.wedge").toString()));
    assertTrue(err.contains("these are not versions of one model"), err);
    assertFalse(Files.exists(dir.resolve("x.wedge")));
  }
}
