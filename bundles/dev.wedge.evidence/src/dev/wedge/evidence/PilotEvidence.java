package dev.wedge.evidence;

import static dev.wedge.evidence.PilotSamples.cells;
import static dev.wedge.evidence.PilotSamples.group;
import static dev.wedge.evidence.PilotSamples.pairs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.wedge.evidence.PilotSamples.Cells;
import dev.wedge.evidence.PilotSamples.Pairs;
import dev.wedge.evidence.PilotSamples.Sample;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Direction;
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

  public static PilotEvidence of(Pilot pilot, LocalDate today) {
    return of(pilot, today, java.util.Locale.ENGLISH);
  }

  /**
   * As {@link #of(Pilot, LocalDate)}, with every sentence in {@code locale}'s language ({@link Sentences}): the
   * rating's reasons, the criteria's explanations and what would settle them, the effect's test and note, the notes,
   * the ROI's notes and scrap learning. The numbers and the rules are the same in every language.
   */
  public static PilotEvidence of(Pilot pilot, LocalDate today, java.util.Locale locale) {
    Sentences s = Sentences.of(locale);
    BusinessMetric metric = pilot.getPrimaryMetric();
    Roi roi = Roi.of(pilot, locale);
    boolean provisional = pilot.getStatus() == null || pilot.getStatus().getValue() < PilotStatus.EVALUATING_VALUE
        || PilotSchedule.beforeEnd(pilot, today);
    List<String> notes = new ArrayList<>();
    Effect effect = null;
    String note;
    boolean fallback = false;
    Cells cells = null;
    if (metric == null || pilot.getStartDate() == null) {
      note = metric == null ? s.say("no primary metric", "note.noMetric") : s.say("no start date", "note.noStart");
    } else if (pilot.getParticipants() == 1) {
      note = s.say("a cohort of one person: no estimate is made from one person", "note.onePerson");
      cells = cells(pilot, metric, today);
    } else {
      cells = cells(pilot, metric, today);
      EffectResult r = effect(pilot, metric, cells, s);
      effect = r.effect;
      note = r.note;
      fallback = r.fallback;
    }
    if (cells != null && cells.future() > 0) {
      notes.add(s.say(cells.future() + (cells.future() == 1 ? " measurement is" : " measurements are")
          + " dated after today (" + today + ") and left out", "note.future", cells.future(), s.date(today)));
    }
    int late = cells == null ? 0 : PilotSamples.afterTheDecision(pilot, metric, today);
    if (late > 0) {
      notes.add(s.say(late + (late == 1 ? " measurement of the pilot or comparison cohort is" : " measurements of the"
          + " pilot or comparison cohort are") + " dated after the decision date (" + PilotSchedule.decisionDate(pilot)
          + ") and attached to no pilot, so " + (late == 1 ? "it is" : "they are") + " left out: attach "
          + (late == 1 ? "it" : "them") + " to this pilot (a measurement's Pilot property) if "
          + (late == 1 ? "it measures" : "they measure") + " its people", "note.late", late,
          s.date(PilotSchedule.decisionDate(pilot))));
    }
    if (!note.isEmpty()) {
      notes.add(note);
    }
    List<CriterionResult> results = new ArrayList<>();
    for (SuccessCriterion c : pilot.getCriteria()) {
      results.add(CriterionJudgement.evaluate(pilot, c, effect, note, today, provisional, s));
    }
    Verdict verdict = results.isEmpty() ? Verdict.INCONCLUSIVE
        : results.stream().anyMatch(r -> r.verdict() == Verdict.NOT_MET) ? Verdict.NOT_MET
        : results.stream().allMatch(r -> r.verdict() == Verdict.MET) ? Verdict.MET : Verdict.INCONCLUSIVE;
    EvidenceRating rating = EvidenceRating.of(pilot, effect, note, fallback, cells, s);
    notes.addAll(roi.notes());
    ScrapLearning scrap = ScrapLearning.of(pilot, roi, s);
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

  private record EffectResult(Effect effect, String note, boolean fallback) {

    EffectResult(Effect effect, String note) {
      this(effect, note, false);
    }
  }

  private static Effect effectOf(Statistics.Difference d, int better, Isolation iso, int nPilot, int nComparison,
      boolean paired, List<Effect.Group> groups, String analysis) {
    return new Effect(d.estimate(), d.lower(), d.upper(), Statistics.LEVEL, better, iso, nPilot, nComparison,
        d.pValue(), d.se(), d.df(), paired, List.copyOf(groups), analysis);
  }

  /** Pre/post of the pilot cohort: paired by person when every measurement has a subject key, else Welch. */
  static Effect prePost(Cells c, int better, Sentences s) {
    if (c.pilotPaired()) {
      Pairs pr = pairs(c.pb(), c.pa());
      Statistics.Difference d = Statistics.mean(pr.changes(), Statistics.LEVEL);
      return effectOf(d, better, Isolation.PRE_POST, pr.both(), pr.both(), true,
          List.of(group("people measured before and after", pr.changes())), s.analysis(Power.Analysis.PRE_POST_PAIRED));
    }
    if (c.pb().n() >= 2 && c.pa().n() >= 2) {
      Statistics.Difference d = Statistics.welch(c.pb().y(), c.pa().y(), Statistics.LEVEL);
      return effectOf(d, better, Isolation.PRE_POST, c.pa().n(), c.pb().n(), false,
          List.of(group("pilot before", c.pb().y()), group("pilot after", c.pa().y())),
          s.analysis(Power.Analysis.PRE_POST_UNPAIRED));
    }
    return null;
  }

  private static String counts(Cells c, PilotDesign design, Sentences s) {
    return s.say("pilot cohort: " + c.pb().n() + " before the start, " + c.pa().n() + " from the midpoint on",
        "counts.pilot", c.pb().n(), c.pa().n()) + (design == PilotDesign.PRE_POST ? ""
            : s.say("; comparison cohort: " + c.cb().n() + " and " + c.ca().n(), "counts.comparison", c.cb().n(),
                c.ca().n()));
  }

  private static EffectResult effect(Pilot p, BusinessMetric m, Cells c, Sentences s) {
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
            s.analysis(Power.Analysis.DID_PAIRED)), "");
      }
      if (pb.n() >= 2 && pa.n() >= 2 && cb.n() >= 2 && ca.n() >= 2) {
        Statistics.Difference d = Statistics.differenceInDifferences(pb.y(), pa.y(), cb.y(), ca.y(), level);
        return new EffectResult(effectOf(d, better, Isolation.DIFFERENCE_IN_DIFFERENCES, pa.n() + pb.n(),
            ca.n() + cb.n(), false, List.of(group("pilot before", pb.y()), group("pilot after", pa.y()),
                group("comparison before", cb.y()), group("comparison after", ca.y())),
            s.analysis(Power.Analysis.DID_FOUR_CELLS)), "");
      }
    }
    if (design != PilotDesign.PRE_POST && pa.n() >= 2 && ca.n() >= 2) {
      Statistics.Difference d = Statistics.welch(ca.y(), pa.y(), level);
      return new EffectResult(effectOf(d, better, Isolation.COMPARISON_GROUP, pa.n(), ca.n(), false,
          List.of(group("pilot after", pa.y()), group("comparison after", ca.y())),
          s.analysis(Power.Analysis.WELCH_TWO_GROUPS)),
          design == PilotDesign.DIFFERENCE_IN_DIFFERENCES ? s.say("fallback: compared after the midpoint only, not a"
              + " difference in differences, because a difference in differences needs at least 2 measurements in"
              + " each group before the start (" + counts(c, design, s) + ")", "fallback.comparison",
              counts(c, design, s)) : "", design == PilotDesign.DIFFERENCE_IN_DIFFERENCES);
    }
    if (design == PilotDesign.PRE_POST) {
      Effect e = prePost(c, better, s);
      return e != null ? new EffectResult(e, "")
          : new EffectResult(null, s.say("not enough measurements yet: a before/after comparison needs at least 2 in"
              + " each period (" + counts(c, design, s) + ")", "note.notEnoughPrePost", counts(c, design, s)));
    }
    String designName = design == PilotDesign.DIFFERENCE_IN_DIFFERENCES
        ? s.say("a difference in differences", "fallback.insteadOfDid")
        : s.say("a comparison with the comparison group", "fallback.insteadOfComparison");
    String why = s.say("because the comparison needs at least 2 measurements of each group from the midpoint on ("
        + counts(c, design, s) + ")", "fallback.because", counts(c, design, s));
    if (pb.n() >= 3 && pa.n() >= 2 && java.util.Arrays.stream(pb.x()).distinct().count() >= 2) {
      Statistics.Difference d = Statistics.trendLine(pb.x(), pb.y(), pa.x(), pa.y(), level);
      return new EffectResult(effectOf(d, better, Isolation.TREND_LINE, pa.n(), pb.n(), false,
          List.of(group("pilot before", pb.y()), group("pilot after", pa.y())),
          s.say("the pilot cohort against the line fitted before the start", "analysis.trendLine")),
          s.say("fallback: a trend line instead of " + designName + ", " + why, "fallback.trendLine", designName, why),
          true);
    }
    Effect e = prePost(c, better, s);
    if (e != null) {
      return new EffectResult(e, s.say("fallback: before and after without a comparison instead of " + designName
          + ", " + why, "fallback.prePost", designName, why), true);
    }
    return new EffectResult(null, s.say("not enough measurements yet (" + counts(c, design, s) + "; each group and"
        + " period needs at least 2)", "note.notEnough", counts(c, design, s)));
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
