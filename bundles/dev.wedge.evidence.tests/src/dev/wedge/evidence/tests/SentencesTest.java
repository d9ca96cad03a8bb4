package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.Money;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.RoiBasis;
import dev.wedge.evidence.Sentences;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/** The evidence's sentences in English (unchanged) and German (the same numbers, rules and caveats). */
class SentencesTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void englishIsWhatTheRulesAlwaysSaid() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    Sentences en = Sentences.of(Locale.ENGLISH);
    assertFalse(en.german());
    for (Pilot p : model.getPilots()) {
      PilotEvidence e = PilotEvidence.of(p, TODAY);
      assertEquals(Headline.of(e), en.headline(e));
      assertEquals(Headline.stageGate(e), en.stageGate(e));
      assertEquals(e.rating().label(), en.label(e.rating()));
      assertEquals(e.criteriaReading(), en.criteriaReading(e));
      assertEquals(RoiBasis.of(e, Money.of(model)), RoiBasis.of(e, Money.of(model), Locale.ENGLISH));
    }
  }

  @Test
  void germanHeadlinesCarryTheEnglishNumbersWithADecimalComma() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    Sentences de = Sentences.of(Locale.GERMAN);
    for (Pilot p : model.getPilots()) {
      PilotEvidence e = PilotEvidence.of(p, TODAY);
      String english = Headline.of(e);
      String german = de.headline(e);
      assertFalse(german.equals(english), german);
      List<String> expected = new ArrayList<>();
      Matcher m = Pattern.compile("\\d[\\d,]*(\\.\\d+)?").matcher(english);
      while (m.find()) { // 1,234.5 written as German writes it: 1.234,5
        expected.add(m.group().replace(",", "_").replace('.', ',').replace('_', '.'));
      }
      List<String> found = new ArrayList<>();
      Matcher g = Pattern.compile("\\d[\\d.]*(,\\d+)?").matcher(german.replace("95-%", "95 %"));
      while (g.find()) {
        found.add(g.group().replaceFirst("\\.$", ""));
      }
      assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), english + "\n" + german);
    }
  }

  @Test
  void germanWordsForVerdictsRatingsAndTheStageGate() {
    Sentences de = Sentences.of(Locale.GERMAN);
    assertEquals("nicht erf\u00fcllt", de.verdict(PilotEvidence.Verdict.NOT_MET));
    assertEquals("2 von 5 (schwach)", de.label(new EvidenceRating(2, List.of())));
    assertEquals("0 von 5 (keine belastbare Evidenz)", de.label(new EvidenceRating(0, List.of())));
    assertEquals("noch keine Evidenz", de.stageGate(null));
    assertEquals("16.632", de.number(16632));
    assertEquals("1,7", de.number(1.7));
    assertEquals("EUR 16.632", de.money(Money.of("EUR"), 16632));
    assertEquals("EUR 12,50", de.money(Money.of("EUR"), 12.5));
    assertEquals("1,7 Prozentpunkte", de.amount(1.7, " Prozentpunkte"));
  }
}
