package dev.wedge.evidence;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How many participants a pilot needs to detect the effect it is after, and the smallest effect it can detect.
 *
 * <p>Two groups, difference in means: n per group = 2 (z<sub>1-alpha/2</sub> + z<sub>1-beta</sub>)&sup2;
 * sigma&sup2; / delta&sup2;. At alpha = 0.05 two-sided, power 0.8 and delta/sigma = 0.5 that is 62.8, so 63 per group;
 * with the t test's small-sample correction (+ z<sub>1-alpha/2</sub>&sup2;/4, Guenther 1981) about 64.
 */
public final class SampleSize {

  public static final double DEFAULT_ALPHA = 0.05;
  public static final double DEFAULT_POWER = 0.8;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private SampleSize() {
  }

  /** z<sub>1-alpha/2</sub> + z<sub>power</sub>. */
  static double zSum(double alpha, double power) {
    check(alpha, power);
    return NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(power);
  }

  /** Unrounded n per group (normal approximation). */
  public static double perGroupExact(double sigma, double delta, double alpha, double power) {
    checkEffect(sigma, delta);
    double z = zSum(alpha, power);
    return 2 * z * z * sigma * sigma / (delta * delta);
  }

  /** n per group, rounded up (normal approximation): 63 for delta/sigma = 0.5 at the defaults. */
  public static int perGroup(double sigma, double delta, double alpha, double power) {
    return (int) Math.ceil(perGroupExact(sigma, delta, alpha, power) - 1e-9);
  }

  /** n per group for a t test: the normal approximation plus z<sub>1-alpha/2</sub>&sup2;/4, rounded up (64 above). */
  public static int perGroupTTest(double sigma, double delta, double alpha, double power) {
    double za = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
    return (int) Math.ceil(perGroupExact(sigma, delta, alpha, power) + za * za / 4 - 1e-9);
  }

  /**
   * n for a single group measured before and after (paired), assuming the before/after correlation is 0.5 so the
   * spread of the differences equals sigma: n = (z<sub>1-alpha/2</sub> + z<sub>power</sub>)&sup2; sigma&sup2; / delta&sup2;.
   */
  public static int paired(double sigma, double delta, double alpha, double power) {
    checkEffect(sigma, delta);
    double z = zSum(alpha, power);
    return (int) Math.ceil(z * z * sigma * sigma / (delta * delta) - 1e-9);
  }

  /** The smallest difference in means two groups of {@code nPerGroup} can detect. */
  public static double minimumDetectableEffect(double sigma, int nPerGroup, double alpha, double power) {
    if (nPerGroup < 2) {
      throw new IllegalArgumentException("a group needs at least 2 participants, not " + nPerGroup);
    }
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("the standard deviation must be positive, not " + sigma);
    }
    return zSum(alpha, power) * sigma * Math.sqrt(2.0 / nPerGroup);
  }

  private static void check(double alpha, double power) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
    }
    if (!(power > 0 && power < 1)) {
      throw new IllegalArgumentException("power must be between 0 and 1, not " + power);
    }
  }

  private static void checkEffect(double sigma, double delta) {
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("the standard deviation must be positive, not " + sigma);
    }
    if (delta == 0 || Double.isNaN(delta) || Double.isInfinite(delta)) {
      throw new IllegalArgumentException("the effect to detect must be a non-zero number, not " + delta);
    }
  }
}
