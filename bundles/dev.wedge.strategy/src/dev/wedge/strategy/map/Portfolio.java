package dev.wedge.strategy.map;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.model.AiUse;
import dev.wedge.model.EffortShare;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;
import dev.wedge.model.MaturityStage;
import dev.wedge.model.StrategyModel;

/**
 * The AI portfolio against the survey of 1,700+ learning professionals: the share of initiatives (and of effort,
 * when the maturity assessment records it) by use, next to the survey's content creation 30%, research 21%, enhanced
 * reporting 11%, streamlined delivery 11% (the rest 27%); efficiency against strategic intent; and where the team
 * stands (never started / recently started / for years) against 27% / 46% / 27%.
 */
public record Portfolio(int initiatives, Map<String, Double> byUse, Map<String, Double> effortByUse,
    Map<String, Double> survey, double efficiency, double strategic, MaturityStage stage,
    Map<MaturityStage, Double> maturitySurvey) {

  /** The uses the survey names, then the rest. */
  public static final List<String> CATEGORIES = List.of("Content creation", "Research", "Reporting", "Delivery",
      "Other uses");
  public static final Map<String, Double> SURVEY = ordered(30, 21, 11, 11, 27);
  public static final Map<MaturityStage, Double> MATURITY = Map.of(MaturityStage.NEVER_STARTED, 27.0,
      MaturityStage.RECENTLY_STARTED, 46.0, MaturityStage.FOR_YEARS, 27.0);

  private static Map<String, Double> ordered(double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      m.put(CATEGORIES.get(i), values[i]);
    }
    return m;
  }

  static String category(AiUse use) {
    if (use == null) {
      return "Other uses";
    }
    return switch (use) {
      case CONTENT_CREATION -> "Content creation";
      case RESEARCH -> "Research";
      case REPORTING -> "Reporting";
      case DELIVERY -> "Delivery";
      default -> "Other uses";
    };
  }

  public static Portfolio of(StrategyModel m) {
    Map<String, Double> byUse = ordered(0, 0, 0, 0, 0);
    int n = m.getInitiatives().size();
    int efficiency = 0;
    int strategic = 0;
    for (Initiative i : m.getInitiatives()) {
      byUse.merge(category(i.getUse()), 100.0 / n, Double::sum);
      if (i.getIntent() == Intent.STRATEGIC) {
        strategic++;
      } else {
        efficiency++;
      }
    }
    Map<String, Double> effort = ordered(0, 0, 0, 0, 0);
    boolean anyEffort = false;
    if (m.getMaturity() != null) {
      for (EffortShare e : m.getMaturity().getEfforts()) {
        effort.merge(category(e.getUse()), e.getPercent(), Double::sum);
        anyEffort = true;
      }
    }
    Map<MaturityStage, Double> maturity = new EnumMap<>(MATURITY);
    return new Portfolio(n, byUse, anyEffort ? effort : Map.of(), SURVEY, n == 0 ? 0 : 100.0 * efficiency / n,
        n == 0 ? 0 : 100.0 * strategic / n, m.getMaturity() == null ? null : m.getMaturity().getStage(), maturity);
  }
}
