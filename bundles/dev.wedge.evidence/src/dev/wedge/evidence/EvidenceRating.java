package dev.wedge.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;

/**
 * How far a pilot's effect estimate can be trusted, on the 0-5 scale of the Education Endowment Foundation's
 * padlocks (EEF, "Classifying the security of EEF findings", 2019) with the What Works Clearinghouse's baseline
 * equivalence test (WWC Procedures and Standards Handbook): the level is the lowest of the caps that design and data
 * impose, and every cap is given with its reason.
 *
 * <ul>
 * <li>design: no pilot in a model is randomised, so at most 4 (difference in differences: selection on what does
 * not change over time is taken out), a comparison group after the start only 2 (3 when the groups were measured
 * equivalent before), a trend line 1, before and after without a comparison 0 ("no comparator");</li>
 * <li>the smallest effect the analysis could detect (80% power, alpha 0.05, from the estimate's own standard error
 * and degrees of freedom) against the effect agreed for the pilot, in the spirit of the EEF's minimum detectable
 * effect size criterion: up to half of it allows 5, three quarters 4, all of it 3, one and a half times 2, twice 1,
 * more 0 (a pilot that could not detect the agreed effect is at most weak);</li>
 * <li>degrees of freedom under 10: at most 1 (an interval resting on a handful of values, aggregates for example);
 * fewer than 20 in the smallest group: at most 2;</li>
 * <li>attrition (people measured before the start and not after, known when measurements carry subject keys):
 * under 10% allows 5, 20%: 4, 30%: 3, 40%: 2, 50%: 1, else 0 (EEF);</li>
 * <li>baseline equivalence of the pilot and comparison groups before the start (Hedges' g): up to 0.05 SD satisfies
 * it, 0.05 to 0.25 needs a statistical adjustment (a difference in differences is one; a comparison after the start
 * is not: at most 1), over 0.25 fails it (at most 1) (WWC);</li>
 * <li>zero spread: no interval, level 0; spread under a tenth of the metric's usual standard deviation: at most 1.</li>
 * </ul>
 *
 * @param level   0 (no secure evidence) to 5
 * @param reasons every cap below 5, the binding ones first
 */
public record EvidenceRating(int level, List<Reason> reasons) {

  /** One limit on the rating: the highest level it allows, and why. */
  public record Reason(int cap, String text) {
  }

  private static final String[] NAMES = {"no secure evidence", "very weak", "weak", "moderate", "strong",
      "very strong"};

  /** The smallest detectable effect, as a share of the agreed one, that the level above each cap needs. */
  private static final double[] NEXT_RATIO = {2, 1.5, 1, 0.75, 0.5};

  public static final double WWC_SATISFIES = 0.05;
  public static final double WWC_FAILS = 0.25;

  public String name() {
    return NAMES[level];
  }

  /** "2 of 5 (weak)". */
  public String label() {
    return level + " of 5 (" + name() + ")";
  }

  /** The reasons that set the level. */
  public List<Reason> binding() {
    return reasons.stream().filter(r -> r.cap() == level).toList();
  }

  /** "2 of 5 (weak): 1.2 degrees of freedom ...; ...". */
  public String sentence() {
    List<Reason> b = binding();
    return label() + (b.isEmpty() ? "" : ": " + String.join("; ", b.stream().map(Reason::text).toList()));
  }

  /**
   * The rating of {@code effect}, its reasons in {@code s}' language; {@code fallback}: the effect was estimated in
   * place of the design's own analysis, said in {@code effectNote}.
   */
  static EvidenceRating of(Pilot pilot, Effect effect, String effectNote, boolean fallback, PilotSamples.Cells cells,
      Sentences s) {
    List<Reason> caps = new ArrayList<>();
    if (effect == null) {
      caps.add(new Reason(0, s.say("no estimate", "reason.noEstimate") + (effectNote == null || effectNote.isEmpty()
          ? "" : ": " + effectNote)));
      return new EvidenceRating(0, caps);
    }
    BusinessMetric m = pilot.getPrimaryMetric();
    double g = Double.NaN;
    if (cells != null && cells.pb().n() >= 2 && cells.cb().n() >= 2) {
      g = Statistics.hedgesG(cells.cb().y(), cells.pb().y());
    }
    switch (effect.isolation()) {
      case DIFFERENCE_IN_DIFFERENCES -> caps.add(new Reason(4, s.say("design: difference in differences, not"
          + " randomised", "reason.did")));
      case COMPARISON_GROUP -> {
        if (!Double.isNaN(g) && Math.abs(g) <= WWC_SATISFIES) {
          caps.add(new Reason(3, s.say("design: comparison group after the start, not randomised (groups equivalent"
              + " before it)", "reason.comparisonEquivalent")));
        } else {
          caps.add(new Reason(2, s.say("design: comparison group after the start only", "reason.comparison")
              + (Double.isNaN(g) ? s.say(", so whether the groups were alike before is not measured",
                  "reason.comparison.notMeasured") : "")
              + (fallback ? " (" + effectNote + ")" : "")));
        }
      }
      case TREND_LINE -> caps.add(new Reason(1, s.say("design: no comparison group, the trend before the start stands"
          + " in for one", "reason.trendLine") + (fallback ? " (" + effectNote + ")" : "")));
      case PRE_POST, ESTIMATE -> caps.add(new Reason(0, s.say("design: before and after without a comparison group,"
          + " so anything else that changed counts as the pilot's effect", "reason.prePost")
          + (fallback ? " (" + effectNote + ")" : "")));
    }
    if (!effect.hasInterval() || effect.groups().stream().anyMatch(x -> x.n() >= 2 && x.sd() == 0)) {
      caps.add(new Reason(0, s.say("zero spread: the values do not vary at all, so there is no interval (check that"
          + " they are measurements, not copies or targets)", "reason.zeroSpread")));
      return finish(caps);
    }
    double df = effect.df();
    if (df < 10) {
      caps.add(new Reason(1, s.say(PilotEvidence.degreesOfFreedom(df) + ": the interval rests on a handful of values",
          "reason.fewDf", s.degreesOfFreedom(df))));
    }
    int smallest = effect.smallestGroup();
    if (smallest < 20) {
      caps.add(new Reason(2, s.say("n " + Effect.describe(effect.groups()) + ": the smallest group has " + smallest,
          "reason.smallGroup", s.groups(effect.groups()), smallest)));
    }
    double sigma = pooledSd(effect);
    Double usual = m == null ? null : m.getStandardDeviation();
    if (!effect.paired() && usual != null && usual > 0 && sigma < usual / 10) {
      caps.add(new Reason(1, s.say("near-zero spread: the values vary by " + fmt(sigma) + " against the metric's"
          + " usual " + fmt(usual) + " (aggregates or copies?)", "reason.nearZeroSpread", s.number(sigma),
          s.number(usual))));
    }
    double mde = Power.detectable(effect.se(), df, SampleSize.DEFAULT_ALPHA, SampleSize.DEFAULT_POWER);
    Double agreed = pilot.getTargetEffect();
    String unit = PilotEvidence.unitOfChange(m);
    String unitShown = s.unitOfChange(m);
    if (agreed != null && agreed != 0 && Double.isFinite(agreed) && Double.isFinite(mde)) {
      double ratio = mde / Math.abs(agreed);
      int cap = ratio <= 0.5 ? 5 : ratio <= 0.75 ? 4 : ratio <= 1 ? 3 : ratio <= 1.5 ? 2 : ratio <= 2 ? 1 : 0;
      if (cap < 5) {
        String need = PilotEvidence.amount(NEXT_RATIO[cap] * Math.abs(agreed), unit);
        String shown = PilotEvidence.amount(mde, unit);
        String shownHere = s.amount(mde, unitShown);
        if (shown.equals(need)) { // 7.52 against 7.5 needed: shown finely enough to see which side it is on
          shown = String.format(Locale.ROOT, "%.2f", mde) + dev.wedge.core.text.Plurals.unit("2", unit);
          shownHere = s.decimals(mde, 2) + (s.german() ? unitShown : dev.wedge.core.text.Plurals.unit("2", unit));
        }
        caps.add(new Reason(cap, s.say("smallest detectable effect of the data " + shown + " against the "
            + PilotEvidence.amount(Math.abs(agreed), unit) + " agreed (80% power, from the estimate's standard error"
            + " of " + fmt(effect.se()) + unit + " and " + PilotEvidence.degreesOfFreedom(df) + ")",
            "reason.detectable", shownHere, s.amount(Math.abs(agreed), unitShown), s.number(effect.se()) + unitShown,
            s.degreesOfFreedom(df))
            + (ratio > 1 ? s.say(": the pilot could not detect the effect it was agreed to show",
                "reason.detectable.cannot") : "")
            + s.say("; " + (cap + 1) + " of 5 needs it at " + need + " or less (more measurements make it smaller)",
                "reason.detectable.next", cap + 1, s.amount(NEXT_RATIO[cap] * Math.abs(agreed), unitShown))));
      }
    } else if (!Double.isFinite(mde)) {
      caps.add(new Reason(0, s.say("no effect is detectable with these data", "reason.nothingDetectable")));
    } else {
      caps.add(new Reason(3, s.say("no agreed effect to judge the smallest detectable effect of the data ("
          + PilotEvidence.amount(mde, unit) + ", from the estimate's standard error) against", "reason.noAgreedEffect",
          s.amount(mde, unitShown))));
    }
    if (cells != null) {
      attrition(caps, cells, s);
    }
    if (!Double.isNaN(g) && (effect.isolation() == Isolation.DIFFERENCE_IN_DIFFERENCES
        || effect.isolation() == Isolation.COMPARISON_GROUP)) {
      double a = Math.abs(g);
      String gs = String.format(Locale.ROOT, "%.2f", a);
      if (a > WWC_FAILS) {
        caps.add(new Reason(1, s.say("the groups differed by " + gs + " SD before the start (over 0.25: not"
            + " equivalent)", "reason.notEquivalent", s.decimals(a, 2))));
      } else if (a > WWC_SATISFIES && effect.isolation() == Isolation.COMPARISON_GROUP) {
        caps.add(new Reason(1, s.say("the groups differed by " + gs + " SD before the start (0.05-0.25 needs an"
            + " adjustment, and a comparison after the start makes none)", "reason.needsAdjustment",
            s.decimals(a, 2))));
      }
    }
    return finish(caps);
  }

  private static void attrition(List<Reason> caps, PilotSamples.Cells cells, Sentences s) {
    if (!cells.pb().allKeyed() || !cells.pa().allKeyed()) {
      return;
    }
    PilotSamples.Pairs p = PilotSamples.pairs(cells.pb(), cells.pa());
    double a = p.attrition();
    if (Double.isNaN(a)) {
      return;
    }
    int cap = a < 0.1 ? 5 : a < 0.2 ? 4 : a < 0.3 ? 3 : a < 0.4 ? 2 : a < 0.5 ? 1 : 0;
    if (cap < 5) {
      caps.add(new Reason(cap, s.say(String.format(Locale.ROOT, "attrition %.0f%%", a * 100) + ": "
          + (p.before() - p.both()) + " of the " + p.before() + " people measured before the start were not measured"
          + " after", "reason.attrition", String.format(Locale.ROOT, "%.0f", a * 100), p.before() - p.both(),
          p.before())));
    }
  }

  private static double pooledSd(Effect e) {
    double ss = 0;
    int df = 0;
    for (Effect.Group g : e.groups()) {
      if (g.n() >= 2 && !Double.isNaN(g.sd())) {
        ss += g.sd() * g.sd() * (g.n() - 1);
        df += g.n() - 1;
      }
    }
    return df == 0 ? Double.NaN : Math.sqrt(ss / df);
  }

  private static EvidenceRating finish(List<Reason> caps) {
    int level = caps.stream().mapToInt(Reason::cap).min().orElse(5);
    List<Reason> sorted = new ArrayList<>(caps);
    sorted.sort(Comparator.comparingInt(Reason::cap));
    return new EvidenceRating(Math.max(0, Math.min(5, level)), List.copyOf(sorted));
  }

  private static String fmt(double d) {
    return PilotEvidence.fmt(d);
  }
}
