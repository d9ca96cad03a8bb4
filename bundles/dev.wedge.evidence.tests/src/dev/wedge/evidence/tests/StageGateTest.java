package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;

/** "Scale" follows the evidence: criteria met under their rule, or an override with its reason and person. */
class StageGateTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();
  private ModelSession session;
  private Pilot onboarding;

  @BeforeEach
  void open() throws Exception {
    sessions.setClock(Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    Path copy = dir.resolve("halden.wedge");
    Files.copy(Path.of(EvidenceCommandTest.EXAMPLE), copy);
    session = sessions.acquire(copy);
    onboarding = session.getModel().getPilots().stream().filter(p -> p.getId().equals("p-onboarding")).findFirst()
        .orElseThrow();
    assertTrue(GovernanceGate.gaps(onboarding).isEmpty(), "the example's onboarding pilot passes the governance gate");
  }

  @AfterEach
  void close() {
    sessions.release(session);
  }

  @Test
  void criteriaMetUnderTheirRuleMayScale() {
    assertTrue(session.execute(PilotRules.decide(session.getEditingDomain(), onboarding, Decision.SCALE, "met",
        TODAY)), session.lastRefusal());
    assertEquals(Decision.SCALE, onboarding.getDecision());
  }

  @Test
  void inconclusiveCriteriaScaleOnlyThroughARecordedOverride() {
    // a threshold the interval does not clear (set behind the frozen criteria's back, as a file edited by hand)
    onboarding.getCriteria().get(0).setThreshold(15);
    assertFalse(session.execute(PilotRules.decide(session.getEditingDomain(), onboarding, Decision.SCALE, "go",
        TODAY)));
    assertTrue(session.lastRefusal().startsWith("Pilot 'Onboarding fast-track for new advisors' cannot be decided"
        + " 'scale' on its evidence: its criteria are inconclusive"), session.lastRefusal());
    assertEquals(Decision.UNDECIDED, onboarding.getDecision() == null ? Decision.UNDECIDED : onboarding.getDecision());
    Stakeholder cfo = session.getModel().getStakeholders().stream().filter(s -> s.getId().equals("s-cfo")).findFirst()
        .orElseThrow();
    assertTrue(session.execute(PilotRules.override(session.getEditingDomain(), onboarding, Decision.SCALE,
        "inconclusive", "hiring wave in January cannot wait for another cohort", cfo, null, null, TODAY)),
        session.lastRefusal());
    assertEquals(Decision.SCALE, onboarding.getDecision());
    DecisionOverride o = PilotRules.currentOverride(onboarding);
    assertEquals("inconclusive", o.getEvidence());
    assertEquals(cfo, o.getBy());
    assertEquals(TODAY, o.getDate());
    session.getCommandStack().undo();
    assertTrue(onboarding.getOverrides().isEmpty(), "one undo takes back the decision and its record");
  }
}
