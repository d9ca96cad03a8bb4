package dev.wedge.ui.decorations;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.core.session.ModelSession;

/**
 * Something that marks model objects in every editor and view (the analyses mark objects that have findings).
 * Registered with {@link ModelDecorations}; editors ask it as they paint, and repaint when it says so.
 */
public interface ObjectDecorator {

  /** How an object is marked. */
  enum Level {
    NONE, ADVICE, WARNING, ERROR
  }

  /** The decoration of {@code object}, never null. */
  Decoration decorationOf(ModelSession session, EObject object);

  /** A mark and the sentence shown on hover. */
  record Decoration(Level level, String tooltip) {
    public static final Decoration NONE = new Decoration(Level.NONE, null);
  }
}
