package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.PilotPower;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.WedgeFactory;

/** The sample-size check of a pilot's design, with the DOMAIN.md reference value (delta/sigma = 0.5: 64 with t). */
class PilotPowerTest {

  private static Pilot pilot(double sigma, Double effect, PilotDesign design, int participants, int comparison,
      String unit) {
    BusinessMetric m = WedgeFactory.eINSTANCE.createBusinessMetric();
    m.setName("Win rate");
    m.setUnit(unit);
    m.setStandardDeviation(sigma);
    Pilot p = WedgeFactory.eINSTANCE.createPilot();
    p.setPrimaryMetric(m);
    p.setTargetEffect(effect);
    p.setDesign(design);
    p.setParticipants(participants);
    p.setComparisonSize(comparison);
    return p;
  }

  @Test
  void halfAStandardDeviationWithFortyPerGroupIsTooSmall() {
    PilotPower power = PilotPower.of(pilot(6, 3.0, PilotDesign.COMPARISON_GROUP, 40, 40, "%"));
    assertTrue(power.checkable());
    assertFalse(power.adequate());
    assertEquals(64, power.needed());
    assertEquals(40, power.have());
    // 2.8016 * 6 * sqrt(2 / 40) = 3.759
    assertEquals(3.759, power.detectable(), 0.001);
    assertEquals("to detect 3 points the pilot needs 64 per group and has 40 in the smaller group; it can only detect"
        + " 3.76 points or more", power.shortfall());
    assertEquals("No: to detect 3 points the pilot needs 64 per group and has 40 in the smaller group; it can only"
        + " detect 3.76 points or more. Add participants, run longer, or agree a larger effect with the sponsor.",
        power.sentence());
  }

  @Test
  void theSmallerGroupCountsAndEnoughIsEnough() {
    PilotPower power = PilotPower.of(pilot(10, -5.0, PilotDesign.DIFFERENCE_IN_DIFFERENCES, 90, 64, "days"));
    assertTrue(power.adequate());
    assertEquals(64, power.needed());
    assertEquals(64, power.have());
    assertTrue(power.sentence().startsWith("Yes: with 64 in the smaller group the pilot can detect its target effect"
        + " of 5 days (it needs 64 per group"), power.sentence());
  }

  @Test
  void prePostIsOneGroupMeasuredTwice() {
    PilotPower power = PilotPower.of(pilot(1, 0.5, PilotDesign.PRE_POST, 30, 0, null));
    assertEquals(32, power.needed());
    assertFalse(power.adequate());
    // 2.8016 / sqrt(30) = 0.5115
    assertEquals(0.5115, power.detectable(), 0.0005);
  }

  @Test
  void saysWhatIsMissing() {
    PilotPower noEffect = PilotPower.of(pilot(6, null, PilotDesign.COMPARISON_GROUP, 40, 40, "%"));
    assertFalse(noEffect.checkable());
    assertTrue(noEffect.sentence().contains("target effect"), noEffect.sentence());
    Pilot p = pilot(6, 3.0, PilotDesign.COMPARISON_GROUP, 40, 40, "%");
    p.getPrimaryMetric().setStandardDeviation(null);
    assertTrue(PilotPower.of(p).sentence().contains("standard deviation of 'Win rate'"));
    assertTrue(PilotPower.of(pilot(6, 3.0, PilotDesign.COMPARISON_GROUP, 0, 0, "%")).sentence()
        .contains("number of participants"));
    p.setPrimaryMetric(null);
    assertTrue(PilotPower.of(p).sentence().contains("primary metric"));
  }
}
