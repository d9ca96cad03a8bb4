package dev.wedge.report.figures;

import java.util.List;
import java.util.Locale;

/** Grouped bars (percentages): one group per category, one bar per series, values written above the bars. */
public final class BarsFigure implements Figure {

  /** A series: its name, colour and one value per category. */
  public record Series(String name, int[] rgb, double[] values) {
  }

  private final String description;
  private final List<String> categories;
  private final List<Series> series;
  private final double width;
  private final double height;
  private final int highlight;

  /** {@code highlight}: a category to mark (the team's own position), or -1. */
  public BarsFigure(String description, List<String> categories, List<Series> series, double width, double height,
      int highlight) {
    this.description = description;
    this.categories = categories;
    this.series = series;
    this.width = width;
    this.height = height;
    this.highlight = highlight;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void draw(Draw d) {
    double max = 10;
    for (Series s : series) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    max = Math.ceil(max / 10) * 10;
    double left = 8;
    double right = width - 8;
    double top = TrendFigure.TEXT + 6;
    double bottom = height - 40;
    d.rect(0, 0, width, height, Colors.WHITE, null, 0, false);
    double group = (right - left) / categories.size();
    double bar = Math.min(34, (group - 12) / series.size());
    for (int c = 0; c < categories.size(); c++) {
      double gx = left + c * group + (group - bar * series.size()) / 2;
      if (c == highlight) {
        d.rect(left + c * group + 2, top - 10, group - 4, bottom - top + 10, Colors.BAND, null, 4, false);
      }
      for (int s = 0; s < series.size(); s++) {
        double v = series.get(s).values()[c];
        double h = (bottom - top) * v / max;
        double x = gx + s * bar;
        d.rect(x + 1, bottom - h, bar - 2, h, series.get(s).rgb(), null, 0, false);
        d.text(x + bar / 2, bottom - h - 2, String.format(Locale.ROOT, "%.0f%%", v), TrendFigure.TEXT, false, Colors.INK,
            Draw.Anchor.MIDDLE);
      }
      d.text(left + c * group + group / 2, bottom + TrendFigure.TEXT + 3, categories.get(c), TrendFigure.TEXT, c == highlight, Colors.INK,
          Draw.Anchor.MIDDLE);
    }
    d.line(left, bottom, right, bottom, Colors.MUTED, 0.7, false);
    double lx = left;
    for (Series s : series) {
      d.rect(lx, height - 4 - TrendFigure.TEXT * 0.6, 10, 6, s.rgb(), null, 0, false);
      d.text(lx + 13, height - 4, s.name(), TrendFigure.TEXT, false, Colors.INK, Draw.Anchor.START);
      lx += 13 + d.textWidth(s.name(), TrendFigure.TEXT, false) + 14;
    }
  }
}
