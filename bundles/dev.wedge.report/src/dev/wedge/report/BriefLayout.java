package dev.wedge.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import dev.wedge.report.figures.Figure;
import dev.wedge.report.figures.G2Draw;

/**
 * How the brief looks and is laid out: its style sheet (shared by the HTML and the PDF), and the PDF's layout with
 * OpenHTMLtoPDF as PDF/UA-1 and PDF/A-2u, with the embedded fonts, the charts drawn as vectors and the sRGB output
 * intent. {@link Briefs} decides what the brief says; this class only how it is set.
 */
final class BriefLayout {

  private BriefLayout() {
  }

  static {
    // OpenHTMLtoPDF logs every font it loads and every stylesheet it parses at INFO on its own console handler:
    // warnings and errors only, as for every other library in Wedge
    for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
      com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
    }
  }

  static String css(BriefOptions options, String runningFooter) {
    String accent = Contrast.accent(options).shown(); // darkened when the branding colour is not legible on white
    return """
        @page { size: PAPER; margin: 16mm 15mm 18mm 15mm;
          @bottom-left { content: "FOOTER"; font-size: 8pt; color: #60676e;
            font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #60676e;
            font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; } }
        body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35;
          color: #212529; margin: 0 auto; max-width: 720px; }
        h1 { font-size: 24pt; margin: 6pt 0 8pt 0; color: ACCENT; line-height: 1.15; }
        h2 { font-size: 14pt; color: ACCENT; border-bottom: 1.5pt solid ACCENT; padding-bottom: 2pt;
          margin: 16pt 0 8pt 0; page-break-after: avoid; }
        h3 { font-size: 11pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
        .cover { border-left: 8pt solid ACCENT; padding: 10pt 0 10pt 14pt; margin: 20pt 0 18pt 0; }
        .cover .org { font-size: 12pt; font-weight: bold; color: #60676e; margin: 0; text-transform: uppercase;
          letter-spacing: 1pt; }
        .cover .subtitle { font-size: 12pt; margin: 0 0 4pt 0; }
        .cover .date { color: #60676e; margin: 0 0 10pt 0; }
        .cover .logo { max-height: 40pt; max-width: 160pt; display: block; margin-bottom: 8pt; }
        .privacy { font-size: 8.5pt; color: #495057; background: #f1f3f5; padding: 5pt 7pt; }
        .pilot { page-break-inside: avoid; margin-bottom: 10pt; }
        section#map { page-break-before: always; }
        .headline { font-size: 13pt; font-weight: bold; color: ACCENT; margin: 2pt 0 4pt 0; }
        .facts, .strength, .roi { margin: 2pt 0; }
        .strength-strong { color: #237a35; } .strength-moderate { color: #8a5a0f; }
        .strength-weak, .strength-weakest { color: #c92a2a; }
        .next { font-size: 12pt; font-weight: bold; background: #fff4e6; border-left: 4pt solid #fd7e14;
          padding: 6pt 8pt; margin: 4pt 0; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 6pt 0; font-size: 8.5pt;
          page-break-inside: avoid; }
        th { text-align: left; background: #f1f3f5; border-bottom: 1pt solid #adb5bd; padding: 3pt 4pt; }
        td { border-bottom: 0.5pt solid #dee2e6; padding: 3pt 4pt; vertical-align: top; }
        tbody th { font-weight: normal; background: none; border-bottom: 0.5pt solid #dee2e6; vertical-align: top; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 2pt 0; }
        figure { margin: 4pt 0 8pt 0; page-break-inside: avoid; }
        figcaption { font-size: 8.5pt; color: #495057; margin-top: 2pt; }
        .grid .cell { display: inline-block; width: 49%; vertical-align: top; page-break-inside: avoid; }
        .grid .cell h3 { font-size: 9.5pt; }
        svg.figure { max-width: 100%; height: auto; }
        ul.findings li.error { color: #c92a2a; } ul.findings li { margin-bottom: 2pt; }
        .failed { color: #c92a2a; font-style: italic; }
        .colophon { margin-top: 14pt; font-size: 8pt; color: #60676e; }
        .warning { color: #c92a2a; }
        table.map-table, table.appendix { page-break-inside: auto; -fs-table-paginate: paginate; }
        table.map-table tr, table.appendix tr { page-break-inside: avoid; }
        section#appendix { page-break-before: always; }
        thead { display: table-header-group; }
        footer { margin-top: 18pt; font-size: 8pt; color: #60676e; border-top: 0.5pt solid #dee2e6; padding-top: 4pt; }
        @media print { body { max-width: none; } }
        """.replace("ACCENT", accent).replace("PAPER", options.paper().css()).replace("FOOTER", cssString(runningFooter));
  }

  /**
   * Text as the inside of a CSS string: quotes, backslashes and the characters markup would change ({@code & < >})
   * as CSS escapes, so the text reads the same whether the style sheet is read as XML (the PDF) or as HTML (a
   * browser); control characters become spaces.
   */
  static String cssString(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\' || ch == '&' || ch == '<' || ch == '>') {
        b.append('\\').append(Integer.toHexString(ch)).append(' ');
      } else if (ch < 0x20 || ch == 0x7f) {
        b.append(' ');
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * The pages of the body of {@code pdf}: those before the page the appendix opens, or all of them when there is no
   * appendix (pages past the cap are not read: one more than it is enough to know it ran over).
   */
  static int bodyPages(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      int total = d.getNumberOfPages();
      org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
      for (int page = 1; page <= Math.min(total, Briefs.BODY_PAGE_CAP + 1); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        if (BriefText.opensAppendix(text.getText(d))) {
          return page - 1;
        }
      }
      return total;
    }
  }

  /** {@code doc} laid out as PDF/UA-1 and PDF/A-2u. */
  static byte[] layout(String html, List<Figure> figures) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withHtmlContent(html, null);
    for (String[] f : new String[][] {{"LiberationSans-Regular.ttf", "400", "NORMAL"},
        {"LiberationSans-Bold.ttf", "700", "NORMAL"}, {"LiberationSans-Italic.ttf", "400", "ITALIC"}}) {
      builder.useFont((com.openhtmltopdf.extend.FSSupplier<InputStream>) () -> font(f[0]), Briefs.FONT, Integer.parseInt(f[1]), BaseRendererBuilder.FontStyle.valueOf(f[2]),
          true);
    }
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer("wedge/figure", (element, x, y, width, height, device, ctx, dotsPerPixel) -> {
      Figure figure = figures.get(Integer.parseInt(element.getAttribute("data-figure")));
      device.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel, (float) height / dotsPerPixel,
          g -> {
            g.scale(width / dotsPerPixel / figure.width(), height / dotsPerPixel / figure.height());
            figure.draw(new G2Draw(g, Briefs.FONT));
          });
      return null;
    });
    builder.useObjectDrawerFactory(drawers);
    // PDF/UA-1 (tagged: headings, tables, lists and figures as structure, page margins as artifacts, the language,
    // the title shown) and PDF/A-2u (fonts embedded, XMP, text extractable as Unicode), colours in sRGB
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
    builder.useColorProfile(SRGB);
    builder.toStream(bytes);
    builder.run();
    return bytes.toByteArray();
  }

  /** The sRGB profile (IEC 61966-2.1) of the Java runtime: the PDF's output intent. */
  private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
      .getData();

  private static InputStream font(String file) {
    InputStream in = BriefLayout.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("the font " + file + " is missing from dev.wedge.report");
    }
    return in;
  }
}
