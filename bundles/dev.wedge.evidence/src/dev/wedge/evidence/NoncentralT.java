package dev.wedge.evidence;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The noncentral t distribution's cumulative probability, which Commons Math does not have: the power of every t test
 * Wedge plans is read from it.
 *
 * <p>For t &ge; 0 the distribution function is a Poisson mixture of regularized incomplete beta functions
 * (Benton &amp; Krishnamoorthy 2003, after Lenth's AS 243, 1989):
 * F(t; &nu;, &delta;) = &Phi;(&minus;&delta;) + &frac12; &Sigma;<sub>j&ge;0</sub> [P<sub>j</sub>
 * I<sub>x</sub>(j + &frac12;, &nu;/2) + &delta;/&radic;2 Q<sub>j</sub> I<sub>x</sub>(j + 1, &nu;/2)], with x = t&sup2;/(t&sup2; + &nu;),
 * P<sub>j</sub> = e<sup>&minus;&delta;&sup2;/2</sup> (&delta;&sup2;/2)<sup>j</sup>/j! and Q<sub>j</sub> =
 * e<sup>&minus;&delta;&sup2;/2</sup> (&delta;&sup2;/2)<sup>j</sup>/&Gamma;(j + 3/2); for t &lt; 0, F(t; &nu;, &delta;) = 1 &minus;
 * F(&minus;t; &nu;, &minus;&delta;). The sum starts at the Poisson mode and runs both ways until the remaining weight is
 * negligible, so large noncentralities lose nothing to underflow. The incomplete beta and log-gamma functions are
 * Commons Math's.
 */
public final class NoncentralT {

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
  private static final double EPS = 1e-15;
  private static final int MAX_TERMS = 100_000;

  private NoncentralT() {
  }

  /** P(T &le; t) for T noncentral t with {@code df} degrees of freedom and noncentrality {@code delta}. */
  public static double cdf(double t, double df, double delta) {
    if (!(df > 0) || Double.isNaN(t) || Double.isNaN(delta) || Double.isInfinite(delta)) {
      throw new IllegalArgumentException("the noncentral t needs positive degrees of freedom and finite arguments"
          + " (t " + t + ", df " + df + ", noncentrality " + delta + ")");
    }
    if (t == Double.POSITIVE_INFINITY) {
      return 1;
    }
    if (t == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    if (t < 0) {
      return clamp(1 - upperSum(-t, df, -delta));
    }
    return clamp(upperSum(t, df, delta));
  }

  /** F(t) for t &ge; 0. */
  private static double upperSum(double t, double df, double delta) {
    double base = NORMAL.cumulativeProbability(-delta);
    if (t == 0) {
      return base;
    }
    double x = t * t / (t * t + df);
    double lambda = delta * delta / 2;
    double halfDf = df / 2;
    double sum = 0;
    if (lambda == 0) {
      return base + 0.5 * Beta.regularizedBeta(x, 0.5, halfDf);
    }
    double logLambda = Math.log(lambda);
    int mode = (int) Math.floor(lambda);
    double scale = delta / Math.sqrt(2);
    // forward from the mode
    for (int j = mode; j < mode + MAX_TERMS; j++) {
      double p = Math.exp(-lambda + j * logLambda - Gamma.logGamma(j + 1.0));
      double q = Math.exp(-lambda + j * logLambda - Gamma.logGamma(j + 1.5));
      double term = p * Beta.regularizedBeta(x, j + 0.5, halfDf) + scale * q * Beta.regularizedBeta(x, j + 1.0, halfDf);
      sum += term;
      if (j > mode + 5 && p < EPS && Math.abs(scale) * q < EPS) {
        break;
      }
    }
    // backward from the mode
    for (int j = mode - 1; j >= 0; j--) {
      double p = Math.exp(-lambda + j * logLambda - Gamma.logGamma(j + 1.0));
      double q = Math.exp(-lambda + j * logLambda - Gamma.logGamma(j + 1.5));
      double term = p * Beta.regularizedBeta(x, j + 0.5, halfDf) + scale * q * Beta.regularizedBeta(x, j + 1.0, halfDf);
      sum += term;
      if (p < EPS && Math.abs(scale) * q < EPS) {
        break;
      }
    }
    return base + 0.5 * sum;
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
