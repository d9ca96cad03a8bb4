package dev.wedge.containment.checkpoint;

import java.util.Locale;

/**
 * What one run of plug-in code may use: time (a deadline), memory (bytes allocated by its thread) and nothing else:
 * once cancelled, or past either limit, the next checkpoint in its code throws {@link Stopped}.
 */
public final class Budget {

  /** Time and allocation are read every this many checkpoints (about 20 ns each time). */
  private static final int SLOW_CHECK_EVERY = 16;

  private final long deadlineNanos;
  private final long allocationLimit;
  private final long allocatedAtStart;
  private final String timeLimitWords;
  private volatile String stopped;
  private int ticks;

  /** For the calling thread, from now: {@code millis} of time and {@code bytes} of allocation (0: no limit). */
  public Budget(long millis, long bytes) {
    this.deadlineNanos = millis <= 0 ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000L;
    this.allocationLimit = bytes <= 0 ? Long.MAX_VALUE : bytes;
    this.allocatedAtStart = Allocation.currentThread();
    this.timeLimitWords = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** Stops the code at its next checkpoint; {@code why} says why ("took longer than 2 s"). */
  public void stop(String why) {
    if (stopped == null) {
      stopped = why;
    }
  }

  /** Why the code was stopped, or null. */
  public String stopped() {
    return stopped;
  }

  /** Bytes allocated since the budget began, by the thread it is for ({@code thread}), or -1. */
  public long allocatedBy(Thread thread) {
    long now = Allocation.of(thread);
    return now < 0 || allocatedAtStart < 0 ? -1 : now - allocatedAtStart;
  }

  void tick() {
    String why = stopped;
    if (why != null) {
      throw new Stopped(why);
    }
    if (++ticks % SLOW_CHECK_EVERY == 0) {
      if (System.nanoTime() > deadlineNanos) {
        stop("took longer than " + timeLimitWords);
        throw new Stopped(stopped);
      }
      long now = allocatedAtStart < 0 ? -1 : Allocation.currentThread();
      if (now >= 0 && now - allocatedAtStart > allocationLimit) {
        stop("allocated more than " + megabytes(allocationLimit) + " of memory");
        throw new Stopped(stopped);
      }
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
  }
}
