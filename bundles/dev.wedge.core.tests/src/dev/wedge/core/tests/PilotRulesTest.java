package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.*;

/** Criteria frozen when a pilot runs, recorded re-baselines, and the governance gate before "scale". */
class PilotRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();
  private ModelSession session;
  private Pilot pilot;
  private SuccessCriterion criterion;
  private final List<String> refusals = new ArrayList<>();

  @BeforeEach
  void pilotWithACriterion() throws Exception {
    session = sessions.create(dir.resolve("m.wedge"), ModelTemplates.instantiate(ModelTemplates.STARTER, "m", null));
    session.addListener(new ModelSessionListener() {
      @Override
      public void refused(ModelSession s, String message) {
        refusals.add(message);
      }
    });
    pilot = session.getModel().getPilots().get(0);
    criterion = WedgeFactory.eINSTANCE.createSuccessCriterion();
    criterion.setMetric(pilot.getPrimaryMetric());
    criterion.setComparator(Comparator.BEATS_COMPARISON_BY);
    criterion.setThreshold(12);
    assertTrue(session.execute(AddCommand.create(session.getEditingDomain(), pilot,
        WedgePackage.Literals.PILOT__CRITERIA, criterion)));
  }

  @AfterEach
  void close() {
    sessions.release(session);
  }

  private boolean set(Object owner, org.eclipse.emf.ecore.EStructuralFeature f, Object value) {
    return session.execute(SetCommand.create(session.getEditingDomain(), owner, f, value));
  }

  @Test
  void criteriaCanBeEditedUntilThePilotRunsThenTheyAreFrozen() {
    assertTrue(set(criterion, WedgePackage.Literals.SUCCESS_CRITERION__THRESHOLD, 10.0), "editable while draft");
    assertTrue(session.execute(PilotRules.start(session.getEditingDomain(), pilot, TODAY)));
    assertEquals(PilotStatus.RUNNING, pilot.getStatus());
    assertEquals(TODAY, pilot.getFrozenOn());

    assertFalse(set(criterion, WedgePackage.Literals.SUCCESS_CRITERION__THRESHOLD, 5.0));
    assertEquals(10, criterion.getThreshold(), "the edit was refused");
    assertTrue(refusals.get(0).startsWith("The success criteria of pilot 'Six-week onboarding pilot' were frozen"
        + " when it started (2026-05-04): record a re-baseline"), refusals.get(0));
    assertFalse(session.execute(AddCommand.create(session.getEditingDomain(), pilot,
        WedgePackage.Literals.PILOT__CRITERIA, WedgeFactory.eINSTANCE.createSuccessCriterion())), "no new criterion");
    assertFalse(session.execute(DeleteCommand.create(session.getEditingDomain(), criterion)), "no deletion");
    assertFalse(set(pilot, WedgePackage.Literals.PILOT__STATUS, PilotStatus.DRAFT), "no going back to draft");
    assertEquals(1, pilot.getCriteria().size());
  }

  @Test
  void thePropertiesViewPathIsGuardedToo() {
    session.execute(PilotRules.start(session.getEditingDomain(), pilot, TODAY));
    IItemPropertySource source = (IItemPropertySource) session.getAdapterFactory().adapt(criterion,
        IItemPropertySource.class);
    IItemPropertyDescriptor threshold = source.getPropertyDescriptor(criterion,
        WedgePackage.Literals.SUCCESS_CRITERION__THRESHOLD);
    threshold.setPropertyValue(criterion, 3.0);
    assertEquals(12, criterion.getThreshold());
    assertEquals(1, refusals.size());
  }

  @Test
  void aRebaselineRecordsTheChangeTheDateAndTheReason() {
    session.execute(PilotRules.start(session.getEditingDomain(), pilot, TODAY));
    assertThrows(IllegalArgumentException.class, () -> PilotRules.rebaseline(session.getEditingDomain(), criterion,
        WedgePackage.Literals.SUCCESS_CRITERION__THRESHOLD, 10.0, " ", TODAY.plusDays(9)));
    assertTrue(session.execute(PilotRules.rebaseline(session.getEditingDomain(), criterion,
        WedgePackage.Literals.SUCCESS_CRITERION__THRESHOLD, 10.0, "Comparison cohort shrank", TODAY.plusDays(9))));
    assertEquals(10, criterion.getThreshold());
    assertEquals(TODAY.plusDays(9), criterion.getLastEditedOn());
    Rebaseline r = pilot.getRebaselines().get(0);
    assertEquals("threshold: 12 \u2192 10", r.getChange());
    assertEquals("Comparison cohort shrank", r.getReason());
    assertEquals(criterion, r.getCriterion());
    session.getCommandStack().undo();
    assertEquals(12, criterion.getThreshold(), "a re-baseline is one undoable step");
    assertTrue(pilot.getRebaselines().isEmpty());
  }

  @Test
  void scaleWaitsForTheGovernanceGate() {
    Initiative init = pilot.getInitiative();
    List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(pilot);
    assertEquals(List.of(GovernanceGate.Kind.LEARNER_DATA, GovernanceGate.Kind.LEGAL),
        gaps.stream().map(GovernanceGate.Gap::kind).toList(), "the starter has a review step but no data, no legal");

    assertFalse(session.execute(PilotRules.decide(session.getEditingDomain(), pilot, Decision.SCALE, "worked", TODAY)));
    assertEquals(Decision.UNDECIDED, pilot.getDecision());
    assertEquals("Pilot 'Six-week onboarding pilot' cannot be decided 'scale' yet: the learner data 'AI-assisted"
        + " onboarding' uses is not listed; legal or compliance has not been consulted on 'AI-assisted onboarding'.",
        refusals.get(0));
    assertTrue(session.execute(PilotRules.decide(session.getEditingDomain(), pilot, Decision.ITERATE, "not yet", TODAY)),
        "iterate and stop are always possible");

    Governance g = session.getModel().getGovernance();
    LearnerDataItem data = WedgeFactory.eINSTANCE.createLearnerDataItem();
    data.setName("Quiz scores");
    data.getUsedBy().add(init);
    session.execute(AddCommand.create(session.getEditingDomain(), g, WedgePackage.Literals.GOVERNANCE__LEARNER_DATA, data));
    assertEquals(2, GovernanceGate.gaps(pilot).size(), "listed, but without purpose and access");
    set(data, WedgePackage.Literals.LEARNER_DATA_ITEM__PURPOSE, "Adapt practice");
    set(data, WedgePackage.Literals.LEARNER_DATA_ITEM__ACCESS, "L&D analysts");
    Consultation legal = WedgeFactory.eINSTANCE.createConsultation();
    legal.setParty("Legal");
    legal.setWho("Emma Lindqvist");
    legal.setDate(TODAY.minusDays(20));
    legal.setOutcome(ConsultationOutcome.PENDING);
    legal.getInitiatives().add(init);
    session.execute(AddCommand.create(session.getEditingDomain(), g, WedgePackage.Literals.GOVERNANCE__CONSULTATIONS, legal));
    assertEquals("legal or compliance has not given its answer yet on 'AI-assisted onboarding'",
        GovernanceGate.gaps(pilot).get(0).message());
    set(legal, WedgePackage.Literals.CONSULTATION__OUTCOME, ConsultationOutcome.APPROVED);
    assertTrue(GovernanceGate.gaps(pilot).isEmpty());
    assertTrue(session.execute(PilotRules.decide(session.getEditingDomain(), pilot, Decision.SCALE, "worked", TODAY)));
    assertEquals(Decision.SCALE, pilot.getDecision());
  }

  @Test
  void anInitiativeThatDoesNotSayWhetherItUsesAiContentIsAskedAboutNotWavedThrough() {
    Initiative init = pilot.getInitiative();
    init.unsetUsesAiContent();
    GovernanceGate.Gap first = GovernanceGate.gaps(pilot).get(0);
    assertEquals(GovernanceGate.Kind.AI_CONTENT, first.kind());
    assertEquals("whether 'AI-assisted onboarding' puts AI content in front of learners is not recorded (Uses AI"
        + " content): if it does, a human review step must check it first", first.message());
    assertEquals(init, first.target());
    init.setUsesAiContent(false);
    assertFalse(GovernanceGate.gaps(pilot).stream().anyMatch(g -> g.kind() == GovernanceGate.Kind.AI_CONTENT
        || g.kind() == GovernanceGate.Kind.REVIEW_STEP), "no AI content: no review step needed");
  }

  @Test
  void aNewInitiativeDoesNotSayWhetherItUsesAiContent() {
    Initiative fresh = WedgeFactory.eINSTANCE.createInitiative();
    assertFalse(fresh.isSetUsesAiContent(), "not recorded until someone says");
  }
}
