package dev.wedge.strategy.map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.wedge.core.text.Localized;
import dev.wedge.model.AiUse;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Direction;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.Intent;
import dev.wedge.model.MetricKind;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;

/**
 * What the strategy map's gestures do to the model, decided without a display (the canvas runs the result as one
 * command): a drag between an initiative and a metric links them (once), a drag between a metric and a goal sets the
 * goal the metric serves; a new goal, metric or initiative starts with its defaults, next to the selection where
 * that means something (a metric under the selected goal, an initiative linked to the selected metric).
 */
public final class MapEdits {

  private MapEdits() {
  }

  /** What a drag does: a new link of an initiative, a metric's goal, a refusal in a sentence, or nothing. */
  public record Connection(Initiative initiative, MetricLink link, BusinessMetric metric, BusinessGoal goal,
      String refusal) {

    static final Connection NONE = new Connection(null, null, null, null, null);

    /** Whether the drag links an initiative to a metric ({@link #link} is the link to add to it). */
    public boolean links() {
      return link != null;
    }

    /** Whether the drag sets the metric's goal. */
    public boolean setsGoal() {
      return link == null && metric != null && goal != null;
    }
  }

  /** What a drag from {@code from} to {@code to} (either way round) does. */
  public static Connection connect(EObject from, EObject to) {
    Initiative initiative = from instanceof Initiative i ? i : to instanceof Initiative i ? i : null;
    BusinessMetric metric = from instanceof BusinessMetric m ? m : to instanceof BusinessMetric m ? m : null;
    BusinessGoal goal = from instanceof BusinessGoal g ? g : to instanceof BusinessGoal g ? g : null;
    if (initiative != null && metric != null) {
      if (initiative.getLinks().stream().anyMatch(l -> l.getMetric() == metric)) {
        return new Connection(initiative, null, metric, null, MapLinks.text().get("link.already",
            initiative.getName(), metric.getName()));
      }
      MetricLink link = WedgeFactory.eINSTANCE.createMetricLink();
      link.setMetric(metric);
      return new Connection(initiative, link, metric, null, null);
    }
    if (metric != null && goal != null) {
      return new Connection(null, null, metric, goal, null);
    }
    return Connection.NONE;
  }

  /**
   * Gives the new goal, metric or initiative {@code o} its defaults (and places it next to {@code selected}); returns
   * the model's list it is added to, or null when {@code o} is none of the three.
   */
  public static EReference prepare(EObject o, EObject selected) {
    if (o instanceof BusinessGoal g) {
      g.setName(MapLinks.text().get("new.goal"));
      return Literals.STRATEGY_MODEL__GOALS;
    }
    if (o instanceof BusinessMetric m) {
      m.setName(MapLinks.text().get("new.metric"));
      m.setKind(MetricKind.OTHER);
      m.setDirection(Direction.INCREASE);
      if (selected instanceof BusinessGoal g) {
        m.setGoal(g);
      }
      return Literals.STRATEGY_MODEL__METRICS;
    }
    if (o instanceof Initiative i) {
      i.setName(MapLinks.text().get("new.initiative"));
      i.setUse(AiUse.OTHER);
      i.setIntent(Intent.EFFICIENCY);
      i.setStatus(InitiativeStatus.IDEA);
      if (selected instanceof BusinessMetric m) {
        MetricLink link = WedgeFactory.eINSTANCE.createMetricLink();
        link.setMetric(m);
        i.getLinks().add(link);
      }
      return Literals.STRATEGY_MODEL__INITIATIVES;
    }
    return null;
  }
}
