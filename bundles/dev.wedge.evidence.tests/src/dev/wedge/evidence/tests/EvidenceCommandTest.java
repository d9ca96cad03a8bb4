package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.*;

/** {@code wedge evidence} on the example model, and its JSON. */
class EvidenceCommandTest {

  static final String EXAMPLE = "../../examples/halden-mutual.wedge";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  private int run(String... args) {
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theOnboardingPilotMeetsItsCriteriaUnderTheIntervalRule() throws Exception {
    assertEquals(ExitCodes.OK, run("evidence", EXAMPLE, "--pilot", "p-onboarding", "--format", "json", "--today",
        "2026-11-29"), err.toString());
    JsonNode root = json();
    assertEquals("EUR", root.get("currency").asText());
    JsonNode p = root.get("pilots").get(0);
    assertEquals("met", p.get("verdict").asText(), p.toString());
    JsonNode effect = p.get("effect");
    assertEquals("DIFFERENCE_IN_DIFFERENCES", effect.get("isolation").asText());
    assertTrue(effect.get("upper").asDouble() <= -10, "the whole interval at least 10 days sooner: " + effect);
    assertTrue(effect.get("standardError").asDouble() > 0 && effect.get("degreesOfFreedom").asDouble() > 100);
    assertEquals(4, effect.get("groups").size());
    assertEquals(40, effect.get("groups").get(0).get("n").asInt());
    assertEquals(64, effect.get("groups").get(1).get("n").asInt());
    for (JsonNode c : p.get("criteria")) {
      assertEquals("INTERVAL", c.get("rule").asText());
      assertEquals("met", c.get("verdict").asText(), c.toString());
    }
    assertTrue(p.get("rating").get("level").asInt() >= 3, p.get("rating").toString());
    assertTrue(p.get("rating").get("reasons").size() >= 1);
    // costs 38,000 + 22,400 + 9,600 + 6,000 + 8,000 + 8,400; benefits 1,440 x 310 x 0.7 x 0.8
    assertEquals("92400", p.get("roi").get("costs").asText());
    assertEquals("249984", p.get("roi").get("benefits").asText());
    assertTrue(p.get("roi").get("fullyLoaded").asBoolean());
    assertEquals(170.55, p.get("roi").get("roiPercent").asDouble(), 0.01);
    assertEquals(18, p.get("scrapLearning").get("scrapPercent").asInt(), "82% plan to apply");
    assertTrue(p.get("headline").asText().startsWith("cut new-advisor time to productivity by "), p.toString());
  }

  @Test
  void theRolePlayPilotIsInconclusiveWithTheReasonsOfItsRating() throws Exception {
    assertEquals(ExitCodes.OK, run("evidence", EXAMPLE, "--pilot", "p-roleplay", "--format", "json", "--today",
        "2026-11-29"));
    JsonNode p = json().get("pilots").get(0);
    assertEquals("inconclusive", p.get("verdict").asText(), p.toString());
    assertTrue(p.get("provisional").asBoolean());
    JsonNode rating = p.get("rating");
    assertTrue(rating.get("level").asInt() <= 1, rating.toString());
    assertTrue(rating.toString().contains("degrees of freedom"), rating.toString());
    // the effect's strength is the rating's: a comparison of two weekly aggregates a group is not "STRONG"
    assertEquals(rating.get("name").asText(), p.get("effect").get("strength").asText(), p.get("effect").toString());
    assertEquals(rating.get("level").asInt(), p.get("effect").get("strengthLevel").asInt());
    assertEquals(2, p.get("effect").get("nComparison").asInt());
    assertTrue(p.get("power").get("detectableIs").asText().startsWith("as designed"), p.get("power").toString());
    assertTrue(rating.toString().contains("smallest detectable effect of the data"), rating.toString());
    assertTrue(p.get("criteria").get(0).get("settle").asText().matches(".*more measurements? per group.*"),
        p.get("criteria").get(0).toString());
    assertTrue(p.get("notes").toString().contains("costs are not fully loaded: no delivery, evaluation or overhead"
        + " line"), p.get("notes").toString());
  }

  @Test
  void textListsEveryPilotWithItsRuleRatingAndCurrency() {
    assertEquals(ExitCodes.OK, run("evidence", EXAMPLE, "--today", "2026-11-29"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Onboarding fast-track for new advisors [p-onboarding]"), text);
    assertTrue(text.contains("Role-play coach for broker sales [p-roleplay], running, provisional"), text);
    assertTrue(text.contains("Monthly compliance refreshers [p-compliance]"), text);
    assertTrue(text.contains("ROI: fully loaded costs EUR 92,400, benefits EUR 249,984 a year, BCR 2.71,"
        + " ROI 170.55%, payback 4.44 months"), text);
    assertTrue(text.contains("criterion MET (interval rule: the whole 95% interval must clear the threshold)"), text);
    assertTrue(text.contains("  evidence "), text);
    assertTrue(text.contains("n per group: pilot before 40, pilot after 64, comparison before 40, comparison after 64"),
        text);
    assertEquals(ExitCodes.USAGE, run("evidence", EXAMPLE, "--pilot", "nope"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no pilot with the id or name 'nope'"));
  }

  @Test
  void jsonFiguresAreExactAtAnyMagnitude() throws Exception {
    WedgeFactory f = WedgeFactory.eINSTANCE;
    StrategyModel m = f.createStrategyModel();
    m.setName("Big");
    m.setCurrency("SEK");
    Pilot p = f.createPilot();
    p.setId("p-big");
    p.setName("Big");
    CostLine c = f.createCostLine();
    c.setAmount(1_234_567_890_123_456.0);
    c.setCategory(CostCategory.DELIVERY);
    p.getCosts().add(c);
    BenefitLine b = f.createBenefitLine();
    b.setAnnualValue(9.5e17);
    p.getBenefits().add(b);
    m.getPilots().add(p);
    ModelSessions sessions = new ModelSessions();
    ModelSession s = sessions.create(dir.resolve("big.wedge"), m);
    sessions.release(s);
    assertEquals(ExitCodes.OK, run("evidence", dir.resolve("big.wedge").toString(), "--format", "json", "--today",
        "2026-11-29"), err.toString());
    String raw = out.toString(StandardCharsets.UTF_8);
    assertTrue(raw.contains("\"costs\" : 1234567890123456"), raw);
    assertTrue(raw.contains("\"benefits\" : 950000000000000000"), raw);
    assertEquals("SEK", json().get("currency").asText());
  }

  @Test
  void aBeforeAndAfterPilotHasNoComparisonCountAndItsStrengthIsItsRating() throws Exception {
    WedgeFactory f = WedgeFactory.eINSTANCE;
    StrategyModel m = f.createStrategyModel();
    m.setName("Pre/post");
    BusinessMetric metric = f.createBusinessMetric();
    metric.setName("Handling time");
    metric.setUnit("minutes");
    metric.setDirection(Direction.DECREASE);
    metric.setStandardDeviation(5.0);
    m.getMetrics().add(metric);
    Pilot p = f.createPilot();
    p.setId("p-pre");
    p.setName("Pre/post");
    p.setPrimaryMetric(metric);
    p.setDesign(PilotDesign.PRE_POST);
    p.setStartDate(java.time.LocalDate.of(2026, 9, 7));
    p.setParticipants(30);
    p.setTargetEffect(3.0);
    p.setStatus(PilotStatus.EVALUATING);
    m.getPilots().add(p);
    double[][] values = {{41, 44, 39, 46, 40}, {37, 40, 36, 41, 38, 35}};
    java.time.LocalDate[] dates = {java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 10, 5)};
    for (int period = 0; period < 2; period++) {
      for (double v : values[period]) {
        Measurement x = f.createMeasurement();
        x.setDate(dates[period]);
        x.setValue(v);
        x.setCohort(Cohort.PILOT);
        metric.getMeasurements().add(x);
      }
    }
    ModelSessions sessions = new ModelSessions();
    ModelSession s = sessions.create(dir.resolve("pre.wedge"), m);
    sessions.release(s);
    assertEquals(ExitCodes.OK, run("evidence", dir.resolve("pre.wedge").toString(), "--format", "json", "--today",
        "2026-11-29"), err.toString());
    JsonNode pilot = json().get("pilots").get(0);
    JsonNode effect = pilot.get("effect");
    assertEquals("PRE_POST", effect.get("isolation").asText(), effect.toString());
    assertEquals(0, pilot.get("rating").get("level").asInt(), pilot.get("rating").toString());
    assertEquals("no secure evidence", effect.get("strength").asText());
    assertEquals(0, effect.get("strengthLevel").asInt());
    assertFalse(effect.has("nComparison"), "no comparison group on a before/after design: " + effect);
    assertFalse(effect.has("nPilot"), effect.toString());
    assertEquals(5, effect.get("nBefore").asInt());
    assertEquals(6, effect.get("nAfter").asInt());
  }
}
