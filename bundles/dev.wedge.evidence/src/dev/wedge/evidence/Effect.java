package dev.wedge.evidence;

/**
 * An estimated effect of a pilot on its metric, in the metric's unit, with a confidence interval.
 *
 * @param change      the estimated change the pilot caused (negative = the metric went down)
 * @param lower       lower end of the confidence interval of {@code change}
 * @param upper       upper end
 * @param level       confidence level of the interval (0.95)
 * @param better      +1 when higher is better for the metric, -1 when lower is better
 * @param isolation   how the effect was isolated
 * @param nPilot      measurements of the pilot cohort used
 * @param nComparison measurements of the comparison cohort (or of the period before) used
 * @param pValue      two-sided p-value against "no effect" (NaN when not computed)
 */
public record Effect(double change, double lower, double upper, double level, int better, Isolation isolation,
    int nPilot, int nComparison, double pValue) {

  /** {@link #change} signed so that positive is better. */
  public double improvement() {
    return better * change;
  }

  public double improvementLower() {
    return better > 0 ? lower : -upper;
  }

  public double improvementUpper() {
    return better > 0 ? upper : -lower;
  }

  /** Whether the interval excludes "no effect". */
  public boolean significant() {
    return lower > 0 || upper < 0;
  }
}
