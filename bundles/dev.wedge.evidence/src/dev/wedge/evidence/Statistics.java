package dev.wedge.evidence;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics behind the effects, on Commons Math. Every estimate comes with its standard error and degrees of
 * freedom; an estimate whose values do not vary at all (zero spread) has no interval (NaN bounds), never a
 * zero-width one.
 */
public final class Statistics {

  public static final double LEVEL = 0.95;

  private Statistics() {
  }

  /** Welch's degrees of freedom, which Commons Math computes but keeps protected. */
  private static final class WelchTTest extends TTest {
    double welchDf(SummaryStatistics a, SummaryStatistics b) {
      return df(a.getVariance(), b.getVariance(), a.getN(), b.getN());
    }
  }

  /**
   * An estimate with its confidence interval, two-sided p-value against zero, degrees of freedom and standard error.
   * Without spread, {@code lower}, {@code upper}, {@code pValue} and {@code df} are NaN and {@code se} is 0.
   */
  public record Difference(double estimate, double lower, double upper, double pValue, double df, double se) {

    /** Whether the values varied at all (an interval exists). */
    public boolean hasInterval() {
      return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
  }

  private static Difference noSpread(double estimate) {
    return new Difference(estimate, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
  }

  private static Difference interval(double estimate, double se, double df, double level) {
    if (!(se > 0) || Double.isInfinite(se) || Double.isNaN(df)) {
      return noSpread(estimate);
    }
    TDistribution dist = new TDistribution(null, df);
    double q = dist.inverseCumulativeProbability(1 - (1 - level) / 2);
    double p = 2 * dist.cumulativeProbability(-Math.abs(estimate / se));
    return new Difference(estimate, estimate - q * se, estimate + q * se, p, df, se);
  }

  /** The mean of one sample with its t interval (n - 1 degrees of freedom): a level, or each person's change. */
  public static Difference mean(double[] values, double level) {
    if (values.length < 2) {
      throw new IllegalArgumentException("a mean with an interval needs at least 2 values (have " + values.length + ")");
    }
    SummaryStatistics s = stats(values);
    return interval(s.getMean(), Math.sqrt(s.getVariance() / s.getN()), s.getN() - 1, level);
  }

  /** Welch's unequal-variance comparison of two samples: mean(b) - mean(a). */
  public static Difference welch(double[] a, double[] b, double level) {
    if (a.length < 2 || b.length < 2) {
      throw new IllegalArgumentException("each group needs at least 2 values (have " + a.length + " and " + b.length + ")");
    }
    SummaryStatistics sa = stats(a);
    SummaryStatistics sb = stats(b);
    double diff = sb.getMean() - sa.getMean();
    double se = Math.sqrt(sa.getVariance() / sa.getN() + sb.getVariance() / sb.getN());
    if (!(se > 0)) {
      return noSpread(diff);
    }
    return interval(diff, se, new WelchTTest().welchDf(sa, sb), level);
  }

  /**
   * Difference in differences from four samples: (mean(pAfter) - mean(pBefore)) - (mean(cAfter) - mean(cBefore)),
   * the interaction coefficient of the OLS regression y = b0 + b1 after + b2 pilot + d after x pilot. Two standard
   * errors exist for it: the conventional OLS one (one pooled variance, N - 4 degrees of freedom) and the robust one
   * from the four cells' own variances (HC2 of the saturated model, Welch-Satterthwaite degrees of freedom). The
   * interval uses the larger, as Angrist &amp; Pischke (2009, section 8.1) advise for small samples.
   */
  public static Difference differenceInDifferences(double[] pBefore, double[] pAfter, double[] cBefore,
      double[] cAfter, double level) {
    DidStandardErrors d = didStandardErrors(pBefore, pAfter, cBefore, cAfter);
    boolean robust = d.robustSe() >= d.conventionalSe();
    return interval(d.estimate(), robust ? d.robustSe() : d.conventionalSe(),
        robust ? d.robustDf() : d.conventionalDf(), level);
  }

  /** Both standard errors of a difference in differences (see {@link #differenceInDifferences}). */
  public record DidStandardErrors(double estimate, double conventionalSe, double conventionalDf, double robustSe,
      double robustDf) {
  }

  public static DidStandardErrors didStandardErrors(double[] pBefore, double[] pAfter, double[] cBefore,
      double[] cAfter) {
    SummaryStatistics[] s = {stats(pBefore), stats(pAfter), stats(cBefore), stats(cAfter)};
    long total = 0;
    for (SummaryStatistics x : s) {
      if (x.getN() < 2) {
        throw new IllegalArgumentException("each period and group needs at least 2 values");
      }
      total += x.getN();
    }
    double est = (s[1].getMean() - s[0].getMean()) - (s[3].getMean() - s[2].getMean());
    double var = 0;
    double dfDenominator = 0;
    double pooledSs = 0;
    double inverseN = 0;
    for (SummaryStatistics x : s) {
      double v = x.getVariance() / x.getN();
      var += v;
      dfDenominator += v * v / (x.getN() - 1);
      pooledSs += x.getVariance() * (x.getN() - 1);
      inverseN += 1.0 / x.getN();
    }
    double conventional = Math.sqrt(pooledSs / (total - 4) * inverseN);
    return new DidStandardErrors(est, conventional, total - 4, Math.sqrt(var),
        var > 0 ? var * var / dfDenominator : Double.NaN);
  }

  /** The textbook difference in differences of four means: (90-80) - (65-60) = 5. */
  public static double differenceInDifferences(double pilotBefore, double pilotAfter, double comparisonBefore,
      double comparisonAfter) {
    return (pilotAfter - pilotBefore) - (comparisonAfter - comparisonBefore);
  }

  /**
   * Pre/post against the trend before: fits a line to the period before (x = days, y = values), projects it over the
   * period after, and estimates the effect as the mean distance of the values after from the projection, with a
   * confidence interval from the fit's residual variance (n before - 2 degrees of freedom).
   */
  public static Difference trendLine(double[] xBefore, double[] yBefore, double[] xAfter, double[] yAfter,
      double level) {
    if (xBefore.length < 3 || xAfter.length < 1) {
      throw new IllegalArgumentException("a trend needs at least 3 values before and 1 after (have "
          + xBefore.length + " and " + xAfter.length + ")");
    }
    org.apache.commons.math3.stat.regression.SimpleRegression r =
        new org.apache.commons.math3.stat.regression.SimpleRegression();
    for (int i = 0; i < xBefore.length; i++) {
      r.addData(xBefore[i], yBefore[i]);
    }
    double sum = 0;
    double xa = 0;
    for (int i = 0; i < xAfter.length; i++) {
      sum += yAfter[i] - r.predict(xAfter[i]);
      xa += xAfter[i];
    }
    int na = xAfter.length;
    double est = sum / na;
    xa /= na;
    double xb = stats(xBefore).getMean();
    double sxx = r.getXSumSquares();
    double mse = r.getMeanSquareError();
    double se = Math.sqrt(mse * (1.0 / na + 1.0 / xBefore.length + (sxx == 0 ? 0 : (xa - xb) * (xa - xb) / sxx)));
    return interval(est, se, xBefore.length - 2, level);
  }

  static SummaryStatistics stats(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    return s;
  }

  /** Sample standard deviation (n - 1), NaN under 2 values. */
  public static double sd(double[] values) {
    return values.length < 2 ? Double.NaN : Math.sqrt(stats(values).getVariance());
  }

  public static double average(double[] values) {
    return values.length == 0 ? Double.NaN : stats(values).getMean();
  }

  /**
   * Hedges' g between two groups: the difference of means over the pooled standard deviation, times the small-sample
   * correction 1 - 3 / (4N - 9) (What Works Clearinghouse Procedures and Standards Handbook, version 5.0, appendix E);
   * NaN without spread or with fewer than 2 values in a group.
   */
  public static double hedgesG(double[] a, double[] b) {
    if (a.length < 2 || b.length < 2) {
      return Double.NaN;
    }
    SummaryStatistics sa = stats(a);
    SummaryStatistics sb = stats(b);
    double pooled = Math.sqrt(((sa.getN() - 1) * sa.getVariance() + (sb.getN() - 1) * sb.getVariance())
        / (sa.getN() + sb.getN() - 2));
    if (!(pooled > 0)) {
      return Double.NaN;
    }
    double n = sa.getN() + sb.getN();
    return (sb.getMean() - sa.getMean()) / pooled * (1 - 3 / (4 * n - 9));
  }
}
