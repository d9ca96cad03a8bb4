package dev.wedge.core.clipboard;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The clipboard of model objects shared by every open model: each editing domain has its own clipboard, so objects
 * copied from one model would not be seen by another; this one holds what was copied or cut last, whichever model
 * it came from, for {@link ModelPaste} to paste into any model.
 */
public final class ModelClipboard {

  /** What was copied or cut: detached copies of the objects, their references still pointing into the source. */
  public record Content(String sourceName, List<EObject> objects) {
    public Content {
      objects = List.copyOf(objects);
    }
  }

  private static final ModelClipboard SHARED = new ModelClipboard();

  private volatile Content content;

  /** The clipboard of the workbench (and of a command-line session). */
  public static ModelClipboard shared() {
    return SHARED;
  }

  public Optional<Content> content() {
    return Optional.ofNullable(content);
  }

  public boolean isEmpty() {
    return content == null;
  }

  void set(Content c) {
    content = c;
  }

  /** Empties the clipboard. */
  public void clear() {
    content = null;
  }
}
