package dev.wedge.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Direction;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.SuccessCriterion;

/**
 * What a pilot's data show: the effect on its primary metric (isolated as well as the design and the data allow),
 * each success criterion met, not met or inconclusive, and the ROI.
 *
 * <p>Periods: "before" is every measurement dated on or before the start; "after" is every measurement dated from
 * the pilot's midpoint on (effects build up during a pilot). Pilot and comparison cohorts are the measurements of
 * those cohorts that belong to this pilot (or to no pilot in particular).
 */
public record PilotEvidence(Pilot pilot, Effect effect, String effectNote, List<CriterionResult> criteria,
    Verdict verdict, Roi roi, boolean provisional) {

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

  /** One criterion's result: what was observed and why it is judged so. */
  public record CriterionResult(SuccessCriterion criterion, Verdict verdict, double observed, String explanation) {
  }

  /** The measurements of one cohort in one period. */
  record Sample(double[] x, double[] y) {
    int n() {
      return y.length;
    }
  }

  public static PilotEvidence of(Pilot pilot, LocalDate today) {
    BusinessMetric metric = pilot.getPrimaryMetric();
    Roi roi = Roi.of(pilot);
    boolean provisional = pilot.getStatus() == null || pilot.getStatus().getValue() < PilotStatus.EVALUATING_VALUE
        || end(pilot) != null && today.isBefore(end(pilot));
    Effect effect = null;
    String note;
    if (metric == null || pilot.getStartDate() == null) {
      note = metric == null ? "no primary metric" : "no start date";
    } else {
      EffectResult r = effect(pilot, metric);
      effect = r.effect;
      note = r.note;
    }
    List<CriterionResult> results = new ArrayList<>();
    for (SuccessCriterion c : pilot.getCriteria()) {
      results.add(evaluate(pilot, c, effect));
    }
    Verdict verdict = results.isEmpty() ? Verdict.INCONCLUSIVE
        : results.stream().anyMatch(r -> r.verdict() == Verdict.NOT_MET) ? Verdict.NOT_MET
        : results.stream().allMatch(r -> r.verdict() == Verdict.MET) ? Verdict.MET : Verdict.INCONCLUSIVE;
    return new PilotEvidence(pilot, effect, note, List.copyOf(results), verdict, roi, provisional);
  }

  public static LocalDate end(Pilot p) {
    return p.getStartDate() == null ? null : p.getStartDate().plusWeeks(Math.max(1, p.getDurationWeeks()));
  }

  static LocalDate midpoint(Pilot p) {
    return p.getStartDate().plusDays(Math.max(1, p.getDurationWeeks()) * 7L / 2);
  }

  static int better(BusinessMetric m) {
    return m.getDirection() == Direction.DECREASE ? -1 : 1;
  }

  private record EffectResult(Effect effect, String note) {
  }

  static Sample sample(Pilot p, BusinessMetric m, Cohort cohort, boolean before) {
    List<double[]> xy = new ArrayList<>();
    LocalDate start = p.getStartDate();
    LocalDate mid = midpoint(p);
    for (Measurement x : m.getMeasurements()) {
      if (x.getCohort() != cohort || x.getDate() == null || (x.getPilot() != null && x.getPilot() != p)) {
        continue;
      }
      boolean in = before ? !x.getDate().isAfter(start) : !x.getDate().isBefore(mid);
      if (in) {
        xy.add(new double[] {x.getDate().toEpochDay(), x.getValue()});
      }
    }
    double[] xs = new double[xy.size()];
    double[] ys = new double[xy.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = xy.get(i)[0];
      ys[i] = xy.get(i)[1];
    }
    return new Sample(xs, ys);
  }

  private static EffectResult effect(Pilot p, BusinessMetric m) {
    Sample pb = sample(p, m, Cohort.PILOT, true);
    Sample pa = sample(p, m, Cohort.PILOT, false);
    Sample cb = sample(p, m, Cohort.COMPARISON, true);
    Sample ca = sample(p, m, Cohort.COMPARISON, false);
    int better = better(m);
    double level = Statistics.LEVEL;
    PilotDesign design = p.getDesign() == null ? PilotDesign.PRE_POST : p.getDesign();
    if (design == PilotDesign.DIFFERENCE_IN_DIFFERENCES && pb.n() >= 2 && pa.n() >= 2 && cb.n() >= 2 && ca.n() >= 2) {
      Statistics.Difference d = Statistics.differenceInDifferences(pb.y(), pa.y(), cb.y(), ca.y(), level);
      return new EffectResult(new Effect(d.estimate(), d.lower(), d.upper(), level, better,
          Isolation.DIFFERENCE_IN_DIFFERENCES, pa.n() + pb.n(), ca.n() + cb.n(), d.pValue()), "");
    }
    if (design != PilotDesign.PRE_POST && pa.n() >= 2 && ca.n() >= 2) {
      Statistics.Difference d = Statistics.welch(ca.y(), pa.y(), level);
      return new EffectResult(new Effect(d.estimate(), d.lower(), d.upper(), level, better,
          Isolation.COMPARISON_GROUP, pa.n(), ca.n(), d.pValue()),
          design == PilotDesign.DIFFERENCE_IN_DIFFERENCES ? "too few measurements before the start for a difference"
              + " in differences: compared after the midpoint only" : "");
    }
    Sample before = pb.n() >= 2 ? pb : sample(p, m, Cohort.ALL, true);
    if (before.n() >= 3 && pa.n() >= 1 && distinct(before.x()) >= 2) {
      Statistics.Difference d = Statistics.trendLine(before.x(), before.y(), pa.x(), pa.y(), level);
      return new EffectResult(new Effect(d.estimate(), d.lower(), d.upper(), level, better, Isolation.TREND_LINE,
          pa.n(), before.n(), d.pValue()), design == PilotDesign.PRE_POST ? "" : "no comparison data yet");
    }
    if (before.n() >= 2 && pa.n() >= 2) {
      Statistics.Difference d = Statistics.welch(before.y(), pa.y(), level);
      return new EffectResult(new Effect(d.estimate(), d.lower(), d.upper(), level, better, Isolation.PRE_POST,
          pa.n(), before.n(), d.pValue()), "");
    }
    return new EffectResult(null, "not enough measurements yet (pilot cohort: " + pb.n() + " before the start, "
        + pa.n() + " from the midpoint on" + (design == PilotDesign.PRE_POST ? "" : "; comparison: " + cb.n() + " and "
            + ca.n()) + ")");
  }

  private static int distinct(double[] xs) {
    return (int) java.util.Arrays.stream(xs).distinct().count();
  }

  static CriterionResult evaluate(Pilot p, SuccessCriterion c, Effect effect) {
    BusinessMetric m = c.getMetric() != null ? c.getMetric() : p.getPrimaryMetric();
    if (m == null || p.getStartDate() == null || c.getComparator() == null) {
      return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, "the criterion has no metric, comparator or"
          + " pilot start date");
    }
    double t = c.getThreshold();
    Sample after = sample(p, m, Cohort.PILOT, false);
    double mean = after.n() == 0 ? Double.NaN : java.util.Arrays.stream(after.y()).average().orElse(Double.NaN);
    String unit = unitOfChange(m);
    switch (c.getComparator()) {
      case AT_LEAST, AT_MOST -> {
        if (after.n() == 0) {
          return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, "no measurement of the pilot cohort from the"
              + " midpoint on yet");
        }
        boolean ok = c.getComparator() == dev.wedge.model.Comparator.AT_LEAST ? mean >= t : mean <= t;
        return new CriterionResult(c, ok ? Verdict.MET : Verdict.NOT_MET, mean, "pilot cohort averaged "
            + fmt(mean) + unit + " (" + after.n() + " measurements) against " + (c.getComparator()
                == dev.wedge.model.Comparator.AT_LEAST ? "at least " : "at most ") + fmt(t) + unit);
      }
      case IMPROVES_BY, IMPROVES_BY_PERCENT -> {
        Sample before = sample(p, m, Cohort.PILOT, true);
        double base = m.getBaseline() != null ? m.getBaseline()
            : before.n() > 0 ? java.util.Arrays.stream(before.y()).average().orElse(Double.NaN) : Double.NaN;
        if (after.n() == 0 || Double.isNaN(base)) {
          return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, after.n() == 0
              ? "no measurement of the pilot cohort from the midpoint on yet" : "no baseline to improve on");
        }
        double gain = better(m) * (mean - base);
        boolean percent = c.getComparator() == dev.wedge.model.Comparator.IMPROVES_BY_PERCENT;
        double observed = percent ? (base == 0 ? Double.NaN : gain / Math.abs(base) * 100) : gain;
        boolean ok = observed >= t;
        return new CriterionResult(c, ok ? Verdict.MET : Verdict.NOT_MET, observed, "improved by " + fmt(observed)
            + (percent ? "%" : unit) + " on the baseline of " + fmt(base) + unit + " (needed " + fmt(t)
            + (percent ? "%" : unit) + ")");
      }
      case BEATS_COMPARISON_BY -> {
        if (effect == null || effect.isolation() == Isolation.PRE_POST || effect.isolation() == Isolation.TREND_LINE
            || effect.isolation() == Isolation.ESTIMATE) {
          return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, "no comparison-group result yet");
        }
        double gain = effect.improvement();
        String ci = " (95% interval " + fmt(effect.improvementLower()) + " to " + fmt(effect.improvementUpper())
            + unit + ", " + effect.isolation().description() + ")";
        if (gain >= t && effect.significant()) {
          return new CriterionResult(c, Verdict.MET, gain, "beat the comparison group by " + fmt(gain) + unit + ci);
        }
        if (effect.improvementUpper() < t) {
          return new CriterionResult(c, Verdict.NOT_MET, gain, "beat the comparison group by " + fmt(gain) + unit
              + ", needed " + fmt(t) + unit + ci);
        }
        return new CriterionResult(c, Verdict.INCONCLUSIVE, gain, "beat the comparison group by " + fmt(gain) + unit
            + ", but the data cannot tell it from " + (gain >= t ? "no effect" : "the threshold") + ci);
      }
      default -> {
        return new CriterionResult(c, Verdict.INCONCLUSIVE, Double.NaN, "unknown comparator");
      }
    }
  }

  /** " days", " points" for a metric in %, or "". */
  public static String unitOfChange(BusinessMetric m) {
    return m == null || m.getUnit() == null || m.getUnit().isBlank() ? "" : m.getUnit().equals("%") ? " points"
        : " " + m.getUnit();
  }

  static String fmt(double d) {
    if (Double.isNaN(d)) {
      return "?";
    }
    return Math.abs(d) >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", d)
        : String.format(java.util.Locale.ROOT, "%.1f", d).replace(".0", "");
  }
}
