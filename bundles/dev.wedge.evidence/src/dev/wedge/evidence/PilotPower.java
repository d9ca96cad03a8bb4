package dev.wedge.evidence;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;

/**
 * The sample-size check of a pilot's design, in plain words: can the pilot, as designed, detect the effect it is
 * after (alpha 0.05 two-sided, power 0.8), and if not, how many participants it would need and the smallest effect it
 * can detect with the ones it has.
 *
 * <p>Two groups (comparison group, difference in differences): n per group with the t test's correction
 * ({@link SampleSize#perGroupTTest}); the smaller group counts. Pre/post: one group measured twice
 * ({@link SampleSize#paired}).
 *
 * @param checkable whether the check could be made (metric, its standard deviation, target effect, participants)
 * @param adequate  whether the pilot has the participants it needs
 * @param needed    participants needed (per group for two groups)
 * @param have      participants it has (the smaller group for two groups)
 * @param detectable the smallest effect it can detect with {@code have} (NaN when not checkable)
 * @param sentence  the answer in a sentence
 */
public record PilotPower(boolean checkable, boolean adequate, int needed, int have, double detectable,
    String sentence) {

  private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

  public static PilotPower of(Pilot p) {
    BusinessMetric m = p.getPrimaryMetric();
    Double effect = p.getTargetEffect();
    if (m == null) {
      return unchecked("Choose the primary metric to check the sample size.");
    }
    if (m.getStandardDeviation() == null || m.getStandardDeviation() <= 0) {
      return unchecked("Set the standard deviation of '" + m.getName() + "' (how much it varies between people) to"
          + " check the sample size.");
    }
    if (effect == null || effect == 0 || effect.isNaN() || effect.isInfinite()) {
      return unchecked("Set the target effect (the change in " + unit(m, "the metric") + " the pilot is after) to"
          + " check the sample size.");
    }
    boolean twoGroups = p.getDesign() != PilotDesign.PRE_POST;
    int participants = p.getParticipants();
    int have = twoGroups ? Math.min(participants, p.getComparisonSize() > 0 ? p.getComparisonSize() : participants)
        : participants;
    if (have <= 0) {
      return unchecked("Enter the number of participants" + (twoGroups ? " and the size of the comparison group" : "")
          + " to check the sample size.");
    }
    double sigma = m.getStandardDeviation();
    double delta = Math.abs(effect);
    int needed = twoGroups ? SampleSize.perGroupTTest(sigma, delta, SampleSize.DEFAULT_ALPHA, SampleSize.DEFAULT_POWER)
        : SampleSize.paired(sigma, delta, SampleSize.DEFAULT_ALPHA, SampleSize.DEFAULT_POWER);
    double detectable = have < 2 ? Double.POSITIVE_INFINITY : twoGroups
        ? SampleSize.minimumDetectableEffect(sigma, have, SampleSize.DEFAULT_ALPHA, SampleSize.DEFAULT_POWER)
        : SampleSize.zSum(SampleSize.DEFAULT_ALPHA, SampleSize.DEFAULT_POWER) * sigma / Math.sqrt(have);
    String target = amount(delta, m);
    String groups = twoGroups ? " per group" : " participants";
    String haveText = twoGroups ? have + " in the smaller group" : have + " participants";
    String sentence;
    if (have >= needed) {
      sentence = "Yes: with " + haveText + " the pilot can detect its target effect of " + target + " (it needs "
          + needed + groups + "; it could detect " + amount(detectable, m) + ").";
    } else {
      sentence = "No: " + shortfall(target, needed, groups, haveText, detectable, m)
          + ". Add participants, run longer, or agree a larger effect with the sponsor.";
    }
    return new PilotPower(true, have >= needed, needed, have, detectable, sentence);
  }

  private static String shortfall(String target, int needed, String groups, String haveText, double detectable,
      BusinessMetric m) {
    return "to detect " + target + " the pilot needs " + needed + groups + " and has " + haveText
        + (Double.isInfinite(detectable) ? "" : "; it can only detect " + amount(detectable, m) + " or more");
  }

  /** "to detect 3 points the pilot needs 64 per group and has 40 ...; it can only detect 3.76 points or more". */
  public String shortfall() {
    return adequate || !checkable ? "" : sentence.substring(4, sentence.indexOf(". Add participants"));
  }

  private static PilotPower unchecked(String sentence) {
    return new PilotPower(false, false, 0, 0, Double.NaN, sentence);
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
    return n + (unit.isEmpty() ? "" : unit.equals("%") ? " points" : " " + unit);
  }
}
