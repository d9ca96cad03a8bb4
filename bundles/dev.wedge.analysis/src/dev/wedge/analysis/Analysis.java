package dev.wedge.analysis;

/**
 * A check of a model, contributed through the {@code dev.wedge.analyses} extension point. It reads the model and
 * reports findings; it must not change the model (a change is reverted and the analysis stopped), must not keep
 * state between runs, and should finish in milliseconds (one that runs too long is stopped and disabled for the
 * session, as is one that throws or reports malformed findings: the other analyses are never held up).
 *
 * <p>Analyses run on a background thread, again after every edit that touches what {@link #dependencies()}
 * declares. Examine objects one at a time with {@link ObjectAnalysis} so that an edit re-examines only the objects
 * it touched.
 */
public interface Analysis {

  void analyze(AnalysisContext context);

  /** What this analysis reads (default: everything, so it runs after every change). */
  default Dependencies dependencies() {
    return Dependencies.EVERYTHING;
  }
}
