package dev.wedge.ui.decorations;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

import dev.wedge.core.session.ModelSession;

/**
 * Repaints the rows of a viewer whose decorations changed, and only those: the objects named by
 * {@link ModelDecorations#changed(ModelSession, java.util.Collection)} are collected and their labels updated once per
 * turn of the event loop, however many changes arrive before it (a large model's findings change in bursts). A
 * decorator that cannot say which objects changed makes it repaint every label (not the tree's structure).
 */
public final class DecorationRefresher {

  private final StructuredViewer viewer;
  private final ModelSession session;
  private final Set<EObject> pending = new HashSet<>();
  private boolean all;
  private boolean scheduled;

  private DecorationRefresher(StructuredViewer viewer, ModelSession session) {
    this.viewer = viewer;
    this.session = session;
  }

  /** @param session the session whose decorations matter, or null for any */
  public static void install(StructuredViewer viewer, ModelSession session) {
    DecorationRefresher refresher = new DecorationRefresher(viewer, session);
    ModelDecorations.Listener listener = refresher::changed;
    ModelDecorations.addListener(listener);
    viewer.getControl().addDisposeListener(e -> ModelDecorations.removeListener(listener));
  }

  private void changed(ModelSession s, Set<EObject> objects) {
    if (session != null && s != session || viewer.getControl().isDisposed()) {
      return;
    }
    synchronized (pending) {
      if (objects == ModelDecorations.ALL) {
        all = true;
        pending.clear();
      } else if (!all) {
        pending.addAll(objects);
      }
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    Display display = viewer.getControl().getDisplay();
    display.asyncExec(this::flush);
  }

  private void flush() {
    Object[] rows;
    boolean every;
    synchronized (pending) {
      scheduled = false;
      every = all;
      rows = pending.toArray();
      pending.clear();
      all = false;
    }
    if (viewer.getControl().isDisposed()) {
      return;
    }
    if (every) {
      viewer.refresh(true);
    } else if (rows.length > 0) {
      viewer.update(rows, null);
    }
  }
}
