package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.imports.ImportResult;
import dev.wedge.evidence.imports.XapiImport;
import dev.wedge.model.Cohort;

/** xAPI imports, including the files that go wrong. */
class ImportTest {

  @Test
  void xapiStatementsGiveDateVerbAndScoreButNoActor() throws Exception {
    String json = "{\"statements\": [\n"
        + " {\"actor\": {\"mbox\": \"mailto:lena@example.com\"}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\","
        + "  \"display\": {\"en-US\": \"passed\"}}, \"object\": {\"definition\": {\"name\": {\"en-US\": \"Product quiz\"}}},"
        + "  \"result\": {\"score\": {\"scaled\": 0.84, \"raw\": 42}}, \"timestamp\": \"2026-03-02T10:15:00+01:00\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/experienced\"}, \"timestamp\": \"2026-03-02T10:00:00Z\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"}, \"result\": {\"score\": {\"scaled\": 0.5}},"
        + "  \"timestamp\": \"yesterday\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"}, \"result\": {\"score\": {\"scaled\": 0.7}}}\n"
        + "], \"more\": \"\"}";
    ImportResult r = XapiImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Cohort.PILOT,
        XapiImport.Score.SCALED_PERCENT, Set.of("passed"));
    assertEquals(1, r.rows().size());
    assertEquals(84, r.rows().get(0).value(), 1e-9);
    assertEquals(LocalDate.of(2026, 3, 2), r.rows().get(0).date());
    assertEquals("xAPI passed", r.rows().get(0).source());
    assertEquals("Product quiz", r.rows().get(0).note());
    assertTrue(r.rows().toString().indexOf("lena") < 0, "the learner is not kept");
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertEquals("statement 3: 'yesterday' is not an ISO 8601 timestamp", r.problems().get(0).reason());
    assertEquals("statement 4 has no timestamp", r.problems().get(1).reason());
  }

  @Test
  void notXapiAtAll() throws Exception {
    ImportResult r = XapiImport.read(new ByteArrayInputStream("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8)),
        Cohort.ALL, XapiImport.Score.RAW, Set.of());
    assertTrue(r.problems().get(0).reason().startsWith("the file is not a list of xAPI statements"));
    r = XapiImport.read(new ByteArrayInputStream("[{\"verb\": ".getBytes(StandardCharsets.UTF_8)), Cohort.ALL,
        XapiImport.Score.RAW, Set.of());
    assertTrue(r.problems().get(0).reason().startsWith("the file is not valid JSON"), r.problems().toString());
  }
}
