package dev.wedge.report.figures;

import java.util.Locale;

/** Draws a figure as an inline SVG element. */
public final class SvgDraw implements Draw {

  private final StringBuilder sb = new StringBuilder();

  public static String svg(Figure f) {
    return svg(f, null);
  }

  /**
   * {@code f} as an image for assistive technology: {@code role="img"}, its {@link Figure#title() title} and
   * {@link Figure#description() description} as the SVG's {@code title} and {@code desc}, named and described by
   * them ({@code id}: a prefix unique in the page, or null for a stand-alone file).
   */
  public static String svg(Figure f, String id) {
    SvgDraw d = new SvgDraw();
    String p = id == null ? "figure" : id;
    d.sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\""
        + " font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\" width=\"%.0f\""
        + " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-labelledby=\"%s-title\""
        + " aria-describedby=\"%s-desc\">", f.width(), f.height(), f.width(), f.height(), p, p));
    d.sb.append("<title id=\"").append(p).append("-title\">").append(esc(f.title())).append("</title>");
    d.sb.append("<desc id=\"").append(p).append("-desc\">").append(esc(f.description())).append("</desc>");
    f.draw(d);
    d.sb.append("</svg>");
    return d.sb.toString();
  }

  static String hex(int[] c) {
    return c == null ? "none" : String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
  }

  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int[] rgb, double width, boolean dashed) {
    sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(hex(rgb)).append("\" stroke-width=\"")
        .append(n(width)).append('"').append(dashed ? " stroke-dasharray=\"5 3\"" : "").append("/>");
  }

  @Override
  public void polyline(double[] xy, int[] rgb, double width, boolean dashed) {
    sb.append("<polyline fill=\"none\" stroke=\"").append(hex(rgb)).append("\" stroke-width=\"").append(n(width))
        .append('"').append(dashed ? " stroke-dasharray=\"5 3\"" : "").append(" points=\"");
    for (int i = 0; i + 1 < xy.length; i += 2) {
      sb.append(n(xy[i])).append(',').append(n(xy[i + 1])).append(' ');
    }
    sb.append("\"/>");
  }

  @Override
  public void rect(double x, double y, double w, double h, int[] fill, int[] stroke, double radius, boolean dashed) {
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(radius)).append("\" fill=\"")
        .append(hex(fill)).append("\" stroke=\"").append(hex(stroke)).append('"')
        .append(dashed ? " stroke-dasharray=\"5 3\"" : "").append("/>");
  }

  @Override
  public void polygon(double[] xy, int[] fill) {
    sb.append("<polygon fill=\"").append(hex(fill)).append("\" points=\"");
    for (int i = 0; i + 1 < xy.length; i += 2) {
      sb.append(n(xy[i])).append(',').append(n(xy[i + 1])).append(' ');
    }
    sb.append("\"/>");
  }

  @Override
  public void circle(double cx, double cy, double r, int[] fill) {
    sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(hex(fill)).append("\"/>");
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, int[] rgb, Anchor anchor) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
        .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(hex(rgb)).append('"')
        .append(anchor == Anchor.START ? "" : anchor == Anchor.MIDDLE ? " text-anchor=\"middle\""
            : " text-anchor=\"end\"").append('>').append(esc(text)).append("</text>");
  }

  @Override
  public double textWidth(String text, double size, boolean bold) {
    return G2Draw.width(text, size, bold); // the brief's font, as the PDF and the page's font stack lay it out
  }
}
