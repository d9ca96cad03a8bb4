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

  /** The size of a box's title and of its small line: 8.6 and 8.25 pt where the map is printed at its size. */
  static final double TITLE = 11.5;
  static final double SUBTITLE = 11;

  /** {@code text}, shortened with an ellipsis until it fits {@code width}. */
  static String fit(Draw d, String text, double width, double size, boolean bold) {
    if (d.textWidth(text, size, bold) <= width) {
      return text;
    }
    String t = text;
    while (t.length() > 1 && d.textWidth(t + "\u2026", size, bold) > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip() + "\u2026";
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
      // text at a fixed size, whatever the map's scale (8 pt and more in print), fitted to its box
      double inner = (b.width() - 12) * s;
      double size = TITLE;
      List<String> lines = MapText.wrap(title.apply(o), inner, 2, t -> d.textWidth(t, size, true));
      double y = b.y() * s + size + 2;
      for (String line : lines) {
        d.text((b.x() + 6) * s, y, fit(d, line, inner, size, true), size, true, goal ? MapText.GOAL_TEXT : MapText.TEXT,
            Draw.Anchor.START);
        y += size + 1.5;
      }
      String small = subtitle.apply(o);
      small = small.contains("Goal \u00b7") ? "Business goal" : small;
      d.text((b.x() + 6) * s, (b.y() + b.height()) * s - 4, fit(d, small, inner, SUBTITLE, false), SUBTITLE, false,
          goal ? MapText.GOAL_TEXT : MapText.SUBTEXT, Draw.Anchor.START);
      if (unlinked) {
        double w = d.textWidth("NO METRIC", SUBTITLE, true) + 8;
        double right = (b.x() + b.width() - 4) * s;
        d.rect(right - w, b.y() * s - SUBTITLE - 2, w, SUBTITLE + 3, MapText.NO_METRIC, null, 2, false);
        d.text(right - w / 2, b.y() * s - 2.5, "NO METRIC", SUBTITLE, true, MapText.GOAL_TEXT, Draw.Anchor.MIDDLE);
      }
    }
  }
}
