package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.wedge.core.method.AiActRisk;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/**
 * The method's rules in German: the example's governance gaps and AI Act uses as the German brief and a German
 * workbench say them, and every headless bundle's German sentences ({@code sentences_de.properties} beside
 * {@code sentences.properties}, and {@code plugin_de.properties} beside {@code plugin.properties} where the bundle
 * has one) with every key and the same placeholders as the English.
 */
class GermanMethodTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void theExamplesGovernanceGapsAreGermanWithTheSameNamesAndKinds() throws Exception {
    StrategyModel m = ModelStore.load(ExampleModelTest.EXAMPLE).model();
    int gaps = 0;
    for (Pilot p : m.getPilots()) {
      List<GovernanceGate.Gap> en = GovernanceGate.gaps(p, Locale.ENGLISH);
      List<GovernanceGate.Gap> de = GovernanceGate.gaps(p, Locale.GERMAN);
      assertEquals(en.stream().map(GovernanceGate.Gap::kind).toList(), de.stream().map(GovernanceGate.Gap::kind)
          .toList());
      for (int i = 0; i < en.size(); i++) {
        assertEquals(en.get(i).target(), de.get(i).target());
        String name = en.get(i).message().replaceAll("^[^']*'([^']*)'.*$", "$1");
        assertTrue(de.get(i).message().contains("\u201e" + name + "\u201c"), de.get(i).message());
        assertFalse(de.get(i).message().contains("'"), de.get(i).message());
      }
      gaps += en.size();
      // the brief's "Close what stands between ... and scaling: ..." in German
      String said = GovernanceGate.describe(de);
      assertTrue(de.isEmpty() || said.matches(".*(Pr\u00fcfschritt|Lernendendaten|Recht oder Compliance).*"), said);
    }
    assertTrue(gaps > 0, "the example has governance gaps to show");
    Initiative quiz = m.getInitiatives().stream().filter(AiActRisk::listed).findFirst().orElseThrow();
    assertEquals("evaluates learning outcomes", AiActRisk.use(quiz, Locale.ENGLISH));
    assertEquals("bewertet Lernergebnisse", AiActRisk.use(quiz, Locale.GERMAN));
    assertEquals("High-risk: point 3, evaluates learning outcomes \u2014 set the risk class to High",
        AiActRisk.verdict(quiz, Locale.ENGLISH));
    assertEquals("Hochrisiko: Nummer 3, bewertet Lernergebnisse \u2014 Risikoklasse auf Hoch setzen",
        AiActRisk.verdict(quiz, Locale.GERMAN));
  }

  @Test
  void inAGermanWorkbenchTheRulesRefuseAndNameInGerman() {
    Locale before = Locale.getDefault();
    java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 29);
    String english = dev.wedge.core.method.MeasurementRules.refusal(today.plusDays(3), today).orElseThrow();
    try {
      Locale.setDefault(Locale.GERMAN);
      String german = dev.wedge.core.method.MeasurementRules.refusal(today.plusDays(3), today).orElseThrow();
      assertEquals("Eine Messung vom 2026-12-02 liegt 3 Tage nach heute (2026-11-29): eine Messung h\u00e4lt fest, was"
          + " schon beobachtet wurde; pr\u00fcfen Sie also das Datum (Tag und Monat vertauscht? falsches Jahr?) oder"
          + " geben Sie sie ein, sobald gemessen wurde.", german);
      assertTrue(english.startsWith("A measurement dated 2026-12-02 is 3 days after today (2026-11-29)"), english);
      assertEquals("Eng einbinden", dev.wedge.core.method.PowerInterest.Quadrant.MANAGE_CLOSELY.label());
      assertEquals("Leeres Modell", dev.wedge.core.session.ModelTemplates.BLANK.label());
    } finally {
      Locale.setDefault(before);
    }
    assertEquals("Manage closely", dev.wedge.core.method.PowerInterest.Quadrant.MANAGE_CLOSELY.label());
    assertEquals("Blank model", dev.wedge.core.session.ModelTemplates.BLANK.label());
  }

  @Test
  void everyHeadlessGermanSentenceHasItsEnglishKeyAndPlaceholders() throws IOException {
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (String bundle : List.of("dev.wedge.core", "dev.wedge.analysis", "dev.wedge.strategy")) {
      List<Path> english;
      try (Stream<Path> s = Files.walk(ROOT.resolve("bundles").resolve(bundle).resolve("src"))) {
        english = s.filter(p -> p.getFileName().toString().equals("sentences.properties")).sorted().toList();
      }
      assertFalse(english.isEmpty(), bundle + " has its sentences.properties");
      english = new ArrayList<>(english);
      if (Files.exists(ROOT.resolve("bundles").resolve(bundle).resolve("plugin_de.properties"))) {
        english.add(ROOT.resolve("bundles").resolve(bundle).resolve("plugin.properties"));
      }
      for (Path en : english) {
        Path de = en.resolveSibling(en.getFileName().toString().replace(".properties", "_de.properties"));
        String what = ROOT.relativize(de).toString();
        if (!Files.exists(de)) {
          problems.add(what + " is missing");
          continue;
        }
        Properties e = load(en);
        Properties g = load(de);
        for (String key : e.stringPropertyNames()) {
          compared++;
          String value = g.getProperty(key);
          if (value == null || value.isBlank()) {
            problems.add(what + ": no German for " + key);
          } else if (!placeholders(value).equals(placeholders(e.getProperty(key)))) {
            problems.add(what + ": " + key + " has " + placeholders(value) + ", the English "
                + placeholders(e.getProperty(key)));
          } else if (value.contains("\u00c3") || value.contains("\ufffd") || value.contains("'")) {
            problems.add(what + ": " + key + " is mis-encoded or quotes in English: " + value);
          }
        }
        for (String key : g.stringPropertyNames()) {
          if (!e.containsKey(key)) {
            problems.add(what + ": " + key + " is not in the English file");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(compared > 190, compared + " sentences compared");
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }

  private static Set<String> placeholders(String text) {
    return dev.wedge.core.testing.MessageFiles.placeholders(text);
  }
}
