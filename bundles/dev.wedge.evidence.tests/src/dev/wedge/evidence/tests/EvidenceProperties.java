package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import dev.wedge.evidence.NoncentralT;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotEvidence.Verdict;
import dev.wedge.evidence.PilotPower;
import dev.wedge.evidence.Power;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.Statistics;
import dev.wedge.model.*;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over random data (jqwik): the decision rule never claims more than its interval, power and the smallest
 * detectable effect agree, and no evidence function throws on finite input.
 */
class EvidenceProperties {

  static boolean passes(double value, double threshold, boolean higherPasses) {
    return higherPasses ? value >= threshold : value <= threshold;
  }

  @Property(tries = 1000)
  void metOnlyWhenEveryValueOfTheIntervalPasses(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = 0, max = 1e4) double width, @ForAll @DoubleRange(min = 0, max = 1) double at,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double threshold, @ForAll boolean higherPasses) {
    double lower = a;
    double upper = a + width;
    double point = lower + at * width;
    Verdict v = PilotEvidence.decide(point, lower, upper, threshold, higherPasses, DecisionRule.INTERVAL);
    for (double t = 0; t <= 1.0; t += 0.125) {
      double x = lower + t * width;
      if (v == Verdict.MET) {
        assertTrue(passes(x, threshold, higherPasses), "met, but " + x + " of [" + lower + ", " + upper + "] fails");
      }
      if (v == Verdict.NOT_MET) {
        assertTrue(!passes(x, threshold, higherPasses), "not met, but " + x + " passes");
      }
    }
    if (v == Verdict.INCONCLUSIVE) {
      assertTrue(passes(higherPasses ? upper : lower, threshold, higherPasses)
          && !passes(higherPasses ? lower : upper, threshold, higherPasses), "inconclusive: the interval straddles");
    }
  }

  @Provide
  Arbitrary<Power.Design> designs() {
    return Combinators.combine(Arbitraries.of(Power.Analysis.values()), Arbitraries.doubles().between(0.1, 50),
        Arbitraries.doubles().between(0.3, 3), Arbitraries.doubles().between(-0.5, 0.9))
        .as((a, sigma, ratio, rho) -> new Power.Design(a, sigma, ratio, rho));
  }

  @Property(tries = 60)
  void powerAtTheNeededSampleIsEnoughAndOneFewerIsNot(@ForAll("designs") Power.Design d,
      @ForAll @DoubleRange(min = 0.05, max = 3) double effectInSd) {
    double effect = effectInSd * d.sigma();
    int n = Power.needed(d, effect, 0.05, 0.8);
    if (n > 200_000) {
      return;
    }
    assertTrue(Power.power(d, n, effect, 0.05) >= 0.8);
    assertTrue(Power.detectable(d, n, 0.05, 0.8) <= effect * (1 + 1e-9));
    if (n > d.minimum()) {
      assertTrue(Power.power(d, n - 1, effect, 0.05) < 0.8, "n " + n);
      assertTrue(Power.detectable(d, n - 1, 0.05, 0.8) > effect, "n " + n);
    }
  }

  @Property(tries = 500)
  void theNoncentralTIsADistributionFunction(@ForAll @DoubleRange(min = -50, max = 50) double t,
      @ForAll @DoubleRange(min = 0.5, max = 5000) double df, @ForAll @DoubleRange(min = -40, max = 40) double delta) {
    double p = NoncentralT.cdf(t, df, delta);
    assertTrue(p >= 0 && p <= 1, "" + p);
    assertTrue(NoncentralT.cdf(t + 0.5, df, delta) >= p - 1e-9, "increasing in t");
    assertTrue(NoncentralT.cdf(t, df, delta + 0.5) <= p + 1e-9, "decreasing in the noncentrality");
  }

  @Property(tries = 300)
  void noStatisticThrowsOnFiniteInput(@ForAll("samples") double[] a, @ForAll("samples") double[] b,
      @ForAll("samples") double[] c, @ForAll("samples") double[] d) {
    Statistics.welch(a, b, 0.95);
    Statistics.mean(a, 0.95);
    Statistics.differenceInDifferences(a, b, c, d, 0.95);
    Statistics.hedgesG(a, b);
    double[] x = new double[a.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 7;
    }
    if (a.length >= 3) {
      Statistics.trendLine(x, a, new double[] {x.length * 7.0}, new double[] {b[0]}, 0.95);
    }
  }

  @Provide
  Arbitrary<double[]> samples() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.just(5.0))
        .array(double[].class).ofMinSize(2).ofMaxSize(30);
  }

  @Provide
  Arbitrary<Pilot> pilots() {
    Arbitrary<List<Double>> values = Arbitraries.oneOf(Arbitraries.doubles().between(-1e9, 1e9),
        Arbitraries.just(80.0)).list().ofMaxSize(40);
    return Combinators.combine(Arbitraries.of(PilotDesign.values()), Arbitraries.of(Comparator.values()),
        Arbitraries.doubles().between(-1e6, 1e6), values, values, Arbitraries.integers().between(0, 500),
        Arbitraries.of(Direction.values()), Arbitraries.doubles().between(-2, 200))
        .as((design, cmp, threshold, pilotValues, comparisonValues, people, dir, share) -> {
          WedgeFactory f = WedgeFactory.eINSTANCE;
          StrategyModel model = f.createStrategyModel();
          BusinessMetric m = f.createBusinessMetric();
          m.setDirection(dir);
          m.setStandardDeviation(share > 0 ? share : null);
          m.setValuePerUnit(share);
          model.getMetrics().add(m);
          Pilot p = f.createPilot();
          p.setPrimaryMetric(m);
          p.setDesign(design);
          p.setStartDate(LocalDate.of(2026, 3, 2));
          p.setParticipants(people);
          p.setComparisonSize(people / 2);
          p.setTargetEffect(threshold == 0 ? null : threshold);
          p.setPlannedToApply(share);
          model.getPilots().add(p);
          int i = 0;
          for (List<Double> vs : List.of(pilotValues, comparisonValues)) {
            for (double v : vs) {
              Measurement x = f.createMeasurement();
              x.setValue(v);
              x.setCohort(vs == pilotValues ? Cohort.PILOT : Cohort.COMPARISON);
              x.setDate(LocalDate.of(2026, 3, 2).plusDays((i++ * 11) % 70 - 28));
              x.setSubject(i % 3 == 0 ? null : "s" + (i % 9));
              m.getMeasurements().add(x);
            }
          }
          SuccessCriterion c = f.createSuccessCriterion();
          c.setComparator(cmp);
          c.setThreshold(threshold);
          c.setRule(people % 2 == 0 ? DecisionRule.INTERVAL : DecisionRule.POINT_ESTIMATE);
          p.getCriteria().add(c);
          CostLine cost = f.createCostLine();
          cost.setAmount(Math.abs(threshold));
          p.getCosts().add(cost);
          BenefitLine b = f.createBenefitLine();
          b.setMetric(m);
          b.setUnitsChange(threshold / 3);
          b.setConfidence(share);
          b.setIsolation(share / 2);
          p.getBenefits().add(b);
          return p;
        });
  }

  @Property(tries = 300)
  void noPilotEvidenceThrowsOnFiniteInput(@ForAll("pilots") Pilot p, @ForAll @IntRange(min = 0, max = 120) int day) {
    PilotEvidence e = PilotEvidence.of(p, LocalDate.of(2026, 2, 1).plusDays(day));
    assertTrue(e.rating().level() >= 0 && e.rating().level() <= 5);
    assertEquals(p.getCriteria().size(), e.criteria().size());
    PilotPower.of(p).sentence();
    Roi.of(p);
    if (e.effect() != null && e.effect().smallestGroup() < 2) {
      throw new AssertionError("an estimate from a group of one");
    }
  }
}
