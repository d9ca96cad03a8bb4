package dev.wedge.analysis.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.analysis.Severity;
import dev.wedge.core.method.PilotRules;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Progress;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.model.BenefitLine;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.CostLine;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * Hurried inputs, wherever they come from (a file written elsewhere, an older Wedge, a script): the edit guards refuse
 * them in the workbench, and these checks say so in {@code wedge analyze}, the Findings view and the brief, with what
 * the value does to the figures and how to fix it.
 */
public final class InputAnalyses {

  private InputAnalyses() {
  }

  private static String number(double v) {
    return ImportTarget.number(v);
  }

  /** Benefit lines that cannot be counted as they stand (shares typed as percentages, no value), negative costs. */
  public static final class RoiInputs extends PilotAnalyses.PerPilot {
    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.within(WedgePackage.Literals.PILOT).and(WedgePackage.Literals.BUSINESS_METRIC__VALUE_PER_UNIT);
    }

    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      for (CostLine c : p.getCosts()) {
        if (!Double.isFinite(c.getAmount()) || c.getAmount() < 0) {
          ctx.report(Severity.ERROR, Names.t("input.negativeCost", Names.of(p), quoted(c.getDescription()),
              number(c.getAmount())), c, p);
        }
      }
      Roi roi = Roi.of(p);
      List<BenefitLine> lines = p.getBenefits();
      for (int i = 0; i < lines.size() && i < roi.lines().size(); i++) {
        Roi.BenefitFigure f = roi.lines().get(i);
        BenefitLine b = lines.get(i);
        if (f.counted() || !f.note().startsWith("not counted: ") || f.note().contains("more conservative estimate")) {
          continue;
        }
        String why = f.note().substring("not counted: ".length());
        String fix = why.equals("no value") ? Names.t("input.fixValue") : why.contains(" is not a share from 0 to 1")
            ? Names.t("input.fixShares") : "";
        ctx.report(Names.t("input.benefitNotCounted", Names.of(p), quoted(b.getDescription()), why, fix), b, p);
      }
      Double apply = p.getPlannedToApply();
      if (apply != null && !(apply >= 0 && apply <= 1)) {
        ctx.report(Names.t("input.share", Names.of(p), number(apply), apply > 1 && apply <= 100
            ? Names.t("input.shareHint", number(apply), number(apply / 100)) : ""), p);
      }
    }
  }

  /** Amounts in a model without a currency: "costs 76,000" of what? */
  public static final class NoCurrency extends ObjectAnalysis<StrategyModel> {
    public NoCurrency() {
      super(WedgePackage.Literals.STRATEGY_MODEL);
    }

    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.within(WedgePackage.Literals.STRATEGY_MODEL).andOn(WedgePackage.Literals.PILOT);
    }

    @Override
    public List<StrategyModel> objects(StrategyModel model) {
      return List.of(model);
    }

    @Override
    public void check(StrategyModel m, AnalysisContext ctx) {
      if (m.getCurrency() != null && !m.getCurrency().isBlank()) {
        return;
      }
      boolean amounts = m.getPilots().stream().anyMatch(p -> !p.getCosts().isEmpty() || !p.getBenefits().isEmpty()
          || p.getProgramCost() != null) || m.getMetrics().stream().anyMatch(x -> x.getValuePerUnit() != null);
      if (amounts) {
        ctx.report(Names.t("input.noCurrency"), m);
      }
    }
  }

  /** A target that contradicts the metric's direction, or a target date before the baseline date. */
  public static final class MetricTarget extends MetricAnalyses.PerMetric {
    @Override
    public void check(BusinessMetric m, AnalysisContext ctx) {
      String contradiction = Progress.contradiction(m);
      if (contradiction != null) {
        ctx.report(Severity.ERROR, Character.toUpperCase(contradiction.charAt(0)) + contradiction.substring(1)
            + ".", m);
      }
      LocalDate from = m.getBaselineDate();
      LocalDate to = m.getTargetDate();
      if (from != null && to != null && !to.isAfter(from)) {
        ctx.report(Severity.ERROR, Names.t(to.isEqual(from) ? "input.targetOnBaseline" : "input.targetBeforeBaseline",
            Names.of(m), to, from), m);
      }
    }
  }

  /** Measurements far outside what the metric can plausibly take: typos, a unit mix-up, a percentage as a share. */
  public static final class SuspiciousMeasurements extends MetricAnalyses.PerMetric {
    static final int SHOWN = 3;

    @Override
    public void check(BusinessMetric m, AnalysisContext ctx) {
      ImportTarget reference = ImportTarget.of(m, null, ctx.today(), null);
      boolean percent = m.getUnit() != null && m.getUnit().strip().startsWith("%");
      List<String> odd = new ArrayList<>();
      List<Measurement> objects = new ArrayList<>();
      for (Measurement x : m.getMeasurements()) {
        double v = x.getValue();
        String why = !Double.isFinite(v) ? Names.t("input.notANumber")
            : percent && (v < 0 || v > 100) ? Names.t("input.outsidePercent") : reference.implausible(v);
        if (why != null) {
          objects.add(x);
          if (odd.size() < SHOWN) {
            odd.add(x.getDate() == null ? Names.t("input.odd", number(v), why.replaceFirst("^\\S+ is ", ""))
                : Names.t("input.oddOn", number(v), x.getDate(), why.replaceFirst("^\\S+ is ", "")));
          }
        }
      }
      if (!objects.isEmpty()) {
        org.eclipse.emf.ecore.EObject[] on = new org.eclipse.emf.ecore.EObject[objects.size() + 1];
        on[0] = m;
        for (int i = 0; i < objects.size(); i++) {
          on[i + 1] = objects.get(i);
        }
        ctx.report(Names.t(objects.size() == 1 ? "input.suspiciousOne" : "input.suspicious", Names.of(m),
            objects.size(), String.join("; ", odd), objects.size() > SHOWN ? Names.t("input.more",
                objects.size() - SHOWN) : ""), on);
      }
    }
  }

  /** "Scale" on criteria that are not met, with no override recorded (a file written elsewhere, an older Wedge). */
  public static final class ScaleWithoutOverride extends PilotAnalyses.PerPilot {
    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.within(WedgePackage.Literals.PILOT).andOn(WedgePackage.Literals.MEASUREMENT);
    }

    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if (p.getDecision() != Decision.SCALE) {
        return;
      }
      PilotEvidence e = PilotEvidence.of(p, ctx.today());
      DecisionOverride o = PilotRules.currentOverride(p);
      if (e.verdict() != PilotEvidence.Verdict.MET && (o == null || o.getDecision() != Decision.SCALE)) {
        ctx.report(Severity.ERROR, Names.t("input.scaleWithoutOverride", Names.of(p), e.criteriaReading()), p);
      }
    }
  }

  private static String quoted(String s) {
    return s == null || s.isBlank() ? Names.t("input.noDescription") : Names.t("name.quoted", s);
  }
}
