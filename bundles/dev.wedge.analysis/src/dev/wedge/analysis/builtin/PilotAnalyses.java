package dev.wedge.analysis.builtin;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.analysis.Severity;
import dev.wedge.evidence.PilotPower;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage;

/** Pilot hygiene: sponsor, criteria agreed up front, six weeks, baselines, comparison groups, enough people. */
public final class PilotAnalyses {

  private PilotAnalyses() {
  }

  /** Common base: every pilot of the model. */
  abstract static class PerPilot extends ObjectAnalysis<Pilot> {
    PerPilot() {
      super(WedgePackage.Literals.PILOT);
    }

    @Override
    public List<Pilot> objects(StrategyModel model) {
      return model.getPilots();
    }
  }

  static boolean started(Pilot p) {
    return p.getStatus() != null && p.getStatus().getValue() >= PilotStatus.RUNNING_VALUE;
  }

  public static final class NoSponsor extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if (p.getSponsor() == null) {
        ctx.report("Pilot " + Names.of(p) + " has no sponsor: which business leader is losing sleep over this"
            + " problem?", p);
      }
    }
  }

  public static final class NoCriterion extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if (p.getCriteria().isEmpty()) {
        boolean agreed = p.getStatus() != null && p.getStatus() != PilotStatus.DRAFT;
        ctx.report(agreed ? Severity.ERROR : ctx.severity(), "Pilot " + Names.of(p) + " has no success criterion:"
            + " agree up front, with the skeptics, how you will know it worked.", p);
      }
    }
  }

  /** Criteria agreed after the start, or edited after it without a recorded re-baseline. */
  public static final class CriteriaTiming extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      LocalDate start = p.getStartDate();
      if (start == null) {
        return;
      }
      for (SuccessCriterion c : p.getCriteria()) {
        String name = Names.blank(c.getDescription()) ? "a success criterion" : "'" + c.getDescription() + "'";
        if (c.getAgreedOn() == null) {
          if (started(p)) {
            ctx.report("In pilot " + Names.of(p) + ", " + name + " has no agreement date: criteria are agreed"
                + " before the pilot starts.", c, p);
          }
        } else if (c.getAgreedOn().isAfter(start)) {
          ctx.report("In pilot " + Names.of(p) + ", " + name + " was agreed on " + c.getAgreedOn() + ", after the"
              + " start (" + start + "): success must be agreed up front.", c, p);
        }
        LocalDate frozen = p.getFrozenOn() != null ? p.getFrozenOn() : start;
        if (c.getLastEditedOn() != null && c.getLastEditedOn().isAfter(frozen)
            && p.getRebaselines().stream().map(Rebaseline::getCriterion).noneMatch(c::equals)) {
          ctx.report("In pilot " + Names.of(p) + ", " + name + " was edited on " + c.getLastEditedOn()
              + ", after the criteria were frozen, with no re-baseline recorded.", c, p);
        }
      }
    }
  }

  public static final class Duration extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      int w = p.getDurationWeeks();
      if ((w < 5 || w > 7) && Names.blank(p.getDurationReason())) {
        ctx.report("Pilot " + Names.of(p) + " lasts " + dev.wedge.core.text.Plurals.count(w, "week", "weeks") + ": six weeks is the default; say why this one"
            + " is different.", p);
      }
    }
  }

  /** The metric of a criterion (or the primary metric) has no baseline. */
  public static final class NoBaseline extends PerPilot {
    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.within(WedgePackage.Literals.PILOT).and(WedgePackage.Literals.BUSINESS_METRIC__BASELINE);
    }

    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      Set<BusinessMetric> metrics = new LinkedHashSet<>();
      if (p.getPrimaryMetric() != null) {
        metrics.add(p.getPrimaryMetric());
      }
      p.getCriteria().stream().map(SuccessCriterion::getMetric).filter(m -> m != null).forEach(metrics::add);
      for (BusinessMetric m : metrics) {
        if (m.getBaseline() == null) {
          ctx.report("Pilot " + Names.of(p) + " is measured on " + Names.of(m) + ", which has no baseline:"
              + " without one there is nothing to compare the result with.", p, m);
        }
      }
    }
  }

  public static final class ComparisonSize extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if ((p.getDesign() == PilotDesign.COMPARISON_GROUP || p.getDesign() == PilotDesign.DIFFERENCE_IN_DIFFERENCES)
          && p.getComparisonSize() <= 0) {
        ctx.report("Pilot " + Names.of(p) + " compares with a comparison group but does not say how large it is.",
            p);
      }
    }
  }

  /** Too few participants to detect the effect the pilot is after (alpha 0.05, power 0.8). */
  public static final class TooSmall extends PerPilot {
    @Override
    public boolean isLocal() {
      return false;
    }

    @Override
    public Dependencies dependencies() {
      return Dependencies.within(WedgePackage.Literals.PILOT)
          .and(WedgePackage.Literals.BUSINESS_METRIC__STANDARD_DEVIATION);
    }

    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      BusinessMetric m = p.getPrimaryMetric();
      Double effect = p.getTargetEffect();
      if (m == null || p.getParticipants() <= 0) {
        return;
      }
      if (effect == null || effect == 0 || m.getStandardDeviation() == null || m.getStandardDeviation() <= 0) {
        ctx.report(Severity.ADVICE, "The sample size of pilot " + Names.of(p) + " cannot be checked: set the"
            + " target effect of the pilot and the standard deviation of " + Names.of(m) + ".", p);
        return;
      }
      PilotPower power = PilotPower.of(p);
      if (power.checkable() && !power.adequate()) {
        ctx.report("Pilot " + Names.of(p) + " is too small: " + power.shortfall() + ".", p);
      }
    }
  }

  /** A started pilot whose pilot-cohort measurements did not start on day one. */
  public static final class LateMeasurement extends PerPilot {
    static final int GRACE_DAYS = 7;

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
      if (!started(p) || p.getStartDate() == null || p.getPrimaryMetric() == null) {
        return;
      }
      LocalDate first = null;
      for (Measurement x : p.getPrimaryMetric().getMeasurements()) {
        if (x.getCohort() == Cohort.PILOT && x.getDate() != null && (x.getPilot() == null || x.getPilot() == p)
            && (first == null || x.getDate().isBefore(first))) {
          first = x.getDate();
        }
      }
      if (first == null) {
        ctx.report("Pilot " + Names.of(p) + " is under way but " + Names.of(p.getPrimaryMetric())
            + " has no measurement of the pilot cohort: measure from day one.", p);
      } else if (first.isAfter(p.getStartDate().plusDays(GRACE_DAYS))) {
        ctx.report("Pilot " + Names.of(p) + " started on " + p.getStartDate() + " but its first measurement is from "
            + first + ": measure from day one.", p);
      }
    }
  }
}
