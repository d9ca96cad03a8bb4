package dev.wedge.evidence;

import java.util.List;

/**
 * An estimated effect of a pilot on its metric, in the metric's unit, with a confidence interval.
 *
 * @param change      the estimated change the pilot caused (negative = the metric went down)
 * @param lower       lower end of the confidence interval of {@code change} (NaN: no interval, the values do not vary)
 * @param upper       upper end
 * @param level       confidence level of the interval (0.95)
 * @param better      +1 when higher is better for the metric, -1 when lower is better
 * @param isolation   how the effect was isolated
 * @param nPilot      measurements of the pilot cohort used
 * @param nComparison measurements of the comparison cohort (or of the period before) used
 * @param pValue      two-sided p-value against "no effect" (NaN when not computed)
 * @param se          standard error of {@code change}
 * @param df          degrees of freedom of its interval
 * @param paired      whether measurements were paired by person (subject key)
 * @param groups      the groups (cells) the estimate used, each with its n
 * @param analysis    the test that was run, in words
 */
public record Effect(double change, double lower, double upper, double level, int better, Isolation isolation,
    int nPilot, int nComparison, double pValue, double se, double df, boolean paired, List<Group> groups,
    String analysis) {

  /** One group (cohort and period) an estimate used: its n, mean and spread. */
  public record Group(String name, int n, double mean, double sd) {
  }

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

  /** Whether there is an interval at all (the values varied). */
  public boolean hasInterval() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /** Whether the interval excludes "no effect". */
  public boolean significant() {
    return hasInterval() && (lower > 0 || upper < 0);
  }

  /** The smallest n of the groups used. */
  public int smallestGroup() {
    return groups.stream().mapToInt(Group::n).min().orElse(0);
  }

  /** "pilot before 40, pilot after 64, comparison before 40, comparison after 64". */
  public static String describe(List<Group> groups) {
    return String.join(", ", groups.stream().map(g -> g.name() + " " + g.n()).toList());
  }
}
