package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.PilotPower;
import dev.wedge.evidence.Power;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.WedgeFactory;

/**
 * The sample-size check of a pilot's design, with the reference value of Cohen (1988), table 2.4.1, as
 * docs/evidence.md cites it (delta/sigma = 0.5: 64 with t).
 */
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
    // G*Power 3.1, t tests, difference between two independent means, a priori, d = 0.5: 64 per group (total 128)
    assertEquals(64, power.needed());
    assertEquals(40, power.have());
    // G*Power 3.1 sensitivity analysis, n1 = n2 = 40, alpha 0.05, power 0.8: d = 0.6343, i.e. 3.806 points at SD 6
    assertEquals(0.6343 * 6, power.detectable(), 0.001);
    // labelled with its method, so that it is never taken for the rating's smallest detectable effect of the data
    assertEquals("to detect 3 points the pilot needs 64 per group and has 40 per group; as designed (80% power, from"
        + " the metric's standard deviation of 6 points) it can only detect 3.81 points or more", power.shortfall());
    assertTrue(power.sentence().startsWith("No: " + power.shortfall() + " (Welch's t test of the pilot and comparison"
        + " groups, power "), power.sentence());
    // G*Power 3.1 post hoc, d = 0.5, n1 = n2 = 40, alpha 0.05 two-tailed: power 0.598; said to be the power for the
    // target effect, not for the 3.81 points beside it (which has 80%)
    assertTrue(power.sentence().contains("power 60% for the target effect of 3 points)"), power.sentence());
  }

  @Test
  void aPilotOfOnePersonIsTooSmallInWords() {
    for (PilotDesign design : PilotDesign.values()) {
      PilotPower power = PilotPower.of(pilot(6, 3.0, design, 1, 40, "%"));
      assertTrue(power.checkable(), design.getName());
      assertFalse(power.adequate(), design.getName());
      assertEquals("a group of one person cannot show an effect; each group needs at least 2, and far more to detect"
          + " 3 points", power.shortfall(), design.getName());
    }
    assertEquals("", PilotPower.of(pilot(6, 3.0, PilotDesign.COMPARISON_GROUP, 64, 64, "%")).shortfall());
  }

  @Test
  void differenceInDifferencesIsPlannedWithItsFourCellVariance() {
    // the four means of a difference in differences have twice the variance of a two-group comparison: 64 per
    // group, enough for a comparison group, is not enough for it
    PilotPower did = PilotPower.of(pilot(10, 5.0, PilotDesign.DIFFERENCE_IN_DIFFERENCES, 64, 64, "days"));
    PilotPower two = PilotPower.of(pilot(10, 5.0, PilotDesign.COMPARISON_GROUP, 64, 64, "days"));
    assertTrue(two.adequate(), two.sentence());
    assertFalse(did.adequate(), did.sentence());
    assertEquals(Power.Analysis.DID_FOUR_CELLS, did.analysis());
    assertTrue(did.power() > 0.45 && did.power() < 0.56, "about half: " + did.power());
    assertTrue(did.needed() > 100, did.sentence());
  }

  @Test
  void unequalGroupsAreCheckedAtTheirOwnSizes() {
    PilotPower power = PilotPower.of(pilot(10, -5.0, PilotDesign.DIFFERENCE_IN_DIFFERENCES, 90, 64, "days"));
    assertFalse(power.adequate(), power.sentence());
    assertEquals(90, power.have());
    assertEquals(64, power.haveComparison());
    assertTrue(power.sentence().contains(" participants and ") && power.sentence().contains(" in the comparison group"),
        power.sentence());
    assertTrue(power.needed() > 90 && power.neededComparison() > 64, power.sentence());
  }

  @Test
  void prePostIsUnpairedUnlessMeasurementsCarrySubjectKeys() {
    Pilot p = pilot(1, 0.5, PilotDesign.PRE_POST, 30, 0, null);
    PilotPower unpaired = PilotPower.of(p);
    assertEquals(Power.Analysis.PRE_POST_UNPAIRED, unpaired.analysis());
    assertEquals(64, unpaired.needed(), "before against after, unpaired: as two groups (G*Power: 64)");
    assertFalse(unpaired.adequate());
    for (String who : new String[] {"a1", "b2"}) {
      Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
      x.setCohort(Cohort.PILOT);
      x.setSubject(who);
      x.setDate(java.time.LocalDate.of(2026, 1, 5));
      p.getPrimaryMetric().getMeasurements().add(x);
    }
    PilotPower paired = PilotPower.of(p);
    assertEquals(Power.Analysis.PRE_POST_PAIRED, paired.analysis());
    // G*Power 3.1, difference between two dependent means (matched pairs), dz = 0.5 (correlation 0.5 makes the SD of
    // the differences equal to the SD): 34 pairs
    assertEquals(34, paired.needed());
    assertTrue(paired.sentence().contains("assuming a before/after correlation of 0.5"), paired.sentence());
    assertTrue(paired.sentence().contains("needs 34 people measured before and after"), paired.sentence());
    assertTrue(unpaired.sentence().contains("needs 64 participants"), unpaired.sentence());
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
