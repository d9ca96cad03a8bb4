package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.report.Briefs;

/** The brief never prints "decided: scale" beside criteria that do not support it without a word. */
class BriefDecisionTest {

  private static Pilot roleplay(StrategyModel m) {
    return m.getPilots().stream().filter(p -> p.getId().equals("p-roleplay")).findFirst().orElseThrow();
  }

  @Test
  void anOverrideIsShownWithItsReasonAndPerson() throws Exception {
    StrategyModel m = ModelStore.load(BriefTest.EXAMPLE).model();
    Pilot p = roleplay(m);
    DecisionOverride o = WedgeFactory.eINSTANCE.createDecisionOverride();
    o.setDecision(Decision.SCALE);
    o.setEvidence("inconclusive");
    o.setReason("the sales kick-off cannot wait for the last two weeks");
    o.setBy(p.getSponsor());
    o.setDate(LocalDate.of(2026, 11, 27));
    p.getOverrides().add(o);
    p.setDecision(Decision.SCALE);
    p.setEarlyStopReason("the sales kick-off is on 1 December");
    String html = Briefs.html(m, BriefTest.OPTIONS, null);
    assertTrue(html.contains("decided: Scale (scaled although the criteria were inconclusive: the sales kick-off"
        + " cannot wait for the last two weeks; decided by Chief Revenue Officer on 2026-11-27) (before the planned"
        + " end: the sales kick-off is on 1 December)"), html.substring(html.indexOf("Role-play coach"),
            html.indexOf("Role-play coach") + 1500));
  }

  @Test
  void aScaleWithoutAnOverrideSaysSo() throws Exception {
    StrategyModel m = ModelStore.load(BriefTest.EXAMPLE).model();
    roleplay(m).setDecision(Decision.SCALE);
    String html = Briefs.html(m, BriefTest.OPTIONS, null);
    assertTrue(html.contains("decided: Scale although its criterion is inconclusive, with no override recorded"),
        html.substring(html.indexOf("Role-play coach"), html.indexOf("Role-play coach") + 1500));
  }
}
