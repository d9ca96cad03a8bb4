package dev.wedge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.function.UnaryOperator;

import dev.wedge.report.figures.Draw;
import dev.wedge.report.figures.Figure;
import dev.wedge.report.figures.SvgDraw;

/**
 * Writes the brief's XHTML (well-formed XML, so it is both a web page and the input of the PDF renderer). Text is
 * escaped; a figure becomes inline SVG in the HTML brief and a placeholder the PDF renderer draws as vector graphics.
 */
public final class Html {

  private final StringBuilder sb = new StringBuilder();
  private final boolean forPdf;
  private final List<Figure> figures = new ArrayList<>();
  private final int figureOffset;
  private final UnaryOperator<String> filter;

  Html(boolean forPdf) {
    this(forPdf, 0, null);
  }

  /**
   * A document every text of which (text, headings, table cells, captions, a figure's every label and its
   * description) passes through {@code filter} (the brief's {@link Privacy}) on its way in: no section can write a
   * name by forgetting to ask.
   */
  Html(boolean forPdf, UnaryOperator<String> filter) {
    this(forPdf, 0, filter);
  }

  /** A part of a document whose figures so far number {@code figureOffset}: {@link #append}ed to it when done. */
  Html(boolean forPdf, int figureOffset, UnaryOperator<String> filter) {
    this.forPdf = forPdf;
    this.figureOffset = figureOffset;
    this.filter = filter;
  }

  /** A new part to write a section in, to {@link #append} when it is complete. */
  Html part() {
    return new Html(forPdf, figureOffset + figures.size(), filter);
  }

  /** Adds {@code part} (made by {@link #part()} since the last append) at the end. */
  void append(Html part) {
    sb.append(part.sb);
    figures.addAll(part.figures);
  }

  public static String esc(String s) {
    return SvgDraw.esc(s);
  }

  /** Raw markup (already escaped, well-formed). */
  public Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Escaped text (filtered). */
  public Html text(String s) {
    sb.append(esc(filter == null ? s : filter.apply(s)));
    return this;
  }

  /** {@code <tag class="cls">escaped text</tag>}. */
  public Html element(String tag, String cls, String text) {
    open(tag, cls);
    text(text);
    return close(tag);
  }

  public Html open(String tag, String cls) {
    sb.append('<').append(tag);
    if (cls != null) {
      sb.append(" class=\"").append(esc(cls)).append('"');
    }
    sb.append('>');
    return this;
  }

  public Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** A section with its heading. */
  public Html section(String id, String heading) {
    sb.append("<section id=\"").append(esc(id)).append("\">");
    return element("h2", null, heading);
  }

  public Html endSection() {
    return close("section");
  }

  /** A picture with its caption. */
  public Html figure(Figure figure, String caption) {
    Figure f = filtered(figure);
    sb.append("<figure>");
    if (forPdf) {
      figures.add(f);
      sb.append(String.format(Locale.ROOT, "<object type=\"wedge/figure\" data-figure=\"%d\" style=\"width: %.1fpt;"
          + " height: %.1fpt; display: block;\" alt=\"%s\"></object>", figureOffset + figures.size() - 1,
          f.width() * 0.75, f.height() * 0.75, esc(f.description())));
    } else {
      sb.append(SvgDraw.svg(f));
    }
    if (caption != null) {
      element("figcaption", null, caption);
    }
    sb.append("</figure>");
    return this;
  }

  /** {@code f} with every text it draws, and its description, through the filter. */
  private Figure filtered(Figure f) {
    if (filter == null) {
      return f;
    }
    return new Figure() {
      @Override
      public double width() {
        return f.width();
      }

      @Override
      public double height() {
        return f.height();
      }

      @Override
      public String description() {
        return filter.apply(f.description());
      }

      @Override
      public void draw(Draw d) {
        f.draw(new Draw() {
          @Override
          public void line(double x1, double y1, double x2, double y2, int[] rgb, double width, boolean dashed) {
            d.line(x1, y1, x2, y2, rgb, width, dashed);
          }

          @Override
          public void polyline(double[] xy, int[] rgb, double width, boolean dashed) {
            d.polyline(xy, rgb, width, dashed);
          }

          @Override
          public void rect(double x, double y, double w, double h, int[] fill, int[] stroke, double radius,
              boolean dashed) {
            d.rect(x, y, w, h, fill, stroke, radius, dashed);
          }

          @Override
          public void polygon(double[] xy, int[] fill) {
            d.polygon(xy, fill);
          }

          @Override
          public void circle(double cx, double cy, double r, int[] fill) {
            d.circle(cx, cy, r, fill);
          }

          @Override
          public void text(double x, double y, String text, double size, boolean bold, int[] rgb, Anchor anchor) {
            d.text(x, y, filter.apply(text), size, bold, rgb, anchor);
          }

          @Override
          public double textWidth(String text, double size, boolean bold) {
            return d.textWidth(filter.apply(text), size, bold);
          }
        });
      }
    };
  }

  /** A table: the header row, then rows of escaped cells. */
  public Html table(String cls, List<String> header, List<List<String>> rows) {
    open("table", cls);
    sb.append("<thead><tr>");
    for (String h : header) {
      element("th", null, h);
    }
    sb.append("</tr></thead><tbody>");
    for (List<String> r : rows) {
      sb.append("<tr>");
      for (String c : r) {
        element("td", null, c == null ? "" : c);
      }
      sb.append("</tr>");
    }
    sb.append("</tbody>");
    return close("table");
  }

  /** Where the document is now (to take back a section that failed half-way). */
  int[] mark() {
    return new int[] {sb.length(), figures.size()};
  }

  void reset(int[] mark) {
    sb.setLength(mark[0]);
    while (figures.size() > mark[1]) {
      figures.remove(figures.size() - 1);
    }
  }

  List<Figure> figures() {
    return figures;
  }

  public boolean forPdf() {
    return forPdf;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
