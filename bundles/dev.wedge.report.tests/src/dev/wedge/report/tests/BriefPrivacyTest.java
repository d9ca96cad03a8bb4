package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.Briefs;
import dev.wedge.report.Privacy;

/** Subject keys pair a person's measurements; no brief shows one, whatever its privacy options. */
class BriefPrivacyTest {

  static final String KEY = "sk1:0f3a9c1e5b7d2a4c6e8f0a1b2c3d4e5f";

  @Test
  void noBriefShowsASubjectKey() throws Exception {
    StrategyModel m = ModelStore.load(BriefTest.EXAMPLE).model();
    Pilot p = m.getPilots().stream().filter(x -> x.getId().equals("p-roleplay")).findFirst().orElseThrow();
    int i = 0;
    for (Measurement x : p.getPrimaryMetric().getMeasurements()) {
      x.setSubject(i++ % 2 == 0 ? KEY : "emp-4711");
      x.setNote("checked with " + x.getSubject());
    }
    p.setBusinessProblem("Brokers lose deals at the objection stage (worst: " + KEY + ", emp-4711)");
    for (boolean names : new boolean[] {false, true}) {
      for (boolean personal : new boolean[] {false, true}) {
        String html = Briefs.html(m, BriefTest.OPTIONS.withNames(names, personal), null);
        assertFalse(html.contains("sk1:") || html.contains("emp-4711"), "names " + names + ", personal data "
            + personal);
        assertTrue(html.contains("(worst: a learner, a learner)"), () -> html.substring(html.indexOf("Problem: Brokers"),
            html.indexOf("Problem: Brokers") + 200));
      }
    }
    assertTrue(new Privacy(m, true).text("also sk1:00112233445566778899aabbccddeeff").endsWith("also a learner"),
        "a key of another model, pasted");
  }
}
