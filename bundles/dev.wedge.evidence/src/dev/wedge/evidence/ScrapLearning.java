package dev.wedge.evidence;

import java.util.Locale;

import dev.wedge.model.Pilot;

/**
 * Scrap learning (Explorance MTM): the share of training not applied on the job, and what it costs.
 * scrap % = 100 - % planning to apply; cost = program cost x scrap %.
 *
 * @param scrapPercent share not applied, in percent (NaN when not known)
 * @param cost         program cost x scrap share (NaN when not known)
 * @param programCost  the program cost used
 * @param sentence     the result, or what is missing, in a sentence
 */
public record ScrapLearning(double scrapPercent, double cost, double programCost, String sentence) {

  public static ScrapLearning of(double percentPlanningToApply, double programCost) {
    if (!(percentPlanningToApply >= 0 && percentPlanningToApply <= 100)) {
      throw new IllegalArgumentException("the share planning to apply must be 0-100%, not " + percentPlanningToApply);
    }
    if (!(programCost >= 0) || Double.isInfinite(programCost)) {
      throw new IllegalArgumentException("the program cost must be a positive amount, not " + programCost);
    }
    double scrap = 100 - percentPlanningToApply;
    return new ScrapLearning(scrap, programCost * scrap / 100, programCost, "");
  }

  /** A pilot's scrap learning: its share planning to apply and its program cost (default: the pilot's costs). */
  public static ScrapLearning of(Pilot p, Roi roi) {
    Double share = p.getPlannedToApply();
    if (share == null) {
      return new ScrapLearning(Double.NaN, Double.NaN, Double.NaN, "scrap learning not known: record the share of"
          + " participants planning to apply what they learned (end-of-pilot survey)");
    }
    if (!(share >= 0 && share <= 1)) {
      return new ScrapLearning(Double.NaN, Double.NaN, Double.NaN, "scrap learning not computed: a share planning"
          + " to apply of " + PilotEvidence.fmt(share) + " is not a share from 0 to 1");
    }
    boolean own = p.getProgramCost() != null;
    double cost = own ? p.getProgramCost() : roi.costs();
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      return new ScrapLearning(Double.NaN, Double.NaN, Double.NaN, "scrap learning not computed: the program cost"
          + " must be a positive amount");
    }
    ScrapLearning s = of(share * 100, cost);
    return new ScrapLearning(s.scrapPercent, s.cost, cost, String.format(Locale.ROOT, "%.0f%% plan to apply what they"
        + " learned: %.0f%% scrap learning", share * 100, s.scrapPercent) + (cost > 0 ? ", %COST% of the "
            + (own ? "program cost" : "pilot's costs") + " of %BASE%" : ""));
  }

  /** {@link #sentence} with the amounts in {@code money}'s format. */
  public String sentence(Money money) {
    return sentence.replace("%COST%", money.format(cost)).replace("%BASE%", money.format(programCost));
  }

  public boolean known() {
    return !Double.isNaN(scrapPercent);
  }
}
