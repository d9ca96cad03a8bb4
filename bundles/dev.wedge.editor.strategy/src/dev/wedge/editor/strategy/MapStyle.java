package dev.wedge.editor.strategy;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

import dev.wedge.strategy.map.MapText;

/** {@link MapText}'s visual language as SWT colours, for the screen and PNG. */
final class MapStyle {

  static final RGB GOAL_FILL = rgb(MapText.GOAL_FILL);
  static final RGB GOAL_TEXT = rgb(MapText.GOAL_TEXT);
  static final RGB METRIC_FILL = rgb(MapText.METRIC_FILL);
  static final RGB METRIC_FRAME = rgb(MapText.METRIC_FRAME);
  static final RGB EFFICIENCY_FILL = rgb(MapText.EFFICIENCY_FILL);
  static final RGB STRATEGIC_FILL = rgb(MapText.STRATEGIC_FILL);
  static final RGB FRAME = rgb(MapText.FRAME);
  static final RGB NO_METRIC = rgb(MapText.NO_METRIC);
  static final RGB TEXT = rgb(MapText.TEXT);
  static final RGB SUBTEXT = rgb(MapText.SUBTEXT);
  static final RGB GOAL_LINE = rgb(MapText.GOAL_LINE);
  static final RGB LINK_LINE = rgb(MapText.LINK_LINE);
  static final RGB SELECTED = rgb(MapText.SELECTED);

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

  static RGB fill(EObject o) {
    return rgb(MapText.fill(o));
  }

  static double[] arrowhead(double[] p) {
    return MapText.arrowhead(p);
  }

  static List<String> wrap(String text, double width, int maxLines, java.util.function.ToDoubleFunction<String> measure) {
    return MapText.wrap(text, width, maxLines, measure);
  }
}
