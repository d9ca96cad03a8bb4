package dev.wedge.strategy.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Direction;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.MetricKind;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;

/** What the strategy map's drags and "new" do to the model, decided without a display. */
class MapEditsTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;

  private static Initiative initiative(String name) {
    Initiative i = F.createInitiative();
    i.setName(name);
    return i;
  }

  private static BusinessMetric metric(String name) {
    BusinessMetric m = F.createBusinessMetric();
    m.setName(name);
    return m;
  }

  @Test
  void aDragBetweenAnInitiativeAndAMetricEitherWayRoundLinksThemOnce() {
    Initiative coach = initiative("Claims coach");
    BusinessMetric time = metric("Claims handling time");
    MapEdits.Connection c = MapEdits.connect(time, coach);
    assertTrue(c.links());
    assertSame(coach, c.initiative());
    assertSame(time, c.link().getMetric());
    assertTrue(coach.getLinks().isEmpty(), "decided, not done: the canvas adds the link in one command");
    coach.getLinks().add(c.link());
    MapEdits.Connection again = MapEdits.connect(coach, time);
    assertFalse(again.links());
    assertEquals("'Claims coach' is already linked to 'Claims handling time'.", again.refusal());
  }

  @Test
  void aDragBetweenAMetricAndAGoalSetsTheGoalAndOtherPairsDoNothing() {
    BusinessMetric time = metric("Claims handling time");
    BusinessGoal goal = F.createBusinessGoal();
    MapEdits.Connection c = MapEdits.connect(goal, time);
    assertTrue(c.setsGoal());
    assertSame(goal, c.goal());
    assertSame(time, c.metric());
    MapEdits.Connection none = MapEdits.connect(initiative("A"), goal);
    assertFalse(none.links());
    assertFalse(none.setsGoal());
    assertNull(none.refusal());
  }

  @Test
  void aNewMetricGoesUnderTheSelectedGoalAndANewInitiativeIsLinkedToTheSelectedMetric() {
    BusinessGoal goal = F.createBusinessGoal();
    BusinessMetric m = F.createBusinessMetric();
    assertEquals(Literals.STRATEGY_MODEL__METRICS, MapEdits.prepare(m, goal));
    assertEquals("New metric", m.getName());
    assertEquals(MetricKind.OTHER, m.getKind());
    assertEquals(Direction.INCREASE, m.getDirection());
    assertSame(goal, m.getGoal());
    Initiative i = F.createInitiative();
    assertEquals(Literals.STRATEGY_MODEL__INITIATIVES, MapEdits.prepare(i, m));
    assertEquals(InitiativeStatus.IDEA, i.getStatus());
    MetricLink link = i.getLinks().get(0);
    assertSame(m, link.getMetric());
    Initiative alone = F.createInitiative();
    MapEdits.prepare(alone, goal);
    assertTrue(alone.getLinks().isEmpty(), "a goal selected: an initiative is not linked to it directly");
    BusinessGoal g = F.createBusinessGoal();
    assertEquals(Literals.STRATEGY_MODEL__GOALS, MapEdits.prepare(g, null));
    assertEquals("New goal", g.getName());
    assertNull(MapEdits.prepare(F.createPilot(), null));
  }
}
