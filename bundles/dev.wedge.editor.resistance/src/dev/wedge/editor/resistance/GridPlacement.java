package dev.wedge.editor.resistance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.model.Stakeholder;

/**
 * Where the power/interest grid draws what, for a canvas of a given size, in plain pixels (no SWT: tested on its
 * own): the plot's scale (interest across, influence up, 0.5 to 5.5 spanning it) and each stakeholder's marker. The
 * stakeholders with the same scores share the cell around that point, stacked in one column (up to three when they
 * do not fit), the marker on the left and the name after it; a cell too full for them all ends in "+N more".
 */
final class GridPlacement {

  static final int LEFT = 70;
  static final int RIGHT = 24;
  static final int TOP = 34;
  static final int BOTTOM = 44;
  /** A marker's radius. */
  static final int R = 7;

  /** A marker's centre and the room its name has after it. */
  record Marker(int x, int y, int labelWidth) {
  }

  final int plotX = LEFT;
  final int plotY = TOP;
  final int plotWidth;
  final int plotHeight;
  private final Map<Stakeholder, Marker> markers = new LinkedHashMap<>();
  private final Map<Stakeholder, Integer> overflow = new LinkedHashMap<>();

  GridPlacement(int width, int height, List<Stakeholder> stakeholders) {
    plotWidth = Math.max(40, width - LEFT - RIGHT);
    plotHeight = Math.max(40, height - TOP - BOTTOM);
    place(stakeholders);
  }

  /** Pixel x of an interest score. */
  double x(double interest) {
    return plotX + (interest - 0.5) / 5.0 * plotWidth;
  }

  /** Pixel y of an influence score. */
  double y(double influence) {
    return plotY + plotHeight - (influence - 0.5) / 5.0 * plotHeight;
  }

  double interestAt(int px) {
    return 0.5 + (px - plotX) * 5.0 / plotWidth;
  }

  double influenceAt(int py) {
    return 0.5 + (plotY + plotHeight - py) * 5.0 / plotHeight;
  }

  /** The markers drawn, in drawing order (a full cell's last one stands for the rest: {@link #more}). */
  Map<Stakeholder, Marker> markers() {
    return markers;
  }

  /** How many stakeholders {@code s}'s marker stands for when it ends a full cell, else null. */
  Integer more(Stakeholder s) {
    return overflow.get(s);
  }

  private void place(List<Stakeholder> stakeholders) {
    Map<Long, List<Stakeholder>> cells = new LinkedHashMap<>();
    for (Stakeholder s : stakeholders) {
      int inf = PowerInterest.snap(s.getInfluence());
      int in = PowerInterest.snap(s.getInterest());
      cells.computeIfAbsent(inf * 10L + in, k -> new ArrayList<>()).add(s);
    }
    int cellWidth = plotWidth / 5;
    int cellHeight = plotHeight / 5;
    for (List<Stakeholder> cell : cells.values()) {
      Stakeholder first = cell.get(0);
      int cx = (int) Math.round(x(PowerInterest.snap(first.getInterest())));
      int cy = (int) Math.round(y(PowerInterest.snap(first.getInfluence())));
      int step = 2 * R + 3;
      int capacity = 3 * Math.max(1, (cellHeight - 4) / step);
      if (cell.size() > capacity) { // thousands: the first ones, then "+N more"
        overflow.put(cell.get(capacity - 1), cell.size() - capacity + 1);
        cell = cell.subList(0, capacity);
      }
      int n = cell.size();
      int columns = Math.max(1, Math.min(3, (int) Math.ceil(n * step / (double) Math.max(step, cellHeight - 4))));
      int perColumn = (n + columns - 1) / columns;
      step = Math.min(step, Math.max(4, (cellHeight - 4) / perColumn));
      int columnWidth = cellWidth / columns;
      for (int i = 0; i < n; i++) {
        int col = i / perColumn;
        int row = i % perColumn;
        // one column: the dot on the score's tick, the name after it; more: the cell shared out
        int x = columns == 1 ? cx : cx - cellWidth / 2 + col * columnWidth + R + 4;
        int y = cy - (perColumn - 1) * step / 2 + row * step;
        markers.put(cell.get(i), new Marker(x, y, columns == 1 ? cellWidth / 2 + cellWidth / 3
            : columnWidth - 2 * R - 10));
      }
    }
  }

  /** The stakeholder whose marker (or the name beside it) is at the pixel, the nearest marker first; else null. */
  Stakeholder at(int px, int py) {
    Stakeholder best = null;
    int bestDistance = (R + 3) * (R + 3);
    for (Map.Entry<Stakeholder, Marker> e : markers.entrySet()) {
      int dx = e.getValue().x() - px;
      int dy = e.getValue().y() - py;
      if (dx * dx + dy * dy <= bestDistance) {
        best = e.getKey();
        bestDistance = dx * dx + dy * dy;
      }
    }
    if (best == null) { // the name beside a marker is part of it
      for (Map.Entry<Stakeholder, Marker> e : markers.entrySet()) {
        Marker c = e.getValue();
        if (py >= c.y() - R && py <= c.y() + R && px > c.x() && px < c.x() + R + 6 + c.labelWidth()) {
          return e.getKey();
        }
      }
    }
    return best;
  }
}
