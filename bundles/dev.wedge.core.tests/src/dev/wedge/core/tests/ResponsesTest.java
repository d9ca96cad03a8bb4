package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.wedge.core.method.ResponseCatalogue;
import dev.wedge.core.method.Responses;
import dev.wedge.model.ActionStatus;
import dev.wedge.model.Concern;
import dev.wedge.model.Level;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgeFactory;

/** A stakeholder's concerns and responses as the register shows them, and where a new response starts. */
class ResponsesTest {

  private static Concern concern(Stakeholder s, RootCause cause, Level severity) {
    Concern c = WedgeFactory.eINSTANCE.createConcern();
    c.setRootCause(cause);
    c.setSeverity(severity);
    s.getConcerns().add(c);
    return c;
  }

  private static ResponseAction action(Stakeholder s, Concern answers, ActionStatus status) {
    ResponseAction a = WedgeFactory.eINSTANCE.createResponseAction();
    a.setConcern(answers);
    a.setStatus(status);
    s.getActions().add(a);
    return a;
  }

  @Test
  void aNewResponseAnswersTheFirstConcernNoActionAnswersWithTheCataloguesFirstKind() {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    Concern credibility = concern(s, RootCause.CREDIBILITY, Level.HIGH);
    Concern governance = concern(s, RootCause.GOVERNANCE, Level.LOW);
    action(s, credibility, ActionStatus.DONE);
    ResponseAction draft = Responses.draft(s);
    assertEquals(governance, draft.getConcern());
    assertEquals(ResponseCatalogue.get().primaryKind(RootCause.GOVERNANCE), draft.getKind());
    assertEquals(ActionStatus.PLANNED, draft.getStatus());
    assertEquals(1, s.getActions().size(), "a draft is not added: the editor adds it in one command");
  }

  @Test
  void everyConcernAnsweredTheNewResponseAnswersTheFirstAndWithoutConcernsNothing() {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    assertNull(Responses.draft(s).getConcern());
    assertEquals(WedgeFactory.eINSTANCE.createResponseAction().getKind(), Responses.draft(s).getKind(),
        "no concern: the model's default kind, no recommendation");
    Concern first = concern(s, RootCause.QUALITY, Level.MEDIUM);
    action(s, first, ActionStatus.PLANNED);
    assertEquals(first, Responses.draft(s).getConcern());
    assertEquals(ResponseCatalogue.get().primaryKind(RootCause.QUALITY), Responses.draft(s).getKind());
  }

  @Test
  void theRegisterSummarisesConcernsByRootCauseAndActionsByStatus() {
    Stakeholder s = WedgeFactory.eINSTANCE.createStakeholder();
    assertEquals("", Responses.concernSummary(s));
    assertEquals("", Responses.actionSummary(s));
    Concern c = concern(s, RootCause.CREDIBILITY, Level.HIGH);
    concern(s, RootCause.GOVERNANCE, Level.LOW);
    action(s, c, ActionStatus.PLANNED);
    action(s, c, ActionStatus.IN_PROGRESS);
    action(s, c, ActionStatus.PLANNED);
    assertEquals("Credibility (high); Governance (low)", Responses.concernSummary(s));
    assertEquals("3: 2 planned, 1 in progress", Responses.actionSummary(s));
  }
}
