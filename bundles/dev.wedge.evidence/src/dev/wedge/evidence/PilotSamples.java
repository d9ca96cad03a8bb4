package dev.wedge.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;

/**
 * The measurements a pilot's evidence is made of: per cohort (pilot, comparison) and period (up to the start; from
 * the midpoint on), with their subject keys, up to today (later ones are counted, not used); and each person's change
 * where the same people were measured in both periods.
 */
final class PilotSamples {

  private PilotSamples() {
  }

  /** The measurements of one cohort in one period, with their subject keys (null where none). */
  record Sample(double[] x, double[] y, String[] subject) {
    int n() {
      return y.length;
    }

    boolean allKeyed() {
      if (subject.length == 0) {
        return false;
      }
      for (String s : subject) {
        if (s == null || s.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /** Mean value per subject, in first-seen order. */
    Map<String, Double> bySubject() {
      Map<String, double[]> sums = new LinkedHashMap<>();
      for (int i = 0; i < y.length; i++) {
        double[] s = sums.computeIfAbsent(subject[i], k -> new double[2]);
        s[0] += y[i];
        s[1]++;
      }
      Map<String, Double> out = new LinkedHashMap<>();
      sums.forEach((k, v) -> out.put(k, v[0] / v[1]));
      return out;
    }
  }

  /** Each person's change (after - before), for the subjects measured in both periods. */
  record Pairs(double[] changes, int before, int both) {
    double attrition() {
      return before == 0 ? Double.NaN : 1 - (double) both / before;
    }
  }

  static Pairs pairs(Sample before, Sample after) {
    Map<String, Double> b = before.bySubject();
    Map<String, Double> a = after.bySubject();
    List<Double> changes = new ArrayList<>();
    for (Map.Entry<String, Double> e : b.entrySet()) {
      Double later = a.get(e.getKey());
      if (later != null) {
        changes.add(later - e.getValue());
      }
    }
    return new Pairs(changes.stream().mapToDouble(Double::doubleValue).toArray(), b.size(), changes.size());
  }

  /** The four samples of a pilot's primary metric. */
  record Cells(Sample pb, Sample pa, Sample cb, Sample ca, int future) {
    boolean pilotPaired() {
      return pb.allKeyed() && pa.allKeyed() && pairs(pb, pa).both() >= 2;
    }

    boolean comparisonPaired() {
      return cb.allKeyed() && ca.allKeyed() && pairs(cb, ca).both() >= 2;
    }
  }

  static Cells cells(Pilot p, BusinessMetric m, LocalDate today) {
    int future = 0;
    for (Measurement x : m.getMeasurements()) {
      if (x.getDate() != null && today != null && x.getDate().isAfter(today) && belongs(x, p)) {
        future++;
      }
    }
    return new Cells(sample(p, m, Cohort.PILOT, true, today), sample(p, m, Cohort.PILOT, false, today),
        sample(p, m, Cohort.COMPARISON, true, today), sample(p, m, Cohort.COMPARISON, false, today), future);
  }

  static boolean belongs(Measurement x, Pilot p) {
    return x.getPilot() == null || x.getPilot() == p;
  }

  /**
   * Whether a measurement of the pilot or comparison cohort, dated up to today, is left out because it belongs to no
   * pilot in particular and is dated after this pilot's decision date ({@link PilotSchedule#decisionDate}): one dated
   * later may measure anything that happened since; a metric that lags (time to productivity, read weeks after a
   * cohort starts) has its later measurements attached to the pilot.
   */
  private static boolean afterTheDecision(Measurement x, Pilot p, LocalDate today) {
    LocalDate decision = PilotSchedule.decisionDate(p);
    return x.getPilot() == null && decision != null && x.getDate() != null && x.getDate().isAfter(decision)
        && (today == null || !x.getDate().isAfter(today))
        && (x.getCohort() == Cohort.PILOT || x.getCohort() == Cohort.COMPARISON);
  }

  /** How many measurements {@link #afterTheDecision} leaves out. */
  static int afterTheDecision(Pilot p, BusinessMetric m, LocalDate today) {
    int n = 0;
    for (Measurement x : m.getMeasurements()) {
      if (afterTheDecision(x, p, today) && Double.isFinite(x.getValue())) {
        n++;
      }
    }
    return n;
  }

  static Sample sample(Pilot p, BusinessMetric m, Cohort cohort, boolean before, LocalDate today) {
    List<Measurement> in = new ArrayList<>();
    LocalDate start = p.getStartDate();
    LocalDate mid = PilotSchedule.midpoint(p);
    for (Measurement x : m.getMeasurements()) {
      if (x.getCohort() != cohort || x.getDate() == null || !belongs(x, p)
          || today != null && x.getDate().isAfter(today) || !Double.isFinite(x.getValue())) {
        continue;
      }
      if (before ? !x.getDate().isAfter(start) : !x.getDate().isBefore(mid) && !afterTheDecision(x, p, today)) {
        in.add(x);
      }
    }
    double[] xs = new double[in.size()];
    double[] ys = new double[in.size()];
    String[] ss = new String[in.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = in.get(i).getDate().toEpochDay();
      ys[i] = in.get(i).getValue();
      ss[i] = in.get(i).getSubject();
    }
    return new Sample(xs, ys, ss);
  }

  static Effect.Group group(String name, double[] y) {
    return new Effect.Group(name, y.length, Statistics.average(y), Statistics.sd(y));
  }
}
