package dev.wedge.analysis.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Changes of a model as its notifications report them: the objects they concern, and how to undo one. */
final class ModelChanges {

  private ModelChanges() {
  }

  /** A change recorded as it happened: what changed, and for containment changes, what was added or removed. */
  record Change(EObject notifier, EStructuralFeature feature, List<Object> values) {
  }

  /** The objects a change added or removed (its new and old values that are model objects). */
  static List<Object> objects(Notification n) {
    List<Object> out = new ArrayList<>(2);
    add(out, n.getNewValue());
    add(out, n.getOldValue());
    return out;
  }

  private static void add(List<Object> out, Object v) {
    if (v instanceof EObject) {
      out.add(v);
    } else if (v instanceof Collection<?> c) {
      for (Object o : c) {
        if (o instanceof EObject) {
          out.add(o);
        }
      }
    }
  }

  /** Undoes the change {@code n} reports (a set, an unset, an add or a remove; a move is left). */
  @SuppressWarnings("unchecked")
  static void revert(Notification n) {
    if (!(n.getNotifier() instanceof EObject o) || !(n.getFeature() instanceof EStructuralFeature f)) {
      return;
    }
    switch (n.getEventType()) {
      case Notification.SET, Notification.UNSET -> {
        if (!f.isMany()) {
          o.eSet(f, n.getOldValue());
        }
      }
      case Notification.ADD -> ((List<Object>) o.eGet(f)).remove(n.getNewValue());
      case Notification.ADD_MANY -> ((List<Object>) o.eGet(f)).removeAll((Collection<?>) n.getNewValue());
      case Notification.REMOVE -> ((List<Object>) o.eGet(f)).add(Math.max(0, n.getPosition()), n.getOldValue());
      case Notification.REMOVE_MANY -> ((List<Object>) o.eGet(f)).addAll((Collection<?>) n.getOldValue());
      default -> {
        // MOVE and others: leave (no analysis has a reason to do them)
      }
    }
  }
}
