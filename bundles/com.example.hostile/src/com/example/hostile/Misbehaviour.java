package com.example.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * What the hostile plug-in does when a model's name asks for it ({@code [hostile:loop]} and so on): nothing at all
 * otherwise, so it can stay installed in test runtimes.
 */
public final class Misbehaviour {

  /** How many times it misbehaved (tests check a stopped analysis is not run again). */
  public static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

  /** Kept reachable so the allocation cannot be collected. */
  static final List<Object> HOARD = new ArrayList<>();

  private Misbehaviour() {
  }

  /** Whether {@code modelName} asks for {@code what}. */
  public static boolean asked(String modelName, String what) {
    return modelName != null && modelName.contains("[hostile:" + what + "]");
  }

  /** Does {@code what}: throw, sleep, loop, allocate or exit. Returns only for unknown words. */
  public static long misbehave(String what) throws InterruptedException {
    RUNS.incrementAndGet();
    switch (what) {
      case "throw" -> throw new IllegalStateException("hostile analysis fails on purpose");
      case "sleep" -> Thread.sleep(600_000);
      case "loop" -> {
        long x = 0;
        while (x >= 0) { // never ends, never checks for interruption
          x = x * 31 + 7 & Long.MAX_VALUE;
        }
        return x;
      }
      case "allocate" -> {
        while (true) {
          HOARD.add(new long[1 << 17]); // 1 MB at a time, never given back
        }
      }
      case "exit" -> System.exit(42);
      case "halt" -> Runtime.getRuntime().halt(43);
      case "recurse" -> {
        return recurse(0);
      }
      default -> {
        return 0;
      }
    }
    return 0;
  }

  private static long recurse(long n) {
    return recurse(n + 1) + 1;
  }

  /** Lets go of what "allocate" hoarded (the test runtime goes on after a containment test). */
  public static void forgive() {
    HOARD.clear();
  }
}
