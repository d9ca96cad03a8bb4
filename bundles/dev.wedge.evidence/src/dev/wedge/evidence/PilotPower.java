package dev.wedge.evidence;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;

/**
 * The sample-size check of a pilot's design, in plain words: can the pilot, as designed, detect the effect it is
 * after (alpha 0.05 two-sided, power 0.8) with the analysis Wedge will run on its data, and if not, how many
 * participants it would need and the smallest effect it can detect with the ones it has.
 *
 * <p>The analysis ({@link Power.Analysis}) follows the design and the data: difference in differences of four means
 * (four-cell variance), or of each person's change when measurements carry subject keys; Welch's t test of the two
 * groups for a comparison group; for before and after, a paired t test when measurements carry subject keys, Welch's
 * otherwise. Paired analyses assume a correlation of 0.5 between a person's before and after. Power, the n needed and
 * the smallest detectable effect all come from the noncentral t ({@link Power}), so they agree.
 *
 * @param checkable  whether the check could be made (metric, its standard deviation, target effect, participants)
 * @param adequate   whether the pilot has the participants it needs
 * @param needed     participants needed (the pilot group)
 * @param have       participants it has (the pilot group)
 * @param detectable the smallest effect it can detect with {@code have} (NaN when not checkable)
 * @param sentence   the answer in a sentence
 * @param neededComparison comparison group needed alongside {@code needed} (0 for one-group designs)
 * @param haveComparison   comparison group it has
 * @param power      its power at {@code have} (NaN when not checkable)
 * @param analysis   the analysis the check is for (null when not checkable)
 * @param shortfall  what the pilot lacks, for a finding ("to detect 3 points the pilot needs 64 per group and has 40
 *                   per group; it can only detect 3.81 points or more"); empty when it is large enough or unchecked
 */
public record PilotPower(boolean checkable, boolean adequate, int needed, int have, double detectable,
    String sentence, int neededComparison, int haveComparison, double power, Power.Analysis analysis,
    String shortfall) {

  public static final double RHO = 0.5;


  private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

  /** The analysis Wedge will run on this pilot's data. */
  public static Power.Analysis analysis(Pilot p) {
    PilotDesign d = p.getDesign() == null ? PilotDesign.PRE_POST : p.getDesign();
    boolean paired = keyed(p);
    return switch (d) {
      case PRE_POST -> paired ? Power.Analysis.PRE_POST_PAIRED : Power.Analysis.PRE_POST_UNPAIRED;
      case COMPARISON_GROUP -> Power.Analysis.WELCH_TWO_GROUPS;
      case DIFFERENCE_IN_DIFFERENCES -> paired ? Power.Analysis.DID_PAIRED : Power.Analysis.DID_FOUR_CELLS;
    };
  }

  /** Whether the pilot cohort's measurements so far all carry a subject key (so they will be paired by person). */
  static boolean keyed(Pilot p) {
    BusinessMetric m = p.getPrimaryMetric();
    if (m == null) {
      return false;
    }
    boolean any = false;
    for (Measurement x : m.getMeasurements()) {
      if (x.getCohort() == Cohort.PILOT && (x.getPilot() == null || x.getPilot() == p)) {
        if (x.getSubject() == null || x.getSubject().isBlank()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  public static PilotPower of(Pilot p) {
    BusinessMetric m = p.getPrimaryMetric();
    Double effect = p.getTargetEffect();
    if (m == null) {
      return unchecked("Choose the primary metric to check the sample size.");
    }
    if (m.getStandardDeviation() == null || !(m.getStandardDeviation() > 0) || m.getStandardDeviation().isInfinite()) {
      return unchecked("Set the standard deviation of '" + m.getName() + "' (how much it varies between people) to"
          + " check the sample size.");
    }
    if (effect == null || effect == 0 || effect.isNaN() || effect.isInfinite()) {
      return unchecked("Set the target effect (the change in " + unit(m, "the metric") + " the pilot is after) to"
          + " check the sample size.");
    }
    Power.Analysis analysis = analysis(p);
    boolean twoGroups = analysis.twoGroups();
    int have = p.getParticipants();
    int haveComparison = twoGroups ? p.getComparisonSize() : 0;
    if (have <= 0 || twoGroups && haveComparison <= 0) {
      return unchecked("Enter the number of participants" + (twoGroups ? " and the size of the comparison group" : "")
          + " to check the sample size.");
    }
    if (have < 2 || twoGroups && haveComparison < 2) {
      String lacks = "a group of one person cannot show an effect; each group needs at least 2, and far more to detect "
          + amount(Math.abs(effect), m);
      return new PilotPower(true, false, 2, have, Double.POSITIVE_INFINITY, "No: " + lacks + ".", 2, haveComparison, 0,
          analysis, lacks);
    }
    double sigma = m.getStandardDeviation();
    double delta = Math.abs(effect);
    double ratio = twoGroups ? (double) haveComparison / have : 1;
    Power.Design plan = new Power.Design(analysis, sigma, ratio, RHO);
    double alpha = SampleSize.DEFAULT_ALPHA;
    double target = SampleSize.DEFAULT_POWER;
    int needed = Power.needed(plan, delta, alpha, target);
    int neededComparison = twoGroups ? plan.comparison(needed) : 0;
    double achieved = Power.power(plan, have, delta, alpha);
    double detectable = Power.detectable(plan, have, alpha, target);
    boolean adequate = achieved >= target;
    String targetText = amount(delta, m);
    // the smallest detectable effect as designed: planned from the metric's spread, not the rating's, which is of the
    // data (from the estimate's own standard error); each says which it is wherever the two appear together
    String sd = "from the metric's standard deviation of " + amount(sigma, m);
    // paired by person, the n that counts is the people measured both before and after
    String who = analysis.paired() ? " people measured before and after" : " participants";
    String needs = needed == Integer.MAX_VALUE ? "more than " + Power.MAX_N
        : twoGroups ? (needed == neededComparison ? needed + (analysis.paired() ? who + " per group" : " per group")
            : needed + who + " and " + neededComparison + " in the comparison group") : needed + who;
    String haveText = twoGroups ? (have == haveComparison ? have + (analysis.paired() ? who + " per group"
        : " per group") : have + who + " and " + haveComparison + " in the comparison group") : have + who;
    String how = " (" + analysis.description() + (analysis.paired() ? ", assuming a before/after correlation of 0.5"
        : "") + ", power " + String.format(Locale.ROOT, "%.0f%%", achieved * 100) + " for the target effect of "
        + targetText + ")";
    String sentence;
    String lacks = "";
    if (adequate) {
      sentence = "Yes: with " + haveText + " the pilot can detect its target effect of " + targetText + how
          + "; it needs " + needs + ". Smallest detectable effect as designed (80% power, " + sd + "): "
          + amount(detectable, m) + ".";
    } else {
      lacks = "to detect " + targetText + " the pilot needs " + needs + " and has " + haveText
          + (Double.isInfinite(detectable) ? "" : "; as designed (80% power, " + sd + ") it can only detect "
              + amount(detectable, m) + " or more");
      sentence = "No: " + lacks + how + ". Add participants, run longer, or agree a larger effect with the sponsor.";
    }
    return new PilotPower(true, adequate, needed, have, detectable, sentence, neededComparison, haveComparison,
        achieved, analysis, lacks);
  }

  private static PilotPower unchecked(String sentence) {
    return new PilotPower(false, false, 0, 0, Double.NaN, sentence, 0, 0, Double.NaN, null, "");
  }

  private static String unit(BusinessMetric m, String fallback) {
    return m.getUnit() == null || m.getUnit().isBlank() ? fallback : m.getUnit();
  }

  static String amount(double d, BusinessMetric m) {
    String n;
    synchronized (NUMBER) {
      n = NUMBER.format(d);
    }
    String unit = m == null || m.getUnit() == null ? "" : m.getUnit().trim();
    return n + (unit.isEmpty() ? "" : dev.wedge.core.text.Plurals.unit(n, unit.equals("%") ? " points" : " " + unit));
  }
}
