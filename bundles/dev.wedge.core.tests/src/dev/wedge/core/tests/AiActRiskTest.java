package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.core.method.AiActRisk;
import dev.wedge.model.Initiative;
import dev.wedge.model.RiskArea;
import dev.wedge.model.RiskClass;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/**
 * The EU AI Act rule, headless. Reference: Regulation (EU) 2024/1689, Annex III, point 3(b) ("AI systems intended to
 * be used to evaluate learning outcomes") and point 4 (employment: recruitment, decisions on promotion and
 * termination, allocating tasks, monitoring and evaluating performance).
 */
class AiActRiskTest {

  private static Initiative initiative(String name, RiskArea area, RiskClass risk, boolean aiContent) {
    Initiative i = WedgeFactory.eINSTANCE.createInitiative();
    i.setName(name);
    i.setRiskArea(area);
    i.setRiskClass(risk);
    i.setUsesAiContent(aiContent);
    return i;
  }

  @Test
  void aListedUseNotClassedHighIsMisclassified() {
    Initiative quiz = initiative("Adaptive quiz", RiskArea.LEARNING_OUTCOMES, RiskClass.LIMITED, true);
    assertTrue(AiActRisk.listed(quiz));
    assertTrue(AiActRisk.misclassified(quiz));
    assertEquals(3, AiActRisk.point(quiz));
    assertEquals("High-risk: point 3, evaluates learning outcomes \u2014 set the risk class to High",
        AiActRisk.verdict(quiz));
    Initiative unassessed = initiative("Promotion ranking", RiskArea.EMPLOYMENT_DECISIONS, RiskClass.UNASSESSED,
        false);
    assertTrue(AiActRisk.misclassified(unassessed), "not assessed is not high");
    assertEquals(4, AiActRisk.point(unassessed));
    assertEquals("informs employment decisions", AiActRisk.use(unassessed));
  }

  @Test
  void aListedUseClassedHighIsSaidAsListedOnly() {
    Initiative i = initiative("Skills screening", RiskArea.EMPLOYMENT_DECISIONS, RiskClass.HIGH, true);
    assertTrue(AiActRisk.listed(i));
    assertFalse(AiActRisk.misclassified(i));
    assertEquals("High-risk: point 4, informs employment decisions", AiActRisk.verdict(i));
  }

  @Test
  void anUnlistedUseIsNotListedOrNotAssessed() {
    Initiative drafts = initiative("Course drafts", RiskArea.NONE, RiskClass.UNASSESSED, true);
    assertFalse(AiActRisk.listed(drafts));
    assertFalse(AiActRisk.misclassified(drafts));
    assertTrue(AiActRisk.unassessed(drafts), "AI content in use, no class yet");
    assertEquals("Not assessed yet", AiActRisk.verdict(drafts));
    Initiative noArea = initiative("Search", null, RiskClass.MINIMAL, true);
    assertEquals(RiskArea.NONE, AiActRisk.area(noArea));
    assertEquals(0, AiActRisk.point(noArea));
    assertEquals("", AiActRisk.use(noArea));
    assertEquals("Not listed", AiActRisk.verdict(noArea));
    assertFalse(AiActRisk.unassessed(initiative("No AI", RiskArea.NONE, RiskClass.UNASSESSED, false)));
  }

  @Test
  void reviewOrderPutsMisclassifiedFirstThenListedThenTheRestKeepingTheModelOrder() {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    Initiative a = initiative("a", RiskArea.NONE, RiskClass.MINIMAL, false);
    Initiative b = initiative("b", RiskArea.EMPLOYMENT_DECISIONS, RiskClass.HIGH, true);
    Initiative c = initiative("c", RiskArea.LEARNING_OUTCOMES, RiskClass.LIMITED, true);
    Initiative d = initiative("d", RiskArea.NONE, RiskClass.UNASSESSED, true);
    Initiative e = initiative("e", RiskArea.EMPLOYMENT_DECISIONS, RiskClass.MINIMAL, true);
    m.getInitiatives().addAll(List.of(a, b, c, d, e));
    List<Initiative> sorted = new ArrayList<>(m.getInitiatives());
    sorted.sort(AiActRisk.REVIEW_ORDER);
    assertEquals(List.of(c, e, b, a, d), sorted);
    assertEquals(List.of(b, c, e), AiActRisk.listedIn(m));
  }
}
