package dev.wedge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongSupplier;

/** Collects benchmark figures, prints them, and appends them to the results file (markdown). */
public final class BenchmarkReport {

  private BenchmarkReport() {
  }

  public static synchronized void section(String title, String headerRow, String alignRow) {
    print("\n## " + title + "\n\n" + headerRow + "\n" + alignRow);
  }

  public static synchronized void row(String row) {
    print(row);
  }

  public static synchronized void note(String text) {
    print("\n" + text);
  }

  private static void print(String text) {
    System.out.println(text);
    String out = System.getProperty("wedge.bench.out");
    if (out != null) {
      try {
        Path p = Path.of(out);
        if (!Files.exists(p)) {
          Files.createDirectories(p.getParent());
          Files.writeString(p, "# Wedge benchmark results\n\nMachine: " + Runtime.getRuntime().availableProcessors()
              + " cores, Java " + System.getProperty("java.version") + ", max heap "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n");
        }
        Files.writeString(p, text + "\n", StandardOpenOption.APPEND);
      } catch (IOException e) {
        System.err.println("could not write " + out + ": " + e);
      }
    }
  }

  /** Best (minimum) wall time in ms of {@code runs} runs after {@code warmups} unmeasured ones. */
  public static double bestMillis(int warmups, int runs, LongSupplier nanosOfOneRun) {
    for (int i = 0; i < warmups; i++) {
      nanosOfOneRun.getAsLong();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      best = Math.min(best, nanosOfOneRun.getAsLong());
    }
    return best / 1e6;
  }

  /** Median wall time in ms of {@code runs} runs after {@code warmups} unmeasured ones. */
  public static double medianMillis(int warmups, int runs, LongSupplier nanosOfOneRun) {
    for (int i = 0; i < warmups; i++) {
      nanosOfOneRun.getAsLong();
    }
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = nanosOfOneRun.getAsLong();
    }
    java.util.Arrays.sort(t);
    return t[runs / 2] / 1e6;
  }

  /** The median of {@code values} (the mean of the middle two for an even count). */
  public static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
