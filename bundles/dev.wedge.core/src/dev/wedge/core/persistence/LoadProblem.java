package dev.wedge.core.persistence;

/**
 * Something found while loading a .wedge file.
 *
 * @param fatal   true when the file cannot be opened at all (not XML, unknown package or class, unresolved
 *                reference, wrong value in a field, newer format); false when it opens and nothing is lost
 *                (unknown features and plug-in content are kept and written back on save)
 * @param line    the line in the file, or -1 when unknown
 * @param message one sentence a user can act on
 */
public record LoadProblem(boolean fatal, int line, String message) {

  public static LoadProblem fatal(int line, String message) {
    return new LoadProblem(true, line, message);
  }

  public static LoadProblem recoverable(int line, String message) {
    return new LoadProblem(false, line, message);
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + message;
  }
}
