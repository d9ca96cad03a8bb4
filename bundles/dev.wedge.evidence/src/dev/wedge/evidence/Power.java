package dev.wedge.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The power of the t test Wedge will actually run, from the noncentral t ({@link NoncentralT}): the probability that
 * a two-sided test at level alpha rejects "no effect" when the true effect is {@code effect}, given the analysis's
 * standard error and degrees of freedom. The sample size needed and the smallest detectable effect are both read from
 * this one function, so they never contradict each other: the power at the n needed is at least the target, one fewer
 * is below it, and the smallest detectable effect at n is at most the target effect exactly when n is enough.
 */
public final class Power {

  /** The largest group size searched; beyond it a pilot "cannot" detect the effect. */
  public static final int MAX_N = 10_000_000;

  /** How the effect will be estimated, and so how its standard error and degrees of freedom grow with n. */
  public enum Analysis {
    WELCH_TWO_GROUPS("Welch's t test of the pilot and comparison groups"),
    PRE_POST_UNPAIRED("Welch's t test of before against after (not paired: the measurements carry no subject key)"),
    PRE_POST_PAIRED("a paired t test of each person's change"),
    DID_FOUR_CELLS("difference in differences of four means (four-cell variance)"),
    DID_PAIRED("difference in differences of each person's change");

    private final String description;

    Analysis(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }

    public boolean paired() {
      return this == PRE_POST_PAIRED || this == DID_PAIRED;
    }

    public boolean twoGroups() {
      return this == WELCH_TWO_GROUPS || this == DID_FOUR_CELLS || this == DID_PAIRED;
    }
  }

  /** Standard error and degrees of freedom of the estimate as functions of n (the pilot group's size). */
  public interface Plan {
    double se(int n);

    double df(int n);

    /** The comparison group's size for a pilot group of n (0 for one-group analyses). */
    int comparison(int n);

    /** The smallest n the analysis runs with. */
    default int minimum() {
      return 2;
    }
  }

  /**
   * A planned analysis with the metric's spread {@code sigma} between people, comparison group {@code ratio} times the
   * pilot group, and (paired analyses) a before/after correlation {@code rho}, so that each person's change varies by
   * sigma &radic;(2(1 &minus; rho)).
   */
  public record Design(Analysis analysis, double sigma, double ratio, double rho) implements Plan {

    public Design {
      if (!(sigma > 0) || Double.isInfinite(sigma)) {
        throw new IllegalArgumentException("the standard deviation must be a positive number, not " + sigma);
      }
      if (analysis.twoGroups() && !(ratio > 0) || Double.isInfinite(ratio)) {
        throw new IllegalArgumentException("the comparison group's size must be positive");
      }
      if (!(rho > -1 && rho < 1)) {
        throw new IllegalArgumentException("the before/after correlation must be between -1 and 1, not " + rho);
      }
    }

    @Override
    public int comparison(int n) {
      return analysis.twoGroups() ? (int) Math.max(2, Math.round(ratio * n)) : 0;
    }

    private double changeSigma() {
      return sigma * Math.sqrt(2 * (1 - rho));
    }

    @Override
    public double se(int n) {
      int m = comparison(n);
      return switch (analysis) {
        case WELCH_TWO_GROUPS -> sigma * Math.sqrt(1.0 / n + 1.0 / m);
        case PRE_POST_UNPAIRED -> sigma * Math.sqrt(2.0 / n);
        case PRE_POST_PAIRED -> changeSigma() / Math.sqrt(n);
        case DID_FOUR_CELLS -> sigma * Math.sqrt(2.0 / n + 2.0 / m);
        case DID_PAIRED -> changeSigma() * Math.sqrt(1.0 / n + 1.0 / m);
      };
    }

    @Override
    public double df(int n) {
      int m = comparison(n);
      return switch (analysis) {
        case WELCH_TWO_GROUPS, DID_PAIRED -> welch(new int[] {n, m});
        case PRE_POST_UNPAIRED -> welch(new int[] {n, n});
        case PRE_POST_PAIRED -> n - 1;
        case DID_FOUR_CELLS -> welch(new int[] {n, n, m, m});
      };
    }
  }

  /**
   * An analysis already run, with standard error {@code se} and {@code df} degrees of freedom from {@code n} per group:
   * what more of the same data would give (the standard error shrinks with &radic;n, the degrees of freedom grow
   * with n).
   */
  public record Observed(double se0, double df0, int n0, boolean twoGroups) implements Plan {
    @Override
    public double se(int n) {
      return se0 * Math.sqrt((double) n0 / n);
    }

    @Override
    public double df(int n) {
      return Math.max(1, df0 * n / n0);
    }

    @Override
    public int comparison(int n) {
      return twoGroups ? n : 0;
    }
  }

  /**
   * An analysis already run on groups of their actual, possibly unequal, sizes {@code n} (each with its spread
   * {@code sd}): what {@code k} more measurements in each group that can still grow ({@code grows}; a period before
   * the start cannot) would give. The plan's n is k, from 1. The standard error shrinks as each group's share of the
   * variance, sd&sup2; / n, does; the degrees of freedom follow Welch-Satterthwaite over the groups, scaled to those
   * observed. Without usable spreads every group weighs alike.
   */
  public record Grown(double se0, double df0, int[] n, double[] sd, boolean[] grows) implements Plan {

    public Grown {
      if (n.length == 0 || n.length != sd.length || n.length != grows.length) {
        throw new IllegalArgumentException("one size, spread and 'grows' per group");
      }
    }

    private double weight(int i) {
      for (double x : sd) {
        if (!(x > 0) || Double.isInfinite(x)) {
          return 1;
        }
      }
      return sd[i] * sd[i];
    }

    private int size(int i, int k) {
      return n[i] + (grows[i] ? k : 0);
    }

    private double variance(int k) {
      double v = 0;
      for (int i = 0; i < n.length; i++) {
        v += weight(i) / size(i, k);
      }
      return v;
    }

    private double satterthwaite(int k) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < n.length; i++) {
        int m = size(i, k);
        double v = weight(i) / m;
        num += v;
        den += m > 1 ? v * v / (m - 1) : 0;
      }
      return den == 0 ? Double.NaN : num * num / den;
    }

    @Override
    public double se(int k) {
      return se0 * Math.sqrt(variance(k) / variance(0));
    }

    @Override
    public double df(int k) {
      double ratio = satterthwaite(k) / satterthwaite(0);
      return Math.max(1, Double.isNaN(ratio) ? df0 : df0 * ratio);
    }

    @Override
    public int comparison(int k) {
      return 0;
    }

    @Override
    public int minimum() {
      return 1;
    }
  }

  private Power() {
  }

  /** Welch-Satterthwaite degrees of freedom of a sum of group means with one common spread. */
  static double welch(int[] n) {
    double num = 0;
    double den = 0;
    for (int k : n) {
      num += 1.0 / k;
      den += 1.0 / ((double) k * k * (k - 1));
    }
    return num * num / den;
  }

  /** The power of a two-sided t test at level {@code alpha}: standard error {@code se}, {@code df} degrees of freedom. */
  public static double power(double se, double df, double effect, double alpha) {
    check(alpha, 0.5);
    if (!(se > 0) || !(df > 0) || Double.isNaN(effect) || Double.isInfinite(effect) || Double.isInfinite(se)) {
      throw new IllegalArgumentException("power needs a positive standard error and degrees of freedom and a finite"
          + " effect (se " + se + ", df " + df + ", effect " + effect + ")");
    }
    return powerAt(se, df, effect, criticalT(df, alpha));
  }

  /** The two-sided critical value of the t distribution with {@code df} degrees of freedom at level {@code alpha}. */
  private static double criticalT(double df, double alpha) {
    return new TDistribution(null, df).inverseCumulativeProbability(1 - alpha / 2);
  }

  /** {@link #power(double, double, double, double)} with the critical value {@code tc} worked out once. */
  private static double powerAt(double se, double df, double effect, double tc) {
    double ncp = Math.abs(effect) / se;
    if (ncp > 1e6) {
      return 1;
    }
    return Math.min(1, 1 - NoncentralT.cdf(tc, df, ncp) + NoncentralT.cdf(-tc, df, ncp));
  }

  public static double power(Plan plan, int n, double effect, double alpha) {
    return power(plan.se(n), plan.df(n), effect, alpha);
  }

  /**
   * The smallest n (pilot group; the comparison group follows the plan's ratio) at which the power reaches
   * {@code target}, or {@link Integer#MAX_VALUE} when not even {@link #MAX_N} is enough.
   */
  public static int needed(Plan plan, double effect, double alpha, double target) {
    check(alpha, target);
    if (effect == 0 || Double.isNaN(effect) || Double.isInfinite(effect)) {
      throw new IllegalArgumentException("the effect to detect must be a non-zero number, not " + effect);
    }
    int lo = plan.minimum();
    if (power(plan, lo, effect, alpha) >= target) {
      return lo;
    }
    int hi = lo;
    while (power(plan, hi, effect, alpha) < target) {
      if (hi >= MAX_N) {
        return Integer.MAX_VALUE;
      }
      lo = hi;
      hi = (int) Math.min(MAX_N, 2L * hi);
    }
    // power(lo) < target <= power(hi)
    while (hi - lo > 1) {
      int mid = (int) (((long) lo + hi) >>> 1);
      if (power(plan, mid, effect, alpha) >= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * The smallest effect a test with standard error {@code se} and {@code df} degrees of freedom detects with
   * {@code target} power. The power depends on the effect only through effect / se, so this is {@code se} times the
   * detectable effect at a standard error of 1, which is worked out once per degrees of freedom, alpha and power and
   * remembered (every pilot's evidence asks it again after each edit of the model).
   */
  public static double detectable(double se, double df, double alpha, double target) {
    check(alpha, target);
    if (!(se > 0) || Double.isInfinite(se)) {
      return detectableSearch(se, df, alpha, target); // says what is wrong with se, as power does
    }
    List<Double> key = List.of(df, alpha, target);
    Double unit;
    synchronized (DETECTABLE_AT_UNIT_SE) {
      unit = DETECTABLE_AT_UNIT_SE.get(key);
    }
    if (unit == null) {
      unit = detectableSearch(1, df, alpha, target);
      synchronized (DETECTABLE_AT_UNIT_SE) {
        DETECTABLE_AT_UNIT_SE.put(key, unit);
      }
    }
    return se * unit;
  }

  /** The detectable effect at a standard error of 1, by degrees of freedom, alpha and power (the last 4,096 asked). */
  private static final Map<List<Double>, Double> DETECTABLE_AT_UNIT_SE = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<List<Double>, Double> eldest) {
      return size() > 4096;
    }
  };

  /**
   * The smallest effect whose power reaches {@code target}: bracketed by doubling from {@code se}, then found by
   * Commons Math's bracketing Brent solver to 13 significant digits, on the side where the power is at least the
   * target (as bisection to the upper end did; Brent takes about 10 evaluations where bisection took 45). The
   * critical value is worked out once for the search, not at every step.
   */
  private static double detectableSearch(double se, double df, double alpha, double target) {
    power(se, df, se, alpha); // says what is wrong with se or df, as power does
    double tc = criticalT(df, alpha);
    double lo = 0;
    double hi = se;
    while (powerAt(se, df, hi, tc) < target) {
      lo = hi;
      hi *= 2;
      if (hi > se * 1e7) {
        return Double.POSITIVE_INFINITY;
      }
    }
    if (lo == 0 && powerAt(se, df, 0, tc) >= target) {
      return 0; // the power is reached at any effect (a target power no higher than alpha)
    }
    BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-13, hi * 1e-15, 1e-15, 5);
    return solver.solve(200, d -> powerAt(se, df, d, tc) - target, lo, hi, AllowedSolution.ABOVE_SIDE);
  }

  public static double detectable(Plan plan, int n, double alpha, double target) {
    return detectable(plan.se(n), plan.df(n), alpha, target);
  }

  private static void check(double alpha, double power) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
    }
    if (!(power > 0 && power < 1)) {
      throw new IllegalArgumentException("power must be between 0 and 1, not " + power);
    }
  }
}
