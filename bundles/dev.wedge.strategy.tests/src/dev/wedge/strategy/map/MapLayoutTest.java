package dev.wedge.strategy.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MaturityStage;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.strategy.map.MapLayout.Box;

/** The strategy map without a display: ELK layout, reframing, the AI portfolio against the survey, box text. */
public class MapLayoutTest {

  private static StrategyModel example() throws Exception {
    return ModelStore.load(Path.of("../../examples/halden-mutual.wedge")).model();
  }

  public static void assertWellPlaced(StrategyModel m, MapLayout.Geometry g) {
    assertEquals(m.getGoals().size() + m.getMetrics().size() + m.getInitiatives().size(), g.boxes().size(),
        "every goal, metric and initiative has a box");
    List<Map.Entry<EObject, Box>> boxes = new ArrayList<>(g.boxes().entrySet());
    for (int i = 0; i < boxes.size(); i++) {
      Box a = boxes.get(i).getValue();
      assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= g.width() + 0.5
          && a.y() + a.height() <= g.height() + 0.5, "inside the map: " + a);
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(a.overlaps(boxes.get(j).getValue()), "no overlap: " + a + " / " + boxes.get(j).getValue());
      }
    }
    double goalsRight = m.getGoals().stream().mapToDouble(x -> g.boxes().get(x).x() + g.boxes().get(x).width())
        .max().orElse(0);
    double metricsLeft = m.getMetrics().stream().mapToDouble(x -> g.boxes().get(x).x()).min().orElse(1e9);
    double metricsRight = m.getMetrics().stream()
        .mapToDouble(x -> g.boxes().get(x).x() + g.boxes().get(x).width()).max().orElse(0);
    double initiativesLeft = m.getInitiatives().stream().mapToDouble(x -> g.boxes().get(x).x()).min().orElse(1e9);
    assertTrue(goalsRight < metricsLeft, "goals left of metrics");
    assertTrue(metricsRight < initiativesLeft, "metrics left of initiatives, linked or not");
  }

  @Test
  void theExampleMapHasEveryNodePlacedWithoutOverlapsInThreeColumns() throws Exception {
    StrategyModel m = example();
    MapLayout.Geometry g = MapLayout.layout(m, MapLayout.FIXED);
    assertWellPlaced(m, g);
    long links = m.getInitiatives().stream().flatMap(i -> i.getLinks().stream()).filter(l -> l.getMetric() != null)
        .count();
    long goals = m.getMetrics().stream().filter(x -> x.getGoal() != null).count();
    assertEquals(links + goals, g.lines().size(), "a line per link and per metric's goal");
    for (MapLayout.Line l : g.lines()) {
      Box upper = g.boxes().get(l.upper());
      Box lower = g.boxes().get(l.lower());
      double[] p = l.points();
      assertEquals(upper.x() + upper.width(), p[0], 1.0, "starts at the right side of the goal or metric");
      assertEquals(lower.x(), p[p.length - 2], 1.0, "ends at the left side of the metric or initiative");
    }
  }

  @Test
  void theSameModelIsLaidOutTheSameWayEveryTime() throws Exception {
    StrategyModel m = example();
    MapLayout.Geometry first = MapLayout.layout(m, MapLayout.FIXED);
    for (int run = 0; run < 8; run++) { // ELK's crossing minimisation had drawn 818 to 950 high from one model
      MapLayout.Geometry again = MapLayout.layout(m, MapLayout.FIXED);
      assertEquals(first.width(), again.width(), "run " + run);
      assertEquals(first.height(), again.height(), "run " + run);
      assertEquals(first.boxes(), again.boxes(), "every box where it was, run " + run);
    }
  }

  @Test
  void fiveHundredInitiativesAndAHundredMetricsAreLaidOutWithoutOverlaps() {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    for (int g = 0; g < 8; g++) {
      BusinessGoal goal = WedgeFactory.eINSTANCE.createBusinessGoal();
      goal.setName("Goal " + g);
      m.getGoals().add(goal);
    }
    for (int k = 0; k < 100; k++) {
      BusinessMetric metric = WedgeFactory.eINSTANCE.createBusinessMetric();
      metric.setName("Metric " + k);
      metric.setGoal(m.getGoals().get(k % 8));
      m.getMetrics().add(metric);
    }
    for (int i = 0; i < 500; i++) {
      Initiative init = WedgeFactory.eINSTANCE.createInitiative();
      init.setName("Initiative " + i);
      if (i % 10 != 0) {
        MetricLink l = WedgeFactory.eINSTANCE.createMetricLink();
        l.setMetric(m.getMetrics().get((i * 7) % 100));
        init.getLinks().add(l);
      }
      m.getInitiatives().add(init);
    }
    assertWellPlaced(m, MapLayout.layout(m, MapLayout.FIXED));
  }

  @Test
  void reframingAndPortfolioFromTheExample() throws Exception {
    StrategyModel m = example();
    Initiative onboarding = m.getInitiatives().stream().filter(i -> i.getName().equals("Personalized onboarding paths"))
        .findFirst().orElseThrow();
    String sentence = Reframing.propose(onboarding);
    assertTrue(sentence.startsWith("We're using personalized onboarding paths to close "), sentence);
    assertTrue(sentence.endsWith(" that is slowing new-advisor time to productivity."), sentence);
    Initiative bare = WedgeFactory.eINSTANCE.createInitiative();
    bare.setName("AI quiz drafts");
    assertEquals("We're using AI quiz drafts to close <the gap> that is slowing <the business metric>.",
        Reframing.propose(bare));

    Portfolio p = Portfolio.of(m);
    assertEquals(12, p.initiatives());
    assertEquals(100.0, p.byUse().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertEquals(30.0, p.survey().get("Content creation"));
    assertEquals(27.0, p.survey().get("Other uses"));
    assertEquals(100.0, p.efficiency() + p.strategic(), 1e-9);
    assertEquals(MaturityStage.RECENTLY_STARTED, p.stage());
    assertEquals(46.0, p.maturitySurvey().get(MaturityStage.RECENTLY_STARTED));
    assertEquals(38.0, p.effortByUse().get("Content creation"), 1e-9, "effort from the maturity assessment");
  }

  @Test
  void numbersOnBoxesCarryNoFloatNoise() {
    assertEquals("60", MapText.number(60.000000000001), "no float noise on a box");
    assertEquals("12.5", MapText.number(12.5));
    assertEquals("0.33", MapText.number(1.0 / 3));
    assertEquals("-4", MapText.number(-4));
  }
}
