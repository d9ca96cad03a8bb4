package dev.wedge.evidence;

import java.time.LocalDate;
import java.util.Locale;

import dev.wedge.model.Pilot;

/**
 * Scrap learning (Explorance MTM): the share of training not applied on the job. What Wedge records is the end-of-pilot
 * survey's share of participants <em>planning</em> to apply what they learned: an intention, so 100 - % planning to
 * apply is a <em>predicted</em> scrap learning, never an observed one. The practitioners' method measures the
 * application itself in a follow-up of the same participants some weeks later ({@link #FOLLOW_UP_DAYS} after the end);
 * that is what settles it. No money is put on an intention in the sentence: {@link #cost} (program cost x predicted
 * scrap) is what the unapplied share would cost if the intentions hold, and is labelled so wherever it is shown.
 *
 * @param scrapPercent predicted share not applied, in percent (NaN when not known)
 * @param cost         program cost x predicted scrap share, if the intentions hold (NaN when not known)
 * @param programCost  the program cost used
 * @param sentence     what was measured and what would settle it, or what is missing, in a sentence
 */
public record ScrapLearning(double scrapPercent, double cost, double programCost, String sentence) {

  /** Days after the pilot's end at which the follow-up on application is due (Explorance MTM's follow-up, 60 days). */
  public static final int FOLLOW_UP_DAYS = 60;

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
    return of(p, roi, Sentences.of(Locale.ENGLISH));
  }

  /** {@link #of(Pilot, Roi)} with its sentence in {@code words}' language. */
  static ScrapLearning of(Pilot p, Roi roi, Sentences words) {
    Double share = p.getPlannedToApply();
    if (share == null) {
      return new ScrapLearning(Double.NaN, Double.NaN, Double.NaN, words.say("scrap learning not known: record the"
          + " share of participants planning to apply what they learned (end-of-pilot survey)", "scrap.unknown"));
    }
    if (!(share >= 0 && share <= 1)) {
      return new ScrapLearning(Double.NaN, Double.NaN, Double.NaN, words.say("scrap learning not computed: a share"
          + " planning to apply of " + PilotEvidence.fmt(share) + " is not a share from 0 to 1", "scrap.badShare",
          words.number(share)));
    }
    boolean own = p.getProgramCost() != null;
    double cost = own ? p.getProgramCost() : roi.costs();
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      return new ScrapLearning(Double.NaN, Double.NaN, Double.NaN, words.say("scrap learning not computed: the"
          + " program cost must be a positive amount", "scrap.badCost"));
    }
    ScrapLearning s = of(share * 100, cost);
    return new ScrapLearning(s.scrapPercent, s.cost, cost, words.german() ? intention(p, share * 100, s.scrapPercent,
        words) : intention(p, share * 100, s.scrapPercent));
  }

  private static String intention(Pilot p, double planning, double scrap, Sentences words) {
    LocalDate end = PilotSchedule.end(p);
    String who = p.getParticipants() > 0 ? words.text("scrap.who", p.getParticipants()) : words.text("scrap.all");
    return words.text("scrap.intention", String.format(Locale.ROOT, "%.0f", planning), who, String.format(Locale.ROOT,
        "%.0f", scrap), FOLLOW_UP_DAYS) + (end == null ? words.text("scrap.settles") : words.text("scrap.due",
            words.date(end.plusDays(FOLLOW_UP_DAYS))));
  }

  /**
   * "an intention to apply, not application: 82% of the pilot's 64 participants said at the end of the pilot that they
   * plan to apply what they learned (the number who answered is not recorded), a predicted scrap learning of 18%;
   * ...". No currency: a survey of intentions is not money wasted.
   */
  static String intention(Pilot p, double planning, double scrap) {
    LocalDate end = PilotSchedule.end(p);
    String who = p.getParticipants() > 0 ? "of the pilot's " + p.getParticipants() + " participants"
        : "of the participants";
    return String.format(Locale.ROOT, "an intention to apply, not application: %.0f%% %s said at the end of the pilot"
        + " that they plan to apply what they learned (the number who answered is not recorded), a predicted scrap"
        + " learning of %.0f%%; scrap learning is the share not applied on the job, observed in a follow-up of the"
        + " same participants about %d days after the end (Explorance MTM)", planning, who, scrap, FOLLOW_UP_DAYS)
        + (end == null ? ", which would settle it" : ", due on " + end.plusDays(FOLLOW_UP_DAYS) + ", which would"
            + " settle it");
  }

  /** "EUR 16,632 of the pilot's costs if the intentions hold", the only form in which the cost is shown. */
  public String costIfIntentionsHold(Money money) {
    return known() && programCost > 0 ? money.format(cost) + " of " + money.format(programCost)
        + " if the intentions hold (a prediction from a survey of intentions, not money spent on learning unused)" : "";
  }

  /** {@link #sentence}; it holds no amount (kept for callers that format one). */
  public String sentence(Money money) {
    return sentence;
  }

  public boolean known() {
    return !Double.isNaN(scrapPercent);
  }
}
