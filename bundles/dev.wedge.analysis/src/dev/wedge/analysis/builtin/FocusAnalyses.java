package dev.wedge.analysis.builtin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage;

/** One metric, one pilot, one wedge. */
public final class FocusAnalyses {

  private FocusAnalyses() {
  }

  /** A pilot judged on more than one metric. */
  public static final class OneMetric extends ObjectAnalysis<Pilot> {
    public OneMetric() {
      super(WedgePackage.Literals.PILOT);
    }

    @Override
    public List<Pilot> objects(StrategyModel model) {
      return model.getPilots();
    }

    @Override
    public void check(Pilot p, AnalysisContext ctx) {
      Set<BusinessMetric> metrics = new LinkedHashSet<>();
      if (p.getPrimaryMetric() != null) {
        metrics.add(p.getPrimaryMetric());
      }
      p.getCriteria().stream().map(SuccessCriterion::getMetric).filter(m -> m != null).forEach(metrics::add);
      if (metrics.size() > 1) {
        ctx.report(Names.t("focus.manyMetrics", Names.of(p), metrics.size()), p);
      }
    }
  }

  /** Many pilots and none decided. */
  public static final class NoDecidedPilot implements Analysis {
    static final int MANY = 3;

    @Override
    public Dependencies dependencies() {
      return Dependencies.on(WedgePackage.Literals.PILOT);
    }

    @Override
    public void analyze(AnalysisContext ctx) {
      List<Pilot> pilots = ctx.model().getPilots();
      if (pilots.size() >= MANY && pilots.stream().noneMatch(p -> p.getStatus() == PilotStatus.DECIDED)) {
        ctx.report(Names.t("focus.noneDecided", pilots.size()));
      }
    }
  }
}
