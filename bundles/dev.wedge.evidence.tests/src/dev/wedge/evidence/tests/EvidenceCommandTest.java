package dev.wedge.evidence.tests;

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

/** {@code wedge evidence} on the example model; the figures were checked by hand (see docs/evidence.md). */
class EvidenceCommandTest {

  static final String EXAMPLE = "../../examples/halden-mutual.wedge";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theOnboardingPilotMetItsCriteriaWithAStrongDesign() throws Exception {
    assertEquals(ExitCodes.OK, run("evidence", EXAMPLE, "--pilot", "p-onboarding", "--format", "json", "--today",
        "2026-11-29"), err.toString());
    JsonNode p = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("pilots").get(0);
    assertEquals("met", p.get("verdict").asText(), p.toString());
    assertEquals("DIFFERENCE_IN_DIFFERENCES", p.get("effect").get("isolation").asText());
    double change = p.get("effect").get("change").asDouble();
    assertTrue(change < -5 && change > -20, "about 11 days faster: " + change);
    assertEquals(76_000, p.get("roi").get("costs").asDouble(), 1e-9);
    assertEquals(249_984, p.get("roi").get("benefits").asDouble(), 1e-6, "1,440 x 310 x 0.7 x 0.8");
    assertEquals(228.93, p.get("roi").get("roiPercent").asDouble(), 0.01);
    assertTrue(p.get("headline").asText().startsWith("cut new-advisor time to productivity by "), p.toString());
  }

  @Test
  void textListsEveryPilotAndAnUnknownPilotIsNamed() {
    assertEquals(ExitCodes.OK, run("evidence", EXAMPLE, "--today", "2026-11-29"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Onboarding fast-track for new advisors [p-onboarding]"), text);
    assertTrue(text.contains("Role-play coach for broker sales [p-roleplay], running, provisional"), text);
    assertTrue(text.contains("Monthly compliance refreshers [p-compliance]"), text);
    assertTrue(text.contains("ROI: costs 76,000.00, benefits 249,984.00, BCR 3.29, ROI 228.93%, payback 3.65 months"),
        text);
    assertEquals(ExitCodes.USAGE, run("evidence", EXAMPLE, "--pilot", "nope"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no pilot with the id or name 'nope'"));
  }
}
