package dev.wedge.analysis.engine;

/** The faults an analysis is stopped for, and the sentence that says what went wrong. */
final class AnalysisFaults {

  private AnalysisFaults() {
  }

  /** Thrown into an analysis that changed the model (the change is already reverted). */
  static final class ModelChanged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelChanged(String what) {
      super(what, null, false, false);
    }
  }

  /** An analysis that reported more findings than {@link #MAX_FINDINGS}. */
  static final class TooManyFindings extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyFindings(String what) {
      super(what, null, false, false);
    }
  }

  /** A malformed finding. */
  static final class BadFinding extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadFinding(String what) {
      super(what, null, false, false);
    }
  }

  /**
   * What went wrong, in a sentence: the fault's own sentence, or what was thrown and where in the analysis' own code
   * (the first frame outside the JDK).
   */
  static String describe(Throwable t) {
    if (t instanceof ModelChanged || t instanceof BadFinding) {
      return t.getMessage();
    }
    StackTraceElement where = null; // the analysis' own code, not the JDK method that threw for it
    for (StackTraceElement e : t.getStackTrace()) {
      String c = e.getClassName();
      if (where == null) {
        where = e;
      }
      if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
        where = e;
        break;
      }
    }
    return "threw " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
        + (where == null ? "" : " (at " + where.getClassName() + "." + where.getMethodName() + ":"
            + where.getLineNumber() + ")");
  }
}
