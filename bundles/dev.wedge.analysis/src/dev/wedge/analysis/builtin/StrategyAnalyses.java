package dev.wedge.analysis.builtin;

import java.util.List;

import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/** Every initiative tied to a business metric, every link with its assumption. */
public final class StrategyAnalyses {

  private StrategyAnalyses() {
  }

  /** An initiative that drives no business metric: the first problem to solve. */
  public static final class NoMetric extends ObjectAnalysis<Initiative> {
    public NoMetric() {
      super(WedgePackage.Literals.INITIATIVE);
    }

    @Override
    public List<Initiative> objects(StrategyModel model) {
      return model.getInitiatives();
    }

    @Override
    public void check(Initiative i, AnalysisContext ctx) {
      if (i.getLinks().stream().noneMatch(l -> l.getMetric() != null)) {
        ctx.report(Names.t("strategy.noMetric", Names.of(i)), i);
      }
    }
  }

  /** A link from an initiative to a metric that does not say why the initiative should move it. */
  public static final class NoHypothesis extends ObjectAnalysis<MetricLink> {
    public NoHypothesis() {
      super(WedgePackage.Literals.METRIC_LINK);
    }

    @Override
    public void check(MetricLink link, AnalysisContext ctx) {
      if (link.getMetric() != null && Names.blank(link.getHypothesis())) {
        ctx.report(Names.t("strategy.noHypothesis", Names.of(link.eContainer()), Names.of(link.getMetric())), link,
            link.eContainer());
      }
    }
  }
}
