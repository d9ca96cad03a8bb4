package dev.wedge.strategy.map;

import java.util.Locale;
import java.util.Map;


import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.MetricLink;

/**
 * The map as SVG, for slides: the same boxes, colours and lines as on screen, text as text (searchable, editable in
 * a drawing program), hypotheses as the lines' titles (tooltips in a browser).
 */
public final class SvgMap {

  private SvgMap() {
  }

  public static String of(MapLayout.Geometry g, String title) {
    return of(g, title, java.util.function.UnaryOperator.identity());
  }

  /** The map with every text it shows (titles, subtitles, hypotheses, its title) passed through {@code text}. */
  public static String of(MapLayout.Geometry g, String title, java.util.function.UnaryOperator<String> text) {
    StringBuilder sb = new StringBuilder();
    double w = Math.ceil(g.width());
    double h = Math.ceil(g.height());
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
        + " viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica, Arial, sans-serif\">%n", w, h, w, h));
    sb.append("<title>").append(esc(text.apply(title))).append("</title>\n");
    sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (MapLayout.Line l : g.lines()) {
      boolean link = l.element() instanceof MetricLink;
      String hypothesis = l.element() instanceof MetricLink ml ? text.apply(ml.getHypothesis()) : null;
      sb.append("<polyline fill=\"none\" stroke=\"").append(hex(link ? MapText.LINK_LINE : MapText.GOAL_LINE))
          .append("\" stroke-width=\"").append(link ? 2 : 1).append('"');
      if (link && (hypothesis == null || hypothesis.isBlank())) {
        sb.append(" stroke-dasharray=\"6 4\"");
      }
      sb.append(" points=\"");
      double[] p = l.points();
      for (int i = 0; i < p.length; i += 2) {
        sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[i], p[i + 1]));
      }
      sb.append("\">");
      if (hypothesis != null && !hypothesis.isBlank()) {
        sb.append("<title>").append(esc(hypothesis)).append("</title>");
      }
      sb.append("</polyline>\n");
      double[] a = MapText.arrowhead(p);
      sb.append(String.format(Locale.ROOT, "<polygon fill=\"%s\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>%n",
          hex(link ? MapText.LINK_LINE : MapText.GOAL_LINE), a[0], a[1], a[2], a[3], a[4], a[5]));
    }
    for (Map.Entry<EObject, MapLayout.Box> e : g.boxes().entrySet()) {
      EObject o = e.getKey();
      MapLayout.Box b = e.getValue();
      boolean unlinked = MapText.unlinked(o);
      int[] frame = unlinked ? MapText.NO_METRIC : o instanceof BusinessMetric ? MapText.METRIC_FRAME : MapText.FRAME;
      sb.append(String.format(Locale.ROOT, "<g><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\""
          + " fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s/>", b.x(), b.y(), b.width(), b.height(),
          hex(MapText.fill(o)), hex(frame), unlinked || o instanceof BusinessMetric ? 2 : 1,
          unlinked ? " stroke-dasharray=\"6 4\"" : ""));
      String ink = hex(o instanceof BusinessGoal ? MapText.GOAL_TEXT : MapText.TEXT);
      String sub = hex(o instanceof BusinessGoal ? MapText.GOAL_TEXT : MapText.SUBTEXT);
      java.util.List<String> lines = MapText.wrap(text.apply(MapText.title(o)), b.width() - 14, 2,
          s -> s.length() * 6.6);
      double y = b.y() + 17;
      for (String line : lines) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\""
            + " fill=\"%s\">%s</text>", b.x() + 7, y, ink, esc(line)));
        y += 15;
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>",
          b.x() + 7, b.y() + b.height() - 6, sub, esc(text.apply(MapText.subtitle(o)))));
      if (unlinked) {
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"66\" height=\"15\" rx=\"3\""
            + " fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#ffffff\">NO METRIC</text>",
            b.x() + b.width() - 70, b.y() - 8, hex(MapText.NO_METRIC), b.x() + b.width() - 66, b.y() + 3));
      }
      sb.append("</g>\n");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  static String hex(int[] c) {
    return MapText.hex(c);
  }

  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n') {
            sb.append(ch); // control characters are not allowed in XML 1.0
          }
        }
      }
    }
    return sb.toString();
  }
}
