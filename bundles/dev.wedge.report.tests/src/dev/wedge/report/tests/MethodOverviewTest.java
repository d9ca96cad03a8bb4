package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Initiative;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;
import dev.wedge.report.MethodOverview;
import dev.wedge.report.MethodOverview.Line;
import dev.wedge.report.MethodOverview.Step;

/** The first screen's overview of the example model, in the method's terms, without a display. */
class MethodOverviewTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static StrategyModel model;
  static MethodOverview overview;

  @BeforeAll
  static void load() throws Exception {
    model = ModelStore.load(EXAMPLE).model();
    overview = MethodOverview.of(model, TODAY, LocalDate::toString);
  }

  private static Line line(Step step) {
    return overview.lines().stream().filter(l -> l.step() == step).findFirst().orElseThrow();
  }

  @Test
  void itLeadsWithTheNextStepTheBriefWrites() throws Exception {
    String html = Briefs.html(model, BriefOptions.defaults().withNames(true, false).withToday(TODAY), null);
    NodeList ps = BriefTest.parse(html).getElementsByTagName("p");
    String briefs = null;
    for (int i = 0; i < ps.getLength(); i++) {
      if ("next".equals(((Element) ps.item(i)).getAttribute("class"))) {
        briefs = ps.item(i).getTextContent();
      }
    }
    assertTrue(briefs != null && !briefs.isBlank(), "the brief has a next step");
    assertEquals(briefs, overview.nextSteps().get(0), "the same sentence, from the same code");
  }

  @Test
  void oneLinePerStepOfTheMethodInOrder() {
    assertEquals(List.of(Step.METRIC, Step.QUESTION, Step.PILOT, Step.WEDGE, Step.REVIEW),
        overview.lines().stream().map(Line::step).toList());
  }

  @Test
  void oneMetricCountsTheInitiativesWithoutOneAndPointsAtTheFirst() {
    // the example: 12 initiatives, 4 of them without a link to a metric (research summaries, translation, the HR
    // policy chatbot and the performance-review assistant)
    Line l = line(Step.METRIC);
    assertFalse(l.ok());
    assertEquals("8 of 12 AI initiatives are tied to a business metric; 4 have none: \u201cAI research summaries for"
        + " SMEs\u201d and 3 others.", l.text());
    assertEquals("AI research summaries for SMEs", ((Initiative) l.target()).getName());
    assertEquals("strategy", l.part());
  }

  @Test
  void oneQuestionCountsTheSkepticsAskedAndTheAnswersThatBecameCriteria() {
    // six skeptics or opponents; the CFO, the head of broker sales and the DPO have answered; the CFO's answer is a
    // criterion of the onboarding pilot, the head of broker sales' of the role-play pilot
    Line l = line(Step.QUESTION);
    assertFalse(l.ok());
    assertEquals("3 of 6 skeptics said what success looks like to them; 2 of the answers are success criteria."
        + " Ask Jens Moller (Regional sales manager) next.", l.text());
    assertEquals("Jens Moller", ((Stakeholder) l.target()).getName());
  }

  @Test
  void onePilotIsTheRunningOneWithItsWeekItsEndAndTheVerdictSoFar() {
    Line l = line(Step.PILOT);
    assertTrue(l.text().startsWith("\u201cRole-play coach for broker sales\u201d: running, week 5 of 6; ends"
        + " 2026-12-07; so far its criterion is inconclusive."), l.text());
    assertTrue(l.text().endsWith("(2 other pilots in the Pilots editor.)"), l.text());
    assertTrue(l.ok(), "it has its metric and a criterion");
  }

  @Test
  void oneWedgeIsTheSponsorAndTheBusinessProblem() {
    Line l = line(Step.WEDGE);
    assertTrue(l.ok());
    assertEquals("Sponsor Marcus Oyelaran, Chief Revenue Officer, on \u201cBrokers lose deals at the objection"
        + " stage\u201d.", l.text());
  }

  @Test
  void oneReviewStepNamesWhatStandsBetweenThePilotAndScaling() {
    Line l = line(Step.REVIEW);
    assertFalse(l.ok());
    assertTrue(l.text().startsWith("Before \u201cRole-play coach for broker sales\u201d can scale: "), l.text());
    assertTrue(l.text().contains("legal or compliance has not given its answer yet"), l.text());
    assertEquals("governance", l.part());
  }

  @Test
  void anEmptyModelSaysWhereToStartAndCountsInWords() {
    StrategyModel empty = WedgeFactory.eINSTANCE.createStrategyModel();
    MethodOverview o = MethodOverview.of(empty, TODAY, LocalDate::toString);
    assertTrue(o.lines().stream().noneMatch(Line::ok));
    assertEquals("No pilot yet: File \u203a New Pilot\u2026 (Ctrl+Alt+P) walks the six questions, from the business"
        + " problem to the dates.", o.lines().get(2).text());
    assertNull(o.lines().get(2).target());
    Initiative one = WedgeFactory.eINSTANCE.createInitiative();
    one.setName("Course drafting");
    empty.getInitiatives().add(one);
    assertEquals("\u201cCourse drafting\u201d is not tied to a business metric yet.",
        MethodOverview.of(empty, TODAY, LocalDate::toString).lines().get(0).text());
  }

  @Test
  void inGermanTheNextStepsAndTheStepsSayTheSameWithTheSameNumbersAndNoEnglishSentence() {
    MethodOverview de = MethodOverview.of(model, TODAY, LocalDate::toString, java.util.Locale.GERMAN);
    assertEquals(overview.nextSteps().size(), de.nextSteps().size(), "as many next steps");
    List<String> german = new java.util.ArrayList<>(de.nextSteps());
    de.lines().forEach(l -> german.add(l.text()));
    for (Step s : Step.values()) {
      german.add(s.title(java.util.Locale.GERMAN));
      german.add(s.meaning(java.util.Locale.GERMAN));
    }
    List<String> english = new java.util.ArrayList<>(overview.nextSteps());
    overview.lines().forEach(l -> english.add(l.text()));
    for (Step s : Step.values()) {
      english.add(s.title());
      english.add(s.meaning());
    }
    // no English sentence, nor a clause of one, in the German
    for (String en : english) {
      for (String clause : en.split("[.;:]\\s+")) {
        if (clause.split(" ").length >= 3 && !clause.contains("Jens Moller") && !clause.contains("Marcus")) {
          german.forEach(g -> assertFalse(g.contains(clause), () -> "English \"" + clause + "\" in: " + g));
        }
      }
    }
    // the same numbers, in the same places (the dates aside: "2026-12-07" is "7. Dez. 2026" in German)
    for (int i = 0; i < english.size(); i++) {
      assertEquals(numbers(english.get(i).replaceAll("\\d{4}-\\d{2}-\\d{2}", "")),
          numbers(german.get(i).replaceAll("\\d{1,2}\\. \\p{L}+\\.? \\d{4}", "")), german.get(i));
    }
    assertEquals("8 von 12 KI-Initiativen sind mit einer Gesch\u00e4ftskennzahl verkn\u00fcpft; 4 haben keine:"
        + " \u201eAI research summaries for SMEs\u201c und 3 weitere.", de.lines().get(0).text());
    assertEquals("3 von 6 Skeptikern haben gesagt, wie Erfolg f\u00fcr sie aussieht; 2 der Antworten sind"
        + " Erfolgskriterien. Fragen Sie als N\u00e4chstes Jens Moller (Regional sales manager).",
        de.lines().get(1).text());
    assertTrue(de.lines().get(2).text().startsWith("\u201eRole-play coach for broker sales\u201c: l\u00e4uft, Woche 5"
        + " von 6; endet am 7. Dez. 2026; bisher: sein Kriterium ist "), de.lines().get(2).text());
    assertTrue(de.lines().get(2).text().endsWith("(2 weitere Piloten im Editor Pilots.)"), de.lines().get(2).text());
    assertEquals("Sponsor Marcus Oyelaran, Chief Revenue Officer, zu \u201eBrokers lose deals at the objection"
        + " stage\u201c.", de.lines().get(3).text());
    assertTrue(de.lines().get(4).text().startsWith("Bevor \u201eRole-play coach for broker sales\u201c skaliert werden"
        + " kann: "), de.lines().get(4).text());
    assertEquals("Eine Kennzahl", Step.METRIC.title(java.util.Locale.GERMAN));
    // the next steps are the German brief's
    String briefsNext = Briefs.nextSteps(model, BriefOptions.defaults().withNames(true, false).withToday(TODAY)
        .withLanguage(java.util.Locale.GERMAN)).get(0);
    assertEquals(briefsNext, de.nextSteps().get(0));
    assertTrue(de.nextSteps().stream().anyMatch(n -> n.startsWith("Messen Sie ")), () -> String.join("\n",
        de.nextSteps()));
  }

  /** The numbers of a sentence in order, German or English ("1,234.5" and "1.234,5" read alike). */
  private static List<String> numbers(String s) {
    return java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*").matcher(s).results()
        .map(m -> m.group().replaceAll("[.,]", "")).toList();
  }
}
