package dev.wedge.ui.theme;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

/**
 * An SWTChart chart in the current theme's colours ({@link ThemeColors}): background and plot area, title, legend,
 * axes and their grid. The series keep their own colours.
 */
public final class ChartTheme {

  private ChartTheme() {
  }

  /** Styles {@code chart} after the current theme, now and whenever the theme changes. */
  public static void apply(Chart chart) {
    style(chart);
    ThemeColors.onChange(chart, () -> {
      style(chart);
      chart.redraw();
    });
  }

  /** Styles {@code chart} after the current theme, once. */
  public static void style(Chart chart) {
    Color background = ThemeColors.color(ThemeColors.BACKGROUND);
    Color text = ThemeColors.color(ThemeColors.TEXT);
    chart.setBackground(background);
    chart.setBackgroundInPlotArea(background);
    chart.getTitle().setForeground(text);
    chart.getLegend().setBackground(background);
    chart.getLegend().setForeground(text);
    for (IAxis axis : chart.getAxisSet().getAxes()) {
      axis.getTick().setForeground(ThemeColors.color(ThemeColors.SECONDARY_TEXT));
      axis.getTitle().setForeground(text);
      axis.getGrid().setForeground(ThemeColors.color(ThemeColors.LINE));
    }
  }
}
