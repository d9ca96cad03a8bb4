package dev.wedge.evidence.imports;

/** A row that could not be read: where, and why, in one sentence. */
public record ImportProblem(int line, String reason) {

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + reason;
  }
}
