package dev.wedge.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;

/**
 * A pilot's calendar, the one place it is worked out: its weeks (at least one; six by the method), its end (the start
 * plus its weeks), its midpoint (effects are read from there on), its decision date (the one recorded, else the week
 * after the end: the method's decision meeting), and its measurement points (point 0 the baseline, the two weeks up
 * to the start day; point k the seven days up to the end of week k). The pilot editor's timeline, the wizard, the
 * metric chart, the overview, the brief's next step and trend chart, and the evidence all read it. Without a start
 * date there is no calendar: the dates are null and there are no points.
 */
public final class PilotSchedule {

  /** Days the baseline point covers, up to and including the start day. */
  public static final int BASELINE_DAYS = 14;

  /** One measurement point: {@code number} 0 is the baseline, k the end of week k; {@code from} to {@code to}. */
  public record Point(int number, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
      return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
  }

  private PilotSchedule() {
  }

  /** How many weeks the pilot runs: its duration, at least one. */
  public static int weeks(Pilot p) {
    return Math.max(1, p.getDurationWeeks());
  }

  /** The start plus its weeks; null without a start date. */
  public static LocalDate end(Pilot p) {
    return p.getStartDate() == null ? null : p.getStartDate().plusWeeks(weeks(p));
  }

  /** Half-way through (rounded down to the day); null without a start date. */
  public static LocalDate midpoint(Pilot p) {
    return p.getStartDate() == null ? null : p.getStartDate().plusDays(weeks(p) * 7L / 2);
  }

  /** The decision date recorded, else a week after the end (the decision meeting); null without a start date. */
  public static LocalDate decisionDate(Pilot p) {
    if (p.getStartDate() == null) {
      return null;
    }
    return p.getDecisionDate() != null ? p.getDecisionDate() : end(p).plusWeeks(1);
  }

  /** The measurement points, the baseline first; empty without a start date. */
  public static List<Point> points(Pilot p) {
    List<Point> points = new ArrayList<>();
    if (p.getStartDate() == null) {
      return points;
    }
    for (int w = 0; w <= weeks(p); w++) {
      LocalDate to = p.getStartDate().plusWeeks(w);
      points.add(new Point(w, w == 0 ? to.minusDays(BASELINE_DAYS - 1L) : to.minusDays(6), to));
    }
    return points;
  }

  /**
   * Whether a point's measurement is due on {@code today}: the pilot has started (one planned for a date that has
   * passed but not started has nothing due) and the point's last day is before today.
   */
  public static boolean due(Pilot p, Point point, LocalDate today) {
    boolean started = p.getStatus() != null && p.getStatus().getValue() >= PilotStatus.RUNNING_VALUE;
    return started && today != null && point.to().isBefore(today);
  }

  /** Whether {@code today} is before the end (a decision then is an early stop, which needs its reason). */
  public static boolean beforeEnd(Pilot p, LocalDate today) {
    LocalDate end = end(p);
    return end != null && today != null && today.isBefore(end);
  }
}
