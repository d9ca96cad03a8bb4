package dev.wedge.ui.decorations;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.StructuredViewer;

import dev.wedge.core.session.ModelSession;

/** Repaints a viewer's labels (once per event-loop turn) when the decorations of its session change. */
public final class DecorationRefresher {

  private DecorationRefresher() {
  }

  /** @param session the session whose decorations matter, or null for any */
  public static void install(StructuredViewer viewer, ModelSession session) {
    boolean[] pending = {false};
    Consumer<ModelSession> listener = s -> {
      if (session != null && s != session || viewer.getControl().isDisposed()) {
        return;
      }
      synchronized (pending) {
        if (pending[0]) {
          return;
        }
        pending[0] = true;
      }
      viewer.getControl().getDisplay().asyncExec(() -> {
        synchronized (pending) {
          pending[0] = false;
        }
        if (!viewer.getControl().isDisposed()) {
          viewer.refresh(true);
        }
      });
    };
    ModelDecorations.addListener(listener);
    viewer.getControl().addDisposeListener(e -> ModelDecorations.removeListener(listener));
  }
}
