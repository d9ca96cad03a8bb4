package dev.wedge.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

import dev.wedge.core.session.ModelSession;

/**
 * The model the user is working on: the one of the active editor, or of the selection in the Models view. Views that
 * show one model at a time (Findings, Portfolio) follow it.
 */
public final class ActiveModel {

  private static final List<Consumer<ModelSession>> LISTENERS = new CopyOnWriteArrayList<>();
  private static ModelSession current;

  private ActiveModel() {
  }

  /** The model in focus, or the first open one, or null. */
  public static synchronized ModelSession get() {
    if (current != null && current.isDisposed()) {
      current = null;
    }
    if (current == null) {
      List<ModelSession> open = WorkbenchModels.get().getModels();
      return open.isEmpty() ? null : open.get(0);
    }
    return current;
  }

  /** Sets the model in focus (parts call it when they activate or their selection changes). */
  public static void set(ModelSession session) {
    synchronized (ActiveModel.class) {
      if (session == current || session == null) {
        return;
      }
      current = session;
    }
    for (Consumer<ModelSession> l : LISTENERS) {
      l.accept(session);
    }
  }

  public static void addListener(Consumer<ModelSession> listener) {
    LISTENERS.add(listener);
  }

  public static void removeListener(Consumer<ModelSession> listener) {
    LISTENERS.remove(listener);
  }

  /** Follows the active part of {@code window}: any part that adapts to ModelSession. */
  public static void follow(IWorkbenchWindow window) {
    window.getPartService().addPartListener(new IPartListener2() {
      @Override
      public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        ModelSession s = part == null ? null : part.getAdapter(ModelSession.class);
        if (s != null) {
          set(s);
        }
      }
    });
  }
}
