package dev.wedge.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Comparator;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Direction;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.SuccessCriterion;

/**
 * What a pilot's data show: the effect on its primary metric (isolated as well as the design and the data allow,
 * any fallback named), each success criterion met, not met or inconclusive under its decision rule, how far the
 * evidence can be trusted ({@link EvidenceRating}), the ROI and scrap learning.
 *
 * <p>Periods: "before" is every measurement dated on or before the start; "after" is every measurement dated from
 * the pilot's midpoint on (effects build up during a pilot); measurements dated after today are left out. Pilot and
 * comparison cohorts are the measurements of those cohorts that belong to this pilot (or to no pilot in particular).
 * A measurement that belongs to no pilot in particular counts as "after" only up to the pilot's decision date
 * ({@link PilotSchedule#decisionDate}): one dated later may measure anything that happened since, so it is left out
 * with a note saying how many and how to count them (attach them to the pilot, as for a metric that lags, such as
 * time to productivity read weeks after the cohort's start).
 * Measurements are paired by person when every one of them carries a subject key.
 */
public record PilotEvidence(Pilot pilot, Effect effect, String effectNote, List<CriterionResult> criteria,
    Verdict verdict, Roi roi, boolean provisional, EvidenceRating rating, List<String> notes, ScrapLearning scrap) {

  /** Met, not met, or not decidable from the data. */
  public enum Verdict {
    MET("met"), NOT_MET("not met"), INCONCLUSIVE("inconclusive");

    private final String word;

    Verdict(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /**
   * One criterion's result: what was observed, its interval, the rule that judged it and why.
   *
   * @param observed    the estimate the criterion is judged on (in the criterion's unit; NaN without one)
   * @param lower       its 95% interval (NaN without one)
   * @param upper       upper end
   * @param rule        the decision rule applied
   * @param settle      for an inconclusive result, what would settle it (else "")
   * @param se          standard error of {@code observed} (NaN without one)
   * @param df          degrees of freedom of the interval (NaN without one)
   * @param groups      the groups the estimate used, with their n
   */
  public record CriterionResult(SuccessCriterion criterion, Verdict verdict, double observed, String explanation,
      double lower, double upper, DecisionRule rule, String settle, double se, double df, List<Effect.Group> groups) {

    /** "interval rule" or "point-estimate rule (weaker, agreed so)". */
    public String ruleText() {
      return ruleText(rule);
    }

    public static String ruleText(DecisionRule rule) {
      return rule == DecisionRule.POINT_ESTIMATE ? "point-estimate rule (weaker, agreed so)"
          : "interval rule: the whole 95% interval must clear the threshold";
    }
  }

  /** The measurements of one cohort in one period, with their subject keys (null where none). */
  record Sample(double[] x, double[] y, String[] subject) {
    int n() {
      return y.length;
    }

    boolean allKeyed() {
      if (subject.length == 0) {
        return false;
      }
      for (String s : subject) {
        if (s == null || s.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /** Mean value per subject, in first-seen order. */
    Map<String, Double> bySubject() {
      Map<String, double[]> sums = new LinkedHashMap<>();
      for (int i = 0; i < y.length; i++) {
        double[] s = sums.computeIfAbsent(subject[i], k -> new double[2]);
        s[0] += y[i];
        s[1]++;
      }
      Map<String, Double> out = new LinkedHashMap<>();
      sums.forEach((k, v) -> out.put(k, v[0] / v[1]));
      return out;
    }
  }

  /** Each person's change (after - before), for the subjects measured in both periods. */
  record Pairs(double[] changes, int before, int both) {
    double attrition() {
      return before == 0 ? Double.NaN : 1 - (double) both / before;
    }
  }

  static Pairs pairs(Sample before, Sample after) {
    Map<String, Double> b = before.bySubject();
    Map<String, Double> a = after.bySubject();
    List<Double> changes = new ArrayList<>();
    for (Map.Entry<String, Double> e : b.entrySet()) {
      Double later = a.get(e.getKey());
      if (later != null) {
        changes.add(later - e.getValue());
      }
    }
    return new Pairs(changes.stream().mapToDouble(Double::doubleValue).toArray(), b.size(), changes.size());
  }

  /** The four samples of a pilot's primary metric. */
  record Cells(Sample pb, Sample pa, Sample cb, Sample ca, int future) {
    boolean pilotPaired() {
      return pb.allKeyed() && pa.allKeyed() && pairs(pb, pa).both() >= 2;
    }

    boolean comparisonPaired() {
      return cb.allKeyed() && ca.allKeyed() && pairs(cb, ca).both() >= 2;
    }
  }

  static Cells cells(Pilot p, BusinessMetric m, LocalDate today) {
    int future = 0;
    for (Measurement x : m.getMeasurements()) {
      if (x.getDate() != null && today != null && x.getDate().isAfter(today) && belongs(x, p)) {
        future++;
      }
    }
    return new Cells(sample(p, m, Cohort.PILOT, true, today), sample(p, m, Cohort.PILOT, false, today),
        sample(p, m, Cohort.COMPARISON, true, today), sample(p, m, Cohort.COMPARISON, false, today), future);
  }

  private static boolean belongs(Measurement x, Pilot p) {
    return x.getPilot() == null || x.getPilot() == p;
  }

  /**
   * Whether a measurement of the pilot or comparison cohort, dated up to today, is left out because it belongs to no
   * pilot in particular and is dated after this pilot's decision date.
   */
  private static boolean afterTheDecision(Measurement x, Pilot p, LocalDate today) {
    LocalDate decision = PilotSchedule.decisionDate(p);
    return x.getPilot() == null && decision != null && x.getDate() != null && x.getDate().isAfter(decision)
        && (today == null || !x.getDate().isAfter(today))
        && (x.getCohort() == Cohort.PILOT || x.getCohort() == Cohort.COMPARISON);
  }

  /** How many measurements {@link #afterTheDecision} leaves out. */
  static int afterTheDecision(Pilot p, BusinessMetric m, LocalDate today) {
    int n = 0;
    for (Measurement x : m.getMeasurements()) {
      if (afterTheDecision(x, p, today) && Double.isFinite(x.getValue())) {
        n++;
      }
    }
    return n;
  }

  public static PilotEvidence of(Pilot pilot, LocalDate today) {
    BusinessMetric metric = pilot.getPrimaryMetric();
    Roi roi = Roi.of(pilot);
    boolean provisional = pilot.getStatus() == null || pilot.getStatus().getValue() < PilotStatus.EVALUATING_VALUE
        || PilotSchedule.beforeEnd(pilot, today);
    List<String> notes = new ArrayList<>();
    Effect effect = null;
    String note;
    Cells cells = null;
    if (metric == null || pilot.getStartDate() == null) {
      note = metric == null ? "no primary metric" : "no start date";
    } else if (pilot.getParticipants() == 1) {
      note = "a cohort of one person: no estimate is made from one person";
      cells = cells(pilot, metric, today);
    } else {
      cells = cells(pilot, metric, today);
      EffectResult r = effect(pilot, metric, cells);
      effect = r.effect;
      note = r.note;
    }
    if (cells != null && cells.future() > 0) {
      notes.add(cells.future() + (cells.future() == 1 ? " measurement is" : " measurements are") + " dated after today ("
          + today + ") and left out");
    }
    int late = cells == null ? 0 : afterTheDecision(pilot, metric, today);
    if (late > 0) {
      notes.add(late + (late == 1 ? " measurement of the pilot or comparison cohort is" : " measurements of the pilot or"
          + " comparison cohort are") + " dated after the decision date (" + PilotSchedule.decisionDate(pilot)
          + ") and attached to no pilot, so " + (late == 1 ? "it is" : "they are") + " left out: attach "
          + (late == 1 ? "it" : "them") + " to this pilot (a measurement's Pilot property) if "
          + (late == 1 ? "it measures" : "they measure") + " its people");
    }
    if (!note.isEmpty()) {
      notes.add(note);
    }
    List<CriterionResult> results = new ArrayList<>();
    for (SuccessCriterion c : pilot.getCriteria()) {
      results.add(evaluate(pilot, c, effect, note, today, provisional));
    }
    Verdict verdict = results.isEmpty() ? Verdict.INCONCLUSIVE
        : results.stream().anyMatch(r -> r.verdict() == Verdict.NOT_MET) ? Verdict.NOT_MET
        : results.stream().allMatch(r -> r.verdict() == Verdict.MET) ? Verdict.MET : Verdict.INCONCLUSIVE;
    EvidenceRating rating = EvidenceRating.of(pilot, effect, note, cells);
    notes.addAll(roi.notes());
    ScrapLearning scrap = ScrapLearning.of(pilot, roi);
    return new PilotEvidence(pilot, effect, note, List.copyOf(results), verdict, roi, provisional, rating,
        List.copyOf(notes), scrap);
  }

  /**
   * How the criteria read, naming which is which when they differ: "its criterion is met", "its 2 criteria are
   * inconclusive", "1 of its 2 criteria is met (\u2018at most 82 days\u2019), 1 is inconclusive (\u201810 days
   * sooner\u2019)", or "it has no success criteria".
   */
  public String criteriaReading() {
    int n = criteria.size();
    if (n == 0) {
      return "it has no success criteria";
    }
    Map<Verdict, List<String>> by = byVerdict();
    if (by.size() == 1) {
      Verdict v = by.keySet().iterator().next();
      return (n == 1 ? "its criterion is " : "its " + n + " criteria are ") + v.word();
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Verdict, List<String>> e : by.entrySet()) {
      int k = e.getValue().size();
      parts.add((parts.isEmpty() ? k + " of its " + n + " criteria " : k + " ") + (k == 1 ? "is " : "are ")
          + e.getKey().word() + " (" + String.join(", ", e.getValue().stream().map(x -> "\u2018" + x + "\u2019")
              .toList()) + ")");
    }
    return String.join(", ", parts);
  }

  /** "1 of 2 met, 1 inconclusive" when the criteria differ, else "". */
  public String criteriaCounts() {
    Map<Verdict, List<String>> by = byVerdict();
    if (by.size() < 2) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Verdict, List<String>> e : by.entrySet()) {
      parts.add(e.getValue().size() + (parts.isEmpty() ? " of " + criteria.size() : "") + " " + e.getKey().word());
    }
    return String.join(", ", parts);
  }

  private Map<Verdict, List<String>> byVerdict() {
    Map<Verdict, List<String>> by = new java.util.EnumMap<>(Verdict.class);
    int i = 0;
    for (CriterionResult r : criteria) {
      i++;
      String d = r.criterion().getDescription();
      by.computeIfAbsent(r.verdict(), k -> new ArrayList<>()).add(d == null || d.isBlank() ? "criterion " + i : d);
    }
    return by;
  }

  /** The pilot's end ({@link PilotSchedule#end}). */
  public static LocalDate end(Pilot p) {
    return PilotSchedule.end(p);
  }

  static int better(BusinessMetric m) {
    return m.getDirection() == Direction.DECREASE ? -1 : 1;
  }

  private record EffectResult(Effect effect, String note) {
  }

  static Sample sample(Pilot p, BusinessMetric m, Cohort cohort, boolean before, LocalDate today) {
    List<Measurement> in = new ArrayList<>();
    LocalDate start = p.getStartDate();
    LocalDate mid = PilotSchedule.midpoint(p);
    for (Measurement x : m.getMeasurements()) {
      if (x.getCohort() != cohort || x.getDate() == null || !belongs(x, p)
          || today != null && x.getDate().isAfter(today) || !Double.isFinite(x.getValue())) {
        continue;
      }
      if (before ? !x.getDate().isAfter(start) : !x.getDate().isBefore(mid) && !afterTheDecision(x, p, today)) {
        in.add(x);
      }
    }
    double[] xs = new double[in.size()];
    double[] ys = new double[in.size()];
    String[] ss = new String[in.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = in.get(i).getDate().toEpochDay();
      ys[i] = in.get(i).getValue();
      ss[i] = in.get(i).getSubject();
    }
    return new Sample(xs, ys, ss);
  }

  static Effect.Group group(String name, double[] y) {
    return new Effect.Group(name, y.length, Statistics.average(y), Statistics.sd(y));
  }

  private static Effect effectOf(Statistics.Difference d, int better, Isolation iso, int nPilot, int nComparison,
      boolean paired, List<Effect.Group> groups, String analysis) {
    return new Effect(d.estimate(), d.lower(), d.upper(), Statistics.LEVEL, better, iso, nPilot, nComparison,
        d.pValue(), d.se(), d.df(), paired, List.copyOf(groups), analysis);
  }

  /** Pre/post of the pilot cohort: paired by person when every measurement has a subject key, else Welch. */
  static Effect prePost(Cells c, int better) {
    if (c.pilotPaired()) {
      Pairs pr = pairs(c.pb(), c.pa());
      Statistics.Difference d = Statistics.mean(pr.changes(), Statistics.LEVEL);
      return effectOf(d, better, Isolation.PRE_POST, pr.both(), pr.both(), true,
          List.of(group("people measured before and after", pr.changes())), Power.Analysis.PRE_POST_PAIRED.description());
    }
    if (c.pb().n() >= 2 && c.pa().n() >= 2) {
      Statistics.Difference d = Statistics.welch(c.pb().y(), c.pa().y(), Statistics.LEVEL);
      return effectOf(d, better, Isolation.PRE_POST, c.pa().n(), c.pb().n(), false,
          List.of(group("pilot before", c.pb().y()), group("pilot after", c.pa().y())),
          Power.Analysis.PRE_POST_UNPAIRED.description());
    }
    return null;
  }

  private static String counts(Cells c, PilotDesign design) {
    return "pilot cohort: " + c.pb().n() + " before the start, " + c.pa().n() + " from the midpoint on"
        + (design == PilotDesign.PRE_POST ? "" : "; comparison cohort: " + c.cb().n() + " and " + c.ca().n());
  }

  private static EffectResult effect(Pilot p, BusinessMetric m, Cells c) {
    int better = better(m);
    double level = Statistics.LEVEL;
    PilotDesign design = p.getDesign() == null ? PilotDesign.PRE_POST : p.getDesign();
    Sample pb = c.pb();
    Sample pa = c.pa();
    Sample cb = c.cb();
    Sample ca = c.ca();
    if (design == PilotDesign.DIFFERENCE_IN_DIFFERENCES) {
      if (c.pilotPaired() && c.comparisonPaired()) {
        Pairs pp = pairs(pb, pa);
        Pairs cp = pairs(cb, ca);
        Statistics.Difference d = Statistics.welch(cp.changes(), pp.changes(), level);
        return new EffectResult(effectOf(d, better, Isolation.DIFFERENCE_IN_DIFFERENCES, pp.both(), cp.both(), true,
            List.of(group("pilot people measured before and after", pp.changes()),
                group("comparison people measured before and after", cp.changes())),
            Power.Analysis.DID_PAIRED.description()), "");
      }
      if (pb.n() >= 2 && pa.n() >= 2 && cb.n() >= 2 && ca.n() >= 2) {
        Statistics.Difference d = Statistics.differenceInDifferences(pb.y(), pa.y(), cb.y(), ca.y(), level);
        return new EffectResult(effectOf(d, better, Isolation.DIFFERENCE_IN_DIFFERENCES, pa.n() + pb.n(),
            ca.n() + cb.n(), false, List.of(group("pilot before", pb.y()), group("pilot after", pa.y()),
                group("comparison before", cb.y()), group("comparison after", ca.y())),
            Power.Analysis.DID_FOUR_CELLS.description()), "");
      }
    }
    if (design != PilotDesign.PRE_POST && pa.n() >= 2 && ca.n() >= 2) {
      Statistics.Difference d = Statistics.welch(ca.y(), pa.y(), level);
      return new EffectResult(effectOf(d, better, Isolation.COMPARISON_GROUP, pa.n(), ca.n(), false,
          List.of(group("pilot after", pa.y()), group("comparison after", ca.y())),
          Power.Analysis.WELCH_TWO_GROUPS.description()),
          design == PilotDesign.DIFFERENCE_IN_DIFFERENCES ? "fallback: compared after the midpoint only, not a"
              + " difference in differences, because a difference in differences needs at least 2 measurements in"
              + " each group before the start (" + counts(c, design) + ")" : "");
    }
    if (design == PilotDesign.PRE_POST) {
      Effect e = prePost(c, better);
      return e != null ? new EffectResult(e, "")
          : new EffectResult(null, "not enough measurements yet: a before/after comparison needs at least 2 in each"
              + " period (" + counts(c, design) + ")");
    }
    String designName = design == PilotDesign.DIFFERENCE_IN_DIFFERENCES ? "a difference in differences"
        : "a comparison with the comparison group";
    String why = "because the comparison needs at least 2 measurements of each group from the midpoint on ("
        + counts(c, design) + ")";
    if (pb.n() >= 3 && pa.n() >= 2 && java.util.Arrays.stream(pb.x()).distinct().count() >= 2) {
      Statistics.Difference d = Statistics.trendLine(pb.x(), pb.y(), pa.x(), pa.y(), level);
      return new EffectResult(effectOf(d, better, Isolation.TREND_LINE, pa.n(), pb.n(), false,
          List.of(group("pilot before", pb.y()), group("pilot after", pa.y())),
          "the pilot cohort against the line fitted before the start"),
          "fallback: a trend line instead of " + designName + ", " + why);
    }
    Effect e = prePost(c, better);
    if (e != null) {
      return new EffectResult(e, "fallback: before and after without a comparison instead of " + designName + ", "
          + why);
    }
    return new EffectResult(null, "not enough measurements yet (" + counts(c, design) + "; each group and period"
        + " needs at least 2)");
  }

  /** The decision of an interval (or of a point, under the weaker rule) against a threshold. */
  public static Verdict decide(double point, double lower, double upper, double threshold, boolean higherPasses,
      DecisionRule rule) {
    if (Double.isNaN(point)) {
      return Verdict.INCONCLUSIVE;
    }
    if (rule == DecisionRule.POINT_ESTIMATE) {
      return (higherPasses ? point >= threshold : point <= threshold) ? Verdict.MET : Verdict.NOT_MET;
    }
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      return Verdict.INCONCLUSIVE;
    }
    if (higherPasses) {
      return lower >= threshold ? Verdict.MET : upper < threshold ? Verdict.NOT_MET : Verdict.INCONCLUSIVE;
    }
    return upper <= threshold ? Verdict.MET : lower > threshold ? Verdict.NOT_MET : Verdict.INCONCLUSIVE;
  }

  /** An estimate to judge a criterion on, oriented so that the criterion's sense applies directly. */
  private record Judged(double value, double lower, double upper, double se, double df, List<Effect.Group> groups,
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
    boolean paired = groups.stream().anyMatch(PilotEvidence::people);
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

  private static CriterionResult inconclusive(SuccessCriterion c, DecisionRule rule, String why, String needs) {
    return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, why + (needs.isEmpty() ? "" : "; needs " + needs),
        Double.NaN, Double.NaN, rule, needs.isEmpty() ? "" : needs, Double.NaN, Double.NaN, List.of());
  }

  /** " days", " points" for a metric in %, or "". */
  public static String unitOfChange(BusinessMetric m) {
    return m == null || m.getUnit() == null || m.getUnit().isBlank() ? "" : m.getUnit().equals("%") ? " points"
        : " " + m.getUnit();
  }

  /**
   * Degrees of freedom in the one form every output uses: "1 degree of freedom", "1.2 degrees of freedom", "162
   * degrees of freedom" (one decimal at most, none when whole).
   */
  public static String degreesOfFreedom(double df) {
    String n = fmt(df);
    return n + (n.equals("1") ? " degree of freedom" : " degrees of freedom");
  }

  /** A number and its unit in the form the number takes: "1 day", "2.5 days" ({@code unit} as {@link #unitOfChange}). */
  public static String amount(double d, String unit) {
    String n = fmt(d);
    return n + dev.wedge.core.text.Plurals.unit(n, unit);
  }

  static String fmt(double d) {
    if (Double.isNaN(d)) {
      return "?";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "\u221e" : "\u2212\u221e";
    }
    String s = Math.abs(d) >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", d)
        : String.format(java.util.Locale.ROOT, "%.1f", d);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("-0") ? "0" : s;
  }
}
