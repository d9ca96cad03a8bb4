package dev.wedge.editor.metrics;

import java.time.LocalDate;

/** The date axis of a metric's chart: how far apart its ticks are, and how they are labelled. */
final class DateTicks {

  private DateTicks() {
  }

  /** The room a date label needs on the axis, in pixels (the label and a gap). */
  static final int LABEL_PIXELS = 84;

  /**
   * Tick labels for a step between ticks: the day ("3 Mar", with the year when the axis spans more than one) for steps
   * under 100 days, the month ("Mar '27") for longer ones. Two ticks 31 days or more apart never fall in the same month,
   * and two different days never read the same, so no label repeats ("Jun '27 Jun '27" when month labels had a
   * two-week step).
   */
  static final class DayFormat extends java.text.Format {
    private static final long serialVersionUID = 1L;
    private transient java.time.format.DateTimeFormatter pattern = java.time.format.DateTimeFormatter.ofPattern(
        "MMM ''yy", java.util.Locale.ENGLISH);

    void forStep(long stepDays, double spanDays) {
      java.util.Locale locale = dev.wedge.ui.emf.LocalDates.locale();
      if (stepDays >= 100) {
        pattern = java.time.format.DateTimeFormatter.ofPattern("MMM ''yy", locale);
      } else if (spanDays > 300) {
        pattern = java.time.format.DateTimeFormatter.ofPattern("d MMM ''yy", locale);
      } else {
        pattern = java.time.format.DateTimeFormatter.ofPattern("d MMM", locale);
      }
    }

    String label(double day) {
      return pattern.format(LocalDate.ofEpochDay(Math.round(day)));
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, java.text.FieldPosition pos) {
      return toAppendTo.append(obj instanceof Number n ? label(n.doubleValue()) : String.valueOf(obj));
    }

    @Override
    public Object parseObject(String source, java.text.ParsePosition pos) {
      pos.setErrorIndex(pos.getIndex());
      return null; // tick labels are written, never read back
    }
  }

  /**
   * The step between date ticks, in whole days: the smallest of 1, 2, 5, 10, 20, 50 ... days that leaves
   * {@link #LABEL_PIXELS} per label on an axis {@code width} pixels wide showing {@code span} days, and no more than
   * half the span (two dates at least). These are the steps SWTChart rounds to, so the step asked for is the step
   * drawn.
   */
  static long tickStep(double span, int width) {
    double least = Math.max(1, span * LABEL_PIXELS / Math.max(1, width));
    long step = nice(least, true);
    if (step > span / 2) {
      // a narrow chart: two dates at least, closer together, rather than one date alone on the axis
      long closer = nice(span / 2, false);
      if (closer >= 1) {
        step = closer;
      }
    }
    return step;
  }

  /** The smallest of 1, 2, 5, 10, 20, 50 ... at least {@code days} ({@code up}), or the largest at most. */
  private static long nice(double days, boolean up) {
    long best = 0;
    for (long decade = 1; decade <= 1_000_000; decade *= 10) {
      for (long m : new long[] {1, 2, 5}) {
        long v = m * decade;
        if (up && v >= days) {
          return v;
        }
        if (!up && v <= days) {
          best = v;
        }
      }
    }
    return best;
  }

}
