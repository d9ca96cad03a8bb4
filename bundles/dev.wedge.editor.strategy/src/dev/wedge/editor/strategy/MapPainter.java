package dev.wedge.editor.strategy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;

import dev.wedge.strategy.map.MapLayout;
import dev.wedge.strategy.map.MapLayout.Box;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.MetricLink;
import dev.wedge.ui.decorations.ObjectDecorator.Level;

/** Paints a laid-out map on a GC in map coordinates (the caller sets the transform): screen, PNG. */
final class MapPainter {

  private final Font normal;
  private final Font bold;
  private final Font small;

  MapPainter(Font normal, Font bold, Font small) {
    this.normal = normal;
    this.bold = bold;
    this.small = small;
  }

  private static Color color(RGB rgb) {
    return new Color(rgb);
  }

  /**
   * @param palette    the colours: the theme's on screen, {@link MapStyle#PRINT} in exports
   * @param decoration the findings' level of an object (NONE when there is no analysis engine)
   * @param selected   the selected object, or null
   * @param hover      the line under the pointer, or null
   */
  void paint(GC gc, MapStyle.Palette palette, MapLayout.Geometry geometry, Function<EObject, Level> decoration,
      EObject selected, EObject hover) {
    gc.setAntialias(SWT.ON);
    gc.setTextAntialias(SWT.ON);
    for (MapLayout.Line line : geometry.lines()) {
      boolean link = line.element() instanceof MetricLink;
      boolean emphasised = line.element() == selected || line.element() == hover;
      gc.setForeground(color(emphasised ? palette.selected() : link ? palette.linkLine() : palette.goalLine()));
      gc.setLineWidth(emphasised ? 3 : link ? 2 : 1);
      if (link && (((MetricLink) line.element()).getHypothesis() == null
          || ((MetricLink) line.element()).getHypothesis().isBlank())) {
        gc.setLineStyle(SWT.LINE_DASH); // a link nobody has explained yet
      }
      double[] p = line.points();
      int[] pts = new int[p.length];
      for (int i = 0; i < p.length; i++) {
        pts[i] = (int) Math.round(p[i]);
      }
      gc.drawPolyline(pts);
      gc.setLineStyle(SWT.LINE_SOLID);
      // the arrowhead points at the goal or metric: the box at the other end drives it
      double[] head = MapStyle.arrowhead(p);
      int[] h = new int[head.length];
      for (int i = 0; i < head.length; i++) {
        h[i] = (int) Math.round(head[i]);
      }
      gc.setBackground(gc.getForeground());
      gc.fillPolygon(h);
    }
    gc.setLineWidth(1);
    for (Map.Entry<EObject, Box> e : geometry.boxes().entrySet()) {
      box(gc, palette, e.getKey(), e.getValue(), decoration.apply(e.getKey()), e.getKey() == selected);
    }
  }

  /** Where the title starts inside a box, from its left edge. */
  static final int TITLE_INSET = 7;

  /** The width the title may take in a box {@code w} wide with a badge {@code tagWidth} wide (0: none). */
  static int titleWidth(int w, int tagWidth) {
    return w - 2 * TITLE_INSET - (tagWidth > 0 ? tagWidth + 4 : 0);
  }

  /** The "no metric" badge of a box at {@code x, y}, {@code w} wide: inside it, top right, beside the title. */
  static org.eclipse.swt.graphics.Rectangle badge(int x, int y, int w, int tagWidth, int tagHeight) {
    return new org.eclipse.swt.graphics.Rectangle(x + w - tagWidth - 4, y + 4, tagWidth, tagHeight);
  }

  private void box(GC gc, MapStyle.Palette palette, EObject o, Box b, Level level, boolean selected) {
    int x = (int) Math.round(b.x());
    int y = (int) Math.round(b.y());
    int w = (int) Math.round(b.width());
    int h = (int) Math.round(b.height());
    gc.setBackground(color(palette.fill(o)));
    gc.fillRoundRectangle(x, y, w, h, 10, 10);
    boolean unlinked = MapStyle.unlinked(o);
    if (selected) {
      gc.setForeground(color(palette.selected()));
      gc.setLineWidth(3);
    } else if (unlinked) {
      gc.setForeground(color(palette.noMetric()));
      gc.setLineWidth(2);
      gc.setLineStyle(SWT.LINE_DASH);
    } else {
      gc.setForeground(color(o instanceof dev.wedge.model.BusinessMetric ? palette.metricFrame() : palette.frame()));
      gc.setLineWidth(o instanceof dev.wedge.model.BusinessMetric ? 2 : 1);
    }
    gc.drawRoundRectangle(x, y, w, h, 10, 10);
    gc.setLineWidth(1);
    gc.setLineStyle(SWT.LINE_SOLID);

    boolean goal = o instanceof BusinessGoal;
    gc.setFont(bold);
    gc.setForeground(color(goal ? palette.goalText() : palette.text()));
    // the "no metric" badge sits beside the title, inside the box: the title wraps short of it
    String tag = Messages.Map_NoMetricBadge;
    int tagWidth = 0;
    if (unlinked) {
      gc.setFont(small);
      tagWidth = gc.textExtent(tag).x + 8;
      gc.setFont(bold);
    }
    List<String> title = MapStyle.wrap(MapStyle.title(o), titleWidth(w, tagWidth), 2, s -> gc.textExtent(s).x);
    int lineHeight = gc.getFontMetrics().getHeight();
    int ty = y + 4;
    for (String t : title) {
      gc.drawText(t, x + TITLE_INSET, ty, true);
      ty += lineHeight - 1;
    }
    gc.setFont(small);
    gc.setForeground(color(goal ? palette.goalText() : palette.subtext()));
    String sub = MapStyle.subtitle(o);
    List<String> subLines = MapStyle.wrap(sub, w - 14, 1, s -> gc.textExtent(s).x);
    if (!subLines.isEmpty()) {
      gc.drawText(subLines.get(0), x + 7, y + h - gc.getFontMetrics().getHeight() - 3, true);
    }
    if (unlinked) {
      gc.setFont(small);
      org.eclipse.swt.graphics.Rectangle r = badge(x, y, w, tagWidth, gc.getFontMetrics().getHeight() + 2);
      gc.setBackground(color(palette.noMetric()));
      gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
      gc.setForeground(color(palette.noMetricText()));
      gc.drawText(tag, r.x + 4, r.y + 1, true);
    }
    if (level != null && level != Level.NONE) {
      RGB mark = switch (level) {
        case ERROR -> new RGB(200, 30, 30);
        case WARNING -> new RGB(230, 150, 20);
        default -> new RGB(31, 119, 180);
      };
      gc.setBackground(color(mark));
      gc.fillOval(x - 6, y - 6, 13, 13);
      gc.setForeground(color(palette.goalText()));
      gc.setFont(bold);
      String sign = level == Level.ERROR ? "!" : level == Level.WARNING ? "!" : "i";
      gc.drawText(sign, x - gc.textExtent(sign).x / 2, y - 6 - 1, true);
    }
    gc.setFont(normal);
  }
}
