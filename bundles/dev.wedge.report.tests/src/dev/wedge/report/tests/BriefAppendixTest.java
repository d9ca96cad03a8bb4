package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.model.resource.WedgeResourceFactory;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.sections.AppendixSection;

/**
 * However large the model, the body of the brief keeps within its page cap and the rest is in the appendix: in
 * summary by default, every item with {@code --appendix full}.
 */
class BriefAppendixTest {

  static final BriefOptions OPTIONS = BriefOptions.defaults().withToday(LocalDate.of(2026, 11, 29));
  /** 100 pilots, 100 metrics, 1,200 initiatives: without the cap, a brief of over a hundred pages. */
  static final int INITIATIVES = 1_200;

  @TempDir
  static Path dir;
  static Path file;
  static StrategyModel model;

  @BeforeAll
  static void write() throws Exception {
    model = SyntheticModels.withInitiatives(INITIATIVES, 7);
    file = dir.resolve("large.wedge");
    WedgeResource resource = (WedgeResource) new WedgeResourceFactory()
        .createResource(URI.createFileURI(file.toString()));
    resource.getContents().add(model);
    ModelStore.save(resource, file);
  }

  /** The text of each page. */
  private static List<String> pages(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper text = new PDFTextStripper();
      return IntStream.rangeClosed(1, doc.getNumberOfPages()).mapToObj(p -> {
        text.setStartPage(p);
        text.setEndPage(p);
        try {
          return text.getText(doc);
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }

  /** The numbers N of "PREFIX N" in {@code text}. */
  private static Set<Integer> numbered(String prefix, String text) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = Pattern.compile(Pattern.quote(prefix) + " (\\d+)(?!\\d)").matcher(text);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  private static int appendixPage(List<String> pages) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(AppendixSection.TITLE)) {
        return i + 1;
      }
    }
    return -1;
  }

  @Test
  void theBodyOfALargeModelsBriefKeepsWithinTheCapAndTheRestIsSummarised() throws Exception {
    List<String> pages = pages(Briefs.pdf(model, OPTIONS, null));
    int appendix = appendixPage(pages);
    assertTrue(appendix > 1, "the appendix opens on a page of its own, after the body");
    assertTrue(appendix - 1 <= Briefs.BODY_PAGE_CAP, "body pages: " + (appendix - 1));
    String body = String.join("\n", pages.subList(0, appendix - 1));
    String rest = String.join("\n", pages.subList(appendix - 1, pages.size()));
    int pilots = model.getPilots().size();
    assertTrue(rest.contains("of the " + pilots + " pilots"), rest);
    // summary tables: counts, not one row per pilot or initiative
    assertTrue(numbered("Initiative", rest).isEmpty(), "no initiative listed one by one in the condensed appendix");
    Set<Integer> pilotsInBody = numbered("Pilot", body);
    assertTrue(pilotsInBody.size() < pilots, "the body shows some of the pilots: " + pilotsInBody.size());
    assertTrue(pages.size() - appendix + 1 <= 4, "the condensed appendix: " + (pages.size() - appendix + 1) + " pages");
    assertTrue(rest.contains("--appendix full"), "it says how to get every item");
  }

  @Test
  void theFullAppendixListsEveryPilotMetricAndInitiative() throws Exception {
    Path pdf = dir.resolve("full.pdf");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = WedgeApplication.run(List.of("report", file.toString(), "--appendix", "full", "--out", pdf.toString(),
        "--today", "2026-11-29"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<String> pages = pages(Files.readAllBytes(pdf));
    int appendix = appendixPage(pages);
    assertTrue(appendix > 1 && appendix - 1 <= Briefs.BODY_PAGE_CAP, "body pages: " + (appendix - 1));
    String rest = String.join("\n", pages.subList(appendix - 1, pages.size()));
    Set<Integer> all = IntStream.range(0, INITIATIVES).boxed().collect(Collectors.toCollection(TreeSet::new));
    assertEquals(all, numbered("Initiative", rest), "every initiative");
    assertEquals(IntStream.range(0, model.getPilots().size()).boxed().collect(Collectors.toSet()),
        numbered("Pilot", rest), "every pilot");
    assertEquals(IntStream.range(0, model.getMetrics().size()).boxed().collect(Collectors.toSet()),
        numbered("Metric", rest), "every metric");
  }

  @Test
  void theHtmlBriefHasTheSameBodyAndAppendix() {
    String html = Briefs.html(model, OPTIONS, null);
    assertTrue(html.contains(AppendixSection.TITLE), "the appendix");
    String body = html.substring(0, html.indexOf(AppendixSection.TITLE));
    assertTrue(numbered("Pilot", body).size() < model.getPilots().size(), "the body shows some of the pilots");
    assertFalse(html.contains("class=\"failed\""), "no section failed");
  }

  @Test
  void aWrongAppendixIsRefusedWithTheChoices() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = WedgeApplication.run(List.of("report", file.toString(), "--appendix", "short"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String said = err.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("--appendix must be one of condensed, full, not 'short'"), said);
    assertFalse(Files.exists(dir.resolve("large-brief.pdf")), "nothing written");
  }
}
