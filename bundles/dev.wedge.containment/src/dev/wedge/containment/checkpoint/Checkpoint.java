package dev.wedge.containment.checkpoint;

/**
 * What Wedge weaves into the classes of plug-ins (see {@code dev.wedge.containment.internal.Weaver}): a call to
 * {@link #check()} at the start of every method, on every backward jump (each turn of a loop) and at the start of
 * every exception handler; and, in place of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt},
 * calls that refuse. Public because woven code calls it from other bundles; not for anyone else to call.
 */
public final class Checkpoint {

  private Checkpoint() {
  }

  /** Throws {@link Stopped} when the plug-in code running on this thread must stop; otherwise costs a type check. */
  public static void check() {
    if (Thread.currentThread() instanceof ContainedThread t) {
      Budget b = t.budget;
      if (b != null) {
        b.tick();
      }
    }
  }

  /** Instead of {@code System.exit(status)}: plug-in code may not end Wedge. */
  public static void exit(int status) {
    throw refused("System.exit(" + status + ")");
  }

  /** Instead of {@code Runtime.getRuntime().exit(status)}. */
  public static void exit(Runtime runtime, int status) {
    throw refused("Runtime.exit(" + status + ")");
  }

  /** Instead of {@code Runtime.getRuntime().halt(status)}. */
  public static void halt(Runtime runtime, int status) {
    throw refused("Runtime.halt(" + status + ")");
  }

  private static Stopped refused(String call) {
    String why = "tried to end Wedge (" + call + "), which plug-ins may not do; it was refused";
    if (Thread.currentThread() instanceof ContainedThread t && t.budget != null) {
      t.budget.stop(why);
    }
    ExitAttempts.record(why);
    return new Stopped(why);
  }
}
