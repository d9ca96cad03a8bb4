package dev.wedge.analysis.engine;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.model.WedgePackage;

/**
 * Which analyses an edit makes run, and on what: an analysis whose dependencies the changes do not concern is left
 * as it is; a local check per object re-examines the objects changed, added or removed (and what an added object
 * holds); any other analysis runs whole.
 */
final class RunPlan {

  private RunPlan() {
  }

  /** Decides, from the changes, whether {@code s} must run and on which objects. */
  static void plan(Slot s, List<ModelChanges.Change> batch) {
    Analysis a = s.analysis;
    if (a == null) {
      s.needsFullRun = true;
      return;
    }
    for (ModelChanges.Change c : batch) {
      if (c.feature() == WedgePackage.Literals.STRATEGY_MODEL__DISABLED_ANALYSES) {
        continue;
      }
      if (!a.dependencies().concerns(c.notifier(), c.feature(), c.values())) {
        continue;
      }
      if (!(a instanceof ObjectAnalysis<?> oa) || !oa.isLocal()) {
        s.needsFullRun = true;
        return;
      }
      EObject owner = oa.owner(c.notifier());
      if (owner != null) {
        s.recheck.add(owner);
      }
      for (Object v : c.values()) {
        if (v instanceof EObject added) {
          EObject o = oa.owner(added);
          if (o != null) {
            s.recheck.add(o);
          }
          added.eAllContents().forEachRemaining(x -> {
            if (oa.type().isInstance(x)) {
              s.recheck.add(x);
            }
          });
        }
      }
      if (owner == null && c.values().isEmpty()) {
        s.needsFullRun = true; // a change above the objects of this analysis: examine them all
        return;
      }
    }
  }
}
