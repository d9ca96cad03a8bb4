package dev.wedge.evidence;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/** The statistics behind the effects, on Commons Math. */
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

  /** Difference of means b - a with a Welch t confidence interval and p-value. */
  public record Difference(double estimate, double lower, double upper, double pValue, double df) {
  }

  /** Welch's unequal-variance comparison of two samples: mean(b) - mean(a). */
  public static Difference welch(double[] a, double[] b, double level) {
    if (a.length < 2 || b.length < 2) {
      throw new IllegalArgumentException("each group needs at least 2 values (have " + a.length + " and " + b.length + ")");
    }
    SummaryStatistics sa = stats(a);
    SummaryStatistics sb = stats(b);
    WelchTTest t = new WelchTTest();
    double diff = sb.getMean() - sa.getMean();
    double se = Math.sqrt(sa.getVariance() / sa.getN() + sb.getVariance() / sb.getN());
    if (se == 0) {
      return new Difference(diff, diff, diff, diff == 0 ? 1 : 0, Double.POSITIVE_INFINITY);
    }
    double df = t.welchDf(sa, sb);
    double q = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    double p = t.tTest(sa, sb);
    return new Difference(diff, diff - q * se, diff + q * se, p, df);
  }

  /**
   * Difference in differences from four samples: (mean(pAfter) - mean(pBefore)) - (mean(cAfter) - mean(cBefore)),
   * with a confidence interval from the four groups' standard errors (Welch-Satterthwaite degrees of freedom).
   */
  public static Difference differenceInDifferences(double[] pBefore, double[] pAfter, double[] cBefore,
      double[] cAfter, double level) {
    SummaryStatistics[] s = {stats(pBefore), stats(pAfter), stats(cBefore), stats(cAfter)};
    for (SummaryStatistics x : s) {
      if (x.getN() < 2) {
        throw new IllegalArgumentException("each period and group needs at least 2 values");
      }
    }
    double est = (s[1].getMean() - s[0].getMean()) - (s[3].getMean() - s[2].getMean());
    double var = 0;
    double dfDenominator = 0;
    for (SummaryStatistics x : s) {
      double v = x.getVariance() / x.getN();
      var += v;
      dfDenominator += v * v / (x.getN() - 1);
    }
    double se = Math.sqrt(var);
    if (se == 0) {
      return new Difference(est, est, est, est == 0 ? 1 : 0, Double.POSITIVE_INFINITY);
    }
    double df = var * var / dfDenominator;
    TDistribution dist = new TDistribution(null, df);
    double q = dist.inverseCumulativeProbability(1 - (1 - level) / 2);
    double p = 2 * (1 - dist.cumulativeProbability(Math.abs(est / se)));
    return new Difference(est, est - q * se, est + q * se, p, df);
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
    double df = xBefore.length - 2;
    if (se == 0 || Double.isNaN(se)) {
      return new Difference(est, est, est, est == 0 ? 1 : 0, df);
    }
    TDistribution dist = new TDistribution(null, df);
    double q = dist.inverseCumulativeProbability(1 - (1 - level) / 2);
    double p = 2 * (1 - dist.cumulativeProbability(Math.abs(est / se)));
    return new Difference(est, est - q * se, est + q * se, p, df);
  }

  static SummaryStatistics stats(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    return s;
  }
}
