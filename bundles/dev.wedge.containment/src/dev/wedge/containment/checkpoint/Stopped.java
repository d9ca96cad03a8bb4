package dev.wedge.containment.checkpoint;

/**
 * Thrown into plug-in code that Wedge stopped: it ran past its time, allocated past its memory budget, or tried to
 * end Wedge. An {@link Error}, so that ordinary {@code catch (Exception e)} does not swallow it; a {@code catch
 * (Throwable t)} in contained code meets a checkpoint at once and is thrown again.
 */
public final class Stopped extends Error {

  private static final long serialVersionUID = 1L;

  /** Why: "took longer than 2 s", "allocated more than 256 MB", "tried to end Wedge (System.exit(42))". */
  public Stopped(String why) {
    super(why, null, false, false);
  }
}
