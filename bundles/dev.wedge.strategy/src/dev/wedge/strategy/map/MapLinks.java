package dev.wedge.strategy.map;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.core.text.Localized;
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

  /** The map's sentences in the workbench's language. */
  static Localized text() {
    return Localized.of(MapLinks.class, Localized.workbench());
  }

  /** What a drag from {@code from} says while over {@code to} (null: over no box). */
  public static String hint(EObject from, EObject to) {
    if (to == null || to == from) {
      return from instanceof Initiative ? text().get("hint.toMetric")
          : from instanceof BusinessMetric ? text().get("hint.toGoal") : "";
    }
    return text().get(canConnect(from, to) ? "hint.release" : "hint.cannotLink");
  }

  /** The tooltip of a link's line: initiative \u2192 metric, and its hypothesis or how to write one. */
  public static String tooltip(MetricLink l) {
    Initiative i = (Initiative) l.eContainer();
    String h = l.getHypothesis() == null || l.getHypothesis().isBlank() ? text().get("link.noHypothesis")
        : l.getHypothesis();
    return i.getName() + " \u2192 " + (l.getMetric() == null ? "?" : l.getMetric().getName()) + "\n" + h;
  }
}
