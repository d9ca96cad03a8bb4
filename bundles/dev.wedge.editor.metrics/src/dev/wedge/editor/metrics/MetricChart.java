package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisTick;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.wedge.evidence.CohortTrend;
import dev.wedge.evidence.CriterionLevel;
import dev.wedge.evidence.PilotSchedule;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.ui.theme.ChartTheme;
import dev.wedge.ui.theme.ThemeColors;

/**
 * A metric's trend: the whole organization, the pilot and the comparison cohorts, the baseline and the target, the
 * pilot's start and end, and the level its success criterion asks for.
 */
public class MetricChart {

  static final String BASELINE = Messages.Chart_Baseline;
  static final String TARGET = Messages.Chart_Target;
  static final String CRITERION = Messages.Chart_Criterion;
  static final String START = Messages.Chart_PilotStart;
  static final String END = Messages.Chart_PilotEnd;

  private final Chart chart;
  private final Map<Cohort, Color> colors = new EnumMap<>(Cohort.class);
  /** Individual values, lighter than their cohort's mean. */
  private final Map<Cohort, Color> light = new EnumMap<>(Cohort.class);
  /** Per cohort shown: how many values, and how many dates (the mean line's points). */
  private final Map<Cohort, int[]> shown = new EnumMap<>(Cohort.class);
  // the theme's (ThemeColors): taken again when the theme changes
  private Color baselineColor;
  private Color targetColor;
  private Color criterionColor;
  private Color pilotColor;
  /** What {@link #show} showed last, to show again in another theme's colours. */
  private Runnable shownLast = () -> { };

  public MetricChart(Composite parent) {
    chart = new Chart(parent, SWT.NONE);
    chart.getTitle().setVisible(true);
    chart.getLegend().setPosition(SWT.BOTTOM);
    colors.put(Cohort.ALL, new Color(new RGB(128, 128, 128)));
    colors.put(Cohort.PILOT, new Color(new RGB(46, 117, 182)));
    colors.put(Cohort.COMPARISON, new Color(new RGB(237, 125, 49)));
    applyTheme();
    ThemeColors.onChange(chart, () -> {
      applyTheme();
      shownLast.run();
    });
    IAxis x = chart.getAxisSet().getXAxis(0);
    x.getTitle().setText("");
    x.getTick().setFormat(ticks);
    chart.addListener(SWT.Resize, e -> spaceTicks());
  }

  /**
   * The current theme's colours: background, text, axes, the levels, and the individual values a third of the way
   * from their cohort's colour to the background.
   */
  private void applyTheme() {
    ChartTheme.style(chart);
    Color background = ThemeColors.color(ThemeColors.BACKGROUND);
    for (Map.Entry<Cohort, Color> e : colors.entrySet()) {
      light.put(e.getKey(), new Color(ThemeColors.blend(e.getValue().getRGB(), background.getRGB(), 2 / 3.0)));
    }
    baselineColor = ThemeColors.color(ThemeColors.CHART_BASELINE);
    targetColor = ThemeColors.color(ThemeColors.CHART_TARGET);
    criterionColor = ThemeColors.color(ThemeColors.CHART_CRITERION);
    pilotColor = ThemeColors.color(ThemeColors.CHART_PILOT);
  }

  /** Dates on the x axis: days since 1970-01-01, labelled so that no two ticks read the same. */
  private final DateTicks.DayFormat ticks = new DateTicks.DayFormat();

  /** Sets the step and labels of the date axis for its range and width. */
  private void spaceTicks() {
    IAxis x = chart.getAxisSet().getXAxis(0);
    double span = x.getRange().upper - x.getRange().lower;
    int width = chart.getPlotArea() == null ? 0 : chart.getPlotArea().getSize().x;
    if (span <= 0 || width <= 0) {
      return;
    }
    long step = DateTicks.tickStep(span, width);
    ticks.forStep(step, span);
    // SWTChart's step is (span / width * hint) rounded to 1, 2 or 5 times a power of ten: a hint 1% above the step
    // rounds back to it
    x.getTick().setTickMarkStepHint((int) Math.max(IAxisTick.MIN_GRID_STEP_HINT, Math.ceil(step * 1.01 / span * width)));
  }

  public Chart getChart() {
    return chart;
  }

  private static String label(Cohort c) {
    return switch (c) {
      case ALL -> Messages.Chart_All;
      case PILOT -> Messages.Chart_PilotCohort;
      case COMPARISON -> Messages.Chart_ComparisonCohort;
    };
  }

  /** Shows {@code metric}, with {@code pilot}'s dates and criterion when it is not null. */
  public void show(BusinessMetric metric, Pilot pilot, LocalDate today) {
    shownLast = () -> show(metric, pilot, today);
    for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
      chart.getSeriesSet().deleteSeries(s.getId());
    }
    shown.clear();
    IAxis x = chart.getAxisSet().getXAxis(0);
    IAxis y = chart.getAxisSet().getYAxis(0);
    if (metric == null) {
      chart.getTitle().setText(Messages.Chart_NoMetric);
      empty();
      return;
    }
    chart.getTitle().setText(metric.getName() + (metric.getUnit() == null ? "" : " (" + metric.getUnit() + ")"));
    chart.getAxisSet().getYAxis(0).getTitle().setText(metric.getUnit() == null ? "" : metric.getUnit());
    List<Measurement> sorted = CohortTrend.dated(metric);
    LocalDate first = sorted.isEmpty() ? today : sorted.get(0).getDate();
    LocalDate last = sorted.isEmpty() ? today : sorted.get(sorted.size() - 1).getDate();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (CohortTrend t : CohortTrend.of(metric, pilot)) {
      for (Measurement m : t.values()) {
        min = Math.min(min, m.getValue());
        max = Math.max(max, m.getValue());
      }
      draw(t);
    }
    if (metric.getBaseline() != null) {
      level(BASELINE, metric.getBaseline(), first, last, baselineColor, LineStyle.DASH);
      min = Math.min(min, metric.getBaseline());
      max = Math.max(max, metric.getBaseline());
    }
    if (metric.getTarget() != null) {
      LocalDate end = metric.getTargetDate() != null && metric.getTargetDate().isAfter(last) ? metric.getTargetDate() : last;
      level(TARGET, metric.getTarget(), first, end, targetColor, LineStyle.DASH);
      min = Math.min(min, metric.getTarget());
      max = Math.max(max, metric.getTarget());
      last = end;
    }
    if (pilot != null && pilot.getStartDate() != null) {
      Double level = CriterionLevel.of(pilot, metric);
      if (level != null) {
        level(CRITERION, level, pilot.getStartDate(), PilotSchedule.end(pilot), criterionColor, LineStyle.DOT);
        min = Math.min(min, level);
        max = Math.max(max, level);
      }
      if (min <= max) {
        double pad = (max - min) * 0.05 + 1e-9;
        marker(START, pilot.getStartDate(), min - pad, max + pad);
        marker(END, PilotSchedule.end(pilot), min - pad, max + pad);
      }
    }
    if (sorted.isEmpty()) {
      chart.getTitle().setText(NLS.bind(Messages.Chart_NoMeasurements, chart.getTitle().getText()));
    }
    if (min > max) {
      empty(); // nothing to draw: no axes left over from the metric shown before
      return;
    }
    x.getTick().setVisible(true);
    y.getTick().setVisible(true);
    // padding around the data, so the baseline and the target never sit on the frame
    double span = max - min;
    double pad = span > 0 ? span * 0.08 : Math.max(Math.abs(max) * 0.05, 1);
    y.setRange(new Range(min - pad, max + pad));
    LocalDate from = first;
    LocalDate to = last;
    if (pilot != null && pilot.getStartDate() != null) {
      from = from.isAfter(pilot.getStartDate()) ? pilot.getStartDate() : from;
      LocalDate end = PilotSchedule.end(pilot);
      to = to.isBefore(end) ? end : to;
    }
    long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, to));
    double xpad = Math.max(2, days * 0.03);
    x.setRange(new Range(from.toEpochDay() - xpad, to.toEpochDay() + xpad));
    spaceTicks();
    chart.redraw();
  }

  /** A cohort's line of means per date, and its individual values as points when a date has several. */
  private void draw(CohortTrend t) {
    Cohort c = t.cohort();
    List<Measurement> of = t.values();
    if (t.individual()) {
      ILineSeries<?> points = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
          individualLabel(c));
      double[] px = new double[of.size()];
      double[] py = new double[of.size()];
      for (int i = 0; i < px.length; i++) {
        px[i] = of.get(i).getDate().toEpochDay();
        py[i] = of.get(i).getValue();
      }
      points.setXSeries(px);
      points.setYSeries(py);
      points.setLineStyle(LineStyle.NONE);
      points.setSymbolType(PlotSymbolType.CIRCLE);
      points.setSymbolSize(2);
      points.setSymbolColor(light.get(c));
      points.setVisibleInLegend(false);
      points.setAntialias(of.size() > 2000 ? SWT.OFF : SWT.ON);
    }
    int n = t.dates().size();
    ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
        t.individual() ? NLS.bind(Messages.Chart_MeanPerDay, label(c)) : label(c));
    s.setXSeries(dates(t.dates().toArray(LocalDate[]::new)));
    s.setYSeries(t.means());
    s.setLineColor(colors.get(c));
    s.setLineWidth(2);
    s.setSymbolColor(colors.get(c));
    s.setSymbolType(PlotSymbolType.CIRCLE);
    s.setSymbolSize(3);
    s.setAntialias(n > 2000 ? SWT.OFF : SWT.ON);
    shown.put(c, new int[] {of.size(), n});
  }

  /** No data: no series, no tick labels (no "Jan '70"), a neutral range. */
  private void empty() {
    for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
      chart.getSeriesSet().deleteSeries(s.getId());
    }
    IAxis x = chart.getAxisSet().getXAxis(0);
    IAxis y = chart.getAxisSet().getYAxis(0);
    x.setRange(new Range(0, 1));
    y.setRange(new Range(0, 1));
    x.getTick().setVisible(false);
    y.getTick().setVisible(false);
    y.getTitle().setText("");
    chart.redraw();
  }

  /** The visible x range as dates, and the labels the ticks get (tests). */
  LocalDate[] xRange() {
    Range r = chart.getAxisSet().getXAxis(0).getRange();
    return new LocalDate[] {LocalDate.ofEpochDay((long) Math.floor(r.lower)), LocalDate.ofEpochDay((long) Math.ceil(r.upper))};
  }

  Range yRange() {
    return chart.getAxisSet().getYAxis(0).getRange();
  }

  boolean ticksShown() {
    return chart.getAxisSet().getXAxis(0).getTick().isVisible();
  }

  /** The tick labels the x axis shows now, left to right (after a paint). */
  List<String> tickLabels() {
    List<String> out = new ArrayList<>();
    for (double v : chart.getAxisSet().getXAxis(0).getTick().getTickLabelValues()) {
      out.add(ticks.label(v));
    }
    return out;
  }

  private void level(String name, double y, LocalDate from, LocalDate to, Color color, LineStyle style) {
    ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
    s.setXSeries(dates(new LocalDate[] {from, to.isAfter(from) ? to : from.plusDays(1)}));
    s.setYSeries(new double[] {y, y});
    s.setLineColor(color);
    s.setLineStyle(style);
    s.setLineWidth(2);
    s.setSymbolType(PlotSymbolType.NONE);
  }

  private void marker(String name, LocalDate at, double low, double high) {
    ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
    s.setXSeries(dates(new LocalDate[] {at, at}));
    s.setYSeries(new double[] {low, high});
    s.setLineColor(pilotColor);
    s.setLineStyle(LineStyle.DASHDOT);
    s.setSymbolType(PlotSymbolType.NONE);
  }

  private static double[] dates(LocalDate[] days) {
    double[] out = new double[days.length];
    for (int i = 0; i < days.length; i++) {
      out[i] = days[i].toEpochDay();
    }
    return out;
  }

  /** The number of values of a cohort the chart shows (tests). */
  public int points(Cohort cohort) {
    int[] n = shown.get(cohort);
    return n == null ? 0 : n[0];
  }

  /** The number of dates on a cohort's line, one mean each (tests). */
  public int dates(Cohort cohort) {
    int[] n = shown.get(cohort);
    return n == null ? 0 : n[1];
  }

  /** Whether the cohort's individual values are drawn as points beside its line (tests). */
  public boolean individualValues(Cohort cohort) {
    return chart.getSeriesSet().getSeries(individualLabel(cohort)) != null;
  }

  private static String individualLabel(Cohort c) {
    return NLS.bind(Messages.Chart_Individual, label(c));
  }

  public boolean has(String series) {
    return chart.getSeriesSet().getSeries(series) != null;
  }

  public void dispose() {
    // the cohorts' colours are plain RGB colours (no resources to free) and the levels' are the theme's (shared)
    colors.clear();
    light.clear();
  }
}
