package dev.wedge.evidence;

import java.util.Locale;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;

/**
 * A pilot's result in the language of the business: "cut new-advisor time to productivity by 11 days (-12%)
 * against the comparison group (95% interval 8 to 14 days); ROI 229%". The percentage is of the measured pre-period,
 * never of a nominal baseline.
 */
public final class Headline {

  /**
   * The evidence's side of a pilot's stage gate, beside "governance ready", in the editor and the brief alike. It never
   * says "ready to scale": met criteria are a case for the decision meeting, stated with the rating they rest on, and
   * met criteria on evidence too weak to credit the pilot with its change are said to be so.
   */
  public static String stageGate(PilotEvidence e) {
    if (e == null) {
      return "no evidence yet";
    }
    if (e.verdict() != PilotEvidence.Verdict.MET) {
      return "criteria " + e.verdict().word() + ", so not ready to scale";
    }
    if (e.rating().level() < CREDITED_FROM) {
      return "criteria met, but evidence " + e.rating().label() + " is too weak to scale on";
    }
    return "criteria met, evidence " + e.rating().label() + ": for the decision meeting to weigh";
  }

  /** The lowest evidence level (of 5) at which a headline says the pilot caused the change ("cut", "raised"). */
  public static final int CREDITED_FROM = 2;

  private Headline() {
  }

  public static String of(PilotEvidence e) {
    BusinessMetric m = e.pilot().getPrimaryMetric();
    StringBuilder sb = new StringBuilder();
    Effect effect = e.effect();
    if (m == null || effect == null) {
      sb.append("no measured effect yet");
    } else {
      // a causal verb only when the interval excludes no change and the evidence is at least weak (2 of 5);
      // otherwise what moved, in the design's terms, and why the pilot is not credited with it
      boolean credited = e.rating().level() >= CREDITED_FROM;
      boolean shown = effect.significant() && credited;
      String unit = PilotEvidence.unitOfChange(m);
      double base = baselineOf(e, m);
      String percent = Double.isNaN(base) || base == 0 ? "" : " (" + (effect.change() < 0 ? "\u2212" : "+")
          + String.format(Locale.ROOT, "%.0f", Math.abs(effect.change() / base * 100)) + "%)";
      if (shown) {
        sb.append(effect.change() < 0 ? (effect.improvement() > 0 ? "cut " : "lowered ") : "raised ")
            .append(lower(m.getName())).append(" by ").append(PilotEvidence.amount(Math.abs(effect.change()), unit))
            .append(percent).append(switch (effect.isolation()) {
              case DIFFERENCE_IN_DIFFERENCES, COMPARISON_GROUP -> " against the comparison group";
              case TREND_LINE -> " against the trend";
              case PRE_POST -> " from before to after";
              case ESTIMATE -> " (estimated)";
            });
      } else {
        sb.append(moved(effect, lower(m.getName()), PilotEvidence.amount(Math.abs(effect.change()), unit) + percent));
      }
      if (!effect.hasInterval()) {
        sb.append(" (no interval: the values do not vary at all), so the pilot cannot be credited with it yet");
      } else {
        String interval = minus(PilotEvidence.fmt(effect.lower())) + " to " + minus(PilotEvidence.fmt(effect.upper()))
            + unit;
        if (shown) {
          sb.append(" (95% interval ").append(interval).append(')');
        } else if (!effect.significant()) {
          sb.append("; the 95% interval (").append(interval)
              .append(") includes no change, so the pilot cannot be credited with it yet");
        } else {
          sb.append("; the 95% interval (").append(interval).append(") excludes no change, but evidence ")
              .append(e.rating().label()).append(" is too weak to credit the pilot with it yet");
        }
      }
    }
    Roi roi = e.roi();
    if (roi != null && roi.costs() > 0 && roi.benefits() > 0) {
      sb.append(RoiBasis.of(e, Money.of(e.pilot())).headline());
      if (!roi.fullyLoaded()) {
        sb.append(" (costs not fully loaded: no ").append(Roi.words(roi.missing())).append(" line)");
      }
    }
    if (e.provisional()) {
      sb.append(" (provisional: the pilot is not over)");
    }
    return sb.toString();
  }

  /**
   * What moved, without a causal verb: "the pilot cohort's broker sales win rate was 1.7 points above the comparison
   * group's", "... moved 2 days lower than the comparison group's from before the start to after".
   */
  static String moved(Effect f, String metric, String amount) {
    boolean up = f.change() >= 0;
    return switch (f.isolation()) {
      case COMPARISON_GROUP -> "the pilot cohort's " + metric + " was " + amount + (up ? " above" : " below")
          + " the comparison group's";
      case DIFFERENCE_IN_DIFFERENCES -> "the pilot cohort's " + metric + " moved " + amount
          + (up ? " higher" : " lower") + " than the comparison group's from before the start to after";
      case TREND_LINE -> "the pilot cohort's " + metric + " was " + amount + (up ? " above" : " below")
          + " its trend before the start";
      case PRE_POST -> "the pilot cohort's " + metric + " was " + amount + (up ? " higher" : " lower")
          + " after the start than before";
      case ESTIMATE -> metric + " was estimated " + amount + (up ? " higher" : " lower");
    };
  }

  private static String minus(String number) {
    return number.replace('-', '\u2212');
  }

  /** The pilot cohort's mean before the start, the base of the headline's percentage (NaN without one). */
  static double baseline(PilotEvidence e, BusinessMetric m) {
    return baselineOf(e, m);
  }

  private static double baselineOf(PilotEvidence e, BusinessMetric m) {
    PilotSamples.Sample before = PilotSamples.sample(e.pilot(), m, Cohort.PILOT, true, null);
    if (before.n() > 0) {
      return java.util.Arrays.stream(before.y()).average().orElse(Double.NaN);
    }
    return Double.NaN;
  }

  private static String lower(String name) {
    if (name == null || name.isEmpty()) {
      return "the metric";
    }
    return name.length() > 1 && Character.isUpperCase(name.charAt(1)) ? name
        : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
