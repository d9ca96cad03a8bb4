package dev.wedge.report.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.wedge.evidence.PilotSchedule;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;

/**
 * A metric over time: one line per cohort (all, pilot, comparison), the baseline and target as dashed lines, the
 * pilot's weeks as a band. By default each cohort is shown as monthly averages, never individual values (they may
 * be one learner's result); with personal data allowed, the values themselves.
 */
public final class TrendFigure implements Figure {

  private final BusinessMetric metric;
  private final Pilot pilot;
  private final boolean individual;
  private final double width;
  private final double height;

  public TrendFigure(BusinessMetric metric, Pilot pilot, boolean individual, double width, double height) {
    this.metric = metric;
    this.pilot = pilot;
    this.individual = individual;
    this.width = width;
    this.height = height;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public double height() {
    return height;
  }

  /**
   * What the chart shows, in one sentence: where the metric went from its baseline (or first measurement) to its
   * latest (the pilot cohort's when there is one), and the target: "New-advisor time to productivity fell from 94
   * (baseline) to 79.5 days (pilot cohort, October 2026); target 70."
   */
  @Override
  public String description() {
    Map<Cohort, List<double[]>> series = series();
    String unit = metric.getUnit() == null || metric.getUnit().isBlank() ? "" : " " + metric.getUnit();
    String target = metric.getTarget() == null ? "; no target set" : "; target " + fmt(metric.getTarget());
    Cohort shown = series.containsKey(Cohort.PILOT) ? Cohort.PILOT : series.containsKey(Cohort.ALL) ? Cohort.ALL
        : series.isEmpty() ? null : series.keySet().iterator().next();
    if (shown == null) {
      return metric.getName() + ": no measurements yet" + (metric.getBaseline() == null ? ""
          : "; baseline " + fmt(metric.getBaseline())) + target + ".";
    }
    List<double[]> pts = series.get(shown);
    double[] last = pts.get(pts.size() - 1);
    double from = metric.getBaseline() != null ? metric.getBaseline() : pts.get(0)[1];
    String fromWhat = metric.getBaseline() != null ? " (baseline)" : " (first " + (individual ? "value" : "month") + ")";
    double to = Math.round(last[1] * 10) / 10.0;
    String verb = fmt(to).equals(fmt(from)) ? "stayed at " + fmt(to) + unit
        : (to < from ? "fell" : "rose") + " from " + fmt(from) + fromWhat + " to " + fmt(to) + unit;
    String who = shown == Cohort.PILOT ? "pilot cohort" : shown == Cohort.ALL ? "everyone" : "comparison group";
    String when = individual ? LocalDate.ofEpochDay((long) last[0]).toString()
        : YearMonth.from(LocalDate.ofEpochDay((long) last[0])).format(java.time.format.DateTimeFormatter
            .ofPattern("MMMM yyyy", Locale.ENGLISH));
    String comparison = "";
    List<double[]> cmp = series.get(Cohort.COMPARISON);
    if (shown == Cohort.PILOT && cmp != null && !cmp.isEmpty()) {
      comparison = ", comparison group " + fmt(Math.round(cmp.get(cmp.size() - 1)[1] * 10) / 10.0);
    }
    return metric.getName() + " " + verb + " (" + who + ", " + (individual ? "" : "monthly average of ") + when
        + comparison + ")" + target + ".";
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** The points per cohort: (epoch day, value), monthly means unless individual values are allowed. */
  Map<Cohort, List<double[]>> series() {
    Map<Cohort, List<double[]>> out = new EnumMap<>(Cohort.class);
    Map<Cohort, TreeMap<YearMonth, double[]>> months = new EnumMap<>(Cohort.class);
    for (Measurement m : metric.getMeasurements()) {
      if (m.getDate() == null || m.getCohort() == null || pilot != null && m.getPilot() != null && m.getPilot() != pilot) {
        continue;
      }
      if (individual) {
        out.computeIfAbsent(m.getCohort(), c -> new ArrayList<>()).add(new double[] {m.getDate().toEpochDay(), m.getValue()});
      } else {
        double[] acc = months.computeIfAbsent(m.getCohort(), c -> new TreeMap<>())
            .computeIfAbsent(YearMonth.from(m.getDate()), k -> new double[2]);
        acc[0] += m.getValue();
        acc[1]++;
      }
    }
    for (Map.Entry<Cohort, TreeMap<YearMonth, double[]>> e : months.entrySet()) {
      List<double[]> pts = new ArrayList<>();
      for (Map.Entry<YearMonth, double[]> m : e.getValue().entrySet()) {
        pts.add(new double[] {m.getKey().atDay(15).toEpochDay(), m.getValue()[0] / m.getValue()[1]});
      }
      out.put(e.getKey(), pts);
    }
    out.values().forEach(l -> l.sort((a, b) -> Double.compare(a[0], b[0])));
    return out;
  }

  @Override
  public void draw(Draw d) {
    Map<Cohort, List<double[]>> series = series();
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (List<double[]> l : series.values()) {
      for (double[] p : l) {
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    for (Double ref : new Double[] {metric.getBaseline(), metric.getTarget()}) {
      if (ref != null) {
        minY = Math.min(minY, ref);
        maxY = Math.max(maxY, ref);
      }
    }
    double left = 38;
    double right = width - 8;
    double top = 8;
    double bottom = height - 34;
    d.rect(0, 0, width, height, Colors.WHITE, null, 0, false);
    if (minX == Double.MAX_VALUE) {
      d.text(width / 2, height / 2, "No measurements yet", 10, false, Colors.MUTED, Draw.Anchor.MIDDLE);
      return;
    }
    if (maxX == minX) {
      maxX = minX + 30;
      minX -= 30;
    }
    double pad = (maxY - minY) * 0.08 + 1e-9;
    minY -= pad;
    maxY += pad;
    double x0 = minX;
    double x1 = maxX;
    double y0 = minY;
    double y1 = maxY;
    java.util.function.DoubleUnaryOperator sx = v -> left + (v - x0) / (x1 - x0) * (right - left);
    java.util.function.DoubleUnaryOperator sy = v -> bottom - (v - y0) / (y1 - y0) * (bottom - top);
    // the pilot's weeks
    if (pilot != null && pilot.getStartDate() != null) {
      double a = Math.max(left, sx.applyAsDouble(pilot.getStartDate().toEpochDay()));
      double b = Math.min(right, sx.applyAsDouble(PilotSchedule.end(pilot).toEpochDay()));
      if (b > a) {
        d.rect(a, top, b - a, bottom - top, Colors.BAND, null, 0, false);
        d.text(a + 2, top + 9, "pilot", 7, false, Colors.MUTED, Draw.Anchor.START);
      }
    }
    // grid and axes
    for (int i = 0; i <= 4; i++) {
      double v = y0 + (y1 - y0) * i / 4;
      double y = sy.applyAsDouble(v);
      d.line(left, y, right, y, Colors.GRID, 0.5, false);
      d.text(left - 4, y + 3, fmt(Math.round(v * 10) / 10.0), 7, false, Colors.MUTED, Draw.Anchor.END);
    }
    LocalDate from = LocalDate.ofEpochDay((long) x0);
    LocalDate to = LocalDate.ofEpochDay((long) x1);
    YearMonth first = YearMonth.from(from);
    long months = Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.from(to)));
    long step = Math.max(1, months / 6);
    for (YearMonth m = first; !m.atDay(1).isAfter(to); m = m.plusMonths(step)) {
      double x = sx.applyAsDouble(m.atDay(1).toEpochDay());
      if (x >= left && x <= right) {
        d.line(x, bottom, x, bottom + 3, Colors.MUTED, 0.5, false);
        d.text(x, bottom + 12, m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
            + String.valueOf(m.getYear()).substring(2), 7, false, Colors.MUTED, Draw.Anchor.MIDDLE);
      }
    }
    d.line(left, bottom, right, bottom, Colors.MUTED, 0.7, false);
    // baseline and target
    if (metric.getBaseline() != null) {
      double y = sy.applyAsDouble(metric.getBaseline());
      d.line(left, y, right, y, Colors.BASELINE, 1, true);
      d.text(right, y - 3, "baseline " + fmt(metric.getBaseline()), 7, false, Colors.BASELINE, Draw.Anchor.END);
    }
    if (metric.getTarget() != null) {
      double y = sy.applyAsDouble(metric.getTarget());
      d.line(left, y, right, y, Colors.TARGET, 1.2, true);
      d.text(right, y - 3, "target " + fmt(metric.getTarget()), 7, true, Colors.TARGET, Draw.Anchor.END);
    }
    // the cohorts
    for (Cohort c : Cohort.values()) {
      List<double[]> pts = series.get(c);
      if (pts == null || pts.isEmpty()) {
        continue;
      }
      int[] color = c == Cohort.PILOT ? Colors.PILOT : c == Cohort.COMPARISON ? Colors.COMPARISON : Colors.ALL;
      double[] xy = new double[pts.size() * 2];
      for (int i = 0; i < pts.size(); i++) {
        xy[2 * i] = sx.applyAsDouble(pts.get(i)[0]);
        xy[2 * i + 1] = sy.applyAsDouble(pts.get(i)[1]);
      }
      if (!individual || c == Cohort.ALL) {
        d.polyline(xy, color, c == Cohort.ALL ? 1.2 : 1.8, false);
      }
      for (int i = 0; i < pts.size(); i++) {
        d.circle(xy[2 * i], xy[2 * i + 1], individual && c != Cohort.ALL ? 1.6 : 2, color);
      }
    }
    // legend
    double lx = left;
    double ly = height - 6;
    for (Cohort c : Cohort.values()) {
      if (!series.containsKey(c)) {
        continue;
      }
      int[] color = c == Cohort.PILOT ? Colors.PILOT : c == Cohort.COMPARISON ? Colors.COMPARISON : Colors.ALL;
      String label = c == Cohort.ALL ? "everyone" : c == Cohort.PILOT ? "pilot cohort" : "comparison group";
      d.rect(lx, ly - 6, 10, 4, color, null, 0, false);
      d.text(lx + 13, ly - 2, label, 7, false, Colors.INK, Draw.Anchor.START);
      lx += 18 + d.textWidth(label, 7, false) + 8;
    }
    d.text(right, ly - 2, metric.getUnit() == null ? "" : metric.getUnit() + (individual ? "" : ", monthly averages"),
        7, false, Colors.MUTED, Draw.Anchor.END);
  }
}
