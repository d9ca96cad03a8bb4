package dev.wedge.evidence;

/** How an effect was separated from everything else going on, and how strong that makes the evidence. */
public enum Isolation {

  DIFFERENCE_IN_DIFFERENCES("difference in differences", Strength.STRONG,
      "assumes pilot and comparison groups would have moved in parallel without the pilot"),
  COMPARISON_GROUP("comparison with a group that did not take part", Strength.STRONG,
      "assumes the groups were alike before the pilot"),
  TREND_LINE("pre/post against the trend before the pilot", Strength.MODERATE,
      "assumes the trend before the pilot would have continued"),
  PRE_POST("before and after, without a comparison", Strength.WEAK,
      "anything else that changed at the same time is counted as the pilot's effect"),
  ESTIMATE("participants' and managers' estimates, adjusted for confidence", Strength.WEAKEST,
      "opinion, not measurement");

  /** How much an executive can lean on it. */
  public enum Strength {
    STRONG, MODERATE, WEAK, WEAKEST
  }

  private final String description;
  private final Strength strength;
  private final String caveat;

  Isolation(String description, Strength strength, String caveat) {
    this.description = description;
    this.strength = strength;
    this.caveat = caveat;
  }

  public String description() {
    return description;
  }

  public Strength strength() {
    return strength;
  }

  public String caveat() {
    return caveat;
  }
}
