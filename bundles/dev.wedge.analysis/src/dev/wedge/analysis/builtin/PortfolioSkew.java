package dev.wedge.analysis.builtin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.analysis.Severity;
import dev.wedge.model.AiUse;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;
import dev.wedge.model.WedgePackage;

/**
 * How the AI portfolio splits by use and intent, against the survey (content creation 30%, research 21%, reporting
 * 11%, delivery 11%): flagged when the strategic work (reporting, delivery: connecting learning to outcomes and
 * delivering it where it is needed) is absent, or when every initiative is about efficiency.
 */
public final class PortfolioSkew implements Analysis {

  /** Share of AI use in the survey of 1,700+ learning professionals. */
  public static final Map<AiUse, Integer> SURVEY = Map.of(AiUse.CONTENT_CREATION, 30, AiUse.RESEARCH, 21,
      AiUse.REPORTING, 11, AiUse.DELIVERY, 11);
  /** The uses that change L&D's strategic position. */
  public static final List<AiUse> STRATEGIC_USES = List.of(AiUse.REPORTING, AiUse.DELIVERY);

  @Override
  public Dependencies dependencies() {
    return Dependencies.on(WedgePackage.Literals.INITIATIVE);
  }

  @Override
  public void analyze(AnalysisContext ctx) {
    List<Initiative> all = ctx.model().getInitiatives();
    int n = all.size();
    if (n == 0) {
      return;
    }
    Map<AiUse, Integer> byUse = new EnumMap<>(AiUse.class);
    int strategicIntent = 0;
    for (Initiative i : all) {
      if (i.getUse() != null) {
        byUse.merge(i.getUse(), 1, Integer::sum);
      }
      if (i.getIntent() == Intent.STRATEGIC) {
        strategicIntent++;
      }
    }
    int strategicUse = STRATEGIC_USES.stream().mapToInt(u -> byUse.getOrDefault(u, 0)).sum();
    int familiar = byUse.getOrDefault(AiUse.CONTENT_CREATION, 0) + byUse.getOrDefault(AiUse.RESEARCH, 0);
    if (strategicUse == 0) {
      ctx.report(Severity.WARNING, Names.t("portfolio.noStrategicUse", Names.percent(familiar, n), Names.t("percent",
          51)));
    }
    if (strategicIntent == 0) {
      ctx.report(Severity.WARNING, Names.t("portfolio.allEfficiency", n));
    }
    StringBuilder sb = new StringBuilder();
    AiUse[] shown = {AiUse.CONTENT_CREATION, AiUse.RESEARCH, AiUse.REPORTING, AiUse.DELIVERY};
    for (int k = 0; k < shown.length; k++) {
      AiUse u = shown[k];
      sb.append(k == 0 ? "" : ", ").append(label(u)).append(' ')
          .append(Names.percent(byUse.getOrDefault(u, 0), n)).append(" (").append(Names.t("percent", SURVEY.get(u)))
          .append(")");
    }
    ctx.report(Severity.ADVICE, Names.t("portfolio.summary", sb, Names.percent(strategicIntent, n), n));
  }

  static String label(AiUse u) {
    return Names.word(u, u.getName().toLowerCase().replace('_', ' '));
  }
}
