package dev.wedge.evidence;

/**
 * Scrap learning (Explorance MTM): the share of training not applied on the job, and what it costs.
 * scrap % = 100 - % planning to apply; cost = program cost x scrap %.
 */
public record ScrapLearning(double scrapPercent, double cost) {

  public static ScrapLearning of(double percentPlanningToApply, double programCost) {
    if (percentPlanningToApply < 0 || percentPlanningToApply > 100) {
      throw new IllegalArgumentException("the share planning to apply must be 0-100%, not " + percentPlanningToApply);
    }
    double scrap = 100 - percentPlanningToApply;
    return new ScrapLearning(scrap, programCost * scrap / 100);
  }
}
