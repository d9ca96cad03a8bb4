package dev.wedge.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;

/**
 * Progress of a metric toward its target, and its pace: progress divided by the progress expected by today (the
 * straight line from baseline date to target date, as in OKRs). A pace under 0.75 is at risk.
 *
 * @param current  latest value: the mean of the measurements on the latest date ({@link #latest}), or NaN
 * @param progress share of the way from baseline to target, 0 = at baseline, 1 = target reached (may exceed 1 or be negative)
 * @param expected share expected by today, or NaN without dates
 * @param pace     progress / expected, or NaN
 */
public record Progress(double current, LocalDate asOf, double progress, double expected, double pace) {

  public static final double AT_RISK = 0.75;

  public boolean atRisk() {
    return !Double.isNaN(pace) && pace < AT_RISK;
  }

  /** Progress from figures (tests, reports). */
  public static Progress of(double baseline, double target, double current, LocalDate baselineDate,
      LocalDate targetDate, LocalDate today, LocalDate asOf) {
    double progress = target == baseline ? Double.NaN : (current - baseline) / (target - baseline);
    double expected = Double.NaN;
    if (baselineDate != null && targetDate != null && targetDate.isAfter(baselineDate)) {
      long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
      long done = ChronoUnit.DAYS.between(baselineDate, today);
      expected = Math.max(0, Math.min(1, (double) done / total));
    }
    double pace = Double.isNaN(expected) || expected == 0 || Double.isNaN(progress) ? Double.NaN : progress / expected;
    return new Progress(current, asOf, progress, expected, pace);
  }

  /**
   * Why a metric's target cannot be read against its direction ("is to decrease, but its target is above its
   * baseline"), or null: such a metric has no pace rather than a misleading "on pace".
   */
  public static String contradiction(BusinessMetric m) {
    if (m.getBaseline() == null || m.getTarget() == null || m.getDirection() == null) {
      return null;
    }
    boolean decrease = m.getDirection() == dev.wedge.model.Direction.DECREASE;
    if (decrease ? m.getTarget() > m.getBaseline() : m.getTarget() < m.getBaseline()) {
      return "'" + m.getName() + "' is to " + (decrease ? "decrease" : "increase") + ", but its target ("
          + PilotEvidence.fmt(m.getTarget()) + ") is " + (decrease ? "above" : "below") + " its baseline ("
          + PilotEvidence.fmt(m.getBaseline()) + "): no pace until the direction or the target is corrected";
    }
    return null;
  }

  /**
   * The latest value of a metric up to {@code today}: the mean of the measurements on the latest date, of the whole
   * population (cohort "all") when it is measured, else of every cohort measured on that date. Several measurements
   * on one date (people measured one by one, with subject keys) are a cohort's value only together: one person's value
   * is never "the latest".
   *
   * @param date  the latest date measured
   * @param value the mean of the measurements on it
   * @param n     how many measurements it is the mean of
   */
  public record Latest(LocalDate date, double value, int n) {
  }

  /** The latest value of {@code m} up to {@code today} (null: no limit), or null when it was never measured. */
  public static Latest latest(BusinessMetric m, LocalDate today) {
    for (dev.wedge.model.Cohort preferred : new dev.wedge.model.Cohort[] {dev.wedge.model.Cohort.ALL, null}) {
      LocalDate last = null;
      for (Measurement x : m.getMeasurements()) {
        if (counts(x, today, preferred) && (last == null || x.getDate().isAfter(last))) {
          last = x.getDate();
        }
      }
      if (last == null) {
        continue;
      }
      double sum = 0;
      int n = 0;
      for (Measurement x : m.getMeasurements()) {
        if (counts(x, today, preferred) && x.getDate().equals(last)) {
          sum += x.getValue();
          n++;
        }
      }
      return new Latest(last, sum / n, n);
    }
    return null;
  }

  private static boolean counts(Measurement x, LocalDate today, dev.wedge.model.Cohort cohort) {
    return x.getDate() != null && (today == null || !x.getDate().isAfter(today)) && Double.isFinite(x.getValue())
        && (cohort == null || x.getCohort() == cohort);
  }

  /**
   * A metric's progress from its baseline, target and latest value ({@link #latest}) up to today; null when any is
   * missing or when the target contradicts the metric's direction ({@link #contradiction}).
   */
  public static Progress of(BusinessMetric m, LocalDate today) {
    if (m.getBaseline() == null || m.getTarget() == null || contradiction(m) != null) {
      return null;
    }
    Latest latest = latest(m, today);
    if (latest == null) {
      return null;
    }
    return of(m.getBaseline(), m.getTarget(), latest.value(), m.getBaselineDate(), m.getTargetDate(), today,
        latest.date());
  }
}
