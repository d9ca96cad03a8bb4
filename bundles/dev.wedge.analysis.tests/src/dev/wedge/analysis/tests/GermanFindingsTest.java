package dev.wedge.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;

/**
 * The example's findings in a German workbench (the default locale, which Equinox sets from {@code osgi.nl}): the same
 * findings (analysis, severity, objects) as in English, each message German, with the same numbers and names.
 */
class GermanFindingsTest {

  private static final Locale BEFORE = Locale.getDefault();
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  @AfterEach
  void restore() {
    Locale.setDefault(BEFORE);
  }

  private static List<Finding> findings(Locale locale) throws Exception {
    Locale.setDefault(locale);
    StrategyModel m = ModelStore.load(Path.of(AnalyzeCommandTest.EXAMPLE)).model();
    AnalysisEngine engine = new AnalysisEngine(m, AnalysisRegistry.installed(), () -> Models.TODAY, 5000);
    try {
      return engine.runNow().findings();
    } finally {
      engine.dispose();
    }
  }

  /** The digits of a message in order ("1.5" and "1,5" both give 1, 5), names and dates included. */
  private static List<String> numbers(String message) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(message);
    while (m.find()) {
      out.add(m.group());
    }
    out.sort(null);
    return out;
  }

  @Test
  void theExamplesFindingsAreGermanWithTheSameNumbers() throws Exception {
    List<Finding> english = findings(Locale.ENGLISH);
    List<Finding> german = findings(Locale.GERMAN);
    assertTrue(english.size() >= 5, english::toString);
    assertEquals(english.size(), german.size(), () -> german.toString());
    for (int i = 0; i < english.size(); i++) {
      Finding en = english.get(i);
      Finding de = german.get(i);
      assertEquals(en.analysisId(), de.analysisId());
      assertEquals(en.severity(), de.severity());
      assertEquals(en.objects().size(), de.objects().size(), de.message());
      assertNotEquals(en.message(), de.message(), "not translated: " + en.analysisId());
      assertEquals(numbers(en.message()), numbers(de.message()), en.message() + "\n" + de.message());
    }
    // the example's portfolio summary, its pilots and the one too small to tell, as German writes them
    assertTrue(german.stream().anyMatch(f -> f.message().startsWith("KI-Portfolio im Vergleich zur Umfrage: ")
        && f.message().contains("\u00a0%")), german::toString);
    assertTrue(german.stream().anyMatch(f -> f.message().equals("3 Piloten und noch keiner entschieden: schlie\u00dfen"
        + " Sie einen ab und bringen Sie sein Ergebnis ins Gesch\u00e4ft (ein Pilot, ein Wedge).")), german::toString);
    assertTrue(german.stream().anyMatch(f -> f.analysisId().equals("dev.wedge.pilot.sample-size")
        && f.message().startsWith("Der Pilot \u201eRole-play coach for broker sales\u201c ist zu klein: ")),
        german::toString);
    // names in German quotation marks, never the English ones
    assertTrue(german.stream().allMatch(f -> !f.message().matches(".*(Pilot|Initiative) '.*")), german::toString);
  }

  @Test
  void anEngineAskedForGermanWritesGermanInAnEnglishWorkbench() throws Exception {
    List<Finding> english = findings(Locale.ENGLISH);
    StrategyModel m = ModelStore.load(Path.of(AnalyzeCommandTest.EXAMPLE)).model();
    AnalysisEngine engine = new AnalysisEngine(m, AnalysisRegistry.installed(), () -> Models.TODAY, 5000)
        .language(Locale.GERMAN);
    List<Finding> german;
    try {
      german = engine.runNow().findings();
    } finally {
      engine.dispose();
    }
    assertEquals(english.stream().map(Finding::analysisId).toList(), german.stream().map(Finding::analysisId)
        .toList());
    assertTrue(german.stream().anyMatch(f -> f.message().startsWith("3 Piloten und noch keiner entschieden")),
        german::toString);
    // and the workbench's own runs stay in its language
    assertEquals(english.stream().map(Finding::message).toList(), findings(Locale.ENGLISH).stream()
        .map(Finding::message).toList());
  }

  @Test
  void aQuickFixIsNamedInGerman() throws Exception {
    Locale.setDefault(Locale.GERMAN);
    StrategyModel m = Models.model();
    dev.wedge.model.Initiative i = Models.initiative(m, "Quiz scoring", dev.wedge.model.AiUse.ASSESSMENT,
        dev.wedge.model.Intent.STRATEGIC);
    i.setRiskArea(dev.wedge.model.RiskArea.LEARNING_OUTCOMES);
    List<Finding> f = Models.findings(m, "dev.wedge.governance.ai-act");
    assertEquals(1, f.size(), f::toString);
    assertTrue(f.get(0).message().startsWith("\u201eQuiz scoring\u201c bewertet Lernergebnisse (Anhang III, Nummer 3),"
        + " was der EU AI Act als hochriskant einstuft"), f.get(0).message());
    assertEquals("Risikoklasse auf Hoch setzen", f.get(0).fix().label());
  }
}
