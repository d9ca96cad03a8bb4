package dev.wedge.evidence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.CostCategory;
import dev.wedge.model.CostLine;
import dev.wedge.model.Pilot;

/**
 * Phillips ROI: BCR = benefits / costs; ROI % = (benefits - costs) / costs x 100; payback in months = costs /
 * (annual benefits / 12). Benefits are first-year, converted to money with the metric's value per unit (a units
 * change is an improvement in the metric's desired direction; a negative one is a loss and counts as one), multiplied
 * by the estimator's confidence and the share attributed to the program. Several benefit lines on the same metric are
 * alternative estimates of one benefit: the most conservative counts.
 *
 * <p>Costs are fully loaded only when the cost lines cover Phillips' categories: participants' time, development,
 * delivery, evaluation and overhead ({@link #missing()} names those without a line). A share outside 0-1 or a
 * negative cost (a file written by hand) is not clamped or netted: the line is left out and said so in
 * {@link #notes()}.
 *
 * @param costs            costs of the lines counted
 * @param benefits         adjusted first-year benefits
 * @param bcr              benefit-cost ratio (NaN without costs)
 * @param roiPercent       return on investment in percent (NaN without costs)
 * @param paybackMonths    months until benefits repay the costs (infinite without benefits)
 * @param lines            how each benefit was counted
 * @param missing          fully loaded cost categories with no cost line, participants' time first
 * @param notes            what was left out or looks wrong, as sentences
 */
public record Roi(double costs, double benefits, double bcr, double roiPercent, double paybackMonths,
    List<BenefitFigure> lines, List<CostCategory> missing, List<String> notes) {

  /** Benefits are counted for the first year: a payback beyond it is not a payback within the benefits counted. */
  public static final int HORIZON_MONTHS = 12;

  /** Phillips' fully loaded categories, participants' time first (the one most often left out). */
  public static final List<CostCategory> FULLY_LOADED = List.of(CostCategory.PARTICIPANT_TIME,
      CostCategory.DEVELOPMENT, CostCategory.DELIVERY, CostCategory.EVALUATION, CostCategory.OVERHEAD);

  /** One benefit as counted: raw value, confidence, isolation share, adjusted value, and whether it counts. */
  public record BenefitFigure(String description, double raw, double confidence, double isolation, double adjusted,
      boolean counted, String note) {
  }

  /** From plain figures: {@code of(750_000, 425_000)} gives BCR 1.76 and ROI 76%. */
  public static Roi of(double benefits, double costs) {
    return new Roi(costs, benefits, costs > 0 ? benefits / costs : Double.NaN,
        costs > 0 ? (benefits - costs) / costs * 100 : Double.NaN,
        benefits > 0 ? costs / (benefits / 12) : Double.POSITIVE_INFINITY, List.of(), List.of(), List.of());
  }

  /** Whether every fully loaded category has a cost line. */
  public boolean fullyLoaded() {
    return missing.isEmpty();
  }

  /** Whether the payback, if any, comes after the benefits counted (the first year). */
  public boolean paybackBeyondHorizon() {
    return paybackMonths > HORIZON_MONTHS;
  }

  /** "Fully loaded costs" or "Costs (not fully loaded: no participants' time, evaluation or overhead line)". */
  public String costsLabel() {
    if (missing.isEmpty()) {
      return "Fully loaded costs";
    }
    return "Costs (not fully loaded: no " + words(missing) + " line)";
  }

  /** "participants' time, evaluation or overhead". */
  public static String words(List<CostCategory> categories) {
    List<String> w = categories.stream().map(Roi::word).toList();
    if (w.size() == 1) {
      return w.get(0);
    }
    return String.join(", ", w.subList(0, w.size() - 1)) + " or " + w.get(w.size() - 1);
  }

  public static String word(CostCategory c) {
    return switch (c) {
      case PARTICIPANT_TIME -> "participants' time";
      case DEVELOPMENT -> "development";
      case DELIVERY -> "delivery";
      case TOOLS -> "tools";
      case EVALUATION -> "evaluation";
      case OVERHEAD -> "overhead";
      case OTHER -> "other";
    };
  }

  /** "payback 15.2 months, beyond the 12 months of benefits counted", or "" within them. */
  public String paybackNote() {
    return paybackNote(Locale.ENGLISH);
  }

  /** {@link #paybackNote()} in {@code locale}'s language ({@link Sentences}). */
  public String paybackNote(Locale locale) {
    Sentences s = Sentences.of(locale);
    if (Double.isInfinite(paybackMonths) && costs > 0) {
      return s.say("no payback: no benefit counted", "roi.noPayback");
    }
    if (paybackBeyondHorizon()) {
      return s.say(String.format(Locale.ROOT, "payback %.1f months, beyond the %d months of benefits counted: the"
          + " first-year benefits do not repay the costs", paybackMonths, HORIZON_MONTHS), "roi.paybackBeyond",
          s.decimals(paybackMonths, 1), paybackBeyondWhy(locale));
    }
    return "";
  }

  /**
   * What a payback beyond the first year means, without its months: "beyond the 12 months of benefits counted: the
   * first-year benefits do not repay the costs" (the end of {@link #paybackNote(Locale)}).
   */
  public static String paybackBeyondWhy(Locale locale) {
    return Sentences.of(locale).say(String.format(Locale.ROOT, "beyond the %d months of benefits counted: the"
        + " first-year benefits do not repay the costs", HORIZON_MONTHS), "roi.paybackBeyond.why", HORIZON_MONTHS);
  }

  /** "costs are not fully loaded: no participants' time line" (a note of {@link #of(Pilot, Locale)}), or "". */
  public String costsNote(Locale locale) {
    Sentences s = Sentences.of(locale);
    return missing.isEmpty() || costs <= 0 ? "" : s.say("costs are not fully loaded: no " + words(missing) + " line",
        "roi.notFullyLoaded", s.costWords(missing));
  }

  static boolean share(double v) {
    return v >= 0 && v <= 1;
  }

  /** A pilot's ROI from its cost and benefit lines. */
  public static Roi of(Pilot pilot) {
    return of(pilot, Locale.ENGLISH);
  }

  /** {@link #of(Pilot)} with its notes in {@code locale}'s language ({@link Sentences}). */
  public static Roi of(Pilot pilot, Locale locale) {
    Sentences s = Sentences.of(locale);
    List<String> notes = new ArrayList<>();
    double costs = 0;
    Set<CostCategory> seen = EnumSet.noneOf(CostCategory.class);
    for (CostLine c : pilot.getCosts()) {
      if (!Double.isFinite(c.getAmount()) || c.getAmount() < 0) {
        notes.add(s.say("cost line '" + text(c.getDescription()) + "' of " + c.getAmount() + " is not counted: a cost"
            + " is a positive amount (record a saving as a benefit line)", "roi.negativeCost", text(c.getDescription(),
                s), s.number(c.getAmount())));
        continue;
      }
      costs += c.getAmount();
      if (c.getCategory() != null && c.getAmount() > 0) {
        seen.add(c.getCategory());
      }
    }
    List<CostCategory> missing = FULLY_LOADED.stream().filter(c -> !seen.contains(c)).toList();
    List<BenefitFigure> figures = new ArrayList<>();
    Map<BusinessMetric, Integer> bestOfMetric = new LinkedHashMap<>();
    List<BenefitLine> lines = pilot.getBenefits();
    double[] adjusted = new double[lines.size()];
    String[] problem = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      BenefitLine b = lines.get(i);
      problem[i] = problem(b, s);
      adjusted[i] = problem[i] == null ? adjusted(b) : Double.NaN;
      if (b.getMetric() != null && !Double.isNaN(adjusted[i])) {
        Integer best = bestOfMetric.get(b.getMetric());
        if (best == null || adjusted[i] < adjusted[best]) {
          bestOfMetric.put(b.getMetric(), i);
        }
      }
    }
    double benefits = 0;
    for (int i = 0; i < lines.size(); i++) {
      BenefitLine b = lines.get(i);
      double raw = raw(b);
      boolean counted;
      String note;
      if (problem[i] != null) {
        counted = false;
        note = s.say("not counted: " + problem[i], "roi.notCounted", problem[i]);
        notes.add(s.say("benefit '" + text(b.getDescription()) + "' " + note, "roi.benefitNotCounted",
            text(b.getDescription(), s), note));
      } else if (Double.isNaN(raw)) {
        counted = false;
        note = b.getMetric() != null && b.getMetric().getValuePerUnit() == null
            ? s.say("not counted: " + b.getMetric().getName() + " has no value per unit", "roi.noValuePerUnit",
                b.getMetric().getName())
            : s.say("not counted: no value", "roi.noValue");
      } else if (b.getMetric() != null && bestOfMetric.get(b.getMetric()) != i) {
        counted = false;
        note = s.say("not counted: a more conservative estimate of the same benefit counts", "roi.notConservative");
      } else {
        counted = true;
        note = raw < 0 ? s.say("a loss: the metric moved the wrong way", "roi.loss") : "";
      }
      if (counted) {
        benefits += adjusted[i];
      }
      figures.add(new BenefitFigure(b.getDescription(), raw, b.getConfidence(), b.getIsolation(), adjusted[i], counted,
          note));
    }
    Roi plain = of(benefits, costs);
    Roi r = new Roi(costs, benefits, plain.bcr, plain.roiPercent, plain.paybackMonths, List.copyOf(figures),
        missing, List.of());
    if (!missing.isEmpty() && costs > 0) {
      notes.add(r.costsNote(locale));
    }
    if (!r.paybackNote().isEmpty() && costs > 0 && benefits != 0) {
      notes.add(r.paybackNote(locale));
    }
    return new Roi(r.costs, r.benefits, r.bcr, r.roiPercent, r.paybackMonths, r.lines, r.missing, List.copyOf(notes));
  }

  /** Why a benefit line cannot be counted as it stands, or null. */
  static String problem(BenefitLine b, Sentences s) {
    if (!share(b.getConfidence())) {
      return s.say("a confidence of " + PilotEvidence.fmt(b.getConfidence()) + " is not a share from 0 to 1",
          "roi.badConfidence", s.number(b.getConfidence())) + (b.getConfidence() > 1 && b.getConfidence() <= 100
              ? percentIs(b.getConfidence(), s) : "");
    }
    if (!share(b.getIsolation())) {
      return s.say("an attributed share of " + PilotEvidence.fmt(b.getIsolation()) + " is not a share from 0 to 1",
          "roi.badIsolation", s.number(b.getIsolation())) + (b.getIsolation() > 1 && b.getIsolation() <= 100
              ? percentIs(b.getIsolation(), s) : "");
    }
    if (b.getMetric() != null && b.getMetric().getValuePerUnit() != null && b.getMetric().getValuePerUnit() < 0) {
      return s.say("the value per unit of " + b.getMetric().getName() + " is negative", "roi.negativeValue",
          b.getMetric().getName());
    }
    return null;
  }

  /** " (12% is 0.12)". */
  private static String percentIs(double v, Sentences s) {
    return s.say(" (" + PilotEvidence.fmt(v) + "% is " + PilotEvidence.fmt(v / 100) + ")", "roi.percentIs",
        s.number(v), s.number(v / 100));
  }

  /** Money per year before adjustment (negative: a loss), or NaN when it cannot be valued. */
  static double raw(BenefitLine b) {
    if (b.getAnnualValue() != null) {
      return Double.isFinite(b.getAnnualValue()) ? b.getAnnualValue() : Double.NaN;
    }
    if (b.getUnitsChange() != null && b.getMetric() != null && b.getMetric().getValuePerUnit() != null) {
      double v = b.getUnitsChange() * b.getMetric().getValuePerUnit();
      return Double.isFinite(v) ? v : Double.NaN;
    }
    return Double.NaN;
  }

  /** Raw value x confidence x isolation share (NaN when it cannot be valued). */
  static double adjusted(BenefitLine b) {
    return raw(b) * b.getConfidence() * b.getIsolation();
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? "(no description)" : s;
  }

  private static String text(String d, Sentences s) {
    return d == null || d.isBlank() ? s.say("(no description)", "roi.noDescription") : d;
  }
}
