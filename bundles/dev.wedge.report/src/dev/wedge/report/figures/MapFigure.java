package dev.wedge.report.figures;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.MetricLink;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.MapText;

/** The strategy map, scaled to the page, in the map editor's visual language. */
public final class MapFigure implements Figure {

  private final MapLayout.Geometry geometry;
  private final double scale;
  private final java.util.function.Function<EObject, String> title;
  private final java.util.function.Function<EObject, String> subtitle;

  /** {@code title}: the text of a box (names of people already replaced when the brief leaves them out). */
  public MapFigure(MapLayout.Geometry geometry, double maxWidth, java.util.function.Function<EObject, String> title) {
    this(geometry, maxWidth, title, MapText::subtitle);
  }

  /** {@code subtitle}: the small line at the bottom of a box. */
  public MapFigure(MapLayout.Geometry geometry, double maxWidth, java.util.function.Function<EObject, String> title,
      java.util.function.Function<EObject, String> subtitle) {
    this.geometry = geometry;
    this.scale = Math.min(1, maxWidth / Math.max(1, geometry.width()));
    this.title = title;
    this.subtitle = subtitle;
  }

  @Override
  public double width() {
    return geometry.width() * scale;
  }

  @Override
  public double height() {
    return geometry.height() * scale;
  }

  @Override
  public String title() {
    return "Strategy map";
  }

  @Override
  public String description() {
    long unlinked = geometry.boxes().keySet().stream().filter(MapText::unlinked).count();
    return "Strategy map: " + geometry.boxes().size() + " goals, metrics and initiatives; "
        + dev.wedge.core.text.Plurals.count(unlinked, "initiative", "initiatives") + " without a business metric";
  }

  @Override
  public void draw(Draw d) {
    double s = scale;
    for (MapLayout.Line l : geometry.lines()) {
      boolean link = l.element() instanceof MetricLink;
      double[] p = l.points().clone();
      for (int i = 0; i < p.length; i++) {
        p[i] *= s;
      }
      boolean noHypothesis = link && (((MetricLink) l.element()).getHypothesis() == null
          || ((MetricLink) l.element()).getHypothesis().isBlank());
      d.polyline(p, link ? MapText.LINK_LINE : MapText.GOAL_LINE, link ? 1.4 : 0.8, noHypothesis);
      d.polygon(MapText.arrowhead(p), link ? MapText.LINK_LINE : MapText.GOAL_LINE);
    }
    for (Map.Entry<EObject, MapLayout.Box> e : geometry.boxes().entrySet()) {
      EObject o = e.getKey();
      MapLayout.Box b = e.getValue();
      boolean unlinked = MapText.unlinked(o);
      d.rect(b.x() * s, b.y() * s, b.width() * s, b.height() * s, MapText.fill(o), unlinked ? MapText.NO_METRIC
          : o instanceof BusinessMetric ? MapText.METRIC_FRAME : MapText.FRAME, 4 * s, unlinked);
      boolean goal = o instanceof BusinessGoal;
      double size = 11 * s;
      List<String> lines = MapText.wrap(title.apply(o), (b.width() - 12) * s, 2, t -> d.textWidth(t, size, true));
      double y = (b.y() + 15) * s;
      for (String line : lines) {
        d.text((b.x() + 6) * s, y, line, size, true, goal ? MapText.GOAL_TEXT : MapText.TEXT, Draw.Anchor.START);
        y += 13 * s;
      }
      String small = subtitle.apply(o);
      d.text((b.x() + 6) * s, (b.y() + b.height() - 6) * s, small.contains("Goal \u00b7") ? "Business goal" : small,
          9 * s, false, goal ? MapText.GOAL_TEXT : MapText.SUBTEXT,
          Draw.Anchor.START);
      if (unlinked) {
        d.rect((b.x() + b.width() - 68) * s, (b.y() - 7) * s, 64 * s, 13 * s, MapText.NO_METRIC, null, 2 * s, false);
        d.text((b.x() + b.width() - 36) * s, (b.y() + 3) * s, "NO METRIC", 8 * s, true, MapText.GOAL_TEXT,
            Draw.Anchor.MIDDLE);
      }
    }
  }
}
