package dev.wedge.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;

/**
 * Progress of a metric toward its target, and its pace: progress divided by the progress expected by today (the
 * straight line from baseline date to target date, as in OKRs). A pace under 0.75 is at risk.
 *
 * @param current  latest measured value (all cohorts), or NaN
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
   * A metric's progress from its baseline, target and latest measurement up to today; null when any is missing or
   * when the target contradicts the metric's direction ({@link #contradiction}).
   */
  public static Progress of(BusinessMetric m, LocalDate today) {
    if (m.getBaseline() == null || m.getTarget() == null || contradiction(m) != null) {
      return null;
    }
    Measurement latest = null;
    for (dev.wedge.model.Cohort preferred : new dev.wedge.model.Cohort[] {dev.wedge.model.Cohort.ALL, null}) {
      for (Measurement x : m.getMeasurements()) {
        if (x.getDate() != null && (today == null || !x.getDate().isAfter(today))
            && (preferred == null || x.getCohort() == preferred)
            && (latest == null || x.getDate().isAfter(latest.getDate()))) {
          latest = x;
        }
      }
      if (latest != null) {
        break;
      }
    }
    if (latest == null) {
      return null;
    }
    return of(m.getBaseline(), m.getTarget(), latest.getValue(), m.getBaselineDate(), m.getTargetDate(), today,
        latest.getDate());
  }
}
