package dev.wedge.strategy.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgeFactory;
import dev.wedge.strategy.map.MapLayout.Box;
import dev.wedge.strategy.map.MapLayout.Geometry;
import dev.wedge.strategy.map.MapLayout.Line;

/** How the strategy map is pointed at, dragged on and looked at: links, lines under the pointer, the viewport. */
class MapInteractionTest {

  private static final WedgeFactory F = WedgeFactory.eINSTANCE;

  @Test
  void anInitiativeLinksToAMetricAndAMetricToAGoalEitherWayRound() {
    Initiative i = F.createInitiative();
    BusinessMetric m = F.createBusinessMetric();
    BusinessGoal g = F.createBusinessGoal();
    assertTrue(MapLinks.canConnect(i, m));
    assertTrue(MapLinks.canConnect(m, i));
    assertTrue(MapLinks.canConnect(m, g));
    assertTrue(MapLinks.canConnect(g, m));
    assertFalse(MapLinks.canConnect(i, g), "an initiative serves a goal through a metric, never directly");
    assertFalse(MapLinks.canConnect(i, F.createInitiative()));
    assertEquals("Drop on the business metric this initiative should move", MapLinks.hint(i, null));
    assertEquals("Drop on the goal this metric serves", MapLinks.hint(m, m));
    assertEquals("Release to link", MapLinks.hint(g, m));
    assertEquals("These two cannot be linked", MapLinks.hint(i, g));
  }

  @Test
  void aLinksTooltipNamesBothEndsAndItsHypothesisOrHowToWriteOne() {
    Initiative i = F.createInitiative();
    i.setName("Claims coach");
    BusinessMetric m = F.createBusinessMetric();
    m.setName("Claims handling time");
    MetricLink l = F.createMetricLink();
    l.setMetric(m);
    i.getLinks().add(l);
    assertEquals("Claims coach \u2192 Claims handling time\nno hypothesis yet (double-click to write it)",
        MapLinks.tooltip(l));
    l.setHypothesis("If advisers get answers in the call, then handling time falls because they stop searching");
    assertTrue(MapLinks.tooltip(l).endsWith("because they stop searching"));
  }

  @Test
  void theLineUnderThePointerIsFoundWithinTheTolerance() {
    MetricLink link = F.createMetricLink();
    Geometry g = new Geometry(Map.of(), List.of(new Line(null, null, link, new double[] {0, 0, 100, 0, 100, 50})),
        200, 100);
    assertSame(link, g.lineAt(50, 4, 5), "4 units above the first segment");
    assertSame(link, g.lineAt(103, 30, 5), "3 units beside the second");
    assertNull(g.lineAt(50, 6, 5));
    assertNull(g.lineAt(110, -10, 5), "beyond the corner: its distance is to the corner, about 14");
    assertEquals(5.0, Geometry.distance(3, 4, 0, 0, 0, 0), 1e-12, "a segment of no length is its point");
  }

  @Test
  void zoomingKeepsThePointUnderThePointerAndFittingFollowsTheWindow() {
    MapViewport v = new MapViewport();
    double x = v.mapX(300);
    double y = v.mapY(200);
    v.zoomAround(2, 300, 200);
    assertEquals(2, v.zoom());
    assertEquals(300, v.screenX(x), 1e-9);
    assertEquals(200, v.screenY(y), 1e-9);
    v.zoomAround(9, 0, 0);
    assertEquals(4, v.zoom(), "at most 400%");
    Geometry wide = new Geometry(Map.<EObject, Box>of(), List.of(), 2000, 3000);
    v.fitWidth(wide, 1000, 40);
    assertEquals(MapViewport.READABLE, v.zoom(), "a wide map opens readable and scrolls, not at 49%");
    assertEquals(10, v.panX());
    assertEquals(48, v.panY(), "below the legend");
    v.fit(wide, 1000, 800, 40);
    assertEquals((800 - 40 - 16) / 3000.0, v.zoom(), 1e-12, "the whole map: its height decides");
    Geometry small = new Geometry(Map.of(), List.of(), 400, 300);
    v.fitWidth(small, 1000, 0);
    assertEquals(1, v.zoom(), "never above 100%");
    assertEquals(300, v.panX(), "centred");
    Box off = new Box(2000, 2000, 100, 40);
    assertTrue(v.reveal(off, 1000, 800));
    assertEquals(500, v.screenX(off.centerX()), 1e-9);
    assertEquals(400, v.screenY(off.centerY()), 1e-9);
    assertFalse(v.reveal(off, 1000, 800), "in view now: left where it is");
  }
}
