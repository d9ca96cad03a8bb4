package dev.wedge.editor.strategy;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

import dev.wedge.strategy.map.MapText;
import dev.wedge.ui.theme.ThemeColors;

/** {@link MapText}'s visual language as SWT colours, for the screen (in the theme's colours) and PNG. */
final class MapStyle {

  /**
   * The colours a map is painted in: {@link #PRINT} for exports (PNG, for slides: always light, as the SVG and the
   * brief), {@link #screen()} for the editor (the current theme's, {@link ThemeColors}).
   */
  record Palette(RGB background, RGB text, RGB subtext, RGB goalFill, RGB goalText, RGB metricFill, RGB metricFrame,
      RGB efficiencyFill, RGB strategicFill, RGB frame, RGB noMetric, RGB noMetricText, RGB goalLine, RGB linkLine, RGB selected,
      RGB legendText) {

    /** The fill of a box for {@code o}: goal, metric, or initiative by intent. */
    RGB fill(EObject o) {
      int[] c = MapText.fill(o);
      return c == MapText.GOAL_FILL ? goalFill : c == MapText.METRIC_FILL ? metricFill
          : c == MapText.STRATEGIC_FILL ? strategicFill : efficiencyFill;
    }
  }

  /** {@link MapText}'s visual language, on white: the exports'. */
  static final Palette PRINT = new Palette(new RGB(255, 255, 255), rgb(MapText.TEXT), rgb(MapText.SUBTEXT),
      rgb(MapText.GOAL_FILL), rgb(MapText.GOAL_TEXT), rgb(MapText.METRIC_FILL), rgb(MapText.METRIC_FRAME),
      rgb(MapText.EFFICIENCY_FILL), rgb(MapText.STRATEGIC_FILL), rgb(MapText.FRAME), rgb(MapText.NO_METRIC),
      rgb(MapText.GOAL_TEXT),
      rgb(MapText.GOAL_LINE), rgb(MapText.LINK_LINE), rgb(MapText.SELECTED), rgb(MapText.SUBTEXT));

  /** The same language in the current theme's colours (Window › Preferences › General › Appearance). */
  static Palette screen() {
    return new Palette(ThemeColors.rgb(ThemeColors.BACKGROUND), ThemeColors.rgb(ThemeColors.TEXT),
        ThemeColors.rgb(ThemeColors.SECONDARY_TEXT), ThemeColors.rgb(ThemeColors.MAP_GOAL_FILL),
        ThemeColors.rgb(ThemeColors.MAP_GOAL_TEXT), ThemeColors.rgb(ThemeColors.MAP_METRIC_FILL),
        ThemeColors.rgb(ThemeColors.MAP_METRIC_FRAME), ThemeColors.rgb(ThemeColors.MAP_EFFICIENCY_FILL),
        ThemeColors.rgb(ThemeColors.MAP_STRATEGIC_FILL), ThemeColors.rgb(ThemeColors.MAP_FRAME),
        ThemeColors.rgb(ThemeColors.MAP_NO_METRIC), ThemeColors.rgb(ThemeColors.MAP_NO_METRIC_TEXT),
        ThemeColors.rgb(ThemeColors.MAP_GOAL_LINE),
        ThemeColors.rgb(ThemeColors.MAP_LINK_LINE), rgb(MapText.SELECTED),
        ThemeColors.rgb(ThemeColors.SECONDARY_TEXT));
  }

  private MapStyle() {
  }

  static RGB rgb(int[] c) {
    return new RGB(c[0], c[1], c[2]);
  }

  /** What every text painted goes through (an export that names people by role sets it; the screen does not). */
  static java.util.function.UnaryOperator<String> text = java.util.function.UnaryOperator.identity();

  static String title(EObject o) {
    return text.apply(MapText.title(o));
  }

  static String subtitle(EObject o) {
    return text.apply(MapText.subtitle(o));
  }

  static boolean unlinked(EObject o) {
    return MapText.unlinked(o);
  }

  static double[] arrowhead(double[] p) {
    return MapText.arrowhead(p);
  }

  static List<String> wrap(String text, double width, int maxLines, java.util.function.ToDoubleFunction<String> measure) {
    return MapText.wrap(text, width, maxLines, measure);
  }
}
