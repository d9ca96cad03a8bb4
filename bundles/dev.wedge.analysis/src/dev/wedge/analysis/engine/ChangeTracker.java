package dev.wedge.analysis.engine;

import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Follows a model for its analysis engine, on the model's own thread: each change is recorded (and a run scheduled),
 * never analysed here; a change an analysis makes while it runs is undone and fails that analysis.
 */
final class ChangeTracker extends EContentAdapter {

  private final ThreadLocal<Slot> running;
  private final AtomicLong epoch;
  private final Queue<ModelChanges.Change> changes;
  private final Runnable schedule;

  /**
   * @param running  the analysis running on this thread, if any
   * @param epoch    counts the model's changes (a run that saw one is discarded)
   * @param changes  where changes are recorded for the next run
   * @param schedule schedules that run
   */
  ChangeTracker(ThreadLocal<Slot> running, AtomicLong epoch, Queue<ModelChanges.Change> changes, Runnable schedule) {
    this.running = running;
    this.epoch = epoch;
    this.changes = changes;
    this.schedule = schedule;
  }

  @Override
  public void notifyChanged(Notification n) {
    super.notifyChanged(n);
    if (n.isTouch() || !(n.getNotifier() instanceof EObject notifier)) {
      return;
    }
    Slot culprit = running.get();
    if (culprit != null) {
      running.remove(); // the revert's own notification is not a violation
      try {
        ModelChanges.revert(n);
      } finally {
        epoch.incrementAndGet(); // the model was touched: results of this run are discarded
      }
      throw new AnalysisFaults.ModelChanged("changed the model ('"
          + (n.getFeature() instanceof EStructuralFeature f ? f.getName() : "?") + "' of "
          + notifier.eClass().getName() + "); analyses may only read it. The change was undone");
    }
    epoch.incrementAndGet();
    EStructuralFeature feature = n.getFeature() instanceof EStructuralFeature f ? f : null;
    changes.add(new ModelChanges.Change(notifier, feature, ModelChanges.objects(n)));
    schedule.run();
  }
}
