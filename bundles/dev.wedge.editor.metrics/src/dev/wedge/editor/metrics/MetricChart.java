package dev.wedge.editor.metrics;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Comparator;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.SuccessCriterion;

/**
 * A metric's trend: the whole organization, the pilot and the comparison cohorts, the baseline and the target, the
 * pilot's start and end, and the level its success criterion asks for.
 */
public class MetricChart {

  static final String BASELINE = "Baseline";
  static final String TARGET = "Target";
  static final String CRITERION = "Success criterion";
  static final String START = "Pilot start";
  static final String END = "Pilot end";

  private final Chart chart;
  private final Map<Cohort, Color> colors = new EnumMap<>(Cohort.class);
  private final Color baselineColor;
  private final Color targetColor;
  private final Color criterionColor;
  private final Color pilotColor;

  public MetricChart(Composite parent) {
    chart = new Chart(parent, SWT.NONE);
    chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
    chart.getTitle().setVisible(true);
    chart.getLegend().setPosition(SWT.BOTTOM);
    colors.put(Cohort.ALL, new Color(new RGB(128, 128, 128)));
    colors.put(Cohort.PILOT, new Color(new RGB(46, 117, 182)));
    colors.put(Cohort.COMPARISON, new Color(new RGB(237, 125, 49)));
    baselineColor = new Color(new RGB(89, 89, 89));
    targetColor = new Color(new RGB(56, 118, 29));
    criterionColor = new Color(new RGB(192, 0, 0));
    pilotColor = new Color(new RGB(120, 70, 160));
    IAxis x = chart.getAxisSet().getXAxis(0);
    x.getTitle().setText("");
    x.getTick().setFormat(new SimpleDateFormat("MMM ''yy"));
  }

  public Chart getChart() {
    return chart;
  }

  private static String label(Cohort c) {
    return switch (c) {
      case ALL -> "All";
      case PILOT -> "Pilot cohort";
      case COMPARISON -> "Comparison cohort";
    };
  }

  /** Shows {@code metric}, with {@code pilot}'s dates and criterion when it is not null. */
  public void show(BusinessMetric metric, Pilot pilot) {
    for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
      chart.getSeriesSet().deleteSeries(s.getId());
    }
    if (metric == null) {
      chart.getTitle().setText("No metric selected");
      chart.redraw();
      return;
    }
    chart.getTitle().setText(metric.getName() + (metric.getUnit() == null ? "" : " (" + metric.getUnit() + ")"));
    chart.getAxisSet().getYAxis(0).getTitle().setText(metric.getUnit() == null ? "" : metric.getUnit());
    List<Measurement> sorted = new ArrayList<>(metric.getMeasurements());
    sorted.removeIf(m -> m.getDate() == null);
    sorted.sort(java.util.Comparator.comparing(Measurement::getDate));
    LocalDate first = sorted.isEmpty() ? LocalDate.now() : sorted.get(0).getDate();
    LocalDate last = sorted.isEmpty() ? LocalDate.now() : sorted.get(sorted.size() - 1).getDate();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Cohort c : Cohort.values()) {
      List<Measurement> of = sorted.stream().filter(m -> m.getCohort() == c
          && (c == Cohort.ALL || pilot == null || m.getPilot() == null || m.getPilot() == pilot)).toList();
      if (of.isEmpty()) {
        continue;
      }
      ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, label(c));
      LocalDate[] xs = new LocalDate[of.size()];
      double[] ys = new double[of.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = of.get(i).getDate();
        ys[i] = of.get(i).getValue();
        min = Math.min(min, ys[i]);
        max = Math.max(max, ys[i]);
      }
      s.setXDateSeries(dates(xs));
      s.setYSeries(ys);
      s.setLineColor(colors.get(c));
      s.setSymbolColor(colors.get(c));
      s.setSymbolType(PlotSymbolType.CIRCLE);
      s.setSymbolSize(c == Cohort.ALL ? 3 : 2);
      // cohorts of individual values are shown as points, series over time as lines
      s.setLineStyle(of.size() > 60 && c != Cohort.ALL ? LineStyle.NONE : LineStyle.SOLID);
      s.setAntialias(of.size() > 2000 ? SWT.OFF : SWT.ON);
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
      Double level = criterionLevel(pilot, metric);
      if (level != null) {
        level(CRITERION, level, pilot.getStartDate(), PilotEvidence.end(pilot), criterionColor, LineStyle.DOT);
        min = Math.min(min, level);
        max = Math.max(max, level);
      }
      if (min <= max) {
        double pad = (max - min) * 0.05 + 1e-9;
        marker(START, pilot.getStartDate(), min - pad, max + pad);
        marker(END, PilotEvidence.end(pilot), min - pad, max + pad);
      }
    }
    chart.getAxisSet().adjustRange();
    chart.redraw();
  }

  private void level(String name, double y, LocalDate from, LocalDate to, Color color, LineStyle style) {
    ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
    s.setXDateSeries(dates(new LocalDate[] {from, to.isAfter(from) ? to : from.plusDays(1)}));
    s.setYSeries(new double[] {y, y});
    s.setLineColor(color);
    s.setLineStyle(style);
    s.setLineWidth(2);
    s.setSymbolType(PlotSymbolType.NONE);
  }

  private void marker(String name, LocalDate at, double low, double high) {
    ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
    s.setXDateSeries(dates(new LocalDate[] {at, at}));
    s.setYSeries(new double[] {low, high});
    s.setLineColor(pilotColor);
    s.setLineStyle(LineStyle.DASHDOT);
    s.setSymbolType(PlotSymbolType.NONE);
  }

  private static java.util.Date[] dates(LocalDate[] days) {
    java.util.Date[] out = new java.util.Date[days.length];
    for (int i = 0; i < days.length; i++) {
      out[i] = java.util.Date.from(days[i].atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return out;
  }

  /** The level of the metric the pilot's criterion on it asks for, when it can be drawn as a line. */
  static Double criterionLevel(Pilot pilot, BusinessMetric metric) {
    for (SuccessCriterion c : pilot.getCriteria()) {
      BusinessMetric m = c.getMetric() != null ? c.getMetric() : pilot.getPrimaryMetric();
      if (m != metric || c.getComparator() == null) {
        continue;
      }
      int better = metric.getDirection() == dev.wedge.model.Direction.DECREASE ? -1 : 1;
      if (c.getComparator() == Comparator.AT_LEAST || c.getComparator() == Comparator.AT_MOST) {
        return c.getThreshold();
      }
      if (c.getComparator() == Comparator.IMPROVES_BY && metric.getBaseline() != null) {
        return metric.getBaseline() + better * c.getThreshold();
      }
      if (c.getComparator() == Comparator.IMPROVES_BY_PERCENT && metric.getBaseline() != null) {
        return metric.getBaseline() * (1 + better * c.getThreshold() / 100);
      }
      if (c.getComparator() == Comparator.BEATS_COMPARISON_BY) {
        double sum = 0;
        int n = 0;
        LocalDate mid = pilot.getStartDate().plusDays(pilot.getDurationWeeks() * 7L / 2);
        for (Measurement x : metric.getMeasurements()) {
          if (x.getCohort() == Cohort.COMPARISON && x.getDate() != null && !x.getDate().isBefore(mid)
              && (x.getPilot() == null || x.getPilot() == pilot)) {
            sum += x.getValue();
            n++;
          }
        }
        if (n > 0) {
          return sum / n + better * c.getThreshold();
        }
      }
    }
    return null;
  }

  /** The number of points of a cohort's series (tests). */
  public int points(Cohort cohort) {
    ISeries<?> s = chart.getSeriesSet().getSeries(label(cohort));
    return s == null ? 0 : s.getYSeries().length;
  }

  public boolean has(String series) {
    return chart.getSeriesSet().getSeries(series) != null;
  }

  public void dispose() {
    colors.values().forEach(Color::dispose);
    baselineColor.dispose();
    targetColor.dispose();
    criterionColor.dispose();
    pilotColor.dispose();
  }
}
