package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;

/**
 * The brief reads in print: on A4, no text (the charts' labels, ticks and legends included: they are text in the
 * PDF) is smaller than 8 pt, and no two labels overlap. Read from the PDF itself, glyph by glyph, as PDFBox lays
 * it out on the page.
 */
class BriefLayoutTest {

  /** A run of glyphs on one baseline, drawn one after the other: a label, or a line of text. */
  record Run(int page, String text, double x0, double x1, double top, double bottom, double size) {

    boolean overlaps(Run o) {
      return page == o.page && Math.min(x1, o.x1) - Math.max(x0, o.x0) > 0.5
          && Math.min(bottom, o.bottom) - Math.max(top, o.top) > 0.5;
    }
  }

  static List<Run> runs = new ArrayList<>();

  @BeforeAll
  static void read() throws Exception {
    StrategyModel example = ModelStore.load(BriefTest.EXAMPLE).model();
    byte[] pdf = Briefs.pdf(example, BriefTest.OPTIONS.withPaper(BriefOptions.Paper.A4), null);
    Files.write(Files.createDirectories(Path.of("target/conformance")).resolve("brief-a4.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      runs = runs(doc);
    }
  }

  static List<Run> runs(PDDocument doc) throws IOException {
    List<Run> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      StringBuilder text;
      double x0;
      double x1;
      double base;
      double size;

      @Override
      protected void processTextPosition(TextPosition t) {
        if (t.getUnicode() == null || t.getUnicode().isBlank()) {
          flush();
          return;
        }
        double s = Math.abs(t.getTextMatrix().getScalingFactorY()); // the font size as drawn on the page, in pt
        double x = t.getXDirAdj();
        double w = t.getWidthDirAdj();
        boolean continues = text != null && Math.abs(t.getYDirAdj() - base) < 0.5 && x >= x1 - 0.5
            && x <= x1 + s * 0.4 && Math.abs(s - size) < 0.1;
        if (!continues) {
          flush();
          text = new StringBuilder();
          x0 = x;
          base = t.getYDirAdj();
          size = s;
        }
        text.append(t.getUnicode());
        x1 = x + w;
      }

      private void flush() {
        if (text != null) {
          out.add(new Run(getCurrentPageNo(), text.toString(), x0, x1, base - size * 0.72, base + size * 0.21, size));
          text = null;
        }
      }

      @Override
      protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        flush();
        super.endPage(page);
      }
    };
    stripper.getText(doc);
    return out;
  }

  @Test
  void noTextIsSmallerThan8pt() {
    assertTrue(runs.size() > 500, "the text was read: " + runs.size() + " runs");
    List<String> small = new ArrayList<>();
    for (Run r : runs) {
      if (r.size() < 7.95) {
        small.add("page " + r.page() + ": \u201c" + r.text() + "\u201d at " + String.format("%.2f", r.size()) + " pt");
      }
    }
    assertTrue(small.isEmpty(), () -> small.size() + " texts below 8 pt:\n" + String.join("\n", small.subList(0,
        Math.min(40, small.size()))));
  }

  @Test
  void noTwoLabelsOverlap() {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size(); j++) {
        if (runs.get(i).overlaps(runs.get(j))) {
          overlaps.add("page " + runs.get(i).page() + ": \u201c" + runs.get(i).text() + "\u201d and \u201c"
              + runs.get(j).text() + "\u201d");
        }
      }
    }
    assertTrue(overlaps.isEmpty(), () -> overlaps.size() + " overlapping labels:\n" + String.join("\n",
        overlaps.subList(0, Math.min(40, overlaps.size()))));
  }

  /** The test sees what it is for: two labels drawn over each other, and a 6 pt label, are found. */
  @Test
  void theTestFindsOverlapsAndSmallText() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      org.apache.pdfbox.pdmodel.font.PDFont font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc,
          BriefLayoutTest.class.getResourceAsStream("/fonts/LiberationSans-Regular.ttf"));
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc,
          page)) {
        for (Object[] l : new Object[][] {{"target 27", 100f, 500f, 10f}, {"pilot", 130f, 497f, 10f},
            {"tiny", 300f, 300f, 6f}}) {
          cs.beginText();
          cs.setFont(font, (Float) l[3]);
          cs.newLineAtOffset((Float) l[1], (Float) l[2]);
          cs.showText((String) l[0]);
          cs.endText();
        }
      }
      List<Run> r = runs(doc);
      Run target = r.stream().filter(x -> x.text().equals("27")).findFirst().orElseThrow();
      Run pilot = r.stream().filter(x -> x.text().equals("pilot")).findFirst().orElseThrow();
      Run tiny = r.stream().filter(x -> x.text().equals("tiny")).findFirst().orElseThrow();
      assertTrue(target.overlaps(pilot) && !target.overlaps(tiny), r.toString());
      assertTrue(tiny.size() < 7.95 && target.size() > 9.9, r.toString());
    }
  }

  /** Axis ticks are 1, 2 or 5 times a power of ten, and leave room beyond the data, the baseline and the target. */
  @Test
  void ticksAreNiceAndPadded() {
    java.util.Random random = new java.util.Random(19);
    for (int i = 0; i < 2000; i++) {
      double a = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(7) - 2);
      double b = a + random.nextDouble() * Math.pow(10, random.nextInt(6) - 2);
      double[] axis = dev.wedge.report.figures.TrendFigure.niceAxis(a, b, 4);
      double mantissa = axis[2] / Math.pow(10, Math.floor(Math.log10(axis[2]) + 1e-9));
      assertTrue(Math.abs(mantissa - 1) < 1e-6 || Math.abs(mantissa - 2) < 1e-6 || Math.abs(mantissa - 5) < 1e-6
          || Math.abs(mantissa - 10) < 1e-6, a + ".." + b + ": step " + axis[2]);
      double pad = (b - a) * 0.05 - 1e-9;
      assertTrue(axis[0] <= a - pad && axis[1] >= b + pad, a + ".." + b + ": " + java.util.Arrays.toString(axis));
      double intervals = (axis[1] - axis[0]) / axis[2];
      assertTrue(intervals >= 2 - 1e-6 && intervals <= 10 + 1e-6, a + ".." + b + ": " + intervals + " intervals");
    }
    // the example's time to productivity (data 74 to 96, baseline 94, target 70): 60 to 100 in steps of 10
    assertTrue(java.util.Arrays.equals(new double[] {60, 100, 10},
        dev.wedge.report.figures.TrendFigure.niceAxis(70, 96.3, 4)));
  }

  /** Each trend's caption says the n it rests on and, in the model's currency, what one unit is worth. */
  @Test
  void trendCaptionsCarryNAndCurrency() throws Exception {
    StrategyModel example = ModelStore.load(BriefTest.EXAMPLE).model();
    String file = Files.readString(BriefTest.EXAMPLE);
    String win = file.substring(file.indexOf("<metrics id=\"m-win\""), file.indexOf("</metrics>",
        file.indexOf("<metrics id=\"m-win\"")));
    int n = win.split("<measurements ", -1).length - 1;
    example.getMetrics().stream().filter(m -> m.getId().equals("m-churn")).findFirst().orElseThrow().setTarget(null);
    String html = Briefs.html(example, BriefTest.OPTIONS, null);
    assertTrue(html.contains(". n = " + n + " measurements ("), () -> BriefTest.around(html, "n = "));
    assertTrue(html.contains("one percentage point is worth EUR "), () -> BriefTest.around(html, "is worth"));
    assertTrue(html.contains("one day is worth EUR 310."), () -> BriefTest.around(html, "one day"));
    assertTrue(html.contains("<figcaption>No target set; baseline 11.8"), () -> BriefTest.around(html, "No target"));
  }
}
