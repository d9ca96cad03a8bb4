package dev.wedge.analysis.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.wedge.containment.Task;
import dev.wedge.containment.checkpoint.Stopped;

/**
 * The analyses stopped for the session, in every model's engine, with why: one that ran over its time or memory,
 * recursed without end, tried to end Wedge or flooded the model with findings would do it again, so it stays
 * stopped until the user asks to retry (or Wedge starts again).
 */
final class SessionStops {

  private static final Map<String, String> STOPS = new ConcurrentHashMap<>();

  private SessionStops() {
  }

  /** Stops the analysis {@code id} for the session; returns why it is stopped (the first reason given wins). */
  static String stop(String id, String reason) {
    STOPS.putIfAbsent(id, reason);
    return STOPS.get(id);
  }

  /** Why the analysis {@code id} is stopped for the session, or null. */
  static String of(String id) {
    return STOPS.get(id);
  }

  /** Lets the analysis {@code id} run again. */
  static void lift(String id) {
    STOPS.remove(id);
  }

  /** Lets every analysis run again. */
  static void forget() {
    STOPS.clear();
  }

  /** The sentence for an analysis' task that was stopped or failed with {@code cause} (null: it was stopped). */
  static String reason(Task<?> task, Throwable cause) {
    if (cause == null) {
      return task.stopped();
    }
    if (cause instanceof StackOverflowError) {
      return "recursed without end (its stack overflowed)";
    }
    if (cause instanceof OutOfMemoryError) {
      return "ran out of memory";
    }
    if (cause instanceof AnalysisFaults.TooManyFindings || cause instanceof Stopped) {
      return cause.getMessage();
    }
    return task.stopped() != null ? task.stopped() : AnalysisFaults.describe(cause);
  }
}
