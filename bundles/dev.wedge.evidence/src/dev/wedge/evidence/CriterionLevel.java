package dev.wedge.evidence;

import java.time.LocalDate;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Comparator;
import dev.wedge.model.Direction;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;

/**
 * The level of a metric a pilot's success criterion on it asks for, as a line on the metric's chart: the threshold
 * itself ("at least", "at most"), the baseline moved by it ("improves by", "improves by percent", in the metric's
 * better direction), or the comparison group's mean from the pilot's midpoint on moved by it ("beats the comparison
 * by"). None when the criterion cannot be drawn (no baseline, no comparison measured yet).
 */
public final class CriterionLevel {

  private CriterionLevel() {
  }

  /** The level the first criterion of {@code pilot} on {@code metric} asks for, or null. */
  public static Double of(Pilot pilot, BusinessMetric metric) {
    for (SuccessCriterion c : pilot.getCriteria()) {
      BusinessMetric m = c.getMetric() != null ? c.getMetric() : pilot.getPrimaryMetric();
      if (m != metric || c.getComparator() == null) {
        continue;
      }
      int better = metric.getDirection() == Direction.DECREASE ? -1 : 1;
      if (c.getComparator() == Comparator.AT_LEAST || c.getComparator() == Comparator.AT_MOST) {
        return c.getThreshold();
      }
      if (c.getComparator() == Comparator.IMPROVES_BY && metric.getBaseline() != null) {
        return metric.getBaseline() + better * c.getThreshold();
      }
      if (c.getComparator() == Comparator.IMPROVES_BY_PERCENT && metric.getBaseline() != null) {
        return metric.getBaseline() * (1 + better * c.getThreshold() / 100);
      }
      if (c.getComparator() == Comparator.BEATS_COMPARISON_BY && pilot.getStartDate() != null) {
        Double comparison = comparisonMean(pilot, metric, PilotSchedule.midpoint(pilot));
        if (comparison != null) {
          return comparison + better * c.getThreshold();
        }
      }
    }
    return null;
  }

  /** The comparison group's mean of the pilot's measurements (or the unassigned ones) from {@code from} on. */
  private static Double comparisonMean(Pilot pilot, BusinessMetric metric, LocalDate from) {
    double sum = 0;
    int n = 0;
    for (Measurement x : metric.getMeasurements()) {
      if (x.getCohort() == Cohort.COMPARISON && x.getDate() != null && !x.getDate().isBefore(from)
          && (x.getPilot() == null || x.getPilot() == pilot)) {
        sum += x.getValue();
        n++;
      }
    }
    return n > 0 ? sum / n : null;
  }
}
