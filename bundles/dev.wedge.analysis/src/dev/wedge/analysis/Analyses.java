package dev.wedge.analysis;

import java.time.LocalDate;
import java.util.List;

import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.model.StrategyModel;

/**
 * Runs analyses once over a model, outside the workbench, as {@code wedge analyze} does: for a plug-in's tests and
 * for tools. The live engine of the workbench is internal.
 */
public final class Analyses {

  /** What one run found, and the analyses that failed (each message names the analysis and its plug-in). */
  public record Result(List<Finding> findings, List<String> failures) {

    /** The findings of one analysis. */
    public List<Finding> of(String analysisId) {
      return findings.stream().filter(f -> f.analysisId().equals(analysisId)).toList();
    }
  }

  private Analyses() {
  }

  /** Every installed analysis (the user's preferences apply), with {@code today} as the date the checks use. */
  public static Result run(StrategyModel model, LocalDate today) {
    return run(model, AnalysisRegistry.installed(), today, AnalysisPreferences.timeoutMillis());
  }

  /** The analyses of {@code registry}, each stopped after {@code timeoutMillis}. */
  public static Result run(StrategyModel model, AnalysisRegistry registry, LocalDate today, long timeoutMillis) {
    AnalysisEngine engine = new AnalysisEngine(model, registry, () -> today, timeoutMillis);
    try {
      FindingsSnapshot s = engine.runNow();
      return new Result(s.findings(), s.failures().stream().map(AnalysisFailure::message).toList());
    } finally {
      engine.dispose();
    }
  }
}
