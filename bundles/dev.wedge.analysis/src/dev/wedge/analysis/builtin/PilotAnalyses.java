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
        ctx.report(Names.t("pilot.noSponsor", Names.of(p)), p);
      }
    }
  }

  public static final class NoCriterion extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if (p.getCriteria().isEmpty()) {
        boolean agreed = p.getStatus() != null && p.getStatus() != PilotStatus.DRAFT;
        ctx.report(agreed ? Severity.ERROR : ctx.severity(), Names.t("pilot.noCriterion", Names.of(p)), p);
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
        String name = Names.blank(c.getDescription()) ? Names.t("pilot.aCriterion")
            : Names.t("name.quoted", c.getDescription());
        if (c.getAgreedOn() == null) {
          if (started(p)) {
            ctx.report(Names.t("pilot.noAgreementDate", Names.of(p), name), c, p);
          }
        } else if (c.getAgreedOn().isAfter(start)) {
          ctx.report(Names.t("pilot.agreedLate", Names.of(p), name, c.getAgreedOn(), start), c, p);
        }
        LocalDate frozen = p.getFrozenOn() != null ? p.getFrozenOn() : start;
        if (c.getLastEditedOn() != null && c.getLastEditedOn().isAfter(frozen)
            && p.getRebaselines().stream().map(Rebaseline::getCriterion).noneMatch(c::equals)) {
          ctx.report(Names.t("pilot.editedFrozen", Names.of(p), name, c.getLastEditedOn()), c, p);
        }
      }
    }
  }

  public static final class Duration extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      int w = p.getDurationWeeks();
      if ((w < 5 || w > 7) && Names.blank(p.getDurationReason())) {
        ctx.report(Names.t("pilot.duration", Names.of(p), Names.text().german() ? Names.t(w == 1 ? "pilot.week"
            : "pilot.weeks", w) : dev.wedge.core.text.Plurals.count(w, "week", "weeks")), p);
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
          ctx.report(Names.t("pilot.metricNoBaseline", Names.of(p), Names.of(m)), p, m);
        }
      }
    }
  }

  public static final class ComparisonSize extends PerPilot {
    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      if ((p.getDesign() == PilotDesign.COMPARISON_GROUP || p.getDesign() == PilotDesign.DIFFERENCE_IN_DIFFERENCES)
          && p.getComparisonSize() <= 0) {
        ctx.report(Names.t("pilot.comparisonSize", Names.of(p)), p);
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
        ctx.report(Severity.ADVICE, Names.t("pilot.sampleUnchecked", Names.of(p), Names.of(m)), p);
        return;
      }
      PilotPower power = PilotPower.of(p);
      if (power.checkable() && !power.adequate()) {
        ctx.report(Names.t("pilot.tooSmall", Names.of(p), power.shortfall()), p);
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
        ctx.report(Names.t("pilot.noCohortMeasurement", Names.of(p), Names.of(p.getPrimaryMetric())), p);
      } else if (first.isAfter(p.getStartDate().plusDays(GRACE_DAYS))) {
        ctx.report(Names.t("pilot.lateMeasurement", Names.of(p), p.getStartDate(), first), p);
      }
    }
  }
}
