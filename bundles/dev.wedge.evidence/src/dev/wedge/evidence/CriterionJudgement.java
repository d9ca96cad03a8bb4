package dev.wedge.evidence;

import static dev.wedge.evidence.PilotEvidence.amount;
import static dev.wedge.evidence.PilotEvidence.better;
import static dev.wedge.evidence.PilotEvidence.decide;
import static dev.wedge.evidence.PilotEvidence.degreesOfFreedom;
import static dev.wedge.evidence.PilotEvidence.fmt;
import static dev.wedge.evidence.PilotEvidence.prePost;
import static dev.wedge.evidence.PilotEvidence.unitOfChange;
import static dev.wedge.evidence.PilotSamples.cells;
import static dev.wedge.evidence.PilotSamples.group;

import java.time.LocalDate;
import java.util.List;

import dev.wedge.evidence.PilotEvidence.CriterionResult;
import dev.wedge.evidence.PilotEvidence.Verdict;
import dev.wedge.evidence.PilotSamples.Cells;
import dev.wedge.evidence.PilotSamples.Sample;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Comparator;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.SuccessCriterion;

/**
 * One success criterion judged on the data under its agreed rule: the estimate it concerns (the pilot cohort after
 * the midpoint, its improvement on the pre-period, or the effect against the comparison group), oriented so that the
 * criterion's sense applies, its 95% interval against the threshold (or the point under the weaker rule agreed so),
 * and in words what was observed and what would settle it while the pilot runs.
 */
final class CriterionJudgement {

  private CriterionJudgement() {
  }

  /** An estimate to judge a criterion on, oriented so that the criterion's sense applies directly. */
  record Judged(double value, double lower, double upper, double se, double df, List<Effect.Group> groups,
      boolean twoGroups, String what, String method) {
  }

  static CriterionResult evaluate(Pilot p, SuccessCriterion c, Effect effect, String effectNote, LocalDate today,
      boolean provisional) {
    BusinessMetric m = c.getMetric() != null ? c.getMetric() : p.getPrimaryMetric();
    DecisionRule rule = c.getRule() == null ? DecisionRule.INTERVAL : c.getRule();
    if (m == null || p.getStartDate() == null || c.getComparator() == null) {
      return inconclusive(c, rule, "the criterion has no metric, comparator or pilot start date", "");
    }
    if (p.getParticipants() == 1) {
      return inconclusive(c, rule, "a cohort of one person: no estimate is made from one person",
          "a pilot group of at least 2 people");
    }
    double t = c.getThreshold();
    Cells cells = cells(p, m, today);
    String unit = unitOfChange(m);
    Comparator cmp = c.getComparator();
    Judged j;
    boolean higherPasses = true;
    boolean percent = cmp == Comparator.IMPROVES_BY_PERCENT;
    switch (cmp) {
      case AT_LEAST, AT_MOST -> {
        Sample after = cells.pa();
        higherPasses = cmp == Comparator.AT_LEAST;
        if (after.n() < 2) {
          return inconclusive(c, rule, after.n() == 0 ? "no measurement of the pilot cohort from the midpoint on yet"
              : "one measurement of the pilot cohort from the midpoint on: no mean and interval from one value",
              "at least 2 measurements of the pilot cohort from the midpoint on");
        }
        Statistics.Difference d = Statistics.mean(after.y(), Statistics.LEVEL);
        j = new Judged(d.estimate(), d.lower(), d.upper(), d.se(), d.df(), List.of(group("pilot after",
            after.y())), false, "the pilot cohort averaged", "mean of the pilot cohort from the midpoint on, t interval");
      }
      case IMPROVES_BY, IMPROVES_BY_PERCENT -> {
        Effect e = prePost(cells, better(m));
        if (e == null) {
          return inconclusive(c, rule, cells.pb().n() < 2 ? "the change is measured from the measured pre-period,"
              + " and the pilot cohort has " + cells.pb().n() + " measurement" + (cells.pb().n() == 1 ? "" : "s")
              + " before the start (the metric's nominal baseline is not a measurement)"
              : "the pilot cohort has " + cells.pa().n() + " measurement" + (cells.pa().n() == 1 ? "" : "s")
                  + " from the midpoint on", "at least 2 measurements of the pilot cohort before the start and 2"
                      + " from the midpoint on");
        }
        double base = Statistics.average(cells.pb().y());
        double scale = percent ? (base == 0 ? Double.NaN : 100 / Math.abs(base)) : 1;
        if (Double.isNaN(scale)) {
          return inconclusive(c, rule, "the pre-period averaged 0, so no percentage change", "");
        }
        j = new Judged(e.improvement() * scale, e.improvementLower() * scale, e.improvementUpper() * scale,
            e.se() * scale, e.df(), e.groups(), false, "improved on the measured pre-period (" + amount(base, unit)
                + ") by", e.analysis());
        if (percent) {
          unit = "%";
        }
      }
      case BEATS_COMPARISON_BY -> {
        if (effect == null || effect.isolation() != Isolation.DIFFERENCE_IN_DIFFERENCES
            && effect.isolation() != Isolation.COMPARISON_GROUP) {
          return inconclusive(c, rule, "no comparison-group result"
              + (effectNote == null || effectNote.isEmpty() ? "" : ": " + effectNote),
              "at least 2 measurements of each group" + (p.getDesign() == PilotDesign.DIFFERENCE_IN_DIFFERENCES
                  ? " before the start and from the midpoint on" : " from the midpoint on"));
        }
        j = new Judged(effect.improvement(), effect.improvementLower(), effect.improvementUpper(), effect.se(),
            effect.df(), effect.groups(), true, "beat the comparison group by", effect.analysis());
      }
      default -> {
        return inconclusive(c, rule, "unknown comparator", "");
      }
    }
    Verdict v = decide(j.value(), j.lower(), j.upper(), t, higherPasses, rule);
    boolean hasInterval = !Double.isNaN(j.lower()) && !Double.isNaN(j.upper());
    String interval = hasInterval ? "95% interval " + fmt(j.lower()) + " to " + fmt(j.upper()) + unit
        : "no interval: the values do not vary at all";
    String n = "n " + Effect.describe(j.groups()) + (Double.isNaN(j.df()) ? "" : ", " + degreesOfFreedom(j.df()));
    String need = (cmp == Comparator.AT_MOST ? "at most " : cmp == Comparator.AT_LEAST ? "at least " : "")
        + amount(t, unit);
    StringBuilder sb = new StringBuilder(j.what()).append(' ').append(amount(j.value(), unit)).append(" (")
        .append(interval).append("; ").append(j.method()).append("; ").append(n).append("); ");
    String settle = "";
    if (rule == DecisionRule.POINT_ESTIMATE) {
      sb.append("judged on the point estimate against ").append(need)
          .append(", a weaker rule agreed for this criterion: the interval ")
          .append(hasInterval ? (decide(j.value(), j.lower(), j.upper(), t, higherPasses, DecisionRule.INTERVAL)
              == v ? "agrees" : "does not clear the threshold") : "cannot be computed");
    } else if (v == Verdict.MET) {
      sb.append("the whole interval is ").append(higherPasses ? "at or above " : "at or below ").append(amount(t, unit));
    } else if (v == Verdict.NOT_MET) {
      sb.append("the whole interval is ").append(higherPasses ? "below " : "above ").append(amount(t, unit));
    } else {
      settle = settle(j, t, hasInterval, provisional);
      sb.append(hasInterval ? "the interval straddles " + amount(t, unit) : "a threshold cannot be judged without an"
          + " interval").append("; ").append(settle);
    }
    return new CriterionResult(c, v, j.value(), sb.toString(), j.lower(), j.upper(), rule, settle, j.se(), j.df(),
        j.groups());
  }

  /** Whether a group is a period before the start (which no later measurement can add to). */
  static boolean before(Effect.Group g) {
    return g.name().endsWith(" before");
  }

  /** Whether a group is of people measured before and after (a paired analysis). */
  static boolean people(Effect.Group g) {
    return g.name().endsWith("measured before and after");
  }

  /**
   * What would settle an inconclusive result: from the power of the same analysis with more of the same data, each
   * group at its actual size (more measurements from the midpoint on; the periods before the start are closed), or
   * for a paired analysis, more people measured before and after.
   */
  static String settle(Judged j, double threshold, boolean hasInterval, boolean provisional) {
    String wait = provisional ? "the rest of the pilot's measurements, and " : "";
    if (!hasInterval) {
      return "check that the values are individual measurements, not copies or targets";
    }
    double distance = Math.abs(j.value() - threshold);
    List<Effect.Group> groups = j.groups();
    int k = groups.size();
    if (distance == 0 || !(j.se() > 0) || groups.stream().anyMatch(g -> g.n() < 2) || k == 0 || Double.isNaN(j.df())) {
      return "the estimate sits on the threshold: no amount of data settles it";
    }
    int[] n = new int[k];
    double[] sd = new double[k];
    boolean[] grows = new boolean[k];
    int growing = 0;
    for (int i = 0; i < k; i++) {
      n[i] = groups.get(i).n();
      sd[i] = groups.get(i).sd();
      grows[i] = !before(groups.get(i));
      growing += grows[i] ? 1 : 0;
    }
    boolean paired = groups.stream().anyMatch(CriterionJudgement::people);
    int needed = growing == 0 ? Integer.MAX_VALUE : Power.needed(new Power.Grown(j.se(), j.df(), n, sd, grows),
        distance, SampleSize.DEFAULT_ALPHA, SampleSize.DEFAULT_POWER);
    if (needed == Integer.MAX_VALUE || needed > 1_000_000) {
      return growing < k ? "more measurements from the midpoint on cannot settle it alone: the periods before the start"
          + " keep the interval too wide" : "the estimate is too close to the threshold for any realistic amount of"
              + " data to settle it";
    }
    String more = String.format(java.util.Locale.ROOT, "%,d", needed);
    String what = paired ? (needed == 1 ? "person" : "people") + " measured before and after"
        + (growing > 1 ? " in each group" : "")
        : "measurement" + (needed == 1 ? "" : "s") + (growing > 1 ? " per group" : " of the pilot cohort")
            + " from the midpoint on";
    return wait + "about " + more + " more " + what + " would settle it (80% power, if the effect is as estimated)";
  }

  static CriterionResult inconclusive(SuccessCriterion c, DecisionRule rule, String why, String needs) {
    return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, why + (needs.isEmpty() ? "" : "; needs " + needs),
        Double.NaN, Double.NaN, rule, needs.isEmpty() ? "" : needs, Double.NaN, Double.NaN, List.of());
  }
}
