package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.method.Adkar;
import dev.wedge.core.method.Diagnosis;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.method.PowerInterest;
import dev.wedge.core.method.ResponseCatalogue;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.*;

/** The resistance diagnosis, the response catalogue (built-in and contributed), ADKAR and the power/interest grid. */
class DiagnosisTest {

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();
  private ModelSession session;

  @AfterEach
  void close() {
    if (session != null) {
      sessions.release(session);
    }
    ResponseCatalogue.reset();
  }

  private static Stakeholder person(String name, StakeholderGroup group, Stance stance) {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    s.setName(name);
    s.setGroup(group);
    s.setStance(stance);
    return s;
  }

  private static Concern concern(Stakeholder s, RootCause cause, Level severity) {
    Concern c = WedgeFactory.eINSTANCE.createConcern();
    c.setRootCause(cause);
    c.setSeverity(severity);
    s.getConcerns().add(c);
    return c;
  }

  private static void act(Stakeholder s, Concern c, ResponseKind kind, ActionStatus status) {
    ResponseAction a = WedgeFactory.eINSTANCE.createResponseAction();
    a.setConcern(c);
    a.setKind(kind);
    a.setStatus(status);
    s.getActions().add(a);
  }

  @Test
  void distributionWeightsConcernsBySeverityAndJudgesTheResponses() {
    Stakeholder cfo = person("CFO", StakeholderGroup.SENIOR_LEADER, Stance.SKEPTIC);
    act(cfo, concern(cfo, RootCause.CREDIBILITY, Level.HIGH), ResponseKind.EVIDENCE, ActionStatus.IN_PROGRESS);
    Stakeholder manager = person("Manager", StakeholderGroup.MANAGER, Stance.NEUTRAL);
    act(manager, concern(manager, RootCause.QUALITY, Level.MEDIUM), ResponseKind.COMMUNICATION, ActionStatus.PLANNED);
    Stakeholder sme = person("SME", StakeholderGroup.SUBJECT_MATTER_EXPERT, Stance.OPPONENT);
    Concern ownership = concern(sme, RootCause.OWNERSHIP, Level.LOW);
    act(sme, ownership, ResponseKind.EXPERT_REVIEWER, ActionStatus.DROPPED); // dropped: does not count
    Stakeholder employee = person("Employee", StakeholderGroup.EMPLOYEE, Stance.SUPPORTER);
    concern(employee, RootCause.CHANGE, Level.HIGH);
    concern(employee, RootCause.CHANGE, Level.LOW);
    Stakeholder legal = person("Legal", StakeholderGroup.IT_LEGAL, Stance.SKEPTIC); // no concern recorded

    Diagnosis d = Diagnosis.of(List.of(cfo, manager, sme, employee, legal), ResponseCatalogue.builtin());
    assertEquals(5, d.concerns());
    assertEquals(10.0, d.totalWeight(), "3 + 2 + 1 + 3 + 1");
    assertEquals(0.3, d.of(RootCause.CREDIBILITY).share(), 1e-9);
    assertEquals(0.4, d.of(RootCause.CHANGE).share(), 1e-9);
    assertEquals(RootCause.CHANGE, d.dominant().cause());
    assertEquals(0.0, d.of(RootCause.GOVERNANCE).share());
    assertEquals(List.of(employee), d.of(RootCause.CHANGE).stakeholders());
    assertEquals(Set.of(StakeholderGroup.EMPLOYEE), d.of(RootCause.CHANGE).groups());

    assertEquals(1, d.of(RootCause.CREDIBILITY).answered(), "evidence answers credibility");
    assertEquals(1, d.of(RootCause.QUALITY).mismatched(), "more communication does not answer a quality concern");
    assertEquals(1, d.of(RootCause.OWNERSHIP).unanswered(), "a dropped action answers nothing");
    assertEquals(2, d.of(RootCause.CHANGE).unanswered());
    assertEquals(Diagnosis.Answer.UNANSWERED, Diagnosis.answer(ownership, ResponseCatalogue.builtin()));
    assertEquals(List.of(legal), d.undiagnosed(), "a skeptic without a recorded concern is not diagnosed yet");
  }

  @Test
  void theBuiltInCatalogueRecommendsTheMethodsResponses() {
    ResponseCatalogue c = ResponseCatalogue.builtin();
    assertEquals(ResponseKind.EVIDENCE, c.primaryKind(RootCause.CREDIBILITY));
    assertEquals(ResponseKind.REVIEW_PROCESS, c.primaryKind(RootCause.QUALITY));
    assertEquals(ResponseKind.EARLY_INVOLVEMENT, c.primaryKind(RootCause.CHANGE));
    assertEquals(ResponseKind.EXPERT_REVIEWER, c.primaryKind(RootCause.OWNERSHIP));
    assertEquals(ResponseKind.GOVERNANCE_PARTNERSHIP, c.primaryKind(RootCause.GOVERNANCE));
    Stakeholder cfo = person("CFO", StakeholderGroup.SENIOR_LEADER, Stance.SKEPTIC);
    concern(cfo, RootCause.CREDIBILITY, Level.HIGH);
    assertEquals("Evidence", Diagnosis.of(List.of(cfo), c).of(RootCause.CREDIBILITY).responses().get(0).title());
  }

  @Test
  void aContributedPlaybookReplacesTheResponsesForTheCausesItCovers() {
    ResponseCatalogue.reset();
    ResponseCatalogue c = ResponseCatalogue.get(); // this fragment contributes "Test Consulting change playbook"
    assertEquals("Test Consulting change playbook", c.name(), "the fragment is a singleton, so its extensions count");
    List<ResponseCatalogue.Response> change = c.recommended(RootCause.CHANGE);
    assertEquals(2, change.size(), "the response with an unknown kind is ignored (and logged)");
    assertEquals("Practice labs", change.get(0).title());
    assertEquals(ResponseKind.TRAINING, change.get(0).kind());
    assertTrue(c.matches(RootCause.CHANGE, ResponseKind.TRAINING));
    assertFalse(c.matches(RootCause.CHANGE, ResponseKind.COMMUNICATION));
    assertEquals(ResponseKind.EVIDENCE, c.primaryKind(RootCause.CREDIBILITY), "other causes keep the built-in ones");

    Stakeholder employee = person("Employee", StakeholderGroup.EMPLOYEE, Stance.SKEPTIC);
    act(employee, concern(employee, RootCause.CHANGE, Level.HIGH), ResponseKind.TRAINING, ActionStatus.PLANNED);
    Diagnosis d = Diagnosis.of(List.of(employee), c);
    assertEquals(1, d.of(RootCause.CHANGE).answered(), "the playbook's own kind answers the cause");
    assertEquals("Test Consulting change playbook", d.catalogue());
  }

  @Test
  void theFirstAdkarBarrierIsTheFirstElementScoredThreeOrLess() {
    Stakeholder s = person("A", StakeholderGroup.MANAGER, Stance.NEUTRAL);
    assertFalse(Adkar.assessed(s));
    assertNull(Adkar.firstBarrier(s), "not assessed: no barrier");
    s.setAwareness(4);
    s.setDesire(2);
    s.setKnowledge(3);
    s.setAbility(5);
    s.setReinforcement(1);
    Adkar.Barrier b = Adkar.firstBarrier(s);
    assertEquals("Desire", b.element());
    assertEquals(1, b.index());
    assertEquals(2, b.score());
    s.setDesire(4);
    assertEquals("Knowledge", Adkar.firstBarrier(s).element());
    s.setKnowledge(4);
    s.setReinforcement(4);
    assertNull(Adkar.firstBarrier(s), "no element at 3 or less");
  }

  @Test
  void theGridHasFourQuadrantsAndDraggedScoresSnapToOneToFive() {
    assertEquals(PowerInterest.Quadrant.MANAGE_CLOSELY, PowerInterest.quadrant(5, 4));
    assertEquals(PowerInterest.Quadrant.KEEP_SATISFIED, PowerInterest.quadrant(5, 3));
    assertEquals(PowerInterest.Quadrant.KEEP_INFORMED, PowerInterest.quadrant(2, 5));
    assertEquals(PowerInterest.Quadrant.MONITOR, PowerInterest.quadrant(3, 3));
    assertEquals(1, PowerInterest.snap(-2.4));
    assertEquals(4, PowerInterest.snap(3.5));
    assertEquals(5, PowerInterest.snap(9));
  }

  @Test
  void anAnswerBecomesACandidateCriterionInOneUndoableStepButNotOnARunningPilot() throws Exception {
    session = sessions.create(dir.resolve("m.wedge"), ModelTemplates.instantiate(ModelTemplates.STARTER, "m", null));
    Pilot pilot = session.getModel().getPilots().get(0);
    Stakeholder skeptic = person("Dana", StakeholderGroup.SENIOR_LEADER, Stance.SKEPTIC);
    session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.getEditingDomain(), session.getModel(),
        WedgePackage.Literals.STRATEGY_MODEL__STAKEHOLDERS, skeptic));
    int before = pilot.getCriteria().size();
    assertTrue(session.execute(PilotRules.criterionFromAnswer(session.getEditingDomain(), pilot, skeptic,
        "Two weeks sooner, in our own numbers", LocalDate.of(2026, 4, 20))));
    assertEquals("Two weeks sooner, in our own numbers", skeptic.getSuccessAnswer());
    SuccessCriterion c = pilot.getCriteria().get(before);
    assertEquals(skeptic, c.getSource());
    assertTrue(c.getAgreedBy().contains(skeptic));
    assertEquals(pilot.getPrimaryMetric(), c.getMetric());
    session.getCommandStack().undo();
    assertEquals(before, pilot.getCriteria().size());
    assertNull(skeptic.getSuccessAnswer(), "one undo takes back the answer and the criterion");

    session.execute(PilotRules.start(session.getEditingDomain(), pilot, LocalDate.of(2026, 5, 4)));
    assertFalse(session.execute(PilotRules.criterionFromAnswer(session.getEditingDomain(), pilot, skeptic,
        "Something else", LocalDate.of(2026, 5, 5))), "frozen criteria");
    assertNull(skeptic.getSuccessAnswer(), "nothing of the refused command is applied");
  }
}
