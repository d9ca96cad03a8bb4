package dev.wedge.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.CostLine;
import dev.wedge.model.Pilot;

/**
 * Phillips ROI: BCR = benefits / costs; ROI % = (benefits - costs) / costs x 100; payback in months = costs /
 * (annual benefits / 12). Costs are fully loaded (every cost line); benefits are first-year, converted to money with
 * the metric's value per unit, multiplied by the estimator's confidence and the share attributed to the program.
 * Several benefit lines on the same metric are alternative estimates of one benefit: the most conservative counts.
 *
 * @param costs            fully loaded costs
 * @param benefits         adjusted first-year benefits
 * @param bcr              benefit-cost ratio (NaN without costs)
 * @param roiPercent       return on investment in percent (NaN without costs)
 * @param paybackMonths    months until benefits repay the costs (infinite without benefits)
 * @param lines            how each benefit was counted
 */
public record Roi(double costs, double benefits, double bcr, double roiPercent, double paybackMonths,
    List<BenefitFigure> lines) {

  /** One benefit as counted: raw value, confidence, isolation share, adjusted value, and whether it counts. */
  public record BenefitFigure(String description, double raw, double confidence, double isolation, double adjusted,
      boolean counted, String note) {
  }

  /** From plain figures: {@code of(750_000, 425_000)} gives BCR 1.76 and ROI 76%. */
  public static Roi of(double benefits, double costs) {
    return new Roi(costs, benefits, costs > 0 ? benefits / costs : Double.NaN,
        costs > 0 ? (benefits - costs) / costs * 100 : Double.NaN,
        benefits > 0 ? costs / (benefits / 12) : Double.POSITIVE_INFINITY, List.of());
  }

  /** A pilot's ROI from its cost and benefit lines. */
  public static Roi of(Pilot pilot) {
    double costs = 0;
    for (CostLine c : pilot.getCosts()) {
      costs += c.getAmount();
    }
    List<BenefitFigure> figures = new ArrayList<>();
    Map<BusinessMetric, Integer> bestOfMetric = new LinkedHashMap<>();
    List<BenefitLine> lines = pilot.getBenefits();
    double[] adjusted = new double[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      BenefitLine b = lines.get(i);
      adjusted[i] = adjusted(b);
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
      if (Double.isNaN(raw)) {
        counted = false;
        note = b.getMetric() != null && b.getMetric().getValuePerUnit() == null
            ? "not counted: " + b.getMetric().getName() + " has no value per unit"
            : "not counted: no value";
      } else if (b.getMetric() != null && bestOfMetric.get(b.getMetric()) != i) {
        counted = false;
        note = "not counted: a more conservative estimate of the same benefit counts";
      } else {
        counted = true;
        note = "";
      }
      if (counted) {
        benefits += adjusted[i];
      }
      figures.add(new BenefitFigure(b.getDescription(), raw, b.getConfidence(), b.getIsolation(), adjusted[i], counted,
          note));
    }
    Roi plain = of(benefits, costs);
    return new Roi(costs, benefits, plain.bcr, plain.roiPercent, plain.paybackMonths, List.copyOf(figures));
  }

  /** Money per year before adjustment, or NaN when it cannot be valued. */
  static double raw(BenefitLine b) {
    if (b.getAnnualValue() != null) {
      return b.getAnnualValue();
    }
    if (b.getUnitsChange() != null && b.getMetric() != null && b.getMetric().getValuePerUnit() != null) {
      return Math.abs(b.getUnitsChange()) * b.getMetric().getValuePerUnit();
    }
    return Double.NaN;
  }

  /** Raw value x confidence x isolation share (NaN when it cannot be valued). */
  static double adjusted(BenefitLine b) {
    return raw(b) * clamp(b.getConfidence()) * clamp(b.getIsolation());
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
