package dev.wedge.editor.strategy;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;

/** The strategy map's legend, at its top: the kinds of box, the dashed line, the zoom. */
final class MapLegend {

  private static final int LEGEND_LINE = 18;

  private MapLegend() {
  }

  /**
   * Paints the legend's lines at the top of a map {@code width} wide: they wrap to the width rather than run off its
   * right edge. Returns the legend's bottom (the map starts below it).
   */
  static int paint(GC gc, MapStyle.Palette palette, int width, double zoom) {
    int[] at = {8, 6};
    Color text = new Color(palette.legendText());
    swatch(gc, at, width, palette.goalFill(), palette.goalFill(), text, Messages.Legend_Goal);
    swatch(gc, at, width, palette.metricFill(), palette.metricFrame(), text, Messages.Legend_Metric);
    swatch(gc, at, width, palette.efficiencyFill(), palette.frame(), text, Messages.Legend_Efficiency);
    swatch(gc, at, width, palette.strategicFill(), palette.frame(), text, Messages.Legend_Strategic);
    swatch(gc, at, width, palette.metricFill(), palette.noMetric(), text, Messages.Legend_NoMetric);
    gc.setForeground(text);
    for (String note : new String[] {Messages.Legend_Dashed,
        String.format(java.util.Locale.ROOT, "%.0f%%", zoom * 100)}) {
      int w = gc.textExtent(note).x;
      if (at[0] + w > width - 8 && at[0] > 8) {
        at[0] = 8;
        at[1] += LEGEND_LINE;
      }
      gc.drawText(note, at[0], at[1], true);
      at[0] += w + 14;
    }
    return at[1] + LEGEND_LINE;
  }

  private static void swatch(GC gc, int[] at, int width, RGB fill, RGB frame, Color text, String label) {
    int w = 27 + gc.textExtent(label).x;
    if (at[0] + w > width - 8 && at[0] > 8) {
      at[0] = 8;
      at[1] += LEGEND_LINE;
    }
    int x = at[0];
    int y = at[1];
    gc.setBackground(new Color(fill));
    gc.fillRoundRectangle(x, y + 2, 22, 13, 4, 4);
    gc.setForeground(new Color(frame));
    gc.drawRoundRectangle(x, y + 2, 22, 13, 4, 4);
    gc.setForeground(text);
    gc.drawText(label, x + 27, y, true);
    at[0] = x + w + 14;
  }
}
