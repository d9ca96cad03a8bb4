package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.PilotSchedule;
import dev.wedge.evidence.PilotSchedule.Point;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.WedgeFactory;

/** A pilot's calendar, headless; the dates are read off a 2026 calendar, not computed. */
class PilotScheduleTest {

  private static Pilot pilot(LocalDate start, int weeks, PilotStatus status) {
    Pilot p = WedgeFactory.eINSTANCE.createPilot();
    p.setStartDate(start);
    p.setDurationWeeks(weeks);
    p.setStatus(status);
    return p;
  }

  private static final LocalDate MONDAY_2_MARCH = LocalDate.of(2026, 3, 2);

  @Test
  void sixWeeksFromMondayTheSecondOfMarch() {
    Pilot p = pilot(MONDAY_2_MARCH, 6, PilotStatus.RUNNING);
    assertEquals(6, PilotSchedule.weeks(p));
    assertEquals(LocalDate.of(2026, 4, 13), PilotSchedule.end(p), "the Monday six weeks on");
    assertEquals(LocalDate.of(2026, 3, 23), PilotSchedule.midpoint(p), "three weeks in");
    assertEquals(LocalDate.of(2026, 4, 20), PilotSchedule.decisionDate(p), "the week after the end");
    p.setDecisionDate(LocalDate.of(2026, 4, 15));
    assertEquals(LocalDate.of(2026, 4, 15), PilotSchedule.decisionDate(p), "the date recorded wins");
  }

  @Test
  void theBaselineIsTheTwoWeeksUpToTheStartAndEachWeekItsSevenDays() {
    List<Point> points = PilotSchedule.points(pilot(MONDAY_2_MARCH, 6, PilotStatus.AGREED));
    assertEquals(7, points.size(), "the baseline and six weeks");
    assertEquals(new Point(0, LocalDate.of(2026, 2, 17), MONDAY_2_MARCH), points.get(0));
    assertEquals(new Point(1, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)), points.get(1));
    assertEquals(new Point(6, LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 13)), points.get(6));
    assertTrue(points.get(1).contains(LocalDate.of(2026, 3, 9)));
    assertFalse(points.get(1).contains(LocalDate.of(2026, 3, 10)));
    assertFalse(points.get(1).contains(null));
  }

  @Test
  void aWeekIsDueOnceItEndedAndThePilotRuns() {
    LocalDate tuesday10March = LocalDate.of(2026, 3, 10);
    Pilot running = pilot(MONDAY_2_MARCH, 6, PilotStatus.RUNNING);
    List<Point> points = PilotSchedule.points(running);
    assertTrue(PilotSchedule.due(running, points.get(1), tuesday10March));
    assertFalse(PilotSchedule.due(running, points.get(2), tuesday10March));
    Pilot agreed = pilot(MONDAY_2_MARCH, 6, PilotStatus.AGREED);
    assertFalse(PilotSchedule.due(agreed, points.get(1), tuesday10March), "not started: nothing is due");
    assertTrue(PilotSchedule.beforeEnd(running, tuesday10March));
    assertFalse(PilotSchedule.beforeEnd(running, LocalDate.of(2026, 4, 13)), "the end day is no longer before it");
  }

  @Test
  void noStartNoCalendarAndAtLeastOneWeek() {
    Pilot unplanned = pilot(null, 6, PilotStatus.AGREED);
    assertNull(PilotSchedule.end(unplanned));
    assertNull(PilotSchedule.midpoint(unplanned));
    assertNull(PilotSchedule.decisionDate(unplanned));
    assertTrue(PilotSchedule.points(unplanned).isEmpty());
    assertFalse(PilotSchedule.beforeEnd(unplanned, MONDAY_2_MARCH));
    Pilot zero = pilot(MONDAY_2_MARCH, 0, PilotStatus.AGREED);
    assertEquals(1, PilotSchedule.weeks(zero));
    assertEquals(LocalDate.of(2026, 3, 9), PilotSchedule.end(zero));
  }
}
