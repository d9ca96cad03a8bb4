package dev.wedge.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;

/** The executive brief: the example model (target under 3 s) and a 500-initiative model (target under 15 s). */
class ReportBenchmark {

  @Test
  void briefs() throws Exception {
    BenchmarkReport.section("Executive brief", "| model | HTML | PDF | PDF size |", "|---|---:|---:|---:|");
    BriefOptions options = BriefOptions.defaults().withToday(LocalDate.of(2026, 11, 29));
    StrategyModel example = ModelStore.load(Path.of("../../examples/halden-mutual.wedge")).model();
    run("example (Halden Mutual: 3 pilots, 12 initiatives, 9 metrics)", example, options, 3);
    StrategyModel large = SyntheticModels.withInitiatives(500, 11);
    run("synthetic: 500 initiatives, " + large.getMetrics().size() + " metrics, " + large.getPilots().size()
        + " pilots, " + SyntheticModels.count(large) + " objects", large, options, 1);
    StrategyModel huge = SyntheticModels.withInitiatives(10_000, 11);
    BenchmarkReport.section("Executive brief of large models: the body's pages are capped",
        "| model | appendix | PDF | pages: body + appendix | peak heap while writing |", "|---|---|---:|---:|---:|");
    largeBrief(huge, options, BriefOptions.Appendix.CONDENSED);
    largeBrief(SyntheticModels.withInitiatives(1_200, 11), options, BriefOptions.Appendix.FULL);
    // kept for timing 'wedge report' of the product on it (its memory with the product's own heap)
    Path hugeFile = Path.of("target", "synthetic-10000.wedge").toAbsolutePath();
    dev.wedge.model.resource.WedgeResource resource = (dev.wedge.model.resource.WedgeResource)
        new dev.wedge.model.resource.WedgeResourceFactory().createResource(
            org.eclipse.emf.common.util.URI.createFileURI(hugeFile.toString()));
    resource.getContents().add(huge);
    ModelStore.save(resource, hugeFile);
    BenchmarkReport.note("Medians after one warm-up run (the first brief in a JVM also loads fonts and classes: "
        + "about 1 s more); evidence, analyses, layout and rendering included; the model is already loaded.");
  }

  /**
   * The brief of a large model: its pages (the body's and the appendix's) and the JVM's peak heap use while it is
   * written (garbage not yet collected included).
   */
  private static void largeBrief(StrategyModel model, BriefOptions options, BriefOptions.Appendix kind)
      throws Exception {
    {
      System.gc();
      PersistenceBenchmark.resetPeaks();
      long t = System.nanoTime();
      byte[] pdf = Briefs.pdf(model, options.withAppendix(kind), null);
      long elapsed = System.nanoTime() - t;
      long peak = PersistenceBenchmark.peakHeap();
      java.nio.file.Files.write(java.nio.file.Path.of("target", "brief-" + model.getInitiatives().size() + "-"
          + kind.word() + ".pdf"), pdf);
      int pages;
      int appendix = -1;
      try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        pages = d.getNumberOfPages();
        org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
        for (int p = 1; p <= pages && appendix < 0; p++) {
          text.setStartPage(p);
          text.setEndPage(p);
          if (text.getText(d).contains(dev.wedge.report.sections.AppendixSection.TITLE)) {
            appendix = p;
          }
        }
      }
      int body = appendix < 0 ? pages : appendix - 1;
      BenchmarkReport.row(String.format("| %,d initiatives, %d pilots, %d metrics | %s | %.1f s, %d KB | %d + %d |"
          + " %.0f MB |", model.getInitiatives().size(), model.getPilots().size(), model.getMetrics().size(),
          kind.word(), elapsed / 1e9, pdf.length / 1024, body, pages - body, peak / 1e6));
    }
  }

  private static void run(String name, StrategyModel model, BriefOptions options, int runs) {
    String written = Briefs.html(model, options, null);
    if (written.contains("class=\"failed\"")) {
      throw new IllegalStateException("a section of the brief failed, so the figure would not be a whole brief");
    }
    double html = BenchmarkReport.medianMillis(1, runs, () -> {
      long t = System.nanoTime();
      Briefs.html(model, options, null);
      return System.nanoTime() - t;
    });
    long[] size = {0};
    double pdf = BenchmarkReport.medianMillis(1, runs, () -> {
      long t = System.nanoTime();
      try {
        size[0] = Briefs.pdf(model, options, null).length;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return System.nanoTime() - t;
    });
    int pages;
    byte[] last;
    try {
      last = Briefs.pdf(model, options, null);
      java.nio.file.Files.write(java.nio.file.Path.of("target", "brief-" + model.getInitiatives().size() + ".pdf"), last);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(last)) {
      pages = d.getNumberOfPages();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    BenchmarkReport.row(String.format("| %s | %.0f ms | %.0f ms | %d KB, %d pages |", name, html, pdf,
        size[0] / 1024, pages));
  }
}
