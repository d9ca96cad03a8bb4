package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;

/**
 * The brief in German ({@code --language de}): tagged "de" for screen readers, the same numbers as the English brief
 * written as German writes them, and none of the English brief's sentences left in the sections written in German
 * (the structural checks, PDF/UA-1, PDF/A-2u, qpdf and the HTML checker, run on it in {@link BriefConformanceTest}
 * and {@link BriefAccessibilityTest}).
 */
class GermanBriefTest {

  static final BriefOptions GERMAN = BriefTest.OPTIONS.withLanguage(Locale.GERMAN);
  static StrategyModel model;
  static String english;
  static String german;

  @TempDir
  Path dir;

  @BeforeAll
  static void briefs() throws Exception {
    model = ModelStore.load(BriefTest.EXAMPLE).model();
    english = Briefs.html(model, BriefTest.OPTIONS, null);
    german = Briefs.html(model, GERMAN, null);
    Files.writeString(Path.of("target/brief-example-de.html"), german); // for a look after the build
  }

  @Test
  void thePdfAndTheHtmlAreTaggedGermanWithAGermanTitle() throws Exception {
    byte[] pdf = Briefs.pdf(model, GERMAN, null);
    Files.write(Path.of("target/brief-example-de.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("de", doc.getDocumentCatalog().getLanguage());
      assertEquals("Executive Brief \u2014 " + model.getOrganization(), doc.getDocumentInformation().getTitle());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("KI in der Personalentwicklung: die Evidenz"), text);
      assertTrue(text.contains("Seite 1 von "), "the running footer counts pages in German");
      assertFalse(text.contains("Page 1 of"), "no English page counter");
      assertTrue(text.contains("29. November 2026"), "the date as German writes it");
    }
    assertTrue(german.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\">"));
    assertTrue(english.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"));
  }

  @Test
  void thePilotsHeadlineSaysInGermanWhatTheEnglishSaysWithTheSameNumbers() throws Exception {
    String en = "Cut new-advisor time to productivity by 17.7 days (\u221219%) against the comparison group"
        + " (95% interval \u221223 to \u221212.4 days); ROI 171% at the 12 days per hire assumed, below the 95%"
        + " interval of the 17.7 days measured (conservative).";
    String de = "Der Pilot verringerte \u201eNew-advisor time to productivity\u201c um 17,7 days (\u221219\u00a0%)"
        + " gegen\u00fcber der Vergleichsgruppe (95-%-Konfidenzintervall \u221223 bis \u221212,4 days); ROI"
        + " 171\u00a0% bei den angenommenen 12 days je hire, unter dem 95-%-Konfidenzintervall der gemessenen"
        + " 17,7 days (konservativ).";
    assertTrue(english.contains(en), () -> BriefTest.around(english, "Cut new-advisor"));
    assertTrue(german.contains(de), () -> BriefTest.around(german, "Der Pilot verringerte"));
    // every number of the English headline is in the German one, with a decimal comma
    List<String> numbers = new ArrayList<>();
    Matcher m = Pattern.compile("[\u2212+]?\\d+(\\.\\d+)?").matcher(en);
    while (m.find()) {
      numbers.add(m.group().replace('.', ','));
    }
    assertEquals(List.of("17,7", "\u221219", "95", "\u221223", "\u221212,4", "171", "12", "95", "17,7"), numbers);
    for (String n : numbers) {
      assertTrue(de.contains(n), n);
    }
  }

  @Test
  void theSectionsWrittenInGermanHoldNoSentenceOfTheEnglishBrief() throws Exception {
    Document en = BriefTest.parse(english);
    Document de = BriefTest.parse(german);
    String file = Files.readString(BriefTest.EXAMPLE);
    List<String> left = new ArrayList<>();
    for (String id : List.of("cover", "next", "headlines", "governance")) {
      String germanText = text(section(de, id));
      for (String sentence : sentences(text(section(en, id)))) {
        // names and what the model says in its own words are the model's, not the brief's; numbers are numbers
        if (germanText.contains(sentence) && !modelsOwn(file, sentence)) {
          left.add(id + ": " + sentence);
        }
      }
    }
    assertTrue(left.isEmpty(), () -> left.size() + " English sentences in the German brief:\n"
        + String.join("\n", left));
  }

  /** Whether {@code sentence} is the model's own words: a name, a description, or a list of them. */
  private static boolean modelsOwn(String model, String sentence) {
    return model.contains(xml(sentence)) || java.util.Arrays.stream(sentence.split(", ")).allMatch(part -> model
        .contains(xml(part)));
  }

  @Test
  void theCommandWritesTheGermanBriefAndRefusesAnotherLanguageWithTheChoices() throws Exception {
    Path file = Files.copy(BriefTest.EXAMPLE, dir.resolve("halden.wedge"));
    Path html = dir.resolve("brief.html");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = WedgeApplication.run(List.of("report", file.toString(), "--language", "de", "--today", "2026-11-29",
        "--out", html.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String written = Files.readString(html);
    assertTrue(written.contains("lang=\"de\"") && written.contains("Der n\u00e4chste Schritt"),
        () -> written.substring(0, 600));

    err.reset();
    code = WedgeApplication.run(List.of("report", file.toString(), "--language", "fr"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String said = err.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("--language must be one of de, en, not 'fr'"), said);

    out.reset();
    code = WedgeApplication.run(List.of("help", "report"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--language"), out.toString(StandardCharsets.UTF_8));
  }

  private static Element section(Document doc, String id) {
    for (String tag : List.of("section", "header")) {
      NodeList all = doc.getElementsByTagName(tag);
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        if (id.equals(e.getAttribute("id"))) {
          return e;
        }
      }
    }
    throw new AssertionError("no section " + id);
  }

  /** The text of every paragraph, cell, caption and heading of {@code e}, one to a line. */
  private static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    for (String tag : List.of("h1", "h2", "h3", "p", "li", "td", "th", "caption", "strong")) {
      NodeList all = e.getElementsByTagName(tag);
      for (int i = 0; i < all.getLength(); i++) {
        sb.append(all.item(i).getTextContent()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The parts of {@code text} between sentence marks that have three words or more (numbers do not count). */
  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("[.;:\n()\u00b7]")) {
      String s = part.trim();
      if (s.replaceAll("[^\\p{L} ]", "").trim().split(" +").length >= 3) {
        out.add(s);
      }
    }
    return out;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
