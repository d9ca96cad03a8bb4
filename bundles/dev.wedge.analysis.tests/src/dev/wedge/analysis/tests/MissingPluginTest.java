package dev.wedge.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * A model holding data of a plug-in that is not installed: {@code analyze} and {@code evidence} say so on stderr and
 * in their JSON, and {@code --fail-on missing-plugin} (or warning) fails the check; the file is never changed.
 */
class MissingPluginTest {

  private static final String ACME = "http://acme.example/dataowner/1";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path model(String name, boolean withPluginData) throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<wedge:StrategyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:wedge=\"http://wedge.dev/model/1\""
        + (withPluginData ? " xmlns:acme=\"" + ACME + "\"" : "")
        + " id=\"root\" name=\"Plan\" formatVersion=\"1\">\n"
        + "  <goals id=\"g1\" name=\"Grow revenue\"/>\n"
        + (withPluginData ? "  <extensions xsi:type=\"acme:DataOwner\" id=\"o1\" name=\"Finance\"/>\n"
            + "  <extensions xsi:type=\"acme:DataOwner\" id=\"o2\" name=\"HR\"/>\n" : "")
        + "</wedge:StrategyModel>\n";
    Path p = dir.resolve(name);
    Files.writeString(p, xml, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void analyzeSaysSoOnStderrAndInJson() throws Exception {
    Path file = model("plan.wedge", true);
    byte[] before = Files.readAllBytes(file);
    assertEquals(ExitCodes.OK, run("analyze", file.toString(), "--today", "2026-11-29"));
    String note = err.toString(StandardCharsets.UTF_8);
    assertTrue(note.contains("wedge analyze: note: This model holds data of a plug-in that is not installed"
        + " (namespace " + ACME + ", 2 objects)"), note);
    assertEquals(ExitCodes.OK, run("analyze", file.toString(), "--format", "json", "--today", "2026-11-29"));
    JsonNode missing = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("missingPlugins");
    assertEquals(1, missing.size());
    assertEquals(ACME, missing.get(0).get("namespace").asText());
    assertEquals(2, missing.get(0).get("objects").asInt());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(ACME), "stderr says it with JSON too");
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is not touched");
  }

  @Test
  void failOnMissingPluginOrWarningFails() throws Exception {
    Path with = model("with.wedge", true);
    Path without = model("without.wedge", false);
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", with.toString(), "--fail-on", "missing-plugin",
        "--today", "2026-11-29"));
    assertEquals(ExitCodes.OK, run("analyze", without.toString(), "--fail-on", "missing-plugin",
        "--today", "2026-11-29"));
    assertEquals(ExitCodes.FAILED_CHECK, run("analyze", with.toString(), "--fail-on", "warning",
        "--today", "2026-11-29"));
    // errors only: the missing plug-in changes nothing there
    assertEquals(run("analyze", without.toString(), "--fail-on", "error", "--today", "2026-11-29"),
        run("analyze", with.toString(), "--fail-on", "error", "--today", "2026-11-29"));
  }

  @Test
  void evidenceSaysSoToo() throws Exception {
    Path file = model("plan.wedge", true);
    assertEquals(ExitCodes.OK, run("evidence", file.toString(), "--format", "json", "--today", "2026-11-29"));
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(ACME, root.get("missingPlugins").get(0).get("namespace").asText());
    assertEquals("1.0.0", root.get("producedBy").get("wedge").asText());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("wedge evidence: note: This model holds data of a"
        + " plug-in that is not installed (namespace " + ACME), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void analyzeJsonNamesWedgeAndEachAnalysisThatRanWithItsVersion() throws Exception {
    Path file = model("plan.wedge", false);
    assertEquals(ExitCodes.OK, run("analyze", file.toString(), "--format", "json", "--today", "2026-11-29"));
    JsonNode by = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("producedBy");
    assertEquals("1.0.0", by.get("wedge").asText());
    JsonNode analyses = by.get("analyses");
    assertTrue(analyses.size() >= 20, analyses.toString());
    JsonNode noMetric = null;
    for (JsonNode a : analyses) {
      if (a.get("id").asText().equals("dev.wedge.initiative.no-metric")) {
        noMetric = a;
      }
    }
    assertTrue(noMetric != null, analyses.toString());
    assertEquals("dev.wedge.analysis", noMetric.get("plugin").asText());
    assertEquals("1.0.0", noMetric.get("version").asText());
  }
}
