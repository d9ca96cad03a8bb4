package dev.wedge.analysis.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Fix;
import dev.wedge.analysis.Severity;
import dev.wedge.containment.checkpoint.ContainedThread;
import dev.wedge.model.StrategyModel;

/**
 * What one run of one analysis sees: the model, today, its default severity; and where it reports. A finding without
 * a severity or a message, with a message of more than 2,000 characters or about an object outside the model is a
 * fault of the analysis, and so is reporting more findings than Wedge shows from one analysis.
 */

final class RunContext implements AnalysisContext {
  private final StrategyModel model;
  private final Slot slot;
  private final LocalDate day;
  private final Predicate<EObject> inModel;
  private int reported;
  List<Finding> target;

  RunContext(StrategyModel model, Slot slot, LocalDate day, Predicate<EObject> inModel) {
    this.model = model;
    this.slot = slot;
    this.day = day;
    this.inModel = inModel;
  }

  @Override
  public StrategyModel model() {
    return model;
  }

  @Override
  public LocalDate today() {
    return day;
  }

  @Override
  public Severity severity() {
    return slot.descriptor.defaultSeverity();
  }

  @Override
  public void report(Severity severity, String message, Fix fix, EObject... objects) {
    if (severity == null) {
      throw new AnalysisFaults.BadFinding("reported a finding without a severity");
    }
    if (message == null || message.isBlank()) {
      throw new AnalysisFaults.BadFinding("reported a finding without a message");
    }
    if (message.length() > 2000) {
      throw new AnalysisFaults.BadFinding("reported a finding with a message of " + message.length()
          + " characters");
    }
    List<EObject> list = new ArrayList<>();
    for (EObject o : objects == null ? new EObject[0] : objects) {
      if (o == null || !inModel.test(o)) {
        throw new AnalysisFaults.BadFinding("reported a finding about an object that is not in the model");
      }
      list.add(o);
    }
    if (++reported > AnalysisEngine.MAX_FINDINGS) {
      String why = "reported more than " + String.format(java.util.Locale.ROOT, "%,d", AnalysisEngine.MAX_FINDINGS)
          + " findings, more than Wedge shows from one analysis; it was stopped";
      if (Thread.currentThread() instanceof ContainedThread t && t.budget() != null) {
        t.budget().stop(why); // a plug-in that catches this and goes on meets its checkpoints
      }
      throw new AnalysisFaults.TooManyFindings(why);
    }
    target.add(new Finding(slot.descriptor.id(), slot.descriptor.category(), severity, message, list, fix));
  }
}
