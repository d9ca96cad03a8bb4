package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.Progress;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.ScrapLearning;
import dev.wedge.evidence.Statistics;
import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.CostLine;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgeFactory;

/**
 * Reference values of docs/evidence.md (the practitioners' figures, with their sources) and published worked
 * examples.
 */
class CalculationsTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;

  @Test
  void phillipsRoiOfTheDomainExample() {
    Roi r = Roi.of(750_000, 425_000);
    assertEquals(1.76, r.bcr(), 0.005);
    assertEquals(76.47, r.roiPercent(), 0.01);
    assertEquals(6.8, r.paybackMonths(), 1e-9);
  }

  @Test
  void phillipsWorkedExample() {
    // Phillips & Phillips, "Show Me the Money": benefits 581,000, fully loaded costs 229,000 -> BCR 2.54, ROI 154%
    Roi r = Roi.of(581_000, 229_000);
    assertEquals(2.54, r.bcr(), 0.005);
    assertEquals(154, r.roiPercent(), 0.5);
  }

  @Test
  void benefitsAreConvertedAdjustedAndTheMostConservativeEstimateCounts() {
    Pilot p = F.createPilot();
    CostLine c1 = F.createCostLine();
    c1.setAmount(60_000);
    CostLine c2 = F.createCostLine();
    c2.setAmount(40_000);
    p.getCosts().add(c1);
    p.getCosts().add(c2);
    BusinessMetric m = F.createBusinessMetric();
    m.setName("Time to productivity");
    m.setValuePerUnit(300.0);
    BenefitLine manager = benefit(m, 1000, 0.6, 0.8); // 300,000 x 48% = 144,000
    BenefitLine finance = benefit(m, 900, 0.9, 0.9); // 270,000 x 81% = 218,700 (less conservative)
    BenefitLine other = F.createBenefitLine();
    other.setAnnualValue(20_000.0);
    other.setConfidence(0.5); // 10,000
    p.getBenefits().add(manager);
    p.getBenefits().add(finance);
    p.getBenefits().add(other);
    Roi r = Roi.of(p);
    assertEquals(100_000, r.costs(), 1e-9, "fully loaded: every cost line");
    assertEquals(154_000, r.benefits(), 1e-6);
    assertEquals(144_000, r.lines().get(0).adjusted(), 1e-6, "60% x 80% = 48% of 300,000");
    assertTrue(r.lines().get(0).counted());
    assertFalse(r.lines().get(1).counted(), "the more optimistic estimate of the same benefit does not count");
    assertEquals(54, r.roiPercent(), 1e-9);
    assertEquals(1.54, r.bcr(), 1e-9);
    assertEquals(100_000 / (154_000 / 12.0), r.paybackMonths(), 1e-9);
  }

  private static BenefitLine benefit(BusinessMetric m, double units, double confidence, double isolation) {
    BenefitLine b = F.createBenefitLine();
    b.setMetric(m);
    b.setUnitsChange(units);
    b.setConfidence(confidence);
    b.setIsolation(isolation);
    return b;
  }

  @Test
  void differenceInDifferencesOfTheDomainExample() {
    assertEquals(5, Statistics.differenceInDifferences(80, 90, 60, 65), 1e-12);
  }

  @Test
  void differenceInDifferencesFromSamplesHasAnInterval() {
    double[] pb = {79, 80, 81};
    double[] pa = {89, 90, 91};
    double[] cb = {59, 60, 61};
    double[] ca = {64, 65, 66};
    Statistics.Difference d = Statistics.differenceInDifferences(pb, pa, cb, ca, 0.95);
    assertEquals(5, d.estimate(), 1e-12);
    // each group: variance 1, n 3 -> se = sqrt(4/3) = 1.1547; df = (4/3)^2 / (4 x (1/3)^2 / 2) = 8; t(0.975, 8) = 2.306
    assertEquals(5 - 2.306004 * 1.154701, d.lower(), 1e-4);
    assertEquals(8, d.df(), 1e-9);
    assertTrue(d.pValue() < 0.01);
  }

  @Test
  void welchIntervalMatchesAPublishedExample() {
    // Welch's t test example (Wikipedia "Welch's t-test", A1/A2): t = -2.46, df = 24.99, p = 0.021
    double[] a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
    double[] a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
    Statistics.Difference d = Statistics.welch(a2, a1, 0.95);
    assertEquals(-2.1667, d.estimate(), 1e-4);
    assertEquals(24.99, d.df(), 0.01);
    assertEquals(0.0214, d.pValue(), 0.0005);
    assertTrue(d.upper() < 0 && d.lower() > -4.0, d.lower() + " " + d.upper());
  }

  @Test
  void trendLineSeparatesTheEffectFromTheTrend() {
    // before: a steady decline of 1 per week; after: 3 below where the trend would be
    double[] xb = {0, 7, 14, 21, 28};
    double[] yb = {100, 99, 98, 97, 96};
    double[] xa = {35, 42};
    double[] ya = {92, 91};
    Statistics.Difference d = Statistics.trendLine(xb, yb, xa, ya, 0.95);
    assertEquals(-3, d.estimate(), 1e-9);
  }

  @Test
  void paceUnder075IsAtRisk() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate end = LocalDate.of(2026, 12, 31);
    LocalDate mid = LocalDate.of(2026, 7, 2); // half way (182 of 364 days)
    Progress onTrack = Progress.of(90, 70, 80, start, end, mid, mid);
    assertEquals(0.5, onTrack.progress(), 1e-9);
    assertEquals(0.5, onTrack.expected(), 1e-9);
    assertEquals(1.0, onTrack.pace(), 1e-9);
    assertFalse(onTrack.atRisk());
    Progress behind = Progress.of(90, 70, 84, start, end, mid, mid);
    assertEquals(0.6, behind.pace(), 1e-9);
    assertTrue(behind.atRisk());
  }

  @Test
  void scrapLearning() {
    ScrapLearning s = ScrapLearning.of(55, 200_000);
    assertEquals(45, s.scrapPercent(), 1e-12);
    assertEquals(90_000, s.cost(), 1e-9);
  }
}
