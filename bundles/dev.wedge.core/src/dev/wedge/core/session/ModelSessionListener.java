package dev.wedge.core.session;

import java.util.EventObject;

/** Told about a session's life: every executed, undone or redone command, saves, and the end. */
public interface ModelSessionListener {

  /** A command was executed, undone or redone; {@code event.getSource()} is the command stack. */
  default void commandStackChanged(ModelSession session, EventObject event) {
  }

  /** The dirty state or the file of the session changed (after a save, a save-as, undo back to the saved state). */
  default void stateChanged(ModelSession session) {
  }

  /** An edit was refused by an {@link EditGuard}; {@code message} says why, as one sentence. */
  default void refused(ModelSession session, String message) {
  }

  /** The last reference was released: the session's model is unloaded. */
  default void disposed(ModelSession session) {
  }
}
