package dev.wedge.analysis.builtin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/** Metrics tracked from day one: a baseline, a target, and measurements as often as the metric's cadence. */
public final class MetricAnalyses {

  private MetricAnalyses() {
  }

  abstract static class PerMetric extends ObjectAnalysis<BusinessMetric> {
    PerMetric() {
      super(WedgePackage.Literals.BUSINESS_METRIC);
    }

    @Override
    public List<BusinessMetric> objects(StrategyModel model) {
      return model.getMetrics();
    }
  }

  public static final class NoBaseline extends PerMetric {
    @Override
    public void check(BusinessMetric m, AnalysisContext ctx) {
      if (m.getBaseline() == null) {
        ctx.report(Names.t("metric.noBaseline", Names.of(m)), m);
      }
    }
  }

  public static final class NoTarget extends PerMetric {
    @Override
    public void check(BusinessMetric m, AnalysisContext ctx) {
      if (m.getTarget() == null) {
        ctx.report(Names.t("metric.noTarget", Names.of(m)), m);
      }
    }
  }

  /** No measurement for longer than the metric's cadence. */
  public static final class Stale extends PerMetric {
    @Override
    public void check(BusinessMetric m, AnalysisContext ctx) {
      LocalDate last = null;
      for (Measurement x : m.getMeasurements()) {
        if (x.getDate() != null && (last == null || x.getDate().isAfter(last))) {
          last = x.getDate();
        }
      }
      int cadence = Math.max(1, m.getCadenceDays());
      if (last == null) {
        ctx.report(Names.t("metric.neverMeasured", Names.of(m)), m);
        return;
      }
      long days = ChronoUnit.DAYS.between(last, ctx.today());
      if (days > cadence) {
        ctx.report(Names.t(cadence == 1 ? "metric.staleDaily" : "metric.stale", Names.of(m), last,
            Names.text().german() ? Names.t(days == 1 ? "metric.day" : "metric.days", days)
                : dev.wedge.core.text.Plurals.count(days, "day", "days"), cadence), m);
      }
    }
  }
}
