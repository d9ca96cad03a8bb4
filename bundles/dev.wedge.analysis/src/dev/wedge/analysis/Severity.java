package dev.wedge.analysis;

/** How much a finding matters: errors block credibility, warnings weaken it, advice points to the next step. */
public enum Severity {
  ERROR("error"), WARNING("warning"), ADVICE("advice");

  private final String word;

  Severity(String word) {
    this.word = word;
  }

  /** Lower-case name, as on the command line ({@code --fail-on warning}) and in JSON. */
  public String word() {
    return word;
  }

  public static Severity ofWord(String word) {
    for (Severity s : values()) {
      if (s.word.equalsIgnoreCase(word)) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + word + "' is not a severity (error, warning, advice)");
  }

  /** Whether this is at least as severe as {@code other} (ERROR > WARNING > ADVICE). */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
