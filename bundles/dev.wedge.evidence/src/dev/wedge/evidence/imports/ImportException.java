package dev.wedge.evidence.imports;

/** A file that cannot be imported at all (missing, unreadable, too large): the message is one sentence for the user. */
public class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
