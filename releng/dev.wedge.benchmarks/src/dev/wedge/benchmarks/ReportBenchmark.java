package dev.wedge.benchmarks;

import dev.wedge.core.testing.SyntheticModels;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
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
    BenchmarkReport.note("Medians after one warm-up run (the first brief in a JVM also loads fonts and classes: "
        + "about 1 s more); evidence, analyses, layout and rendering included; the model is already loaded.");
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
