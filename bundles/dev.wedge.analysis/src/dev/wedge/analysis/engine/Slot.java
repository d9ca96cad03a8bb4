package dev.wedge.analysis.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.model.StrategyModel;

/**
 * One analysis and its state in an engine: whether it runs, whether it failed and why, what must be examined again
 * (everything, or the objects a change touched), and its current findings (model-wide, or per object for an object
 * analysis).
 */
final class Slot {

  final AnalysisDescriptor descriptor;
  Analysis analysis;
  String failure;
  boolean enabled;
  boolean needsFullRun = true;
  final Set<EObject> recheck = new HashSet<>();
  List<Finding> findings = List.of(); // model-wide analyses
  final Map<EObject, List<Finding>> byObject = new LinkedHashMap<>(); // object analyses

  Slot(AnalysisDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** What one analysis reported in one run. */
  record Result(boolean full, List<Finding> findings, Map<EObject, List<Finding>> byObject) {
  }

  /** Takes the findings of a run; objects no longer in the model ({@code inModel}) lose theirs. */
  void apply(Result r, java.util.function.Predicate<EObject> inModel) {
    Slot s = this;
    s.recheck.clear();
    if (r.full()) {
      s.needsFullRun = false;
      s.byObject.clear();
      if (r.byObject() != null) {
        s.byObject.putAll(r.byObject());
        s.findings = List.of();
      } else {
        s.findings = List.copyOf(r.findings());
      }
      return;
    }
    for (Map.Entry<EObject, List<Finding>> e : r.byObject().entrySet()) {
      if (e.getValue().isEmpty()) {
        s.byObject.remove(e.getKey());
      } else {
        s.byObject.put(e.getKey(), e.getValue());
      }
    }
    s.byObject.keySet().removeIf(o -> !inModel.test(o)); // objects deleted since
  }

  /** Marks the analysis failed for {@code reason}: it reports nothing until it is retried. */
  void fail(String reason) {
    Slot s = this;
    s.failure = reason;
    s.analysis = null;
    s.findings = List.of();
    s.byObject.clear();
    s.recheck.clear();
  }

  /**
   * Runs the analysis once: all of it (a model-wide analysis, or every object of an object analysis) when it needs a
   * full run, else only the objects to examine again.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Result run(StrategyModel model, RunContext ctx, java.util.function.Predicate<EObject> inModel) {
    Slot s = this;
    if (s.analysis == null) {
      s.analysis = s.descriptor.factory().get();
      if (s.analysis == null) {
        throw new AnalysisFaults.BadFinding("its factory returned no analysis");
      }
    }
    if (s.needsFullRun || !(s.analysis instanceof ObjectAnalysis)) {
      if (s.analysis instanceof ObjectAnalysis oa) {
        Map<EObject, List<Finding>> byObject = new LinkedHashMap<>();
        ctx.target = new ArrayList<>();
        oa.prepare(ctx);
        for (Object o : oa.objects(model)) {
          ctx.target = new ArrayList<>();
          oa.check((EObject) o, ctx);
          if (!ctx.target.isEmpty()) {
            byObject.put((EObject) o, ctx.target);
          }
        }
        return new Result(true, null, byObject);
      }
      ctx.target = new ArrayList<>();
      s.analysis.analyze(ctx);
      return new Result(true, ctx.target, null);
    }
    ObjectAnalysis oa = (ObjectAnalysis) s.analysis;
    Map<EObject, List<Finding>> byObject = new LinkedHashMap<>();
    ctx.target = new ArrayList<>();
    oa.prepare(ctx);
    for (EObject o : List.copyOf(s.recheck)) {
      ctx.target = new ArrayList<>();
      if (inModel.test(o)) {
        oa.check(o, ctx);
      }
      byObject.put(o, ctx.target);
    }
    return new Result(false, null, byObject);
  }

  /** The findings of every slot that did not fail, in order of severity and category, and the failures. */
  static FindingsSnapshot snapshot(List<Slot> slots, long atEpoch) {
    List<Finding> all = new ArrayList<>();
    List<AnalysisFailure> failures = new ArrayList<>();
    for (Slot s : slots) {
      if (s.failure != null) {
        failures.add(new AnalysisFailure(s.descriptor.id(), s.descriptor.name(), s.descriptor.contributor(),
            s.failure));
        continue;
      }
      all.addAll(s.findings);
      for (List<Finding> l : s.byObject.values()) {
        all.addAll(l);
      }
    }
    all.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::category)
        .thenComparing(Finding::analysisId));
    FindingsSnapshot next = new FindingsSnapshot(List.copyOf(all), List.copyOf(failures), atEpoch);
    return next;
  }
}
