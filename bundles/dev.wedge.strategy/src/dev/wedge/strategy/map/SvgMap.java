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
        + " viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\""
        + " aria-labelledby=\"map-title\" aria-describedby=\"map-desc\">%n", w, h, w, h));
    sb.append("<title id=\"map-title\">").append(esc(text.apply(title))).append("</title>\n");
    sb.append("<desc id=\"map-desc\">").append(esc(description(g))).append("</desc>\n");
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
      double tag = unlinked ? width("NO METRIC", 10, true) + 8 : 0;
      java.util.List<String> lines = MapText.wrap(text.apply(MapText.title(o)), b.width() - 14, 2,
          t -> width(t, 12, true));
      double y = b.y() + 17;
      for (String line : lines) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\""
            + " fill=\"%s\">%s</text>", b.x() + 7, y, ink, esc(fit(line, b.width() - 14, 12, true))));
        y += 15;
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>",
          b.x() + 7, b.y() + b.height() - 6, sub, esc(fit(text.apply(MapText.subtitle(o)), b.width() - 14, 10,
              false))));
      if (unlinked) { // above the box's top edge, as wide as its text
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"15\" rx=\"3\""
            + " fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" font-weight=\"bold\""
            + " fill=\"#ffffff\">NO METRIC</text>", b.x() + b.width() - 4 - tag, b.y() - 12, tag,
            hex(MapText.NO_METRIC), b.x() + b.width() - tag, b.y()));
      }
      sb.append("</g>\n");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** What the map shows, for its {@code desc}: how many goals, metrics and initiatives, and the unlinked ones. */
  public static String description(MapLayout.Geometry g) {
    long goals = g.boxes().keySet().stream().filter(o -> o instanceof BusinessGoal).count();
    long metrics = g.boxes().keySet().stream().filter(o -> o instanceof BusinessMetric).count();
    long unlinked = g.boxes().keySet().stream().filter(MapText::unlinked).count();
    long initiatives = g.boxes().size() - goals - metrics;
    return "Strategy map: " + dev.wedge.core.text.Plurals.count(goals, "business goal", "business goals") + ", "
        + dev.wedge.core.text.Plurals.count(metrics, "business metric", "business metrics") + " and "
        + dev.wedge.core.text.Plurals.count(initiatives, "AI initiative", "AI initiatives") + "; "
        + (unlinked == 0 ? "every initiative is tied to a metric" : dev.wedge.core.text.Plurals.count(unlinked,
            "initiative", "initiatives") + " without a business metric (marked NO METRIC)") + ".";
  }

  /**
   * The width of {@code text} at {@code size}, measured with the Java runtime's sans-serif font (on Linux DejaVu
   * Sans, wider than the Helvetica or Arial a viewer shows: text measured so fits with room to spare).
   */
  public static double width(String text, double size, boolean bold) {
    return new java.awt.Font(java.awt.Font.SANS_SERIF, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1)
        .deriveFont((float) size).getStringBounds(text, FRC).getWidth();
  }

  private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

  /** {@code text}, shortened with an ellipsis until it fits {@code width}. */
  static String fit(String text, double width, double size, boolean bold) {
    if (text == null || width(text, size, bold) <= width) {
      return text;
    }
    String t = text;
    while (t.length() > 1 && width(t + "\u2026", size, bold) > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip() + "\u2026";
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
