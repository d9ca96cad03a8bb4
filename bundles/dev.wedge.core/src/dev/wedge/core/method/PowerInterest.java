package dev.wedge.core.method;

import dev.wedge.core.text.Localized;

import dev.wedge.model.Stakeholder;

/**
 * The power/interest grid (Mendelow): influence and interest scored 1 to 5; 4 and 5 are high. High influence and
 * high interest: manage closely; high influence only: keep satisfied; high interest only: keep informed; neither:
 * monitor.
 */
public final class PowerInterest {

  public static final int MIN = 1;
  public static final int MAX = 5;
  /** Scores above this are high. */
  public static final double MIDDLE = 3.5;

  public enum Quadrant {
    MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

    /** "Manage closely", "Eng einbinden": in the workbench's language. */
    public String label() {
      return Localized.of(PowerInterest.class, Localized.workbench()).get("quadrant." + name());
    }
  }

  private PowerInterest() {
  }

  public static Quadrant quadrant(int influence, int interest) {
    boolean power = influence > MIDDLE;
    boolean keen = interest > MIDDLE;
    return power ? keen ? Quadrant.MANAGE_CLOSELY : Quadrant.KEEP_SATISFIED
        : keen ? Quadrant.KEEP_INFORMED : Quadrant.MONITOR;
  }

  public static Quadrant quadrant(Stakeholder s) {
    return quadrant(s.getInfluence(), s.getInterest());
  }

  /** A score dragged to {@code value} (continuous): rounded and kept within 1..5. */
  public static int snap(double value) {
    return (int) Math.max(MIN, Math.min(MAX, Math.round(value)));
  }
}
