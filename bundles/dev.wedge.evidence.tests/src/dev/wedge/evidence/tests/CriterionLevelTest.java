package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.CohortTrend;
import dev.wedge.evidence.CriterionLevel;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Comparator;
import dev.wedge.model.Direction;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;

/** What a metric's chart draws: the level a criterion asks for, and each cohort's means per date. */
class CriterionLevelTest {

  private static final LocalDate MONDAY_2_MARCH = LocalDate.of(2026, 3, 2);

  private static BusinessMetric metric(Double baseline, Direction direction) {
    BusinessMetric m = WedgeFactory.eINSTANCE.createBusinessMetric();
    m.setBaseline(baseline);
    m.setDirection(direction);
    return m;
  }

  private static Pilot pilot(BusinessMetric m, Comparator comparator, double threshold) {
    Pilot p = WedgeFactory.eINSTANCE.createPilot();
    p.setPrimaryMetric(m);
    p.setStartDate(MONDAY_2_MARCH);
    p.setDurationWeeks(6);
    SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
    c.setComparator(comparator);
    c.setThreshold(threshold);
    p.getCriteria().add(c);
    return p;
  }

  private static Measurement measure(BusinessMetric m, LocalDate date, Cohort cohort, double value, Pilot pilot) {
    Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
    x.setDate(date);
    x.setCohort(cohort);
    x.setValue(value);
    x.setPilot(pilot);
    m.getMeasurements().add(x);
    return x;
  }

  @Test
  void aThresholdIsItsOwnLevelAndAnImprovementMovesTheBaselineTheBetterWay() {
    BusinessMetric days = metric(94.0, Direction.DECREASE);
    assertEquals(70.0, CriterionLevel.of(pilot(days, Comparator.AT_MOST, 70), days));
    assertEquals(84.0, CriterionLevel.of(pilot(days, Comparator.IMPROVES_BY, 10), days), "fewer days is better");
    assertEquals(84.6, CriterionLevel.of(pilot(days, Comparator.IMPROVES_BY_PERCENT, 10), days), 1e-9);
    BusinessMetric rate = metric(20.0, Direction.INCREASE);
    assertEquals(23.0, CriterionLevel.of(pilot(rate, Comparator.IMPROVES_BY, 3), rate));
  }

  @Test
  void withoutABaselineAnImprovementCannotBeDrawn() {
    BusinessMetric m = metric(null, Direction.INCREASE);
    assertNull(CriterionLevel.of(pilot(m, Comparator.IMPROVES_BY, 3), m));
    BusinessMetric other = metric(5.0, Direction.INCREASE);
    assertNull(CriterionLevel.of(pilot(m, Comparator.AT_LEAST, 3), other), "a criterion on another metric");
  }

  @Test
  void beatingTheComparisonIsItsMeanFromTheMidpointOnPlusTheMargin() {
    BusinessMetric rate = metric(20.0, Direction.INCREASE);
    Pilot p = pilot(rate, Comparator.BEATS_COMPARISON_BY, 3);
    assertNull(CriterionLevel.of(p, rate), "no comparison measured yet");
    measure(rate, LocalDate.of(2026, 3, 9), Cohort.COMPARISON, 10, null); // before the midpoint (23 March)
    measure(rate, LocalDate.of(2026, 3, 23), Cohort.COMPARISON, 20, p);
    measure(rate, LocalDate.of(2026, 3, 30), Cohort.COMPARISON, 22, null);
    measure(rate, LocalDate.of(2026, 3, 30), Cohort.COMPARISON, 99, pilot(rate, Comparator.AT_LEAST, 1));
    assertEquals(24.0, CriterionLevel.of(p, rate), 1e-9, "(20 + 22) / 2 + 3; another pilot's comparison not counted");
  }

  @Test
  void aCohortsLineIsItsMeanPerDateWithTheIndividualValuesWhenADateHasSeveral() {
    BusinessMetric m = metric(null, Direction.INCREASE);
    Pilot p = pilot(m, Comparator.AT_LEAST, 1);
    Pilot other = pilot(m, Comparator.AT_LEAST, 1);
    measure(m, LocalDate.of(2026, 3, 9), Cohort.PILOT, 4, p);
    measure(m, LocalDate.of(2026, 3, 2), Cohort.PILOT, 1, null);
    measure(m, LocalDate.of(2026, 3, 9), Cohort.PILOT, 6, p);
    measure(m, LocalDate.of(2026, 3, 9), Cohort.PILOT, 100, other);
    measure(m, LocalDate.of(2026, 3, 2), Cohort.ALL, 7, null);
    measure(m, null, Cohort.ALL, 8, null);
    List<CohortTrend> trends = CohortTrend.of(m, p);
    assertEquals(List.of(Cohort.ALL, Cohort.PILOT), trends.stream().map(CohortTrend::cohort).toList(),
        "the cohorts with values, in order; an undated value is not drawn");
    CohortTrend pilotLine = trends.get(1);
    assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)), pilotLine.dates());
    assertArrayEquals(new double[] {1, 5}, pilotLine.means(), 1e-9, "another pilot's value left out");
    assertTrue(pilotLine.individual());
    assertFalse(trends.get(0).individual());
    assertEquals(4, CohortTrend.of(m, null).get(1).values().size(), "without a pilot, every pilot value");
  }
}
