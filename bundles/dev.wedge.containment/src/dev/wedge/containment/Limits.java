package dev.wedge.containment;

/**
 * What one run of plug-in code may use: {@code millis} of time, {@code bytes} allocated by its thread (0: no limit).
 */
public record Limits(long millis, long bytes) {

  /** A quarter of the heap Wedge may use: the default allocation budget of one run. */
  public static long defaultBytes() {
    return Long.getLong("wedge.plugin.maxAllocationBytes", Runtime.getRuntime().maxMemory() / 4);
  }

  public static Limits of(long millis) {
    return new Limits(millis, defaultBytes());
  }
}
