package dev.wedge.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void withoutTodayTheSessionsClockDecidesNotTheSystems() throws Exception {
    java.time.Clock before = dev.wedge.core.session.ModelSessions.getDefault().getClock();
    try {
      // far from any real date: every date check (a metric not measured for N days) reads the session's clock
      dev.wedge.core.session.ModelSessions.getDefault().setClock(java.time.Clock.fixed(java.time.Instant.parse(
          "2031-06-15T12:00:00Z"), java.time.ZoneOffset.UTC));
      assertEquals(ExitCodes.OK, run("analyze", EXAMPLE));
      String implicit = out.toString(StandardCharsets.UTF_8);
      assertEquals(ExitCodes.OK, run("analyze", EXAMPLE, "--today", "2031-06-15"));
      assertEquals(out.toString(StandardCharsets.UTF_8), implicit);
      assertTrue(implicit.contains("days ago"), implicit);
      // the engine built without a today of its own takes the same clock
      dev.wedge.model.StrategyModel m = dev.wedge.core.persistence.ModelStore.load(java.nio.file.Path.of(EXAMPLE))
          .model();
      dev.wedge.analysis.engine.AnalysisEngine engine = new dev.wedge.analysis.engine.AnalysisEngine(m,
          dev.wedge.analysis.AnalysisRegistry.installed());
      try {
        List<String> stale = engine.runNow().findings().stream().filter(f -> f.analysisId().equals(
            "dev.wedge.metric.stale")).map(dev.wedge.analysis.Finding::message).toList();
        assertTrue(!stale.isEmpty() && stale.stream().allMatch(x -> implicit.contains(x)), stale.toString());
      } finally {
        engine.dispose();
      }
    } finally {
      dev.wedge.core.session.ModelSessions.getDefault().setClock(before);
    }
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
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("did you mean"), "no guess for a word that is no typo");
    // the plural a user types after reading "8 errors" in the status line
    assertEquals(ExitCodes.USAGE, run("analyze", EXAMPLE, "--fail-on", "errors"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not 'errors'; did you mean error?"),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.CANNOT_OPEN, run("analyze", "no-such.wedge"));
  }

  @TempDir
  Path dir;

  @AfterEach
  void forgetStops() {
    dev.wedge.analysis.engine.AnalysisEngine.forgetSessionStops();
    com.example.hostile.Misbehaviour.forgive();
  }

  @Test
  void aLoopingAnAllocatingAndAnExitingPlugInFailTheGateAndWedgeCarriesOn() throws Exception {
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", hostileModel("loop"), "--time-limit", "1", "--fail-on", "error"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("'Hostile: loops' of plug-in com.example.hostile failed"
        + " and was switched off for this session: it took longer than 1 s."), out.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", hostileModel("allocate"), "--fail-on", "error"));
    assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*'Hostile: allocates' .* it (allocated more than"
        + " [\\d,]+ MB of memory|used too much memory).*"), out.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", hostileModel("exit"), "--fail-on", "error"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("it tried to end Wedge (System.exit(42)), which plug-ins"
        + " may not do; it was refused"), out.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.OK, run("analyze", hostileModel("halt")), "without --fail-on the run still completes");
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("(Runtime.halt(43))"));
  }

  private String hostileModel(String what) throws Exception {
    Path file = dir.resolve(what + ".wedge");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wedge:StrategyModel xmi:version=\"2.0\""
        + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:wedge=\"http://wedge.dev/model/1\" id=\"m\""
        + " name=\"Plan [hostile:" + what + "]\" formatVersion=\"1\"/>\n");
    return file.toString();
  }

  @Test
  void aFailedAnalysisFailsTheGateAndIsListedWithTheFindings() throws Exception {
    String file = hostileModel("throw");
    assertEquals(ExitCodes.OK, run("analyze", file, "--today", "2026-11-29"), "without a gate the run itself is fine");
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("; 1 analysis failed and did not check the model"), text);
    assertTrue(text.contains("failed   Analyses    The analysis 'Hostile: throws' of plug-in com.example.hostile failed"),
        text);
    for (String level : List.of("error", "warning", "advice")) {
      assertEquals(ExitCodes.FAILED_CHECK, run("analyze", file, "--fail-on", level, "--today", "2026-11-29"), level);
    }
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", file, "--format", "json", "--fail-on", "error"));
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(1, json.get("counts").get("failedAnalyses").asInt());
    assertEquals(0, json.get("counts").get("error").asInt());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'Hostile: throws' of plug-in com.example.hostile"));
  }

  @Test
  void anAnalysisOverTheCommandLineTimeLimitFailsTheGate() throws Exception {
    String file = hostileModel("sleep");
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", file, "--time-limit", "1", "--fail-on", "error"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("'Hostile: sleeps' of plug-in com.example.hostile failed"
        + " and was switched off for this session: it took longer than 1 s"), out.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.USAGE, run("analyze", file, "--time-limit", "soon"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--time-limit takes a whole number of seconds"));
  }

  @Test
  void aMistypedCommandOrOptionIsAnsweredWithTheOneMeant() {
    assertEquals(ExitCodes.USAGE, run("analyse", EXAMPLE));
    assertEquals("wedge: unknown command 'analyse'; did you mean analyze? (wedge help lists the commands)\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.USAGE, run("analyze", EXAMPLE, "--fail", "error"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wedge analyze: unknown option --fail; did you mean"
        + " --fail-on?\nusage: wedge analyze FILE.wedge [--format text|json] [--fail-on"), err.toString(
            StandardCharsets.UTF_8));
    assertEquals(ExitCodes.USAGE, run("analyze", EXAMPLE, "--today", "30.11.2026"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wedge analyze: --today takes a date as yyyy-MM-dd"
        + " (2026-11-30), not '30.11.2026'"), err.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.OK, run("help", "analyze"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("[--fail-on error|warning|advice|missing-plugin]") && help.contains("--time-limit SECONDS")
        && help.contains("  --today yyyy-MM-dd "), help);
  }
}
