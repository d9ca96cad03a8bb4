package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.ui.theme.ThemeColors;

/**
 * Draws the power/interest grid as {@link GridPlacement} lays it out: the four quadrants with their names, the axes,
 * the stances' legend, each stakeholder's marker coloured by stance with its name, and where a marker being dragged
 * would land.
 */
final class GridPainter {

  private static final int R = GridPlacement.R;

  // the current theme's colours (ThemeColors), taken afresh for every paint: another theme repaints in its own
  private Color line;
  private Color quadrantHot;
  private Color quadrantWarm;
  private Color selectedRing;
  private Color label;
  private Color text;


  /** Paints the grid; {@code dragging} is drawn at {@code dragAt} when a drag is under way. */
  void paint(GC gc, Rectangle area, GridPlacement g, Stakeholder selected, Stakeholder dragging, Point dragAt) {
    line = ThemeColors.color(ThemeColors.LINE);
    quadrantHot = ThemeColors.color(ThemeColors.GRID_QUADRANT_HOT);
    quadrantWarm = ThemeColors.color(ThemeColors.GRID_QUADRANT_WARM);
    selectedRing = ThemeColors.color(ThemeColors.SELECTION);
    label = ThemeColors.color(ThemeColors.SECONDARY_TEXT);
    text = ThemeColors.color(ThemeColors.TEXT);
    gc.setBackground(ThemeColors.color(ThemeColors.BACKGROUND));
    gc.fillRectangle(area);
    gc.setAntialias(SWT.ON);
    gc.setTextAntialias(SWT.ON);
    Rectangle p = new Rectangle(g.plotX, g.plotY, g.plotWidth, g.plotHeight);
    quadrants(gc, g, p);
    axes(gc, g, p);
    legend(gc, p);
    for (Map.Entry<Stakeholder, GridPlacement.Marker> e : g.markers().entrySet()) {
      Stakeholder s = e.getKey();
      GridPlacement.Marker m = e.getValue();
      Point c = s == dragging && dragAt != null ? dragAt : new Point(m.x(), m.y());
      marker(gc, s, c, m.labelWidth(), g.more(s), s == selected, s == dragging);
    }
    if (dragging != null && dragAt != null) {
      int influence = PowerInterest.snap(g.influenceAt(dragAt.y));
      int interest = PowerInterest.snap(g.interestAt(dragAt.x));
      gc.setForeground(selectedRing);
      gc.drawText(NLS.bind(Messages.Grid_Drag, new Object[] {PowerInterest.quadrant(influence, interest).label(),
          influence, interest}), dragAt.x + 12, dragAt.y + 10, true);
    }
  }

  private void quadrants(GC gc, GridPlacement g, Rectangle p) {
    int mx = (int) Math.round(g.x(PowerInterest.MIDDLE));
    int my = (int) Math.round(g.y(PowerInterest.MIDDLE));
    gc.setBackground(quadrantHot);
    gc.fillRectangle(mx, p.y, p.x + p.width - mx, my - p.y);
    gc.setBackground(quadrantWarm);
    gc.fillRectangle(p.x, p.y, mx - p.x, my - p.y);
    gc.fillRectangle(mx, my, p.x + p.width - mx, p.y + p.height - my);
    gc.setForeground(line);
    gc.drawRectangle(p);
    gc.setLineStyle(SWT.LINE_DASH);
    gc.drawLine(mx, p.y, mx, p.y + p.height);
    gc.drawLine(p.x, my, p.x + p.width, my);
    gc.setLineStyle(SWT.LINE_SOLID);
    gc.setForeground(label);
    Font normal = gc.getFont();
    gc.setFont(JFaceResources.getBannerFont());
    corner(gc, PowerInterest.Quadrant.KEEP_SATISFIED.label(), p.x + 6, p.y + 4, false);
    corner(gc, PowerInterest.Quadrant.MANAGE_CLOSELY.label(), p.x + p.width - 6, p.y + 4, true);
    corner(gc, PowerInterest.Quadrant.MONITOR.label(), p.x + 6, p.y + p.height - 22, false);
    corner(gc, PowerInterest.Quadrant.KEEP_INFORMED.label(), p.x + p.width - 6, p.y + p.height - 22, true);
    gc.setFont(normal);
  }

  private static void axes(GC gc, GridPlacement g, Rectangle p) {
    for (int v = 1; v <= 5; v++) {
      String t = String.valueOf(v);
      gc.drawText(t, (int) g.x(v) - gc.textExtent(t).x / 2, p.y + p.height + 4, true);
      gc.drawText(t, p.x - 14, (int) g.y(v) - gc.getFontMetrics().getHeight() / 2, true);
    }
    String xTitle = Messages.Grid_InterestAxis;
    gc.drawText(xTitle, p.x + p.width / 2 - gc.textExtent(xTitle).x / 2, p.y + p.height + 22, true);
    gc.drawText(Messages.Grid_InfluenceAxis, 4, p.y + p.height / 2 - 18, true);
    gc.drawText("\u2191", 28, p.y + p.height / 2, true);
  }

  private static void corner(GC gc, String text, int x, int y, boolean alignRight) {
    int w = gc.textExtent(text).x;
    gc.drawText(text, alignRight ? x - w : x, y, true);
  }

  private void legend(GC gc, Rectangle p) {
    int x = p.x;
    int y = 8;
    for (Stance s : Stance.VALUES) {
      gc.setBackground(Stances.color(s));
      gc.fillOval(x, y + 3, 10, 10);
      gc.setForeground(label);
      String label = Stances.label(s);
      gc.drawText(label, x + 14, y, true);
      x += 14 + gc.textExtent(label).x + 16;
    }
  }

  private void marker(GC gc, Stakeholder s, Point c, int room, Integer more, boolean selected, boolean dragged) {
    if (more != null && !dragged) {
      gc.setForeground(label);
      gc.drawText(NLS.bind(Messages.Grid_More, more), c.x - R, c.y - gc.getFontMetrics().getHeight() / 2, true);
      return;
    }
    gc.setBackground(Stances.color(s.getStance()));
    gc.fillOval(c.x - R, c.y - R, 2 * R, 2 * R);
    if (selected) {
      gc.setForeground(selectedRing);
      gc.setLineWidth(2);
      gc.drawOval(c.x - R - 3, c.y - R - 3, 2 * R + 6, 2 * R + 6);
      gc.setLineWidth(1);
    }
    gc.setForeground(text);
    String name = s.getName() == null ? "?" : s.getName();
    if (!dragged && gc.textExtent(name).x > room) {
      while (name.length() > 1 && gc.textExtent(name + "\u2026").x > room) {
        name = name.substring(0, name.length() - 1);
      }
      name = name + "\u2026";
    }
    gc.drawText(name, c.x + R + 4, c.y - gc.getFontMetrics().getHeight() / 2, true);
  }
}
