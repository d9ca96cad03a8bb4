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
  private final dev.wedge.report.BriefText text;

  public TrendFigure(BusinessMetric metric, Pilot pilot, boolean individual, double width, double height) {
    this(metric, pilot, individual, width, height, dev.wedge.report.BriefText.of(Locale.ENGLISH));
  }

  /** The trend with its title, text alternative and labels in {@code text}'s language. */
  public TrendFigure(BusinessMetric metric, Pilot pilot, boolean individual, double width, double height,
      dev.wedge.report.BriefText text) {
    this.text = text;
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

  @Override
  public String title() {
    return text.get("trend.title", metric.getName());
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
    String target = metric.getTarget() == null ? text.get("trend.noTarget") : text.get("trend.target",
        num(metric.getTarget()));
    Cohort shown = series.containsKey(Cohort.PILOT) ? Cohort.PILOT : series.containsKey(Cohort.ALL) ? Cohort.ALL
        : series.isEmpty() ? null : series.keySet().iterator().next();
    if (shown == null) {
      return text.get("trend.none", metric.getName(), metric.getBaseline() == null ? ""
          : text.get("trend.baselineAfter", num(metric.getBaseline())), target);
    }
    List<double[]> pts = series.get(shown);
    double[] last = pts.get(pts.size() - 1);
    double from = metric.getBaseline() != null ? metric.getBaseline() : pts.get(0)[1];
    String fromWhat = text.get(metric.getBaseline() != null ? "trend.fromBaseline" : individual ? "trend.fromValue"
        : "trend.fromMonth");
    double to = Math.round(last[1] * 10) / 10.0;
    String verb = fmt(to).equals(fmt(from)) ? text.get("trend.stayed", num(to) + unit)
        : text.get(to < from ? "trend.fell" : "trend.rose", num(from), fromWhat, num(to) + unit);
    String who = text.get(shown == Cohort.PILOT ? "trend.pilotCohort" : shown == Cohort.ALL ? "trend.everyone"
        : "trend.comparisonGroup");
    String when = individual ? (text.german() ? text.date(LocalDate.ofEpochDay((long) last[0]))
        : LocalDate.ofEpochDay((long) last[0]).toString()) : text.month(LocalDate.ofEpochDay((long) last[0]));
    String comparison = "";
    List<double[]> cmp = series.get(Cohort.COMPARISON);
    if (shown == Cohort.PILOT && cmp != null && !cmp.isEmpty()) {
      comparison = text.get("trend.comparison", num(Math.round(cmp.get(cmp.size() - 1)[1] * 10) / 10.0));
    }
    return text.get("trend.sentence", metric.getName(), verb, who, individual ? when : text.get("trend.monthly", when),
        comparison, target);
  }

  /** {@link #fmt(double)} as the brief's language writes it (a decimal comma in German). */
  private String num(double v) {
    return text.german() ? fmt(v).replace('.', ',') : fmt(v);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** The points per cohort: (epoch day, value), monthly means unless individual values are allowed. */
  Map<Cohort, List<double[]>> series() {
    Map<Cohort, List<double[]>> out = new EnumMap<>(Cohort.class);
    // a month's values of a cohort, split at the pilot's start, so that no average mixes values from before and after
    // the start and each is drawn at the mean date of its values (never the 15th, which may lie before the start)
    Map<Cohort, TreeMap<Long, double[]>> months = new EnumMap<>(Cohort.class);
    LocalDate start = pilot == null ? null : pilot.getStartDate();
    for (Measurement m : metric.getMeasurements()) {
      if (m.getDate() == null || m.getCohort() == null || pilot != null && m.getPilot() != null && m.getPilot() != pilot) {
        continue;
      }
      if (individual) {
        out.computeIfAbsent(m.getCohort(), c -> new ArrayList<>()).add(new double[] {m.getDate().toEpochDay(), m.getValue()});
      } else {
        long key = YearMonth.from(m.getDate()).atDay(1).toEpochDay() * 2
            + (start != null && m.getDate().isAfter(start) ? 1 : 0);
        double[] acc = months.computeIfAbsent(m.getCohort(), c -> new TreeMap<>()).computeIfAbsent(key,
            k -> new double[3]);
        acc[0] += m.getValue();
        acc[1]++;
        acc[2] += m.getDate().toEpochDay();
      }
    }
    for (Map.Entry<Cohort, TreeMap<Long, double[]>> e : months.entrySet()) {
      List<double[]> pts = new ArrayList<>();
      for (double[] m : e.getValue().values()) {
        pts.add(new double[] {m[2] / m[1], m[0] / m[1]});
      }
      out.put(e.getKey(), pts);
    }
    out.values().forEach(l -> l.sort((a, b) -> Double.compare(a[0], b[0])));
    return out;
  }

  /** The size of every text of the figure: 8.25 pt where the figure is printed at its size (0.75 pt a unit). */
  public static final double TEXT = 11;

  /**
   * "Nice" axis bounds and step (1, 2 or 5 times a power of ten) for values from {@code min} to {@code max}, with
   * at least 5% of the range as padding on either side, about {@code ticks} intervals.
   */
  public static double[] niceAxis(double min, double max, int ticks) {
    double range = max - min;
    if (range <= 0) {
      range = Math.max(1, Math.abs(max) * 0.1);
      min -= range / 2;
      max += range / 2;
    }
    double lo = min - range * 0.05;
    double hi = max + range * 0.05;
    double raw = (hi - lo) / ticks;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag * (raw / mag <= 1 ? 1 : raw / mag <= 2 ? 2 : raw / mag <= 5 ? 5 : 10);
    return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
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
    double t = TEXT;
    d.rect(0, 0, width, height, Colors.WHITE, null, 0, false);
    if (minX == Double.MAX_VALUE) {
      d.text(width / 2, height / 2, text.get("trend.noneShort"), t, false, Colors.MUTED, Draw.Anchor.MIDDLE);
      return;
    }
    if (maxX == minX) {
      maxX = minX + 30;
      minX -= 30;
    }
    double[] axis = niceAxis(minY, maxY, 4);
    double y0 = axis[0];
    double y1 = axis[1];
    double step = axis[2];
    double labelWidth = 0;
    for (double v = y0; v <= y1 + step / 2; v += step) {
      labelWidth = Math.max(labelWidth, d.textWidth(tick(v, step), t, false));
    }
    double left = Math.ceil(labelWidth) + 8;
    // baseline and target are labelled in a margin of their own at the right, beside their line, never over the data
    double refWidth = 0;
    if (metric.getBaseline() != null) {
      refWidth = Math.max(refWidth, d.textWidth(text.get("trend.baselineLabel", num(metric.getBaseline())), t, false));
    }
    if (metric.getTarget() != null) {
      refWidth = Math.max(refWidth, d.textWidth(text.get("trend.targetLabel", num(metric.getTarget())), t, true));
    }
    double right = width - 6 - (refWidth > 0 ? Math.ceil(refWidth) + 4 : 0);
    double top = t + 8; // the unit above the plot
    double bottom = height - 2 * t - 14; // month labels, then the legend
    double x0 = minX;
    double x1 = maxX;
    java.util.function.DoubleUnaryOperator sx = v -> left + (v - x0) / (x1 - x0) * (right - left);
    java.util.function.DoubleUnaryOperator sy = v -> bottom - (v - y0) / (y1 - y0) * (bottom - top);
    // the unit, above the axis
    String unit = (metric.getUnit() == null || metric.getUnit().isBlank() ? text.get("trend.value")
        : metric.getUnit()) + (individual ? "" : text.get("trend.averages"));
    d.text(0, t, unit, t, false, Colors.MUTED, Draw.Anchor.START);
    // the pilot's weeks (named in the legend)
    boolean band = false;
    if (pilot != null && pilot.getStartDate() != null) {
      double a = Math.max(left, sx.applyAsDouble(pilot.getStartDate().toEpochDay()));
      double b = Math.min(right, sx.applyAsDouble(PilotSchedule.end(pilot).toEpochDay()));
      if (b > a) {
        d.rect(a, top, b - a, bottom - top, Colors.BAND, null, 0, false);
        band = true;
      }
    }
    // grid and value axis
    for (double v = y0; v <= y1 + step / 2; v += step) {
      double y = sy.applyAsDouble(v);
      d.line(left, y, right, y, Colors.GRID, 0.5, false);
      d.text(left - 4, y + t * 0.35, tick(v, step), t, false, Colors.MUTED, Draw.Anchor.END);
    }
    // months: as many as fit without touching
    LocalDate from = LocalDate.ofEpochDay((long) x0);
    LocalDate to = LocalDate.ofEpochDay((long) x1);
    YearMonth first = YearMonth.from(from);
    long months = Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.from(to)));
    double monthLabel = d.textWidth("Mmm 00", t, false) + 8;
    long fit = Math.max(1, (long) ((right - left) / monthLabel));
    long every = Math.max(1, (long) Math.ceil((double) months / fit));
    double lastEnd = -Double.MAX_VALUE;
    for (YearMonth m = first; !m.atDay(1).isAfter(to); m = m.plusMonths(every)) {
      double x = sx.applyAsDouble(m.atDay(1).toEpochDay());
      String label = m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, text.locale()) + " "
          + String.valueOf(m.getYear()).substring(2);
      double w = d.textWidth(label, t, false);
      double cx = Math.max(left + w / 2, Math.min(right - w / 2, x));
      if (x >= left && x <= right && cx - w / 2 > lastEnd + 4) {
        d.line(x, bottom, x, bottom + 3, Colors.MUTED, 0.5, false);
        d.text(cx, bottom + t + 3, label, t, false, Colors.MUTED, Draw.Anchor.MIDDLE);
        lastEnd = cx + w / 2;
      }
    }
    d.line(left, bottom, right, bottom, Colors.MUTED, 0.7, false);
    // baseline and target, labelled in the margin beside their line; two lines close together push their labels apart
    double[] labelY = new double[2];
    Double[] refs = {metric.getBaseline(), metric.getTarget()};
    for (int i = 0; i < 2; i++) {
      if (refs[i] != null) {
        labelY[i] = sy.applyAsDouble(refs[i]) + t * 0.35;
      }
    }
    if (refs[0] != null && refs[1] != null && Math.abs(labelY[0] - labelY[1]) < t + 2) {
      int lower = labelY[0] > labelY[1] ? 0 : 1;
      double mid = (labelY[0] + labelY[1]) / 2;
      labelY[lower] = mid + (t + 2) / 2;
      labelY[1 - lower] = mid - (t + 2) / 2;
    }
    if (refs[0] != null) {
      double y = sy.applyAsDouble(refs[0]);
      d.line(left, y, right, y, Colors.BASELINE, 1, true);
      d.text(right + 4, labelY[0], text.get("trend.baselineLabel", num(refs[0])), t, false, Colors.BASELINE,
          Draw.Anchor.START);
    }
    if (refs[1] != null) {
      double y = sy.applyAsDouble(refs[1]);
      d.line(left, y, right, y, Colors.TARGET, 1.2, true);
      d.text(right + 4, labelY[1], text.get("trend.targetLabel", num(refs[1])), t, true, Colors.TARGET,
          Draw.Anchor.START);
    }
    // the cohorts
    for (Cohort c : Cohort.values()) {
      List<double[]> pts = series.get(c);
      if (pts == null || pts.isEmpty()) {
        continue;
      }
      int[] color = color(c);
      double[] xy = new double[pts.size() * 2];
      for (int i = 0; i < pts.size(); i++) {
        xy[2 * i] = sx.applyAsDouble(pts.get(i)[0]);
        xy[2 * i + 1] = sy.applyAsDouble(pts.get(i)[1]);
      }
      if (!individual || c == Cohort.ALL) {
        d.polyline(xy, color, c == Cohort.ALL ? 1.2 : 1.8, false);
      }
      for (int i = 0; i < pts.size(); i++) {
        double r = individual && c != Cohort.ALL ? 1.6 : 2;
        d.circle(xy[2 * i], xy[2 * i + 1], r, color);
        if (c != Cohort.ALL && beforeStart(pts.get(i)[0])) {
          // a cohort's values up to the start are its baseline, not a result of the pilot: hollow
          d.circle(xy[2 * i], xy[2 * i + 1], r - 0.9, Colors.WHITE);
        }
      }
    }
    // legend
    double lx = 0;
    double ly = height - 3;
    for (Cohort c : Cohort.values()) {
      if (!series.containsKey(c)) {
        continue;
      }
      String label = text.get(c == Cohort.ALL ? "trend.everyone" : c == Cohort.PILOT ? "trend.pilotCohort"
          : "trend.comparisonShort");
      d.rect(lx, ly - t * 0.55, 10, 4, color(c), null, 0, false);
      d.text(lx + 13, ly, label, t, false, Colors.INK, Draw.Anchor.START);
      lx += 13 + d.textWidth(label, t, false) + 10;
    }
    if (band) {
      d.rect(lx, ly - t * 0.8, 10, t * 0.8, Colors.BAND, Colors.MUTED, 0, false);
      d.text(lx + 13, ly, text.get("trend.pilotWeeks"), t, false, Colors.INK, Draw.Anchor.START);
    }
  }

  /** Whether a point's date (epoch day) is on or before the pilot's start: the cohort's baseline. */
  boolean beforeStart(double epochDay) {
    return pilot != null && pilot.getStartDate() != null && epochDay <= pilot.getStartDate().toEpochDay();
  }

  private static int[] color(Cohort c) {
    return c == Cohort.PILOT ? Colors.PILOT : c == Cohort.COMPARISON ? Colors.COMPARISON : Colors.ALL;
  }

  /** A tick value with as many decimals as the step needs. */
  static String tick(double v, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    return String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v) < step / 1e6 ? 0 : v);
  }
}
