package dev.wedge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  Html(boolean forPdf) {
    this(forPdf, 0);
  }

  /** A part of a document whose figures so far number {@code figureOffset}: {@link #append}ed to it when done. */
  Html(boolean forPdf, int figureOffset) {
    this.forPdf = forPdf;
    this.figureOffset = figureOffset;
  }

  /** A new part to write a section in, to {@link #append} when it is complete. */
  Html part() {
    return new Html(forPdf, figureOffset + figures.size());
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

  /** Escaped text. */
  public Html text(String s) {
    sb.append(esc(s));
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
  public Html figure(Figure f, String caption) {
    sb.append("<figure>");
    if (forPdf) {
      figures.add(f);
      sb.append(String.format(Locale.ROOT, "<object type=\"wedge/figure\" data-figure=\"%d\" style=\"width: %.1fpt;"
          + " height: %.1fpt; display: block;\" aria-label=\"%s\"></object>", figureOffset + figures.size() - 1,
          f.width() * 0.75,
          f.height() * 0.75, esc(f.description())));
    } else {
      sb.append(SvgDraw.svg(f));
    }
    if (caption != null) {
      element("figcaption", null, caption);
    }
    sb.append("</figure>");
    return this;
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
