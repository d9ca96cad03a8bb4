package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import dev.wedge.evidence.NoncentralT;
import dev.wedge.evidence.Power;
import dev.wedge.evidence.Power.Analysis;
import dev.wedge.evidence.Power.Design;

/**
 * The noncentral t and the power of the t tests against published values: G*Power (Faul, Erdfelder, Lang &amp; Buchner
 * 2007; its manual and reference pages) and Cohen (1988), Statistical Power Analysis for the Behavioral Sciences, 2nd
 * ed., table 2.4.1.
 */
class PowerReferenceTest {

  private static final double ALPHA = 0.05;

  private static Design twoGroups() {
    return new Design(Analysis.WELCH_TWO_GROUPS, 1, 1, 0.5);
  }

  @Test
  void gpowerTwoGroupsAtNinetyPercent() {
    // G*Power reference manual, t test (means), two-tailed, a priori: alpha .05, power .9, d = 0.5 gives a total of
    // 172 (86 per group), actual power 0.9032, critical t(170) = 1.9740, noncentrality 3.2787
    Design d = twoGroups();
    assertEquals(86, Power.needed(d, 0.5, ALPHA, 0.9));
    assertEquals(0.9032, Power.power(d, 86, 0.5, ALPHA), 5e-5);
    assertEquals(170, d.df(86), 1e-9);
    assertEquals(3.2787, 0.5 / d.se(86), 5e-5);
    assertEquals(1.9740, new TDistribution(null, 170).inverseCumulativeProbability(0.975), 5e-5);
  }

  @Test
  void cohensTableForTwoGroupsAtEightyPercent() {
    // Cohen (1988), table 2.4.1, a2 = .05, power .80: n per group for d = .50, .60, .80, 1.00, 1.20
    int[][] exact = {{50, 64}, {60, 45}, {80, 26}, {100, 17}, {120, 12}};
    for (int[] row : exact) {
      assertEquals(row[1], Power.needed(twoGroups(), row[0] / 100.0, ALPHA, 0.8), "d = " + row[0] / 100.0);
    }
    // Cohen's other entries come from his approximation n = n(.10) / (100 d^2) + 1 and run one below the exact t:
    // d = .20: 393, .30: 175, .40: 99, .70: 33 (G*Power, exact: 394, 176, 100, 34)
    int[][] approximate = {{20, 393}, {30, 175}, {40, 99}, {70, 33}};
    for (int[] row : approximate) {
      int n = Power.needed(twoGroups(), row[0] / 100.0, ALPHA, 0.8);
      assertTrue(n == row[1] || n == row[1] + 1, "d = " + row[0] / 100.0 + ": " + n);
    }
  }

  @Test
  void gpowerMatchedPairs() {
    // G*Power 3.1 manual, means: difference between two dependent means (matched pairs), after Cohen (1969, p. 48):
    // 50 pairs, dz = 0.421637, alpha .05 two-tailed: power 0.832114. A correlation of 0.5 makes the spread of a
    // person's change equal to the spread between people, so dz = effect / sigma here.
    Design paired = new Design(Analysis.PRE_POST_PAIRED, 1, 1, 0.5);
    assertEquals(0.832114, Power.power(paired, 50, 0.421637, ALPHA), 1e-6);
    assertEquals(49, paired.df(50), 1e-9);
  }

  @Test
  void gpowerOneSample() {
    // G*Power, means: difference from constant (one sample case), post hoc: d = 1/3, n = 25, alpha .05 two-tailed:
    // power 0.360 (as in Wuensch's G*Power t-test handout)
    Design one = new Design(Analysis.PRE_POST_PAIRED, 1, 1, 0.5);
    assertEquals(0.360, Power.power(one, 25, 1.0 / 3, ALPHA), 5e-4);
  }

  @Test
  void withoutNoncentralityItIsTheCentralT() {
    // an independent implementation: Commons Math's central t
    for (double df : new double[] {1, 2.5, 7, 30, 300}) {
      TDistribution t = new TDistribution(null, df);
      for (double x : new double[] {-4, -1.3, 0, 0.7, 2.1, 6}) {
        assertEquals(t.cumulativeProbability(x), NoncentralT.cdf(x, df, 0), 1e-10, "df " + df + ", t " + x);
      }
    }
  }

  @Test
  void withManyDegreesOfFreedomItIsTheShiftedNormal() {
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    for (double delta : new double[] {-3, 0.5, 2.8, 12}) {
      for (double x : new double[] {-1, 1.96, 4}) {
        assertEquals(z.cumulativeProbability(x - delta), NoncentralT.cdf(x, 1e7, delta), 1e-4,
            "delta " + delta + ", t " + x);
      }
    }
  }

  @Test
  void theSampleSizeAndTheSmallestDetectableEffectAgree() {
    Design d = twoGroups();
    int n = Power.needed(d, 0.5, ALPHA, 0.8);
    assertTrue(Power.detectable(d, n, ALPHA, 0.8) <= 0.5);
    assertTrue(Power.detectable(d, n - 1, ALPHA, 0.8) > 0.5);
  }
}
