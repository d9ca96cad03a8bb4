package dev.wedge.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Comparator;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;

/** The parts a pilot's evidence is made of, each on its own: its samples and pairs, and a criterion judged. */
class PilotPartsTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;

  @Test
  void theSamePeopleMeasuredInBothPeriodsArePairedAndTheOthersCountAsAttrition() {
    PilotSamples.Sample before = new PilotSamples.Sample(new double[4], new double[] {90, 94, 80, 70},
        new String[] {"sk1:a", "sk1:a", "sk1:b", "sk1:c"});
    PilotSamples.Sample after = new PilotSamples.Sample(new double[3], new double[] {80, 75, 60},
        new String[] {"sk1:a", "sk1:c", "sk1:d"});
    PilotSamples.Pairs p = PilotSamples.pairs(before, after);
    assertArrayEquals(new double[] {-12, 5}, p.changes(), 1e-12, "a: 92 (mean of 90 and 94) to 80; c: 70 to 75");
    assertEquals(3, p.before());
    assertEquals(2, p.both());
    assertEquals(1 / 3.0, p.attrition(), 1e-12, "b was not measured after");
    assertTrue(before.allKeyed());
    assertFalse(new PilotSamples.Sample(new double[1], new double[] {1}, new String[] {null}).allKeyed());
  }

  @Test
  void aSampleIsItsCohortsMeasurementsOfOnePeriodUpToToday() {
    Pilot pilot = pilot();
    BusinessMetric m = pilot.getPrimaryMetric();
    measure(m, "2026-02-20", 94, Cohort.PILOT);
    measure(m, "2026-03-02", 92, Cohort.PILOT); // the start day counts as before
    measure(m, "2026-03-10", 88, Cohort.PILOT); // before the midpoint: in neither period
    measure(m, "2026-03-23", 80, Cohort.PILOT); // the midpoint of six weeks: after
    measure(m, "2026-03-24", 61, Cohort.COMPARISON);
    measure(m, "2026-04-20", 70, Cohort.PILOT); // after today: not used, but counted
    LocalDate today = LocalDate.of(2026, 4, 1);
    assertArrayEquals(new double[] {94, 92}, PilotSamples.sample(pilot, m, Cohort.PILOT, true, today).y());
    assertArrayEquals(new double[] {80}, PilotSamples.sample(pilot, m, Cohort.PILOT, false, today).y());
    PilotSamples.Cells c = PilotSamples.cells(pilot, m, today);
    assertEquals(1, c.future());
    assertArrayEquals(new double[] {61}, c.ca().y());
  }

  @Test
  void aCriterionWithoutItsPartsIsInconclusiveAndSaysWhy() {
    Pilot pilot = pilot();
    pilot.setStartDate(null);
    SuccessCriterion c = F.createSuccessCriterion();
    c.setDescription("time to productivity below 80 days");
    c.setComparator(Comparator.AT_MOST);
    c.setThreshold(80);
    PilotEvidence.CriterionResult r = CriterionJudgement.evaluate(pilot, c, null, null, LocalDate.of(2026, 5, 1),
        false, Sentences.of(java.util.Locale.ENGLISH));
    assertEquals(PilotEvidence.Verdict.INCONCLUSIVE, r.verdict());
    assertTrue(r.explanation().contains("the criterion has no metric, comparator or pilot start date"),
        r.explanation());
    pilot.setStartDate(LocalDate.of(2026, 3, 2));
    c.setRule(DecisionRule.POINT_ESTIMATE);
    PilotEvidence.CriterionResult none = CriterionJudgement.evaluate(pilot, c, null, null, LocalDate.of(2026, 5, 1),
        false, Sentences.of(java.util.Locale.ENGLISH));
    assertEquals(PilotEvidence.Verdict.INCONCLUSIVE, none.verdict(), "no measurement: even the weaker rule waits");
    assertTrue(none.explanation().startsWith("no measurement of the pilot cohort from the midpoint on yet"),
        none.explanation());
  }

  private static Pilot pilot() {
    Pilot p = F.createPilot();
    p.setName("Onboarding coach");
    p.setStartDate(LocalDate.of(2026, 3, 2));
    p.setDurationWeeks(6);
    BusinessMetric m = F.createBusinessMetric();
    m.setName("Time to productivity");
    p.setPrimaryMetric(m);
    return p;
  }

  private static void measure(BusinessMetric m, String date, double value, Cohort cohort) {
    Measurement x = F.createMeasurement();
    x.setDate(LocalDate.parse(date));
    x.setValue(value);
    x.setCohort(cohort);
    m.getMeasurements().add(x);
  }
}
