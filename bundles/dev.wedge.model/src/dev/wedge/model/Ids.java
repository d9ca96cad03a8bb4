package dev.wedge.model;

import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/** Stable object ids: random UUIDs, assigned once and never changed, so files diff and merge well. */
public final class Ids {

  private Ids() {
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Gives {@code object} an id if it has none. */
  public static void ensure(EObject object) {
    if (object instanceof Identified identified && identified.getId() == null) {
      identified.setId(newId());
    }
  }

  /** Gives {@code root} and everything it contains an id where one is missing; returns how many were missing. */
  public static int ensureAll(EObject root) {
    int missing = 0;
    if (root instanceof Identified identified && identified.getId() == null) {
      identified.setId(newId());
      missing++;
    }
    for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
      if (it.next() instanceof Identified identified && identified.getId() == null) {
        identified.setId(newId());
        missing++;
      }
    }
    return missing;
  }
}
