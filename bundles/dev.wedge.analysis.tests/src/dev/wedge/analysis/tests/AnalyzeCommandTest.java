package dev.wedge.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;

/** {@code wedge analyze} on the example model, as a pipeline would run it. */
class AnalyzeCommandTest {

  static final String EXAMPLE = "../../examples/halden-mutual.wedge";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void textOutputStartsWithTheCountsAndListsErrorsFirst() {
    assertEquals(ExitCodes.OK, run("analyze", EXAMPLE, "--today", "2026-11-29"));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[0].matches("halden-mutual\\.wedge: \\d+ errors?, \\d+ warnings?, \\d+ advice"), lines[0]);
    assertTrue(lines[1].startsWith("error"), lines[1]);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("'AI research summaries for SMEs' drives no business metric"));
  }

  @Test
  void jsonHasOneObjectPerFindingWithIdsAndLabels() throws Exception {
    assertEquals(ExitCodes.OK, run("analyze", EXAMPLE, "--format", "json", "--today", "2026-11-29"));
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode findings = root.get("findings");
    assertTrue(findings.size() > 10, "the example has a sensible number of findings: " + findings.size());
    int errors = root.get("counts").get("error").asInt();
    int counted = 0;
    for (JsonNode f : findings) {
      assertTrue(f.get("analysis").asText().contains("."));
      assertTrue(f.get("message").asText().length() > 10);
      if (f.get("severity").asText().equals("error")) {
        counted++;
      }
      for (JsonNode o : f.get("objects")) {
        assertTrue(o.get("id").asText().length() > 0 && o.get("label").asText().length() > 0);
      }
    }
    assertEquals(errors, counted);
    JsonNode noMetric = null;
    for (JsonNode f : findings) {
      if (f.get("analysis").asText().equals("dev.wedge.initiative.no-metric")
          && f.get("objects").get(0).get("id").asText().equals("i-research")) {
        noMetric = f;
      }
    }
    assertTrue(noMetric != null, "the research summaries initiative is flagged, by id");
    assertEquals("AI research summaries for SMEs", noMetric.get("objects").get(0).get("label").asText());
  }

  @Test
  void failOnSetsTheExitCode() {
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", EXAMPLE, "--fail-on", "error", "--today", "2026-11-29"));
    assertEquals(ExitCodes.USAGE, run("analyze", EXAMPLE, "--fail-on", "catastrophe"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--fail-on must be one of advice, error, missing-plugin, warning"));
    assertEquals(ExitCodes.CANNOT_OPEN, run("analyze", "no-such.wedge"));
  }
}
