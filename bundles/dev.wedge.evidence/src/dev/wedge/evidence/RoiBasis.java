package dev.wedge.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;

/**
 * What a pilot's ROI rests on, said wherever the ROI is shown. A benefit line is an estimate: its units change (over
 * its volume, when it has one) is the effect it <em>assumes</em> per unit (12 days per hire, 3 points of win rate).
 * Set beside the effect the pilot <em>measured</em> on the same metric, the ROI is
 *
 * <ul>
 * <li>a <b>result</b> only when the criteria are met, the interval excludes no change, the evidence is at least
 * {@link Headline#CREDITED_FROM} of 5 and the pilot is over, and the effect assumed is not above the measured
 * interval (then the ROI at the measured effect and across its interval is given beside it);</li>
 * <li>otherwise a <b>projection</b> at the effect assumed, labelled so, with the ROI at the measured effect and its
 * interval.</li>
 * </ul>
 *
 * @param kind     result, projection, or none (no costs or no benefits)
 * @param headline the ROI as the headline says it ("; projected ROI −60% ..."), or ""
 * @param label    how the ROI paragraph of the brief opens ("Projection at the 3 points assumed ...: "), or ""
 * @param measured the ROI at the measured effect and across its interval ("at the 1.7 points measured, −77% (−95% to
 *                 −60% across its 95% interval)"), or "" without a measured effect to compare
 * @param inputs   each counted benefit line's inputs: effect used (assumed or measured), volume, value per unit,
 *                 confidence, attribution, amount
 */
public record RoiBasis(Kind kind, String headline, String label, String measured, List<String> inputs) {

  /** Whether the ROI may be read as achieved. */
  public enum Kind {
    NONE, RESULT, PROJECTION
  }

  /** A line on the pilot's primary metric whose assumed effect can be set beside the measured one. */
  private record Assumed(BenefitLine line, Roi.BenefitFigure figure, double effect, double volume) {
  }

  public static RoiBasis of(PilotEvidence e, Money money) {
    Roi roi = e.roi();
    Pilot p = e.pilot();
    BusinessMetric m = p.getPrimaryMetric();
    Effect f = e.effect();
    List<Assumed> assumed = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    String unit = PilotEvidence.unitOfChange(m);
    for (int i = 0; i < roi.lines().size() && i < p.getBenefits().size(); i++) {
      Roi.BenefitFigure b = roi.lines().get(i);
      BenefitLine line = p.getBenefits().get(i);
      if (!b.counted()) {
        continue;
      }
      Assumed a = assumed(line, b, m, f);
      if (a != null) {
        assumed.add(a);
      }
      inputs.add(input(p, line, b, a, f, unit, money));
    }
    if (roi.costs() <= 0 || roi.benefits() <= 0) {
      return new RoiBasis(Kind.NONE, "", "", "", List.copyOf(inputs));
    }
    String roiText = percent(roi.roiPercent());
    if (f == null) {
      return new RoiBasis(Kind.PROJECTION, "; projected ROI " + roiText + " at the effect the benefit lines assume,"
          + " not a result: no effect measured yet", "Projection at the effect assumed, not a result (no effect"
              + " measured yet): ", "", List.copyOf(inputs));
    }
    boolean achieved = e.verdict() == PilotEvidence.Verdict.MET && f.significant()
        && e.rating().level() >= Headline.CREDITED_FROM && !e.provisional();
    if (assumed.isEmpty()) {
      return new RoiBasis(Kind.PROJECTION, "; ROI " + roiText + " on benefit estimates not tied to the measured"
          + " effect, a projection", "Projection on benefit estimates not tied to the measured effect: ", "",
          List.copyOf(inputs));
    }
    Assumed a = assumed.get(0);
    String used = PilotEvidence.amount(a.effect, unit) + per(a);
    String measured = PilotEvidence.amount(f.improvement(), unit);
    String atMeasured = "at the " + measured + " measured, " + percent(roiAt(e, assumed, f.improvement()))
        + (f.hasInterval() ? " (" + percent(roiAt(e, assumed, f.improvementLower())) + " to "
            + percent(roiAt(e, assumed, f.improvementUpper())) + " across its 95% interval)" : "");
    boolean target = p.getTargetEffect() != null && Math.abs(p.getTargetEffect() - a.effect) < 1e-9;
    if (!achieved || (f.hasInterval() && a.effect > f.improvementUpper())) {
      String why = !achieved ? "the measured effect " + (e.verdict() != PilotEvidence.Verdict.MET ? "is "
          + e.verdict().word() : "is not credited to the pilot (evidence " + e.rating().label() + ")")
          + (e.provisional() ? " and provisional" : "") : "it assumes more than the measured interval";
      return new RoiBasis(Kind.PROJECTION, "; projected ROI " + roiText + " if the effect were the " + used
          + " assumed" + (target ? " (the pilot's target)" : "") + ", not a result: " + why,
          "Projection at the " + used + " assumed" + (target ? " (the pilot's target)" : "") + ", not a result ("
              + why + "): ", atMeasured, List.copyOf(inputs));
    }
    String where = !f.hasInterval() ? "" : a.effect < f.improvementLower() ? ", below the 95% interval of the "
        + measured + " measured (conservative)" : ", within the 95% interval of the " + measured + " measured";
    return new RoiBasis(Kind.RESULT, "; ROI " + roiText + " at the " + used + " assumed" + where,
        "At the " + used + " assumed" + where + ": ", atMeasured, List.copyOf(inputs));
  }

  /**
   * As {@link #of(PilotEvidence, Money)}, with the headline, the label, the ROI at the measured effect and the
   * inputs in {@code locale}'s language (English, or German).
   */
  public static RoiBasis of(PilotEvidence e, Money money, Locale locale) {
    RoiBasis english = of(e, money);
    Sentences s = Sentences.of(locale);
    if (!s.german()) {
      return english;
    }
    Roi roi = e.roi();
    Pilot p = e.pilot();
    BusinessMetric m = p.getPrimaryMetric();
    Effect f = e.effect();
    String unit = s.unitOfChange(m);
    List<Assumed> assumed = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < roi.lines().size() && i < p.getBenefits().size(); i++) {
      Roi.BenefitFigure b = roi.lines().get(i);
      Assumed a = b.counted() ? assumed(p.getBenefits().get(i), b, m, f) : null;
      if (a != null) {
        assumed.add(a);
      }
      if (b.counted()) {
        inputs.add(input(p, p.getBenefits().get(i), b, a, f, unit, money, s));
      }
    }
    if (english.kind() == Kind.NONE) {
      return new RoiBasis(Kind.NONE, "", "", "", List.copyOf(inputs));
    }
    String roiText = s.percent(roi.roiPercent());
    if (f == null) {
      return new RoiBasis(Kind.PROJECTION, s.text("roi.noEffect.headline", roiText), s.text("roi.noEffect.label"),
          "", List.copyOf(inputs));
    }
    boolean achieved = e.verdict() == PilotEvidence.Verdict.MET && f.significant()
        && e.rating().level() >= Headline.CREDITED_FROM && !e.provisional();
    if (assumed.isEmpty()) {
      return new RoiBasis(Kind.PROJECTION, s.text("roi.untied.headline", roiText), s.text("roi.untied.label"), "",
          List.copyOf(inputs));
    }
    Assumed a = assumed.get(0);
    String per = a.line.getVolume() == null || a.line.getVolumeUnit() == null || a.line.getVolumeUnit().isBlank()
        ? "" : " " + s.text("roi.per", per(a).substring(" per ".length()));
    String used = s.amount(a.effect, unit) + per;
    String measured = s.amount(f.improvement(), unit);
    String atMeasured = f.hasInterval() ? s.text("roi.atMeasured.interval", measured,
        s.percent(roiAt(e, assumed, f.improvement())), s.percent(roiAt(e, assumed, f.improvementLower())),
        s.percent(roiAt(e, assumed, f.improvementUpper()))) : s.text("roi.atMeasured", measured,
            s.percent(roiAt(e, assumed, f.improvement())));
    boolean target = p.getTargetEffect() != null && Math.abs(p.getTargetEffect() - a.effect) < 1e-9;
    String targetText = target ? s.text("roi.target") : "";
    if (!achieved || (f.hasInterval() && a.effect > f.improvementUpper())) {
      String why = !achieved ? (e.verdict() != PilotEvidence.Verdict.MET ? s.text("roi.why.verdict",
          s.verdict(e.verdict())) : s.text("roi.why.notCredited", s.label(e.rating())))
          + (e.provisional() ? s.text("roi.why.provisional") : "") : s.text("roi.why.beyondInterval");
      return new RoiBasis(Kind.PROJECTION, s.text("roi.projection.headline", roiText, used, targetText, why),
          s.text("roi.projection.label", used, targetText, why), atMeasured, List.copyOf(inputs));
    }
    String where = !f.hasInterval() ? "" : a.effect < f.improvementLower() ? s.text("roi.where.below", measured)
        : s.text("roi.where.within", measured);
    return new RoiBasis(Kind.RESULT, s.text("roi.result.headline", roiText, used, where),
        s.text("roi.result.label", used, where), atMeasured, List.copyOf(inputs));
  }

  /** {@link #input(Pilot, BenefitLine, Roi.BenefitFigure, Assumed, Effect, String, Money)} in German. */
  private static String input(Pilot p, BenefitLine line, Roi.BenefitFigure b, Assumed a, Effect f, String unit,
      Money money, Sentences s) {
    String name = b.description() == null || b.description().isBlank() ? s.text("input.benefit") : b.description();
    String tail = s.text("input.tail", String.format(Locale.ROOT, "%.0f", b.confidence() * 100),
        String.format(Locale.ROOT, "%.0f", b.isolation() * 100), s.money(money, b.adjusted()));
    if (a == null) {
      return s.text("input.estimated", name, s.money(money, b.raw())) + tail;
    }
    String per = a.line.getVolume() == null || a.line.getVolumeUnit() == null || a.line.getVolumeUnit().isBlank()
        ? "" : " " + s.text("roi.per", per(a).substring(" per ".length()));
    StringBuilder sb = new StringBuilder(s.text("input.effectUsed", name, s.amount(a.effect, unit) + per));
    if (p.getTargetEffect() != null && Math.abs(p.getTargetEffect() - a.effect) < 1e-9) {
      sb.append(s.text("input.target"));
    }
    if (f == null) {
      sb.append(s.text("input.noEffect"));
    } else {
      sb.append(s.text("input.measured", s.amount(f.improvement(), unit)));
      if (f.hasInterval()) {
        sb.append(s.text("input.interval", s.number(f.improvementLower()).replace('-', '\u2212'),
            s.number(f.improvementUpper()).replace('-', '\u2212')));
      }
      if (Math.abs(a.effect - f.improvement()) > 0.05 * Math.abs(f.improvement())) {
        sb.append(s.text("input.differs"));
      }
    }
    sb.append(')');
    if (line.getVolume() != null && line.getVolume() > 0) {
      sb.append(s.text("input.volume", s.number(line.getVolume()), line.getVolumeUnit() == null
          || line.getVolumeUnit().isBlank() ? s.text("input.units") : line.getVolumeUnit()));
    }
    String single = unit.isBlank() ? s.text("input.unit") : unit.equals(" " + s.text("unit.points"))
        ? s.text("unit.point") : PilotEvidence.amount(1, unit).substring(2);
    sb.append(s.text("input.valuePerUnit", s.money(money, line.getMetric().getValuePerUnit()), single));
    return sb.append(tail).toString();
  }

  /** The line's assumed effect per unit, or null when it is not on the primary metric or cannot be compared. */
  private static Assumed assumed(BenefitLine line, Roi.BenefitFigure b, BusinessMetric m, Effect f) {
    if (m == null || line.getMetric() != m || line.getUnitsChange() == null || line.getAnnualValue() != null) {
      return null;
    }
    boolean hasVolume = line.getVolume() != null && line.getVolume() > 0;
    double volume = hasVolume ? line.getVolume() : 1;
    double effect = line.getUnitsChange() / volume;
    if (!hasVolume && f != null && f.hasInterval()
        && Math.abs(effect) > 10 * Math.max(Math.abs(f.lower()), Math.abs(f.upper()))) {
      return null; // a total over hires or cases without its volume: not an effect per unit
    }
    return new Assumed(line, b, effect, volume);
  }

  /** ROI % with the assumed lines at {@code effect} per unit instead of the effect they assume. */
  static double roiAt(PilotEvidence e, List<Assumed> assumed, double effect) {
    Roi roi = e.roi();
    double benefits = roi.benefits();
    for (Assumed a : assumed) {
      double factor = a.figure.adjusted() / a.effect; // money per unit of effect, adjusted
      benefits += (effect - a.effect) * factor;
    }
    return (benefits - roi.costs()) / roi.costs() * 100;
  }

  private static String input(Pilot p, BenefitLine line, Roi.BenefitFigure b, Assumed a, Effect f, String unit,
      Money money) {
    String name = b.description() == null || b.description().isBlank() ? "benefit" : b.description();
    String tail = String.format(Locale.ROOT, " \u00d7 %.0f%% confidence \u00d7 %.0f%% attributed = %s a year",
        b.confidence() * 100, b.isolation() * 100, money.format(b.adjusted()));
    if (a == null) {
      return name + ": " + money.format(b.raw()) + " a year, estimated (not derived from the measured effect)" + tail;
    }
    StringBuilder sb = new StringBuilder(name).append(": effect used ")
        .append(PilotEvidence.amount(a.effect, unit)).append(per(a)).append(" (assumed by the benefit line");
    if (p.getTargetEffect() != null && Math.abs(p.getTargetEffect() - a.effect) < 1e-9) {
      sb.append(", the pilot's target effect");
    }
    if (f == null) {
      sb.append("; no effect measured yet");
    } else {
      sb.append("; measured ").append(PilotEvidence.amount(f.improvement(), unit));
      if (f.hasInterval()) {
        sb.append(", 95% interval ").append(PilotEvidence.fmt(f.improvementLower()).replace('-', '\u2212'))
            .append(" to ").append(PilotEvidence.fmt(f.improvementUpper()).replace('-', '\u2212'));
      }
      if (Math.abs(a.effect - f.improvement()) > 0.05 * Math.abs(f.improvement())) {
        sb.append(", which differs from the effect used");
      }
    }
    sb.append(')');
    if (line.getVolume() != null && line.getVolume() > 0) {
      sb.append(" \u00d7 ").append(PilotEvidence.fmt(line.getVolume())).append(' ')
          .append(line.getVolumeUnit() == null || line.getVolumeUnit().isBlank() ? "units" : line.getVolumeUnit())
          .append(" a year");
    }
    sb.append(" \u00d7 ").append(money.format(line.getMetric().getValuePerUnit())).append(" per ")
        .append(single(unit));
    return sb.append(tail).toString();
  }

  /** " per hire" for a line with a volume, else "". */
  private static String per(Assumed a) {
    String u = a.line.getVolumeUnit();
    if (a.line.getVolume() == null || u == null || u.isBlank()) {
      return "";
    }
    return " per " + (u.endsWith("s") ? u.substring(0, u.length() - 1) : u);
  }

  /** "day" for " days", "point" for " points", "unit" for "". */
  private static String single(String unit) {
    return unit.isBlank() ? "unit" : PilotEvidence.amount(1, unit).substring(2);
  }

  static String percent(double v) {
    return String.format(Locale.ROOT, "%.0f", v).replace('-', '\u2212') + "%";
  }
}
