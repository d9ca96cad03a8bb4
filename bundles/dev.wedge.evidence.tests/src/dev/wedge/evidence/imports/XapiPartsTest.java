package dev.wedge.evidence.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The parts an xAPI import is made of, each on its own: the file's shapes, scores, actors, verbs, timestamps. */
class XapiPartsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyShapeOfFileGivesItsStatementsWithTheirLines() {
    assertEquals(List.of("1@1", "2@2"), statements("[{\"id\":\"a\"},\n{\"id\":\"b\"}]", "a statement array"));
    assertEquals(List.of("1@1"), statements("{\"statements\":[{\"id\":\"a\"}],\"more\":\"/xapi?page=2\"}",
        "an LRS StatementResult"));
    assertEquals(List.of("1@1", "2@2", "3@3"), statements("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n",
        "newline-delimited JSON"));
    assertEquals(List.of("1@1"), statements("{\"id\":\"a\"}", "one statement"));
  }

  @Test
  void whatIsNotAStatementIsAProblemOfItsOwnAndTheFileIsRefusedWhereItIsNotJson() {
    List<String> seen = new ArrayList<>();
    XapiJson json = new XapiJson("lrs.json", (s, i, l) -> seen.add(i + "@" + l));
    assertNull(json.parse(in("[{\"id\":\"a\"},\n42,\n{\"id\":\"c\"}]")));
    assertEquals(List.of("1@1", "3@3"), seen);
    assertEquals(1, json.notObjects);
    assertEquals("it is a number, not a statement object; the statements after it are read", json.problems.get(0)
        .reason());
    String dup = new XapiJson("lrs.json", (s, i, l) -> { }).parse(in("[{\"id\":\"a\",\"id\":\"b\"}]"));
    assertTrue(dup.startsWith("Cannot import lrs.json: line 1, column "), dup);
    assertTrue(dup.contains("an object names the key 'id' twice"), dup);
    assertEquals("Cannot import lrs.json: its \"statements\" is not an array.", new XapiJson("lrs.json",
        (s, i, l) -> { }).parse(in("{\"statements\": 3}")));
  }

  @Test
  void scoresFollowTheSpecificationsRanges() {
    assertEquals(55.0, XapiScore.value(node("{\"scaled\":0.55}"), XapiImport.Score.SCALED), "55, not 55.000...01");
    assertEquals(75.0, XapiScore.value(node("{\"raw\":15,\"min\":0,\"max\":20}"), XapiImport.Score.SCALED));
    assertEquals(15.0, XapiScore.value(node("{\"raw\":15,\"min\":0,\"max\":20}"), XapiImport.Score.RAW));
    assertEquals("its scaled score 1.5 is outside -1..1, the range xAPI gives it (150% cannot be a score)",
        XapiScore.value(node("{\"scaled\":1.5}"), XapiImport.Score.SCALED));
    assertEquals("its raw score 25 is outside its min..max (0..20)", XapiScore.value(node(
        "{\"raw\":25,\"min\":0,\"max\":20}"), XapiImport.Score.SCALED));
    assertEquals("its score's min (20) is not below its max (20)", XapiScore.value(node(
        "{\"raw\":20,\"min\":20,\"max\":20}"), XapiImport.Score.SCALED));
    assertEquals("its raw score 15 has no min and max, so it cannot be scaled to a percentage: import raw scores if"
        + " the metric counts points", XapiScore.value(node("{\"raw\":15}"), XapiImport.Score.SCALED));
  }

  @Test
  void anActorIsAKeyAndAGroupIsNone() throws Exception {
    SubjectKeys keys = SubjectKeys.of(new byte[32]);
    JsonNode mbox = node("{\"mbox\":\"mailto:ana@example.org\"}");
    assertEquals(keys.ofEmail("ana@example.org"), XapiActor.subject(mbox, () -> keys));
    String sha1 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(
        "mailto:ana@example.org".getBytes(StandardCharsets.UTF_8))); // mbox_sha1sum as xAPI defines it
    assertEquals(XapiActor.subject(mbox, () -> keys), XapiActor.subject(node("{\"mbox_sha1sum\":\"" + sha1
        + "\"}"), () -> keys), "the same person whether the LRS gives the address or its SHA-1");
    JsonNode group = node("{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:ana@example.org\"}]}");
    assertTrue(XapiActor.isGroup(group));
    assertNull(XapiActor.subject(group, () -> keys));
    assertNull(XapiActor.subject(node("{\"name\":\"Ana\"}"), () -> keys), "a name is no identifier");
  }

  @Test
  void theVerbTableShowsWhatEachVerbAddsToTheMean() {
    XapiVerbs verbs = new XapiVerbs();
    verbs.count("passed", "http://adlnet.gov/expapi/verbs/passed", true);
    verbs.count("passed", "http://adlnet.gov/expapi/verbs/passed", true);
    verbs.count("failed", "http://adlnet.gov/expapi/verbs/failed", true);
    verbs.count("attempted", "http://adlnet.gov/expapi/verbs/attempted", false);
    List<PreviewRow> rows = List.of(row("passed", 80), row("passed", 90));
    List<XapiImport.VerbCount> table = verbs.table(rows, Set.of("passed"), verb -> switch (verb) {
      case "passed" -> new double[] {85, 2};
      case "failed" -> new double[] {40, 1};
      default -> new double[] {Double.NaN, 0};
    });
    assertEquals(List.of("passed", "failed", "attempted"), table.stream().map(XapiImport.VerbCount::verb).toList());
    XapiImport.VerbCount passed = table.get(0);
    assertEquals(2, passed.statements());
    assertEquals(85.0, passed.mean());
    assertTrue(passed.included());
    assertEquals(85.0, passed.importMean());
    assertTrue(Double.isNaN(passed.meanOtherwise()), "without passed nothing is left to average");
    XapiImport.VerbCount failed = table.get(1);
    assertEquals(false, failed.included());
    assertEquals(70.0, failed.meanOtherwise(), "with failed's 40 included, 80, 90 and 40 average 70");
    assertEquals(0, table.get(2).scored());
    assertEquals(List.of("attempted"), verbs.withUnscored());
  }

  @Test
  void timestampsNeedATimeAndAreUtcWithoutAnOffset() {
    assertEquals("2026-03-02T09:15:00Z", XapiTimestamps.read("2026-03-02T10:15:00+01:00").instant().toString());
    assertTrue(XapiTimestamps.read("2026-03-02T10:15:00").noOffset());
    assertEquals("'2026-03-02' is not an ISO 8601 timestamp (like 2026-03-02T10:15:00Z)", XapiTimestamps.read(
        "2026-03-02").refusal());
    assertEquals("'2026-02-30T10:00:00Z' is not a valid time", XapiTimestamps.read("2026-02-30T10:00:00Z")
        .refusal());
  }

  private static List<String> statements(String text, String shape) {
    List<String> seen = new ArrayList<>();
    XapiJson json = new XapiJson("lrs.json", (s, i, l) -> seen.add(i + "@" + l));
    assertNull(json.parse(in(text)));
    assertEquals(shape, json.shape);
    return seen;
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode node(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PreviewRow row(String verb, double value) {
    return new PreviewRow(1, "statement 1", null, java.time.LocalDate.of(2026, 3, 2), null, value, null,
        dev.wedge.model.Cohort.ALL, null, null, verb, null, null);
  }
}
