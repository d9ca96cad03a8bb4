package dev.wedge.evidence.imports;

/**
 * A row that could not be read, or a problem of the file: where ("line 4", "statement 12"; empty for the whole
 * file) and why, in one sentence.
 */
public record ImportProblem(int line, String where, String reason) {

  public ImportProblem(int line, String reason) {
    this(line, line > 0 ? "line " + line : "", reason);
  }

  @Override
  public String toString() {
    return (where == null || where.isEmpty() ? "" : where + ": ") + reason;
  }
}
