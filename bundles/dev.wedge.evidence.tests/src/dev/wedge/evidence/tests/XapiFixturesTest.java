package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.ImportedRow;
import dev.wedge.evidence.imports.PreviewRow;
import dev.wedge.evidence.imports.SubjectKeys;
import dev.wedge.evidence.imports.XapiImport;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/**
 * xAPI statements (fixtures/xapi, see its README): the examples of the ADL xAPI specification, and LRS exports in
 * the three shapes with voiding, duplicates, a partial page, timestamp variants, raw and scaled scores, failed
 * attempts, and files a strict reader refuses. Expected values are worked out by hand in the README.
 */
class XapiFixturesTest {

  static final Path DIR = Path.of("fixtures/xapi");
  static final SubjectKeys KEYS = SubjectKeys.of("0123456789abcdef0123456789abcdef".getBytes());
  static final ImportTarget BERLIN = ImportTarget.plain(LocalDate.of(2026, 4, 15), ZoneId.of("Europe/Berlin"),
      () -> KEYS);

  static ImportPreview read(String file, XapiImport.Options options, ImportTarget target) throws Exception {
    try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
      return XapiImport.analyse(in, file, 50_000_000, options, target);
    }
  }

  static ImportPreview read(String file, XapiImport.Options options) throws Exception {
    return read(file, options, BERLIN);
  }

  static ImportPreview read(String file) throws Exception {
    return read(file, XapiImport.Options.defaults());
  }

  static XapiImport.Details details(ImportPreview p) {
    return (XapiImport.Details) p.details();
  }

  static double mean(List<ImportedRow> rows) {
    return rows.stream().mapToDouble(ImportedRow::value).average().orElse(Double.NaN);
  }

  static List<String> problems(ImportPreview p) {
    return p.problems().stream().map(Object::toString).toList();
  }

  @Test
  void theSpecificationsAppendixAExamples() throws Exception {
    ImportPreview p = read("spec-appendix-a.json");
    assertNull(p.fatal());
    assertEquals("a statement array", details(p).shape());
    assertEquals(3, details(p).statements());
    assertEquals(2, details(p).withoutScore(), "'sent' and 'attended' have no score: not measurements");
    List<ImportedRow> rows = p.importable();
    assertEquals(1, rows.size());
    assertEquals(LocalDate.of(2015, 12, 18), rows.get(0).date());
    assertEquals(95.0, rows.get(0).value(), 1e-9, "scaled 0.95");
    assertEquals("simple CBT course", rows.get(0).note());
    assertEquals(KEYS.ofEmail("example.learner@adlnet.gov"), rows.get(0).subject());
    assertEquals(3, p.rowsRead());
  }

  @Test
  void aStatementThatIsVoidedIsLeftOutAndTheVoidingOneIsNoMeasurement() throws Exception {
    ImportPreview p = read("spec-voiding.json");
    assertEquals(1, details(p).voiding());
    assertEquals(1, details(p).voided());
    assertEquals(List.of(95.0), p.importable().stream().map(ImportedRow::value).toList());
    assertEquals("simple CBT course", p.importable().get(0).note(), "Appendix A's second example is kept");
    assertEquals(LocalDate.of(2015, 12, 18), p.importable().get(0).date());
    assertEquals(List.of("statement 1: voided (a later statement voids it)"), problems(p));
  }

  @Test
  void subStatementsAreRefusedWithAReason() throws Exception {
    ImportPreview p = read("spec-substatement.json");
    assertEquals("one statement", details(p).shape());
    assertTrue(p.importable().isEmpty());
    assertEquals(List.of("statement 1: its object is a SubStatement: it says what is planned or possible, not what"
        + " happened, so it is no measurement"), problems(p));
  }

  @Test
  void theSimplestStatementHasNoScore() throws Exception {
    ImportPreview p = read("spec-simplest.json");
    assertEquals(1, details(p).withoutScore());
    assertTrue(p.importable().isEmpty() && p.problems().isEmpty());
  }

  @Test
  void anLrsPageWithMoreDuplicatesAndRawScores() throws Exception {
    ImportPreview p = read("lrs-page.json");
    XapiImport.Details d = details(p);
    assertEquals("an LRS StatementResult", d.shape());
    assertEquals("/xapi/statements?more=2b5e8f0a-5c1e-4d0e-9a0e-7f3c9a8b6d21", d.more());
    assertTrue(p.notes().get(0).startsWith("This is one page of a longer result: the LRS has more statements at"
        + " '/xapi/statements?more=2b5e8f0a-5c1e-4d0e-9a0e-7f3c9a8b6d21'."), p.notes().toString());
    assertEquals(1, d.duplicates());
    assertEquals(List.of("statement 4: the same statement as statement 1 (id 9d2a0c41-1a2b-4c3d-8e4f-000000000001):"
        + " imported once"), problems(p));
    List<ImportedRow> rows = p.importable();
    assertEquals(List.of(88.0, 52.0, 85.0), rows.stream().map(ImportedRow::value).toList(),
        "scaled where present; 17 of 0..20 is 85%");
    assertEquals(KEYS.ofAccount("https://lms.example.com", "u-1187"), rows.get(0).subject());
    assertEquals(KEYS.ofEmail("lena@example.com"), rows.get(2).subject(), "mbox_sha1sum of mailto:lena@example.com");
    assertFalse(p.rows().toString().contains("u-1187"), "the account name is not kept");
  }

  @Test
  void failedAttemptsAreIncludedByDefaultAndTheVerbTableSaysWhatLeavingOneOutDoes() throws Exception {
    ImportPreview p = read("failed-attempts.json");
    assertEquals(List.of(80.0, 85.0, 90.0, 78.0, 82.0, 55.0, 62.0, 60.0, 64.1), p.importable().stream().map(
        ImportedRow::value).toList(), "percentages as the statements write them, without binary noise (0.55 is 55)");
    assertEquals(72.9, mean(p.importable()), 1e-9, "the true mean, failed attempts included");
    XapiImport.VerbCount passed = details(p).verbs().stream().filter(v -> v.verb().equals("passed")).findFirst()
        .orElseThrow();
    XapiImport.VerbCount failed = details(p).verbs().stream().filter(v -> v.verb().equals("failed")).findFirst()
        .orElseThrow();
    assertEquals(5, passed.scored());
    assertEquals(83.0, passed.mean(), 1e-9);
    assertEquals(72.9, passed.importMean(), 1e-9);
    assertEquals(60.275, passed.meanOtherwise(), 1e-9, "without passed: the four failed attempts");
    assertEquals(83.0, failed.meanOtherwise(), 1e-9, "leaving out failed attempts would report 83.0");
    assertEquals(List.of("passed", "failed", "completed", "launched"), details(p).verbs().stream().map(
        XapiImport.VerbCount::verb).toList());
    ImportPreview onlyPassed = read("failed-attempts.json", XapiImport.Options.defaults().withVerbs(Set.of(
        "passed")));
    assertEquals(83.0, mean(onlyPassed.importable()), 1e-9);
    XapiImport.VerbCount left = details(onlyPassed).verbs().stream().filter(v -> v.verb().equals("failed"))
        .findFirst().orElseThrow();
    assertFalse(left.included());
    assertEquals(72.9, left.meanOtherwise(), 1e-9, "with the failed attempts the mean would be 72.9");
  }

  @Test
  void timestampsByTheSpecificationBucketedInTheModelsTimeZone() throws Exception {
    ImportPreview p = read("timestamps.ndjson");
    assertEquals("newline-delimited JSON", details(p).shape());
    List<PreviewRow> rows = p.rows();
    assertEquals(LocalDate.of(2026, 3, 3), rows.get(0).date(), "23:30Z is 00:30 in Berlin");
    assertEquals(LocalDate.of(2026, 3, 3), rows.get(1).date(), "no offset: UTC");
    assertEquals(LocalDate.of(2026, 3, 3), rows.get(2).date(), "+0530: the same instant as the first, the same day");
    assertEquals(LocalDate.of(2026, 3, 3), rows.get(3).date(), "-05:00 with microseconds");
    assertEquals(LocalDate.of(2026, 3, 2), rows.get(4).date(), "22:59:59.999Z is 23:59:59.999 in Berlin");
    assertEquals(LocalDate.of(2026, 3, 3), rows.get(5).date());
    assertEquals(LocalDate.of(2026, 3, 2), rows.get(6).date(), "+05: an offset in hours only");
    assertEquals("statement 8: '2026-03-02' is not an ISO 8601 timestamp (like 2026-03-02T10:15:00Z)",
        p.problems().get(0).toString(), "a date alone is not an xAPI timestamp");
    assertEquals("statement 9: 'yesterday' is not an ISO 8601 timestamp (like 2026-03-02T10:15:00Z)",
        p.problems().get(1).toString());
    assertTrue(p.notes().contains("1 timestamp has no time zone offset and was read as UTC."), p.notes().toString());
    ImportPreview utc = read("timestamps.ndjson", XapiImport.Options.defaults(), ImportTarget.plain(LocalDate.of(
        2026, 4, 15), ZoneId.of("UTC"), () -> KEYS));
    assertEquals(LocalDate.of(2026, 3, 2), utc.rows().get(0).date());
    assertEquals(LocalDate.of(2026, 3, 2), utc.rows().get(2).date());
  }

  @Test
  void scoresScaledThenRawScaledByMinAndMaxAndRawWithoutThemRefused() throws Exception {
    ImportPreview p = read("scores.json");
    List<PreviewRow> rows = p.rows();
    assertEquals(65.0, rows.get(0).value(), 1e-9, "13 of 0..20");
    assertEquals("its raw score 13 has no min and max, so it cannot be scaled to a percentage: import raw scores if"
        + " the metric counts points", rows.get(1).refusal());
    assertEquals("its scaled score 7.5 is outside -1..1, the range xAPI gives it (750% cannot be a score)",
        rows.get(2).refusal());
    assertEquals(50.0, rows.get(3).value(), 1e-9, "scaled wins over raw");
    assertEquals("its raw score 25 is outside its min..max (0..20)", rows.get(4).refusal());
    assertEquals(-25.0, rows.get(5).value(), 1e-9);
    assertEquals(40.0, rows.get(6).value(), 1e-9, "7 of 5..10");
    assertEquals(List.of(65.0, 50.0, -25.0, 40.0), p.importable().stream().map(ImportedRow::value).toList(),
        "exactly, in decimal");
    assertEquals("its raw score 13 has no max, so it cannot be scaled to a percentage: import raw scores if the"
        + " metric counts points", rows.get(7).refusal());
    ImportPreview raw = read("scores.json", XapiImport.Options.defaults().withScore(XapiImport.Score.RAW));
    assertEquals(List.of(13.0, 13.0, 10.0, 7.0, 13.0), raw.importable().stream().map(ImportedRow::value).toList());
  }

  @Test
  void aStatementThatIsNotAnObjectIsReportedWithItsNumberAndTheRestIsRead() throws Exception {
    ImportPreview p = read("strict-not-objects.json");
    assertEquals(List.of(80.0, 70.0, 40.0), p.importable().stream().map(ImportedRow::value).toList());
    assertEquals(List.of("statement 2: it is a number, not a statement object; the statements after it are read",
        "statement 3: it is a string, not a statement object; the statements after it are read",
        "statement 5: it is an array, not a statement object; the statements after it are read"), problems(p));
    assertEquals(6, p.rowsRead());
  }

  @Test
  void duplicateKeysNanAndInfiniteScoresAreRefused() throws Exception {
    String dup = read("strict-duplicate-keys.json").fatal();
    assertNotNull(dup);
    assertTrue(dup.startsWith("Cannot import strict-duplicate-keys.json: line 3, column "), dup);
    assertTrue(dup.contains("an object names the key 'scaled' twice, so which value is meant cannot be told"), dup);
    String nan = read("strict-nan.json").fatal();
    assertTrue(nan.contains("a number is written as 'NaN', which JSON does not allow"), nan);
    ImportPreview inf = read("strict-infinite.json");
    assertEquals("statement 1: its scaled score is not a finite number (Infinity)", problems(inf).get(0));
    assertEquals("statement 2: its raw score is not a finite number (-Infinity)", problems(inf).get(1));
    assertEquals(List.of(60.0), inf.importable().stream().map(ImportedRow::value).toList());
  }

  @Test
  void aFileOverTheLimitIsRefusedWhileStreaming() throws Exception {
    try (InputStream in = Files.newInputStream(DIR.resolve("failed-attempts.json"))) {
      ImportPreview p = XapiImport.analyse(in, "failed-attempts.json", 1_000, XapiImport.Options.defaults(), BERLIN);
      assertTrue(p.fatal().startsWith("Cannot import failed-attempts.json: it is more than the import limit of"
          + " 1 kB."), p.fatal());
    }
  }

  @Test
  void futureStatementsAreRefusedAndScoresFarFromTheMetricAreFlagged() throws Exception {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    model.setTimeZone("Europe/Stockholm");
    BusinessMetric quiz = WedgeFactory.eINSTANCE.createBusinessMetric();
    quiz.setName("Quiz score");
    quiz.setUnit("%");
    quiz.setBaseline(4.0);
    model.getMetrics().add(quiz);
    ImportPreview p = read("failed-attempts.json", XapiImport.Options.defaults(), ImportTarget.of(quiz, null,
        LocalDate.of(2026, 3, 4), () -> KEYS));
    assertEquals("Europe/Stockholm", details(p).zone());
    assertTrue(problems(p).get(0).contains("A measurement dated 2026-03-05 is 1 day after today (2026-03-04)"),
        problems(p).toString());
    assertTrue(p.rows().stream().anyMatch(r -> r.flag() != null && r.flag().contains("more than ten times its"
        + " baseline, 4 %")), p.rows().toString());
    assertEquals(dev.wedge.evidence.imports.Question.Topic.IMPLAUSIBLE, p.questions().get(0).topic());
    assertFalse(p.ready());
    ImportPreview left = read("failed-attempts.json", XapiImport.Options.defaults().withImplausible(
        dev.wedge.evidence.imports.CsvOptions.Implausible.LEAVE_OUT), ImportTarget.of(quiz, null, LocalDate.of(2026,
            3, 4), () -> KEYS));
    assertTrue(left.ready() && left.importable().isEmpty(), "every score is 14 to 22 times the baseline");
    model.setTimeZone("Europe/Osol");
    assertEquals("Cannot import failed-attempts.json: the model's time zone 'Europe/Osol' is not a time zone: set it"
        + " to an IANA name such as Europe/Oslo (or leave it empty for this computer's).", read(
            "failed-attempts.json", XapiImport.Options.defaults(), ImportTarget.of(quiz, null, LocalDate.of(2026, 4,
                1), () -> KEYS)).fatal());
  }

  @Test
  void aCohortForEveryStatementAndActorsNeverKept() throws Exception {
    ImportPreview p = read("failed-attempts.json", XapiImport.Options.defaults().withCohort(Cohort.PILOT));
    assertTrue(p.importable().stream().allMatch(r -> r.cohort() == Cohort.PILOT));
    String everything = p.rows().toString() + p.importable() + p.notes() + p.inferredLine();
    for (String who : new String[] {"a.berg", "example.com", "mailto"}) {
      assertFalse(everything.contains(who), who);
    }
  }

  @Test
  void statementsWithoutATimestampOrWithABadOneAreRefusedAndTheActorIsNotKept() throws Exception {
    String json = "{\"statements\": [\n"
        + " {\"actor\": {\"mbox\": \"mailto:lena@example.com\"}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\","
        + "  \"display\": {\"en-US\": \"passed\"}}, \"object\": {\"definition\": {\"name\": {\"en-US\": \"Product quiz\"}}},"
        + "  \"result\": {\"score\": {\"scaled\": 0.84, \"raw\": 42}}, \"timestamp\": \"2026-03-02T10:15:00+01:00\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/experienced\"}, \"timestamp\": \"2026-03-02T10:00:00Z\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"}, \"result\": {\"score\": {\"scaled\": 0.5}},"
        + "  \"timestamp\": \"yesterday\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"}, \"result\": {\"score\": {\"scaled\": 0.7}}}\n"
        + "], \"more\": \"\"}";
    ImportPreview p = XapiImport.analyse(new java.io.ByteArrayInputStream(json.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "lrs.json", 1_000_000, XapiImport.Options.defaults().withCohort(
            Cohort.PILOT), BERLIN);
    assertEquals(1, p.importable().size());
    ImportedRow r = p.importable().get(0);
    assertEquals(84, r.value(), 1e-9);
    assertEquals(LocalDate.of(2026, 3, 2), r.date());
    assertEquals("Product quiz", r.note());
    assertEquals(Cohort.PILOT, r.cohort());
    assertFalse(p.rows().toString().contains("lena"), "the learner is not kept");
    assertTrue(p.notes().stream().noneMatch(n -> n.startsWith("This is one page")), "an empty more is no page");
    assertEquals(List.of("statement 3: 'yesterday' is not an ISO 8601 timestamp (like 2026-03-02T10:15:00Z)",
        "statement 4: it has no timestamp"), problems(p));
  }

  @Test
  void filesThatAreNotStatements() throws Exception {
    assertTrue(XapiImport.analyse(new java.io.ByteArrayInputStream("{\"hello\": 1}".getBytes()), "x.json", 1_000,
        XapiImport.Options.defaults(), BERLIN).problems().isEmpty());
    assertTrue(XapiImport.analyse(new java.io.ByteArrayInputStream("12".getBytes()), "x.json", 1_000,
        XapiImport.Options.defaults(), BERLIN).fatal().contains("it is not xAPI statements"));
    String broken = XapiImport.analyse(new java.io.ByteArrayInputStream("[{\"verb\": ".getBytes()), "x.json", 1_000,
        XapiImport.Options.defaults(), BERLIN).fatal();
    assertTrue(broken.startsWith("Cannot import x.json: line 1, column ") && broken.contains("it is not valid JSON"),
        broken);
    assertEquals("x.json is empty.", XapiImport.analyse(java.io.InputStream.nullInputStream(), "x.json", 1_000,
        XapiImport.Options.defaults(), BERLIN).fatal());
  }
}
