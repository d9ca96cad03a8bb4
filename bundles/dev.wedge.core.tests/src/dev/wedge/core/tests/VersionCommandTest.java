package dev.wedge.core.tests;

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
import dev.wedge.core.provenance.Provenance;

/** wedge --version, wedge version and wedge --help answer without a model and without the workbench. */
class VersionCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void dashDashVersionAndVersionPrintTheRelease() {
    assertEquals(ExitCodes.OK, run("--version"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("Wedge 1.0.0 (build 1.0.0."), text);
    assertTrue(text.contains("plug-ins: none installed"), "no plug-in is in this test runtime: " + text);
    out.reset();
    assertEquals(ExitCodes.OK, run("version"));
    assertEquals(text, out.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void versionAsJson() throws Exception {
    assertEquals(ExitCodes.OK, run("version", "--format", "json"));
    JsonNode by = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("producedBy");
    assertEquals("1.0.0", by.get("wedge").asText());
    assertTrue(by.get("build").asText().startsWith("1.0.0."), by.toString());
    assertEquals(0, by.get("plugins").size());
    assertEquals("Wedge 1.0.0", by.get("sentence").asText());
  }

  @Test
  void helpListsTheVersionCommand() {
    assertEquals(ExitCodes.OK, run("--help"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("wedge --version") && text.contains("  version "), text);
  }

  @Test
  void wedgesOwnBundlesAreNotPlugins() {
    assertTrue(Provenance.pluginsAmong(List.of("dev.wedge.core", "dev.wedge.model")).isEmpty());
    assertEquals("Wedge 1.0.0", Provenance.sentence(List.of("dev.wedge.core")));
  }
}
