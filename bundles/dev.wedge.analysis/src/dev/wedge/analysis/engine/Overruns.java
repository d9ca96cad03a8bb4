package dev.wedge.analysis.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * When running past the time limit switches an analysis off: only after {@link #IN_A_ROW} runs in a row did. One slow
 * run proves little on a loaded laptop, above all the first ones (classes loading, code not yet compiled); an
 * analysis that is slow every time is. A run that ends in time starts the count again.
 */
final class Overruns {

  /** Runs in a row past the time limit that switch an analysis off. */
  static final int IN_A_ROW = 3;

  private final Map<String, Integer> counts = new HashMap<>();

  /** Counts a run of {@code analysisId} past the limit; true when it is to run again rather than be switched off. */
  boolean runAgain(String analysisId) {
    int n = counts.merge(analysisId, 1, Integer::sum);
    if (n >= IN_A_ROW) {
      counts.remove(analysisId);
      return false;
    }
    return true;
  }

  /** A run of {@code analysisId} ended in time. */
  void inTime(String analysisId) {
    counts.remove(analysisId);
  }

  /** Why it was switched off: "took longer than 2 s in 3 runs in a row". */
  static String reason(String timeLimit) {
    return "took longer than " + timeLimit + " in " + IN_A_ROW + " runs in a row";
  }
}
