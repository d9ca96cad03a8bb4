package dev.wedge.strategy.map;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;

/**
 * What the strategy map links: an initiative to the business metric it should move (a MetricLink, with its
 * hypothesis), a metric to the goal it serves; and the words the map shows while a link is dragged or pointed at.
 */
public final class MapLinks {

  private MapLinks() {
  }

  /** Whether a drag from {@code from} to {@code to} makes a link (either way round). */
  public static boolean canConnect(EObject from, EObject to) {
    return from instanceof Initiative && to instanceof BusinessMetric
        || from instanceof BusinessMetric && (to instanceof Initiative || to instanceof BusinessGoal)
        || from instanceof BusinessGoal && to instanceof BusinessMetric;
  }

  /** What a drag from {@code from} says while over {@code to} (null: over no box). */
  public static String hint(EObject from, EObject to) {
    if (to == null || to == from) {
      return from instanceof Initiative ? "Drop on the business metric this initiative should move"
          : from instanceof BusinessMetric ? "Drop on the goal this metric serves" : "";
    }
    return canConnect(from, to) ? "Release to link" : "These two cannot be linked";
  }

  /** The tooltip of a link's line: initiative \u2192 metric, and its hypothesis or how to write one. */
  public static String tooltip(MetricLink l) {
    Initiative i = (Initiative) l.eContainer();
    String h = l.getHypothesis() == null || l.getHypothesis().isBlank() ? "no hypothesis yet (double-click to write"
        + " it)" : l.getHypothesis();
    return i.getName() + " \u2192 " + (l.getMetric() == null ? "?" : l.getMetric().getName()) + "\n" + h;
  }
}
