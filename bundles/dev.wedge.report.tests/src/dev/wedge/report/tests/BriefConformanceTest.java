package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.report.Briefs;

/**
 * The PDF brief is PDF/UA-1 and PDF/A-2u, as veraPDF (an independent validator) checks it, with a structure qpdf
 * finds clean: the example brief (with the contributed appendix of this fragment), one pilot's brief, and the brief
 * of a model with 500 initiatives. The PDFs are written once and shared by every assertion.
 */
class BriefConformanceTest {

  static final Map<String, Path> PDFS = new LinkedHashMap<>();
  static List<Conformance.Result> results;

  @BeforeAll
  static void write() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/conformance"));
    StrategyModel example = ModelStore.load(BriefTest.EXAMPLE).model();
    PDFS.put("example", write(dir, "brief-example.pdf", Briefs.pdf(example, BriefTest.OPTIONS, null)));
    PDFS.put("one pilot", write(dir, "brief-one-pilot.pdf",
        Briefs.pdf(example, BriefTest.OPTIONS.withPilot("p-onboarding"), null)));
    // the German brief is held to the same checks as the English one
    PDFS.put("german", write(dir, "brief-german.pdf",
        Briefs.pdf(example, BriefTest.OPTIONS.withLanguage(java.util.Locale.GERMAN), null)));
    PDFS.put("500 initiatives", write(dir, "brief-500-initiatives.pdf",
        Briefs.pdf(withInitiatives(ModelStore.load(BriefTest.EXAMPLE).model(), 500), BriefTest.OPTIONS, null)));
    // a control: a PDF with neither tags nor metadata, which both profiles must fail (the checker does check)
    Path untagged = dir.resolve("untagged.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(untagged.toFile());
    }
    List<Path> files = new ArrayList<>(PDFS.values());
    files.add(untagged);
    List<Conformance.Result> all = Conformance.check("pdf", files);
    results = all.stream().filter(r -> !r.file().equals("untagged.pdf")).toList();
    control = all.stream().filter(r -> r.file().equals("untagged.pdf")).toList();
  }

  static List<Conformance.Result> control;

  @Test
  void theCheckerFailsAPdfWithoutTagsOrMetadata() {
    assertEquals(2, control.size());
    for (Conformance.Result r : control) {
      assertFalse(r.failures().isEmpty(), r.check() + " found nothing wrong with an untagged PDF");
    }
    assertTrue(control.get(0).failures().stream().anyMatch(f -> f.contains("rule 7.1-")), () -> "PDF/UA-1 "
        + control.get(0).failures());
  }

  private static Path write(Path dir, String name, byte[] pdf) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, pdf);
    return f;
  }

  /** {@code model} with initiatives added until it has {@code count}, each tied to one of its metrics. */
  static StrategyModel withInitiatives(StrategyModel model, int count) {
    List<BusinessMetric> metrics = model.getMetrics();
    for (int i = model.getInitiatives().size(); i < count; i++) {
      Initiative x = WedgeFactory.eINSTANCE.createInitiative();
      x.setId("i-bulk-" + i);
      x.setName("Initiative " + (i + 1) + " of the portfolio");
      MetricLink l = WedgeFactory.eINSTANCE.createMetricLink();
      l.setMetric(metrics.get(i % metrics.size()));
      l.setHypothesis("AI practice for team " + (i + 1) + " moves this metric");
      x.getLinks().add(l);
      model.getInitiatives().add(x);
    }
    return model;
  }

  @Test
  void everyBriefPassesPdfUa1AndPdfA2uWithNoFailedRule() {
    assertEquals(PDFS.size() * 2, results.size());
    List<String> failed = new ArrayList<>();
    for (Conformance.Result r : results) {
      failed.addAll(r.failures());
    }
    assertTrue(failed.isEmpty(), () -> failed.size() + " rules failed:\n" + String.join("\n", failed));
  }

  @Test
  void qpdfFindsTheStructureClean() throws Exception {
    for (Map.Entry<String, Path> e : PDFS.entrySet()) {
      Process p = new ProcessBuilder("qpdf", "--check", e.getValue().toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue(), () -> e.getKey() + ": qpdf --check:\n" + out);
      assertTrue(out.contains("No syntax or stream encoding errors found") && !out.contains("WARNING"),
          () -> e.getKey() + ": qpdf --check:\n" + out);
    }
  }

  @Test
  void theTaggedBriefCarriesTheContributedSectionTheLanguageAndTheTitle() throws Exception {
    try (PDDocument doc = Loader.loadPDF(PDFS.get("example").toFile())) {
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("Executive brief"));
      String text = new PDFTextStripper().getText(doc);
      String pdf = Files.readString(PDFS.get("example"), StandardCharsets.ISO_8859_1);
      // the trend's text alternative states its message: from the baseline to the pilot cohort's latest monthly
      // average, read here from the example file's raw measurements
      String file = Files.readString(BriefTest.EXAMPLE);
      String ttp = file.substring(file.indexOf("id=\"m-ttp\""), file.indexOf("</metrics>", file.indexOf("id=\"m-ttp\"")));
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("date=\"2026-07-\\d\\d\" value=\"([0-9.]+)\" cohort=\"PILOT\"").matcher(ttp);
      double sum = 0;
      int n = 0;
      while (m.find()) {
        sum += Double.parseDouble(m.group(1));
        n++;
      }
      assertEquals(26, n);
      String latest = String.format(java.util.Locale.ROOT, "%.0f", sum / n);
      assertTrue(pdf.contains("/Alt (New-advisor time to productivity fell from 94 \\(baseline\\) to " + latest
          + " days \\(pilot cohort, monthly average of July 2026"),
          () -> around(pdf, "New-advisor time to productivity"));
      assertTrue(text.contains("Test Consulting: how we work with"), "the contributed section is in the checked PDF");
    }
  }

  static String around(String s, String what) {
    int i = s.indexOf(what);
    return i < 0 ? "(no " + what + ")" : s.substring(Math.max(0, i - 100), Math.min(s.length(), i + 300));
  }

  /**
   * The structure tree (what a screen reader reads) follows the page: the metric grid reads metric by metric, each
   * heading followed by its own chart, whose alternative text names the same metric.
   */
  @Test
  void theMetricGridReadsMetricByMetric() throws Exception {
    try (PDDocument doc = Loader.loadPDF(PDFS.get("example").toFile())) {
      List<String> order = new ArrayList<>();
      walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), order);
      List<String> figures = order.stream().filter(x -> x.startsWith("Figure:")).toList();
      StrategyModel m = ModelStore.load(BriefTest.EXAMPLE).model();
      // pilots' metrics first, then the rest, as the section writes them; each figure right after a heading
      int trends = 0;
      for (int i = 0; i < order.size(); i++) {
        if (order.get(i).startsWith("Figure:") && order.get(i).contains(" (baseline)")) {
          trends++;
          assertEquals("H3", order.get(i - 1), () -> "a trend not after its heading: " + order);
        }
      }
      assertEquals(m.getMetrics().size(), trends, () -> figures.toString());
      String first = figures.stream().filter(f -> f.contains(" (baseline)")).findFirst().orElseThrow();
      String second = figures.stream().filter(f -> f.contains(" (baseline)")).skip(1).findFirst().orElseThrow();
      assertTrue(first.startsWith("Figure:New-advisor time to productivity") && second.startsWith(
          "Figure:Broker sales win rate"), first + " / " + second);
    }
  }

  private static void walk(List<Object> kids, List<String> out) {
    for (Object k : kids) {
      if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
        String type = e.getStructureType();
        if (type.equals("Figure") || type.equals("H3")) {
          out.add(type.equals("Figure") ? "Figure:" + e.getAlternateDescription() : type);
        }
        walk(e.getKids(), out);
      }
    }
  }
}
