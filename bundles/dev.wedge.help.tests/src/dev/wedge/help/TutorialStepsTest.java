package dev.wedge.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;

/** The tutorial's steps, read from docs/help/tutorial.md, and when each is done. */
class TutorialStepsTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;

  @Test
  void theStepsGoFromABlankModelToAFirstPilot() {
    List<TutorialSteps.Step> steps = TutorialSteps.read(HelpLibrary.bundled());
    assertEquals(List.of("model", "goal", "metric", "initiative", "question", "pilot"),
        steps.stream().map(TutorialSteps.Step::id).toList());
    assertEquals("Create a blank model", steps.get(0).title());
    assertEquals("model", TutorialSteps.next(steps, null).id());

    StrategyModel model = F.createStrategyModel();
    assertEquals("goal", TutorialSteps.next(steps, model).id());
    BusinessGoal goal = F.createBusinessGoal();
    model.getGoals().add(goal);
    assertEquals("metric", TutorialSteps.next(steps, model).id());

    BusinessMetric metric = F.createBusinessMetric();
    model.getMetrics().add(metric);
    metric.setBaseline(94.0);
    assertEquals("metric", TutorialSteps.next(steps, model).id(), "a metric without a target is not done");
    metric.setTarget(70.0);
    assertEquals("initiative", TutorialSteps.next(steps, model).id());

    Initiative initiative = F.createInitiative();
    model.getInitiatives().add(initiative);
    assertEquals("initiative", TutorialSteps.next(steps, model).id(), "an initiative without a metric is not done");
    MetricLink link = F.createMetricLink();
    link.setMetric(metric);
    initiative.getLinks().add(link);
    assertEquals("question", TutorialSteps.next(steps, model).id());

    Stakeholder skeptic = F.createStakeholder();
    model.getStakeholders().add(skeptic);
    skeptic.setSuccessAnswer("  ");
    assertEquals("question", TutorialSteps.next(steps, model).id(), "a blank answer is no answer");
    skeptic.setSuccessAnswer("Advisors on the phones alone two weeks sooner");
    assertEquals("pilot", TutorialSteps.next(steps, model).id());

    Pilot pilot = F.createPilot();
    model.getPilots().add(pilot);
    pilot.setPrimaryMetric(metric);
    assertEquals("pilot", TutorialSteps.next(steps, model).id(), "a pilot without a criterion is not designed");
    SuccessCriterion criterion = F.createSuccessCriterion();
    criterion.setMetric(metric);
    pilot.getCriteria().add(criterion);
    assertNull(TutorialSteps.next(steps, model));
    assertTrue(steps.stream().allMatch(s -> s.isDone(model)));
  }

  @Test
  void aStepTheTutorialCannotCheckIsRefused() {
    HelpLibrary library = new HelpLibrary(p -> "# T\n<!-- step: dance -->\n## Dance\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TutorialSteps.read(library));
    assertTrue(e.getMessage().contains("'dance'"), e.getMessage());
  }
}
