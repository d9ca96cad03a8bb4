package dev.wedge.containment.checkpoint;

import java.util.ArrayList;
import java.util.List;

/** Exits plug-in code attempted, refused (for the command line to say so, even when the plug-in caught the refusal). */
public final class ExitAttempts {

  private static final List<String> ATTEMPTS = new ArrayList<>();

  private ExitAttempts() {
  }

  static synchronized void record(String why) {
    if (ATTEMPTS.size() < 100) {
      ATTEMPTS.add(why);
    }
  }

  /** The attempts so far. */
  public static synchronized List<String> all() {
    return List.copyOf(ATTEMPTS);
  }
}
