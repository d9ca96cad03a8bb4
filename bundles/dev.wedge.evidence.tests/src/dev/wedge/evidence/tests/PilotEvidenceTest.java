package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.Headline;
import dev.wedge.evidence.Isolation;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotEvidence.Verdict;
import dev.wedge.model.*;

/** Effects, criteria and headlines on pilots with known data. */
class PilotEvidenceTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;
  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  private static Pilot pilot(PilotDesign design, Direction direction) {
    StrategyModel model = F.createStrategyModel();
    BusinessMetric m = F.createBusinessMetric();
    m.setName("Time to productivity");
    m.setUnit("days");
    m.setDirection(direction);
    m.setBaseline(90.0);
    model.getMetrics().add(m);
    Pilot p = F.createPilot();
    p.setName("P");
    p.setPrimaryMetric(m);
    p.setStartDate(START);
    p.setDesign(design);
    p.setStatus(PilotStatus.EVALUATING);
    model.getPilots().add(p);
    return p;
  }

  private static void add(Pilot p, Cohort cohort, LocalDate date, double... values) {
    for (double v : values) {
      Measurement x = F.createMeasurement();
      x.setDate(date);
      x.setValue(v);
      x.setCohort(cohort);
      p.getPrimaryMetric().getMeasurements().add(x);
    }
  }

  private static SuccessCriterion criterion(Pilot p, Comparator comparator, double threshold) {
    SuccessCriterion c = F.createSuccessCriterion();
    c.setMetric(p.getPrimaryMetric());
    c.setComparator(comparator);
    c.setThreshold(threshold);
    p.getCriteria().add(c);
    return c;
  }

  private static final LocalDate BEFORE = START.minusDays(7);
  private static final LocalDate AFTER = START.plusWeeks(5);
  private static final LocalDate TODAY = START.plusWeeks(10);

  @Test
  void differenceInDifferencesWhenTheDesignAndDataAllow() {
    Pilot p = pilot(PilotDesign.DIFFERENCE_IN_DIFFERENCES, Direction.DECREASE);
    add(p, Cohort.PILOT, BEFORE, 92, 93, 94);
    add(p, Cohort.PILOT, AFTER, 79, 80, 81);
    add(p, Cohort.COMPARISON, BEFORE, 94, 95, 96);
    add(p, Cohort.COMPARISON, AFTER, 91, 92, 93);
    criterion(p, Comparator.BEATS_COMPARISON_BY, 10);
    criterion(p, Comparator.AT_MOST, 82);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertEquals(Isolation.DIFFERENCE_IN_DIFFERENCES, e.effect().isolation());
    assertEquals(-10, e.effect().change(), 1e-9, "(80-93) - (92-95)");
    assertEquals(10, e.effect().improvement(), 1e-9, "lower is better: a cut of 10 days");
    assertTrue(e.effect().significant());
    // at most 82 on a mean of 80 whose interval (77.5 to 82.5) reaches past 82: not yet decided
    assertEquals(Verdict.INCONCLUSIVE, e.criteria().get(1).verdict(), e.criteria().get(1).explanation());
    assertTrue(e.criteria().get(1).explanation().contains("the interval straddles 82 days"));
    // beat by exactly 10 days: the estimate sits on the threshold, which no amount of data settles
    assertEquals(Verdict.INCONCLUSIVE, e.criteria().get(0).verdict(), e.criteria().get(0).explanation());
    assertEquals("the estimate sits on the threshold: no amount of data settles it", e.criteria().get(0).settle());
    assertEquals(Verdict.INCONCLUSIVE, e.verdict());
    assertFalse(e.provisional());
    // three values per group: the interval clears zero, but the evidence is very weak, so the pilot is not credited
    assertEquals(1, e.rating().level(), e.rating().toString());
    assertTrue(Headline.of(e).startsWith("the pilot cohort's time to productivity moved 10 days (\u221211%) lower than"
        + " the comparison group's from before the start to after; the 95% interval ("), Headline.of(e));
    assertTrue(Headline.of(e).contains("excludes no change, but evidence 1 of 5 (very weak) is too weak to credit the"
        + " pilot with it yet"), Headline.of(e));
  }

  @Test
  void aThresholdTheIntervalCannotReachIsNotMet() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE);
    add(p, Cohort.PILOT, AFTER, 89, 90, 91, 90);
    add(p, Cohort.COMPARISON, AFTER, 91, 92, 93, 92);
    criterion(p, Comparator.BEATS_COMPARISON_BY, 10);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertEquals(Isolation.COMPARISON_GROUP, e.effect().isolation());
    assertEquals(2, e.effect().improvement(), 1e-9);
    assertEquals(Verdict.NOT_MET, e.verdict(), e.criteria().get(0).explanation());
  }

  @Test
  void tooLittleDataIsInconclusiveNotAVerdict() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE);
    add(p, Cohort.PILOT, AFTER, 80);
    criterion(p, Comparator.BEATS_COMPARISON_BY, 5);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertNull(e.effect());
    assertTrue(e.effectNote().startsWith("not enough measurements yet"), e.effectNote());
    assertEquals(Verdict.INCONCLUSIVE, e.verdict());
    assertTrue(e.criteria().get(0).explanation().startsWith("no comparison-group result: not enough measurements"),
        e.criteria().get(0).explanation());
  }

  @Test
  void improvementInPercentIsMeasuredFromThePrePeriod() {
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.INCREASE);
    p.getPrimaryMetric().setBaseline(10.0);
    add(p, Cohort.PILOT, BEFORE, 19, 21);
    add(p, Cohort.PILOT, AFTER, 24, 26);
    criterion(p, Comparator.IMPROVES_BY_PERCENT, 20);
    PilotEvidence.CriterionResult r = PilotEvidence.of(p, TODAY).criteria().get(0);
    assertEquals(25, r.observed(), 1e-9, "(25 - 20) / 20, not (25 - 10) / 10 from the nominal baseline");
    // two values a period: Welch's interval (2 df) is wide
    assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.explanation());
    assertTrue(r.lower() < 20 && r.upper() > 20, r.explanation());
  }

  @Test
  void withoutAMeasuredPrePeriodTheNominalBaselineDoesNotStandIn() {
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.INCREASE);
    p.getPrimaryMetric().setBaseline(10.0);
    add(p, Cohort.PILOT, AFTER, 24, 26);
    criterion(p, Comparator.IMPROVES_BY, 5);
    PilotEvidence.CriterionResult r = PilotEvidence.of(p, TODAY).criteria().get(0);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
    assertTrue(r.explanation().contains("measured pre-period"), r.explanation());
  }

  @Test
  void aRunningPilotIsProvisional() {
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.INCREASE);
    p.setStatus(PilotStatus.RUNNING);
    assertTrue(PilotEvidence.of(p, START.plusWeeks(2)).provisional());
  }

  @Test
  void measurementsOfNoPilotDatedAfterTheDecisionAreLeftOutAndSaidSo() {
    // A spreadsheet of later months, its rows marked "pilot" but attached to no pilot, imported long after the decision
    // (six weeks from START, decision a week later): they must not change what the pilot showed.
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.DECREASE);
    add(p, Cohort.PILOT, BEFORE, 92, 93, 94);
    add(p, Cohort.PILOT, AFTER, 79, 80, 81);
    LocalDate months = START.plusWeeks(30);
    add(p, Cohort.PILOT, months, 60, 61);
    PilotEvidence e = PilotEvidence.of(p, START.plusWeeks(40));
    assertEquals(3, e.effect().groups().get(1).n(), "the three after the midpoint, not the two of months later");
    assertEquals(-13, e.effect().change(), 1e-9, "80 - 93, as without the later rows");
    String note = String.join("; ", e.notes());
    assertTrue(note.contains("2 measurements of the pilot or comparison cohort are dated after the decision date ("
        + START.plusWeeks(7) + ") and attached to no pilot"), note);
    assertTrue(note.contains("attach them to this pilot"), note);

    // the same later rows attached to the pilot (a metric that lags) count
    for (Measurement x : p.getPrimaryMetric().getMeasurements()) {
      if (months.equals(x.getDate())) {
        x.setPilot(p);
      }
    }
    PilotEvidence attached = PilotEvidence.of(p, START.plusWeeks(40));
    assertEquals(5, attached.effect().groups().get(1).n());
    assertEquals((79 + 80 + 81 + 60 + 61) / 5.0 - 93, attached.effect().change(), 1e-9);
    assertFalse(String.join("; ", attached.notes()).contains("decision date"));
  }

  @Test
  void theStageGateNeverSaysReadyToScaleAndNamesWeakEvidence() {
    Pilot p = pilot(PilotDesign.DIFFERENCE_IN_DIFFERENCES, Direction.DECREASE);
    add(p, Cohort.PILOT, BEFORE, 92, 93, 94);
    add(p, Cohort.PILOT, AFTER, 79, 80, 81);
    add(p, Cohort.COMPARISON, BEFORE, 94, 95, 96);
    add(p, Cohort.COMPARISON, AFTER, 91, 92, 93);
    criterion(p, Comparator.AT_MOST, 90); // a mean of 80 (interval 77.5 to 82.5) is at most 90: met
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertEquals(Verdict.MET, e.verdict());
    assertEquals("criteria met, but evidence 1 of 5 (very weak) is too weak to scale on", Headline.stageGate(e));
    criterion(p, Comparator.AT_MOST, 82);
    assertEquals("criteria inconclusive, so not ready to scale", Headline.stageGate(PilotEvidence.of(p, TODAY)));
    assertEquals("no evidence yet", Headline.stageGate(null));
  }
}
