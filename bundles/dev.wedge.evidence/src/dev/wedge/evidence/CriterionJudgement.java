package dev.wedge.evidence;

import static dev.wedge.evidence.PilotEvidence.amount;
import static dev.wedge.evidence.PilotEvidence.better;
import static dev.wedge.evidence.PilotEvidence.decide;
import static dev.wedge.evidence.PilotEvidence.fmt;
import static dev.wedge.evidence.PilotEvidence.prePost;
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
      boolean provisional, Sentences s) {
    BusinessMetric m = c.getMetric() != null ? c.getMetric() : p.getPrimaryMetric();
    DecisionRule rule = c.getRule() == null ? DecisionRule.INTERVAL : c.getRule();
    if (m == null || p.getStartDate() == null || c.getComparator() == null) {
      return inconclusive(c, rule, s.say("the criterion has no metric, comparator or pilot start date",
          "criterion.incomplete"), "", s);
    }
    if (p.getParticipants() == 1) {
      return inconclusive(c, rule, s.say("a cohort of one person: no estimate is made from one person",
          "note.onePerson"), s.say("a pilot group of at least 2 people", "criterion.needsTwoPeople"), s);
    }
    double t = c.getThreshold();
    Cells cells = cells(p, m, today);
    String unit = s.unitOfChange(m);
    Comparator cmp = c.getComparator();
    Judged j;
    boolean higherPasses = true;
    boolean percent = cmp == Comparator.IMPROVES_BY_PERCENT;
    switch (cmp) {
      case AT_LEAST, AT_MOST -> {
        Sample after = cells.pa();
        higherPasses = cmp == Comparator.AT_LEAST;
        if (after.n() < 2) {
          return inconclusive(c, rule, after.n() == 0 ? s.say("no measurement of the pilot cohort from the midpoint on"
              + " yet", "criterion.noneAfter") : s.say("one measurement of the pilot cohort from the midpoint on: no"
                  + " mean and interval from one value", "criterion.oneAfter"),
              s.say("at least 2 measurements of the pilot cohort from the midpoint on", "criterion.needsAfter"), s);
        }
        Statistics.Difference d = Statistics.mean(after.y(), Statistics.LEVEL);
        j = new Judged(d.estimate(), d.lower(), d.upper(), d.se(), d.df(), List.of(group("pilot after",
            after.y())), false, s.say("the pilot cohort averaged", "criterion.averaged"), s.say("mean of the pilot"
                + " cohort from the midpoint on, t interval", "criterion.meanMethod"));
      }
      case IMPROVES_BY, IMPROVES_BY_PERCENT -> {
        Effect e = prePost(cells, better(m), s);
        if (e == null) {
          return inconclusive(c, rule, cells.pb().n() < 2 ? s.say("the change is measured from the measured"
              + " pre-period, and the pilot cohort has " + cells.pb().n() + " measurement" + (cells.pb().n() == 1 ? ""
                  : "s") + " before the start (the metric's nominal baseline is not a measurement)",
              "criterion.fewBefore", cells.pb().n())
              : s.say("the pilot cohort has " + cells.pa().n() + " measurement" + (cells.pa().n() == 1 ? "" : "s")
                  + " from the midpoint on", "criterion.fewAfter", cells.pa().n()), s.say("at least 2 measurements of"
                      + " the pilot cohort before the start and 2 from the midpoint on", "criterion.needsBoth"), s);
        }
        double base = Statistics.average(cells.pb().y());
        double scale = percent ? (base == 0 ? Double.NaN : 100 / Math.abs(base)) : 1;
        if (Double.isNaN(scale)) {
          return inconclusive(c, rule, s.say("the pre-period averaged 0, so no percentage change",
              "criterion.zeroBase"), "", s);
        }
        j = new Judged(e.improvement() * scale, e.improvementLower() * scale, e.improvementUpper() * scale,
            e.se() * scale, e.df(), e.groups(), false, s.say("improved on the measured pre-period ("
                + amount(base, unit) + ") by", "criterion.improved", s.amount(base, unit)), e.analysis());
        if (percent) {
          unit = "%";
        }
      }
      case BEATS_COMPARISON_BY -> {
        if (effect == null || effect.isolation() != Isolation.DIFFERENCE_IN_DIFFERENCES
            && effect.isolation() != Isolation.COMPARISON_GROUP) {
          return inconclusive(c, rule, s.say("no comparison-group result", "criterion.noComparison")
              + (effectNote == null || effectNote.isEmpty() ? "" : ": " + effectNote),
              p.getDesign() == PilotDesign.DIFFERENCE_IN_DIFFERENCES ? s.say("at least 2 measurements of each group"
                  + " before the start and from the midpoint on", "criterion.needsEachBoth") : s.say("at least 2"
                      + " measurements of each group from the midpoint on", "criterion.needsEachAfter"), s);
        }
        j = new Judged(effect.improvement(), effect.improvementLower(), effect.improvementUpper(), effect.se(),
            effect.df(), effect.groups(), true, s.say("beat the comparison group by", "criterion.beat"),
            effect.analysis());
      }
      default -> {
        return inconclusive(c, rule, s.say("unknown comparator", "criterion.unknown"), "", s);
      }
    }
    Verdict v = decide(j.value(), j.lower(), j.upper(), t, higherPasses, rule);
    boolean hasInterval = !Double.isNaN(j.lower()) && !Double.isNaN(j.upper());
    String interval = hasInterval ? s.say("95% interval " + fmt(j.lower()) + " to " + fmt(j.upper()) + unit,
        "criterion.interval", minus(s.number(j.lower())), minus(s.number(j.upper())), unit)
        : s.say("no interval: the values do not vary at all", "criterion.noInterval");
    String n = "n " + s.groups(j.groups()) + (Double.isNaN(j.df()) ? "" : ", " + s.degreesOfFreedom(j.df()));
    String need = (cmp == Comparator.AT_MOST ? s.say("at most ", "criterion.atMost")
        : cmp == Comparator.AT_LEAST ? s.say("at least ", "criterion.atLeast") : "") + s.amount(t, unit);
    StringBuilder sb = new StringBuilder(j.what()).append(' ').append(s.amount(j.value(), unit)).append(" (")
        .append(interval).append("; ").append(j.method()).append("; ").append(n).append("); ");
    String settle = "";
    if (rule == DecisionRule.POINT_ESTIMATE) {
      String agrees = hasInterval ? (decide(j.value(), j.lower(), j.upper(), t, higherPasses, DecisionRule.INTERVAL)
          == v ? s.say("agrees", "criterion.point.agrees") : s.say("does not clear the threshold",
              "criterion.point.disagrees")) : s.say("cannot be computed", "criterion.point.noInterval");
      sb.append(s.say("judged on the point estimate against " + need + ", a weaker rule agreed for this criterion:"
          + " the interval " + agrees, "criterion.point", need, agrees));
    } else if (v == Verdict.MET) {
      sb.append(s.say("the whole interval is " + (higherPasses ? "at or above " : "at or below ") + amount(t, unit),
          higherPasses ? "criterion.met.above" : "criterion.met.below", s.amount(t, unit)));
    } else if (v == Verdict.NOT_MET) {
      sb.append(s.say("the whole interval is " + (higherPasses ? "below " : "above ") + amount(t, unit),
          higherPasses ? "criterion.notMet.below" : "criterion.notMet.above", s.amount(t, unit)));
    } else {
      settle = settle(j, t, hasInterval, provisional, s);
      sb.append(hasInterval ? s.say("the interval straddles " + amount(t, unit), "criterion.straddles",
          s.amount(t, unit)) : s.say("a threshold cannot be judged without an interval", "criterion.noThreshold"))
          .append("; ").append(settle);
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
  static String settle(Judged j, double threshold, boolean hasInterval, boolean provisional, Sentences s) {
    String wait = provisional ? s.say("the rest of the pilot's measurements, and ", "settle.wait") : "";
    if (!hasInterval) {
      return s.say("check that the values are individual measurements, not copies or targets", "settle.check");
    }
    double distance = Math.abs(j.value() - threshold);
    List<Effect.Group> groups = j.groups();
    int k = groups.size();
    if (distance == 0 || !(j.se() > 0) || groups.stream().anyMatch(g -> g.n() < 2) || k == 0 || Double.isNaN(j.df())) {
      return s.say("the estimate sits on the threshold: no amount of data settles it", "settle.onThreshold");
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
      return growing < k ? s.say("more measurements from the midpoint on cannot settle it alone: the periods before"
          + " the start keep the interval too wide", "settle.closed") : s.say("the estimate is too close to the"
              + " threshold for any realistic amount of data to settle it", "settle.tooClose");
    }
    String more = s.count(needed);
    if (s.german()) {
      String what = s.text(paired ? "settle.people" : growing > 1 ? "settle.measurementsEach"
          : "settle.measurements", needed) + (paired && growing > 1 ? s.text("settle.eachGroup") : "");
      return s.text("settle.more", wait, more, what, provisional ? 2 : needed);
    }
    String what = paired ? (needed == 1 ? "person" : "people") + " measured before and after"
        + (growing > 1 ? " in each group" : "")
        : "measurement" + (needed == 1 ? "" : "s") + (growing > 1 ? " per group" : " of the pilot cohort")
            + " from the midpoint on";
    return wait + "about " + more + " more " + what + " would settle it (80% power, if the effect is as estimated)";
  }

  static CriterionResult inconclusive(SuccessCriterion c, DecisionRule rule, String why, String needs, Sentences s) {
    return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, why + (needs.isEmpty() ? ""
        : s.say("; needs " + needs, "criterion.needs", needs)), Double.NaN, Double.NaN, rule,
        needs.isEmpty() ? "" : needs, Double.NaN, Double.NaN, List.of());
  }

  private static String minus(String number) {
    return number.replace('-', '\u2212');
  }
}
