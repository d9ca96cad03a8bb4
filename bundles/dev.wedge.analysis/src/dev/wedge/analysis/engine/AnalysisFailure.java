package dev.wedge.analysis.engine;

/** An analysis that was stopped and disabled for the session, with the plug-in it comes from and why. */
public record AnalysisFailure(String analysisId, String analysisName, String plugin, String reason) {

  /** "The analysis 'X' of plug-in Y failed and was switched off for this session: it threw ..." */
  public String message() {
    return "The analysis '" + analysisName + "' of plug-in " + plugin
        + " failed and was switched off for this session: it " + reason + ".";
  }
}
