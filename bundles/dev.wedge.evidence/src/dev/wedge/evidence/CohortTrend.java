package dev.wedge.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;

/**
 * One cohort's trend of a metric as a chart draws it: the cohort's mean per date as the line, and its individual
 * values beside it when a date has more than one (a line through every individual value zig-zags between people and
 * reads as a trend it is not). With a pilot, the pilot and comparison cohorts keep the measurements of that pilot
 * and those assigned to none; the whole organisation keeps them all.
 *
 * @param values the cohort's measurements, by date
 * @param dates  the dates measured, in order
 * @param means  the mean on each of {@code dates}
 */
public record CohortTrend(Cohort cohort, List<Measurement> values, List<LocalDate> dates, double[] means) {

  /** Whether some date has more than one value (then the individual values are drawn too). */
  public boolean individual() {
    return dates.size() < values.size();
  }

  /** The metric's measurements with a date, by date. */
  public static List<Measurement> dated(BusinessMetric metric) {
    List<Measurement> sorted = new ArrayList<>(metric.getMeasurements());
    sorted.removeIf(m -> m.getDate() == null);
    sorted.sort(Comparator.comparing(Measurement::getDate));
    return sorted;
  }

  /** The trend of each cohort with measurements, in the cohorts' order ({@code pilot} may be null). */
  public static List<CohortTrend> of(BusinessMetric metric, Pilot pilot) {
    List<Measurement> sorted = dated(metric);
    List<CohortTrend> out = new ArrayList<>();
    for (Cohort c : Cohort.values()) {
      List<Measurement> of = sorted.stream().filter(m -> m.getCohort() == c
          && (c == Cohort.ALL || pilot == null || m.getPilot() == null || m.getPilot() == pilot)).toList();
      if (of.isEmpty()) {
        continue;
      }
      TreeMap<LocalDate, double[]> byDate = new TreeMap<>();
      for (Measurement m : of) {
        double[] sumCount = byDate.computeIfAbsent(m.getDate(), d -> new double[2]);
        sumCount[0] += m.getValue();
        sumCount[1]++;
      }
      double[] means = new double[byDate.size()];
      int i = 0;
      for (Map.Entry<LocalDate, double[]> e : byDate.entrySet()) {
        means[i++] = e.getValue()[0] / e.getValue()[1];
      }
      out.add(new CohortTrend(c, of, List.copyOf(byDate.keySet()), means));
    }
    return out;
  }
}
