package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.Money;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.ScrapLearning;
import dev.wedge.model.*;

/** ROI inputs that no check caught: shares typed as percentages, negative costs, the sign of a loss, fully loaded. */
class RoiInputsTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;

  private static Pilot pilot(double vpu, Direction direction) {
    StrategyModel model = F.createStrategyModel();
    model.setCurrency("EUR");
    BusinessMetric m = F.createBusinessMetric();
    m.setName("Win rate");
    m.setValuePerUnit(vpu);
    m.setDirection(direction);
    model.getMetrics().add(m);
    Pilot p = F.createPilot();
    p.setPrimaryMetric(m);
    model.getPilots().add(p);
    return p;
  }

  private static void cost(Pilot p, CostCategory c, double amount) {
    CostLine l = F.createCostLine();
    l.setCategory(c);
    l.setAmount(amount);
    l.setDescription(c.getName());
    p.getCosts().add(l);
  }

  private static BenefitLine benefit(Pilot p, double units, double confidence, double isolation) {
    BenefitLine b = F.createBenefitLine();
    b.setDescription("b");
    b.setMetric(p.getPrimaryMetric());
    b.setUnitsChange(units);
    b.setConfidence(confidence);
    b.setIsolation(isolation);
    p.getBenefits().add(b);
    return b;
  }

  @Test
  void phillipsParticipantEstimateAdjustment() {
    // Phillips' adjustment of a participant's estimate: value x share attributed x confidence, e.g. 10,000 x 80%
    // attributed x 70% confidence = 5,600 counted
    Pilot p = pilot(1, Direction.INCREASE);
    benefit(p, 10_000, 0.7, 0.8);
    cost(p, CostCategory.DELIVERY, 2_000);
    assertEquals(5_600, Roi.of(p).benefits(), 1e-9);
  }

  @Test
  void sharesTypedAsPercentagesAreNotClampedToAHundredPercent() {
    // 80 and 60 instead of 0.8 and 0.6 were read as 100% and 100%
    Pilot p = pilot(500, Direction.INCREASE);
    benefit(p, 1_000, 80, 60);
    cost(p, CostCategory.DELIVERY, 100_000);
    Roi r = Roi.of(p);
    assertEquals(0, r.benefits(), 1e-9, "not counted, not 500,000");
    assertFalse(r.lines().get(0).counted());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("a confidence of 80 is not a share from 0 to 1 (80% is"
        + " 0.8)")), r.notes().toString());
  }

  @Test
  void aNegativeCostIsNotNettedAgainstTheOthers() {
    Pilot p = pilot(500, Direction.INCREASE);
    cost(p, CostCategory.DELIVERY, 50_000);
    cost(p, CostCategory.DEVELOPMENT, -50_000);
    benefit(p, 100, 1, 1);
    Roi r = Roi.of(p);
    assertEquals(50_000, r.costs(), 1e-9, "not 0: no 'payback 0.00 months'");
    assertTrue(r.paybackMonths() > 0);
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("is not counted: a cost is a positive amount")));
  }

  @Test
  void aNegativeUnitsChangeIsALossNotAGain() {
    // -100 units at 500 was counted as +50,000 (Math.abs)
    Pilot p = pilot(500, Direction.INCREASE);
    benefit(p, -100, 1, 1);
    cost(p, CostCategory.DELIVERY, 10_000);
    Roi r = Roi.of(p);
    assertEquals(-50_000, r.benefits(), 1e-9);
    assertEquals("a loss: the metric moved the wrong way", r.lines().get(0).note());
    assertTrue(r.roiPercent() < 0);
  }

  @Test
  void fullyLoadedOnlyWhenTheCategoriesShowIt() {
    Pilot p = pilot(500, Direction.INCREASE);
    cost(p, CostCategory.DELIVERY, 10_000);
    Roi r = Roi.of(p);
    assertFalse(r.fullyLoaded());
    assertEquals(List.of(CostCategory.PARTICIPANT_TIME, CostCategory.DEVELOPMENT, CostCategory.EVALUATION,
        CostCategory.OVERHEAD), r.missing(), "participants' time first");
    assertEquals("Costs (not fully loaded: no participants' time, development, evaluation or overhead line)",
        r.costsLabel());
    for (CostCategory c : List.of(CostCategory.PARTICIPANT_TIME, CostCategory.DEVELOPMENT, CostCategory.EVALUATION,
        CostCategory.OVERHEAD)) {
      cost(p, c, 1_000);
    }
    assertTrue(Roi.of(p).fullyLoaded());
    assertEquals("Fully loaded costs", Roi.of(p).costsLabel());
  }

  @Test
  void aPaybackBeyondTheBenefitHorizonSaysSo() {
    Pilot p = pilot(1, Direction.INCREASE);
    cost(p, CostCategory.DELIVERY, 120_000);
    benefit(p, 96_000, 1, 1);
    Roi r = Roi.of(p);
    assertEquals(15, r.paybackMonths(), 1e-9);
    assertTrue(r.paybackBeyondHorizon());
    assertEquals("payback 15.0 months, beyond the 12 months of benefits counted: the first-year benefits do not"
        + " repay the costs", r.paybackNote());
  }

  @Test
  void moneyCarriesTheCurrency() {
    assertEquals("EUR 76,000", Money.of("EUR").format(76_000));
    assertEquals("USD 12.50", Money.of("usd").format(12.5));
    assertEquals("922,000,000,000,000 (no currency set)", Money.of("").format(9.22e14));
    assertTrue(Money.of("EUR").known());
    assertFalse(Money.of("EURO").known());
  }

  @Test
  void scrapLearningFromThePilot() {
    // Explorance's definition: scrap = 100% - share planning to apply; cost = program cost x scrap
    Pilot p = pilot(1, Direction.INCREASE);
    cost(p, CostCategory.DELIVERY, 200_000);
    p.setPlannedToApply(0.55);
    ScrapLearning s = ScrapLearning.of(p, Roi.of(p));
    assertEquals(45, s.scrapPercent(), 1e-9);
    assertEquals(90_000, s.cost(), 1e-9);
    // an intention, said as one, with no amount; the cost only "if the intentions hold"
    assertTrue(s.sentence(Money.of(p)).startsWith("an intention to apply, not application: 55% "), s.sentence());
    assertTrue(s.sentence(Money.of(p)).contains("a predicted scrap learning of 45%"), s.sentence());
    assertFalse(s.sentence(Money.of(p)).contains("EUR"), s.sentence());
    assertEquals("EUR 90,000 of EUR 200,000 if the intentions hold (a prediction from a survey of intentions, not"
        + " money spent on learning unused)", s.costIfIntentionsHold(Money.of(p)));
    p.setPlannedToApply(55.0);
    assertTrue(ScrapLearning.of(p, Roi.of(p)).sentence().contains("is not a share from 0 to 1"));
  }

  @Test
  void aTargetAgainstTheDirectionHasNoPaceAndTheFutureIsNotLatest() {
    Pilot p = pilot(1, Direction.DECREASE);
    BusinessMetric m = p.getPrimaryMetric();
    m.setBaseline(94.0);
    m.setTarget(100.0);
    m.setBaselineDate(java.time.LocalDate.of(2025, 12, 1));
    m.setTargetDate(java.time.LocalDate.of(2026, 12, 31));
    Measurement x = F.createMeasurement();
    x.setDate(java.time.LocalDate.of(2026, 6, 1));
    x.setValue(96);
    m.getMeasurements().add(x);
    assertEquals(null, dev.wedge.evidence.Progress.of(m, java.time.LocalDate.of(2026, 11, 29)), "not 'on pace'");
    assertTrue(dev.wedge.evidence.Progress.contradiction(m).contains("is to decrease, but its target (100) is above"));
    m.setTarget(70.0);
    Measurement next = F.createMeasurement();
    next.setDate(java.time.LocalDate.of(2026, 12, 20));
    next.setValue(50);
    m.getMeasurements().add(next);
    assertEquals(96, dev.wedge.evidence.Progress.of(m, java.time.LocalDate.of(2026, 11, 29)).current(), 1e-9,
        "a measurement dated next month is not the latest");
  }

  private static void measure(BusinessMetric m, String date, double value, Cohort cohort, String subject) {
    Measurement x = F.createMeasurement();
    x.setDate(java.time.LocalDate.parse(date));
    x.setValue(value);
    x.setCohort(cohort);
    x.setSubject(subject);
    m.getMeasurements().add(x);
  }

  @Test
  void theLatestValueAndThePaceAreTheCohortsMeanOnTheLatestDateNotOnePersons() {
    Pilot p = pilot(1, Direction.DECREASE);
    BusinessMetric m = p.getPrimaryMetric();
    m.setBaseline(100.0);
    m.setTarget(80.0);
    m.setBaselineDate(java.time.LocalDate.of(2026, 1, 1));
    m.setTargetDate(java.time.LocalDate.of(2026, 12, 31));
    java.time.LocalDate today = java.time.LocalDate.of(2026, 7, 2); // half-way: 10 of the 20 expected
    measure(m, "2026-06-01", 99, Cohort.PILOT, "a");
    measure(m, "2026-06-01", 97, Cohort.PILOT, "b");
    measure(m, "2026-07-01", 84, Cohort.PILOT, "a"); // three people measured on the latest date: mean 90
    measure(m, "2026-07-01", 96, Cohort.PILOT, "b");
    measure(m, "2026-07-01", 90, Cohort.COMPARISON, "c");
    measure(m, "2026-08-01", 50, Cohort.PILOT, "a"); // after today: left out
    dev.wedge.evidence.Progress.Latest latest = dev.wedge.evidence.Progress.latest(m, today);
    assertEquals(java.time.LocalDate.of(2026, 7, 1), latest.date());
    assertEquals(90, latest.value(), 1e-9, "the mean of 84, 96 and 90, not the last row's 90 or the first's 84");
    assertEquals(3, latest.n());
    dev.wedge.evidence.Progress progress = dev.wedge.evidence.Progress.of(m, today);
    assertEquals(90, progress.current(), 1e-9);
    assertEquals(0.5, progress.progress(), 1e-9, "10 of the 20 days to go");
    assertEquals(0.5, progress.expected(), 0.01);
    assertEquals(1.0, progress.pace(), 0.02);
    // the whole population, when it is measured, is the metric's value
    measure(m, "2026-06-15", 93, Cohort.ALL, null);
    measure(m, "2026-06-15", 95, Cohort.ALL, null);
    assertEquals(94, dev.wedge.evidence.Progress.latest(m, today).value(), 1e-9);
    assertEquals(java.time.LocalDate.of(2026, 6, 15), dev.wedge.evidence.Progress.of(m, today).asOf());
  }
}
