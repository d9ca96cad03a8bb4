package dev.wedge.team.git;

/**
 * A repository operation that did not take place, or stopped: its message is one sentence that names what happened and
 * what to do next, for the user to read as it is.
 */
public final class TeamException extends Exception {

  private static final long serialVersionUID = 1L;

  public TeamException(String sentence) {
    super(sentence);
  }

  public TeamException(String sentence, Throwable cause) {
    super(sentence, cause);
  }
}
