package dev.wedge.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

/** A save that did not happen; the previous version of the file is intact. */
public class ModelSaveException extends IOException {

  private static final long serialVersionUID = 1L;

  public ModelSaveException(Path file, String problem, Throwable cause) {
    super("Could not save " + file.getFileName() + ": " + problem + ". The previous version of the file is intact.",
        cause);
  }

  /** A save refused for a reason that is not a failure; {@code sentence} says it whole. */
  protected ModelSaveException(String sentence) {
    super(sentence);
  }
}
