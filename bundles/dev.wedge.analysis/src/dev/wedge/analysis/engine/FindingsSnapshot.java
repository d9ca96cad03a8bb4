package dev.wedge.analysis.engine;

import java.util.List;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;

/** The findings of one consistent run (sorted: errors first), and the analyses that failed. */
public record FindingsSnapshot(List<Finding> findings, List<AnalysisFailure> failures, long epoch) {

  public static final FindingsSnapshot EMPTY = new FindingsSnapshot(List.of(), List.of(), -1);

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** "3 errors, 12 warnings, 5 advice". */
  public String summary() {
    long e = count(Severity.ERROR);
    long w = count(Severity.WARNING);
    long a = count(Severity.ADVICE);
    return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + a + " advice";
  }
}
