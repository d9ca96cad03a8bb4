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
      // otherwise the change is stated with its sign, and why the pilot is not credited with it
      boolean credited = e.rating().level() >= CREDITED_FROM;
      boolean shown = effect.significant() && credited;
      String verb = !shown ? "changed " : effect.change() < 0 ? (effect.improvement() > 0 ? "cut " : "lowered ")
          : "raised ";
      String unit = PilotEvidence.unitOfChange(m);
      sb.append(verb).append(lower(m.getName())).append(" by ").append(shown ? "" : effect.change() < 0 ? "\u2212"
          : "+").append(PilotEvidence.amount(Math.abs(effect.change()), unit));
      double base = baselineOf(e, m);
      if (!Double.isNaN(base) && base != 0) {
        sb.append(" (").append(effect.change() < 0 ? "\u2212" : "+")
            .append(String.format(Locale.ROOT, "%.0f", Math.abs(effect.change() / base * 100))).append("%)");
      }
      sb.append(switch (effect.isolation()) {
        case DIFFERENCE_IN_DIFFERENCES, COMPARISON_GROUP -> " against the comparison group";
        case TREND_LINE -> " against the trend";
        case PRE_POST -> " from before to after";
        case ESTIMATE -> " (estimated)";
      });
      if (!effect.hasInterval()) {
        sb.append(" (no interval: the values do not vary at all)");
      } else {
        sb.append(" (95% interval ").append(minus(PilotEvidence.fmt(effect.lower()))).append(" to ")
            .append(minus(PilotEvidence.fmt(effect.upper()))).append(unit).append(')');
        if (!effect.significant()) {
          sb.append(", not distinguishable from no change");
        } else if (!credited) {
          sb.append(", but evidence ").append(e.rating().label())
              .append(" is too weak to credit the pilot with it");
        }
      }
    }
    Roi roi = e.roi();
    if (roi != null && roi.costs() > 0 && roi.benefits() > 0) {
      sb.append("; ROI ").append(String.format(Locale.ROOT, "%.0f", roi.roiPercent()).replace('-', '\u2212')).append('%');
      if (!roi.fullyLoaded()) {
        sb.append(" (costs not fully loaded: no ").append(Roi.words(roi.missing())).append(" line)");
      }
    }
    if (e.provisional()) {
      sb.append(" (provisional: the pilot is not over)");
    }
    return sb.toString();
  }

  private static String minus(String number) {
    return number.replace('-', '\u2212');
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
