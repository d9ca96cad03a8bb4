package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.Isolation;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotEvidence.Verdict;
import dev.wedge.model.*;

/** No verdict, rating or note claims more than the data support. */
class IntegrityTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final LocalDate BEFORE = START.minusDays(7);
  private static final LocalDate AFTER = START.plusWeeks(5);
  private static final LocalDate TODAY = START.plusWeeks(10);

  static Pilot pilot(PilotDesign design, Direction direction, double sd, Double target) {
    StrategyModel model = F.createStrategyModel();
    BusinessMetric m = F.createBusinessMetric();
    m.setName("Time to productivity");
    m.setUnit("days");
    m.setDirection(direction);
    m.setStandardDeviation(sd);
    model.getMetrics().add(m);
    Pilot p = F.createPilot();
    p.setName("P");
    p.setPrimaryMetric(m);
    p.setStartDate(START);
    p.setDesign(design);
    p.setTargetEffect(target);
    p.setStatus(PilotStatus.EVALUATING);
    model.getPilots().add(p);
    return p;
  }

  static void add(Pilot p, Cohort cohort, LocalDate date, double... values) {
    for (double v : values) {
      Measurement x = F.createMeasurement();
      x.setDate(date);
      x.setValue(v);
      x.setCohort(cohort);
      p.getPrimaryMetric().getMeasurements().add(x);
    }
  }

  /** n values with mean {@code mean} and sample standard deviation exactly {@code sd} (n even). */
  static double[] spread(int n, double mean, double sd) {
    double[] v = new double[n];
    double h = sd * Math.sqrt((n - 1.0) / n);
    for (int i = 0; i < n; i++) {
      v[i] = mean + (i % 2 == 0 ? h : -h);
    }
    return v;
  }

  static SuccessCriterion criterion(Pilot p, Comparator comparator, double threshold) {
    SuccessCriterion c = F.createSuccessCriterion();
    c.setMetric(p.getPrimaryMetric());
    c.setComparator(comparator);
    c.setThreshold(threshold);
    p.getCriteria().add(c);
    return c;
  }

  @Test
  void theIntervalNotThePointMustClearTheThreshold() {
    // "beats the comparison group by 10 days" on an interval of 5.6 to 22.1 is not met: it is inconclusive
    assertEquals(Verdict.INCONCLUSIVE, PilotEvidence.decide(13.9, 5.6, 22.1, 10, true, DecisionRule.INTERVAL));
    // "improves by 5" on -0.2 to 9.2
    assertEquals(Verdict.INCONCLUSIVE, PilotEvidence.decide(4.5, -0.2, 9.2, 5, true, DecisionRule.INTERVAL));
    // "at most 82 days" on a mean of 79.6 whose interval reaches 83.2
    assertEquals(Verdict.INCONCLUSIVE, PilotEvidence.decide(79.6, 76.0, 83.2, 82, false, DecisionRule.INTERVAL));
    // a result clearly on the bad side is not met, either way round
    assertEquals(Verdict.NOT_MET, PilotEvidence.decide(3, 1, 5, 10, true, DecisionRule.INTERVAL));
    assertEquals(Verdict.NOT_MET, PilotEvidence.decide(90, 85, 95, 82, false, DecisionRule.INTERVAL));
    assertEquals(Verdict.MET, PilotEvidence.decide(14, 11, 17, 10, true, DecisionRule.INTERVAL));
    // the weaker rule, only when agreed: the point decides
    assertEquals(Verdict.MET, PilotEvidence.decide(13.9, 5.6, 22.1, 10, true, DecisionRule.POINT_ESTIMATE));
  }

  @Test
  void aStraddlingIntervalSaysWhatWouldSettleIt() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, AFTER, spread(30, 80, 14));
    add(p, Cohort.COMPARISON, AFTER, spread(30, 94, 14));
    criterion(p, Comparator.BEATS_COMPARISON_BY, 10);
    PilotEvidence.CriterionResult r = PilotEvidence.of(p, TODAY).criteria().get(0);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.explanation());
    assertTrue(r.lower() < 10 && r.upper() > 10);
    assertTrue(r.settle().matches("about [0-9,]+ more measurements per group from the midpoint on would settle it .*"),
        r.settle());
    assertTrue(r.explanation().contains("n pilot after 30, comparison after 30"), r.explanation());
  }

  @Test
  void whatWouldSettleItUsesEachGroupsActualSize() {
    // 10 in the pilot group, 40 in the comparison group: k more in each gives the Welch standard error
    // sqrt(14^2/(10+k) + 14^2/(40+k)); scaling both groups like the smallest one (n0 = 10) would not
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, AFTER, spread(10, 80, 14));
    add(p, Cohort.COMPARISON, AFTER, spread(40, 94, 14));
    criterion(p, Comparator.BEATS_COMPARISON_BY, 10);
    PilotEvidence.CriterionResult r = PilotEvidence.of(p, TODAY).criteria().get(0);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.explanation());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("about ([0-9,]+) more measurements per group from the"
        + " midpoint on would settle it \\(80% power, if the effect is as estimated\\)").matcher(r.settle());
    assertTrue(m.matches(), r.settle());
    int k = Integer.parseInt(m.group(1).replace(",", ""));
    java.util.function.IntToDoubleFunction power = more -> {
      double a = 14.0 * 14 / (10 + more);
      double b = 14.0 * 14 / (40 + more);
      double df = (a + b) * (a + b) / (a * a / (9 + more) + b * b / (39 + more));
      return dev.wedge.evidence.Power.power(Math.sqrt(a + b), df, 4, 0.05);
    };
    assertTrue(power.applyAsDouble(k) >= 0.8, () -> k + ": " + power.applyAsDouble(k));
    assertTrue(power.applyAsDouble(k - 1) < 0.8, () -> (k - 1) + ": " + power.applyAsDouble(k - 1));
    int smallestGroupOnly = dev.wedge.evidence.Power.needed(new dev.wedge.evidence.Power.Observed(r.se(), r.df(), 10,
        true), 4, 0.05, 0.8) - 10;
    assertTrue(Math.abs(smallestGroupOnly - k) > 20, "scaling every group like the smallest one asks for "
        + smallestGroupOnly + ", not " + k);
  }

  @Test
  void aPairedChangeIsSettledByMorePeopleMeasuredBeforeAndAfter() {
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.DECREASE, 14, 10.0);
    double[] before = spread(6, 90, 14);
    double[] after = {80, 92, 70, 86, 79, 83};
    for (int i = 0; i < before.length; i++) {
      add(p, Cohort.PILOT, BEFORE, before[i]);
      add(p, Cohort.PILOT, AFTER, after[i]);
    }
    int i = 0;
    for (Measurement x : p.getPrimaryMetric().getMeasurements()) {
      x.setSubject("s" + (i++ / 2));
    }
    criterion(p, Comparator.IMPROVES_BY, 10);
    PilotEvidence.CriterionResult r = PilotEvidence.of(p, TODAY).criteria().get(0);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.explanation());
    assertTrue(r.settle().matches("about [0-9,]+ more people measured before and after would settle it .*"),
        r.settle());
  }

  @Test
  void aChangeWhoseIntervalIncludesNoChangeIsNotCalledRaisedOrCut() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, AFTER, spread(10, 92, 14));
    add(p, Cohort.COMPARISON, AFTER, spread(10, 94, 14));
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertTrue(e.effect().lower() < 0 && e.effect().upper() > 0, e.effect().toString());
    String h = dev.wedge.evidence.Headline.of(e);
    assertTrue(h.startsWith("the pilot cohort's time to productivity was 2 days below the comparison group's; the 95%"
        + " interval ("), h);
    assertTrue(h.contains(") includes no change, so the pilot cannot be credited with it yet"), h);
    assertFalse(h.contains("cut ") || h.contains("lowered ") || h.contains("raised ") || h.contains("changed "), h);
    // clearly apart: the causal verb
    add(p, Cohort.PILOT, AFTER, spread(30, 70, 14));
    // apart, but the data cannot detect the 10 days agreed (10 in the comparison group): very weak, not credited
    PilotEvidence underpowered = PilotEvidence.of(p, TODAY);
    assertEquals(1, underpowered.rating().level(), underpowered.rating().toString());
    assertTrue(dev.wedge.evidence.Headline.of(underpowered).startsWith("the pilot cohort's time to productivity was "),
        dev.wedge.evidence.Headline.of(underpowered));
    assertTrue(dev.wedge.evidence.Headline.of(underpowered).contains("is too weak to credit the pilot with it yet"));
    // and with a comparison group large enough to detect it: the causal verb
    add(p, Cohort.COMPARISON, AFTER, spread(30, 94, 14));
    PilotEvidence apart = PilotEvidence.of(p, TODAY);
    assertTrue(apart.rating().level() >= dev.wedge.evidence.Headline.CREDITED_FROM, apart.rating().toString());
    assertTrue(dev.wedge.evidence.Headline.of(apart).startsWith("cut time to productivity by "),
        dev.wedge.evidence.Headline.of(apart) + " " + apart.rating());
  }

  @Test
  void criteriaThatDifferAreNamedNotCalledInconclusive() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, AFTER, spread(30, 80, 14));
    add(p, Cohort.COMPARISON, AFTER, spread(30, 94, 14));
    criterion(p, Comparator.BEATS_COMPARISON_BY, 10).setDescription("10 days sooner");
    criterion(p, Comparator.AT_MOST, 90).setDescription("at most 90 days");
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertEquals(Verdict.INCONCLUSIVE, e.verdict());
    assertEquals("1 of its 2 criteria is met (\u2018at most 90 days\u2019), 1 is inconclusive (\u201810 days"
        + " sooner\u2019)", e.criteriaReading());
    assertEquals("1 of 2 met, 1 inconclusive", e.criteriaCounts());
    p.getCriteria().remove(1);
    assertEquals("its criterion is inconclusive", PilotEvidence.of(p, TODAY).criteriaReading());
    assertEquals("", PilotEvidence.of(p, TODAY).criteriaCounts());
  }

  @Test
  void unitsTakeTheFormOfTheirNumber() {
    assertEquals("1 day", PilotEvidence.amount(1, " days"));
    assertEquals("2 days", PilotEvidence.amount(2, " days"));
    assertEquals("1.5 days", PilotEvidence.amount(1.5, " days"));
    assertEquals("1 point", PilotEvidence.amount(1, " points"));
    assertEquals("1 incident / 100 staff", PilotEvidence.amount(1, " incidents / 100 staff"));
    assertEquals("1 minute per claim", PilotEvidence.amount(1, " minutes per claim"));
    assertEquals("1 NPS point", PilotEvidence.amount(1, " NPS points"));
    assertEquals("1 EUR", PilotEvidence.amount(1, " EUR"));
    assertEquals("-1 day", PilotEvidence.amount(-1, " days"));
    assertEquals("1", PilotEvidence.amount(1, ""));
  }

  @Test
  void theWeakerRuleIsLabelledWhereverItAppears() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, AFTER, spread(30, 80, 14));
    add(p, Cohort.COMPARISON, AFTER, spread(30, 94, 14));
    criterion(p, Comparator.BEATS_COMPARISON_BY, 10).setRule(DecisionRule.POINT_ESTIMATE);
    PilotEvidence.CriterionResult r = PilotEvidence.of(p, TODAY).criteria().get(0);
    assertEquals(Verdict.MET, r.verdict());
    assertEquals("point-estimate rule (weaker, agreed so)", r.ruleText());
    assertTrue(r.explanation().contains("a weaker rule agreed for this criterion: the interval does not clear the"
        + " threshold"), r.explanation());
  }

  @Test
  void zeroSpreadHasNoIntervalNoVerdictAndNoRating() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.INCREASE, 1, 1.0);
    add(p, Cohort.PILOT, AFTER, 4, 4, 4);
    add(p, Cohort.COMPARISON, AFTER, 2, 2, 2);
    criterion(p, Comparator.BEATS_COMPARISON_BY, 1);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertFalse(e.effect().hasInterval());
    assertTrue(Double.isNaN(e.effect().pValue()), "no p = 0.000 from no spread");
    assertEquals(Verdict.INCONCLUSIVE, e.verdict(), e.criteria().get(0).explanation());
    assertEquals(0, e.rating().level());
    assertTrue(e.rating().sentence().contains("zero spread"), e.rating().sentence());
  }

  @Test
  void twoAggregatesPerGroupAreNeverStrong() {
    // weekly averages: 2 per group, so about 1 degree of freedom
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, AFTER, 70, 80);
    add(p, Cohort.COMPARISON, AFTER, 95, 96);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertTrue(e.effect().df() < 2, "df " + e.effect().df());
    assertTrue(e.rating().level() <= 1, e.rating().sentence());
    assertTrue(e.rating().reasons().stream().anyMatch(r -> r.text().equals("1 degree of freedom: the interval rests"
        + " on a handful of values")), e.rating().reasons().toString());
  }

  @Test
  void aCohortOfOneGivesNoEstimateAndNoFalseNote() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    p.setParticipants(1);
    add(p, Cohort.PILOT, BEFORE, 90, 91, 92, 93);
    add(p, Cohort.PILOT, AFTER, 70);
    add(p, Cohort.COMPARISON, AFTER, 95, 96, 94);
    criterion(p, Comparator.AT_MOST, 82);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertNull(e.effect());
    assertEquals("a cohort of one person: no estimate is made from one person", e.effectNote());
    assertFalse(e.notes().stream().anyMatch(n -> n.contains("no comparison data")), e.notes().toString());
    assertEquals(Verdict.INCONCLUSIVE, e.verdict());
    assertEquals(0, e.rating().level());
  }

  @Test
  void aFallbackIsNamedWithItsTrueReason() {
    Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, START.minusDays(21), 93, 94);
    add(p, Cohort.PILOT, START.minusDays(14), 92, 95);
    add(p, Cohort.PILOT, BEFORE, 93, 92);
    add(p, Cohort.PILOT, AFTER, 80, 81, 79);
    add(p, Cohort.COMPARISON, AFTER, 94);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertEquals(Isolation.TREND_LINE, e.effect().isolation());
    assertTrue(e.effectNote().startsWith("fallback: a trend line instead of a comparison with the comparison group,"
        + " because the comparison needs at least 2 measurements of each group from the midpoint on"), e.effectNote());
    assertTrue(e.effectNote().contains("comparison cohort: 0 and 1"), e.effectNote());
    assertTrue(e.rating().level() <= 1, e.rating().sentence());
  }

  @Test
  void measurementsDatedAfterTodayAreLeftOutAndSaidSo() {
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.DECREASE, 14, 10.0);
    add(p, Cohort.PILOT, BEFORE, 90, 92);
    add(p, Cohort.PILOT, AFTER, 80, 82);
    add(p, Cohort.PILOT, TODAY.plusDays(20), 10, 11);
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertEquals(2, e.effect().nPilot());
    assertTrue(e.notes().contains("2 measurements are dated after today (" + TODAY + ") and left out"), e.notes()
        .toString());
  }

  @Test
  void prePostIsPairedByPersonWhenEveryMeasurementHasASubjectKey() {
    Pilot p = pilot(PilotDesign.PRE_POST, Direction.DECREASE, 14, 5.0);
    String[] who = {"k1", "k2", "k3", "k4", "k5"};
    double[] before = {90, 95, 100, 85, 88};
    double[] after = {84, 90, 93, 80, 84};
    for (int i = 0; i < who.length; i++) {
      for (LocalDate d : new LocalDate[] {BEFORE, AFTER}) {
        Measurement x = F.createMeasurement();
        x.setDate(d);
        x.setValue(d == BEFORE ? before[i] : after[i]);
        x.setCohort(Cohort.PILOT);
        x.setSubject(who[i]);
        p.getPrimaryMetric().getMeasurements().add(x);
      }
    }
    PilotEvidence e = PilotEvidence.of(p, TODAY);
    assertTrue(e.effect().paired());
    assertEquals(-5.4, e.effect().change(), 1e-9, "mean of -6, -5, -7, -5, -4");
    assertEquals(4, e.effect().df(), 1e-9);
    // attrition: a sixth person measured before only
    Measurement gone = F.createMeasurement();
    gone.setDate(BEFORE);
    gone.setValue(91);
    gone.setCohort(Cohort.PILOT);
    gone.setSubject("k6");
    p.getPrimaryMetric().getMeasurements().add(gone);
    EvidenceRating r = PilotEvidence.of(p, TODAY).rating();
    assertTrue(r.reasons().stream().anyMatch(x -> x.text().startsWith("attrition 17%: 1 of the 6 people")),
        r.reasons().toString());
  }

  @Test
  void baselineEquivalenceFollowsTheWwcThresholds() {
    // What Works Clearinghouse: up to 0.05 SD satisfies baseline equivalence, 0.05 to 0.25 needs a statistical
    // adjustment, more than 0.25 does not satisfy it. Groups built with a known standardized difference.
    assertEquals(0.05, EvidenceRating.WWC_SATISFIES);
    assertEquals(0.25, EvidenceRating.WWC_FAILS);
    for (double[] row : new double[][] {{0.03, -1}, {0.15, 1}, {0.40, 1}}) {
      Pilot p = pilot(PilotDesign.COMPARISON_GROUP, Direction.INCREASE, 10, 5.0);
      add(p, Cohort.COMPARISON, BEFORE, spread(100, 50, 10));
      add(p, Cohort.PILOT, BEFORE, spread(100, 50 + row[0] * 10 / (1 - 3 / (4 * 200.0 - 9)), 10));
      add(p, Cohort.PILOT, AFTER, spread(100, 60, 10));
      add(p, Cohort.COMPARISON, AFTER, spread(100, 50, 10));
      EvidenceRating r = PilotEvidence.of(p, TODAY).rating();
      boolean capped = r.reasons().stream().anyMatch(x -> x.text().startsWith("the groups differed by"));
      assertEquals(row[1] > 0, capped, row[0] + ": " + r.reasons());
      if (row[0] > 0.25) {
        assertTrue(r.reasons().stream().anyMatch(x -> x.text().contains("0.40 SD") && x.text().contains(
            "not equivalent")), r.reasons().toString());
      }
    }
    // a difference in differences is an adjustment: 0.15 SD does not cap it
    Pilot p = pilot(PilotDesign.DIFFERENCE_IN_DIFFERENCES, Direction.INCREASE, 10, 10.0);
    add(p, Cohort.COMPARISON, BEFORE, spread(100, 50, 10));
    add(p, Cohort.PILOT, BEFORE, spread(100, 51.5, 10));
    add(p, Cohort.PILOT, AFTER, spread(100, 62, 10));
    add(p, Cohort.COMPARISON, AFTER, spread(100, 50, 10));
    EvidenceRating r = PilotEvidence.of(p, TODAY).rating();
    assertFalse(r.reasons().stream().anyMatch(x -> x.text().startsWith("the groups differed by")), r.reasons()
        .toString());
    assertEquals(4, r.level(), r.sentence());
  }
}
