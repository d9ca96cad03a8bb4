package dev.wedge.analysis;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.StrategyModel;

/**
 * What an analysis gets: the model, read-only (an analysis that changes it is stopped and its change reverted),
 * today's date, and a place to report findings.
 */
public interface AnalysisContext {

  StrategyModel model();

  /** "Today" for checks about dates (fixed in tests and reports). */
  LocalDate today();

  /** The analysis' severity as configured (its default unless the user changed it). */
  Severity severity();

  /** Reports a finding about {@code objects} (the first is the one the user is taken to). */
  void report(Severity severity, String message, Fix fix, EObject... objects);

  default void report(Severity severity, String message, EObject... objects) {
    report(severity, message, null, objects);
  }

  /** Reports a finding at the analysis' configured severity. */
  default void report(String message, EObject... objects) {
    report(severity(), message, null, objects);
  }

  default void report(String message, Fix fix, EObject... objects) {
    report(severity(), message, fix, objects);
  }
}
