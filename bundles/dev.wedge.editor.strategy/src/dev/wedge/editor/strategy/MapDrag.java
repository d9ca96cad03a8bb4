package dev.wedge.editor.strategy;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

import dev.wedge.model.MetricLink;
import dev.wedge.strategy.map.MapLinks;

/**
 * The strategy map under the mouse: a press selects the box or line under it; a drag from a box draws a line to
 * link it (with a hint of what the drop would do), a drag on the empty map pans it; hovering a line names both its
 * ends and its hypothesis.
 */
final class MapDrag {

  private final StrategyMapCanvas map;
  private EObject hoverLine;
  private EObject pressed;
  private Point pressedAt;
  private Point lastMouse;
  private boolean linking;
  private boolean panning;

  MapDrag(StrategyMapCanvas map) {
    this.map = map;
  }

  /** The link (or metric) whose line is under the mouse, or null. */
  EObject hoverLine() {
    return hoverLine;
  }

  /** The box a link is being dragged from, or null. */
  EObject pressed() {
    return pressed;
  }

  Point lastMouse() {
    return lastMouse;
  }

  /** Whether a link is being dragged (from {@link #pressed} to {@link #lastMouse}). */
  boolean linking() {
    return linking && pressed != null;
  }

  void mouseDown(Event e) {
    map.setFocus();
    map.closeInline(true);
    if (e.button != 1) {
      return;
    }
    EObject o = map.nodeAt(e.x, e.y);
    EObject line = o == null ? map.lineAt(e.x, e.y) : null;
    map.select(o != null ? o : line);
    pressed = o;
    pressedAt = new Point(e.x, e.y);
    lastMouse = pressedAt;
    linking = false;
    panning = o == null && line == null;
  }

  void mouseMove(Event e) {
    Point previous = lastMouse;
    lastMouse = new Point(e.x, e.y);
    if ((e.stateMask & SWT.BUTTON1) != 0 && pressedAt != null) {
      if (panning && previous != null) {
        map.panBy(e.x - previous.x, e.y - previous.y);
        return;
      }
      if (pressed != null && (Math.abs(e.x - pressedAt.x) > 4 || Math.abs(e.y - pressedAt.y) > 4)) {
        linking = true;
        map.say(MapLinks.hint(pressed, map.nodeAt(e.x, e.y)));
        map.redraw();
      }
      return;
    }
    EObject line = map.nodeAt(e.x, e.y) == null ? map.lineAt(e.x, e.y) : null;
    if (line != hoverLine) {
      hoverLine = line;
      map.setToolTipText(line instanceof MetricLink l ? MapLinks.tooltip(l) : null);
      map.redraw();
    }
  }

  void mouseUp(Event e) {
    EObject from = pressed;
    boolean wasLinking = linking;
    pressed = null;
    pressedAt = null;
    linking = false;
    panning = false;
    if (wasLinking && from != null) {
      EObject to = map.nodeAt(e.x, e.y);
      map.say("");
      if (to != null && to != from) {
        map.connect(from, to);
      }
      map.redraw();
    }
  }
}
