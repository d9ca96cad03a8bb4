package dev.wedge.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.wedge.core.persistence.Words;

/**
 * How the command line ends when something goes wrong that no command handled: every {@link Throwable}, an
 * {@link OutOfMemoryError} and a {@link StackOverflowError} included, becomes one sentence on stderr (what stopped,
 * where the details were logged) and a documented exit code. Nothing ends silently, and no stack trace reaches the
 * terminal.
 */
public final class Failures {

  /** Given back to the heap when memory runs out, so the sentence and the log entry can still be written. */
  private static volatile byte[] reserve = new byte[4 << 20];

  private Failures() {
  }

  /**
   * Reports {@code e}, raised by {@code what} (for example "wedge analyze") in code of {@code contributor} (a
   * plug-in's name), and returns the exit code.
   */
  public static int report(String what, String contributor, Throwable e, PrintStream err) {
    if (e instanceof OutOfMemoryError) {
      reserve = null;
    }
    String log = log(what + " stopped", e);
    String details = log == null ? "" : " (details in " + log + ")";
    if (e instanceof OutOfMemoryError) {
      err.println(what + ": Wedge ran out of memory (it may use " + megabytes(Runtime.getRuntime().maxMemory())
          + ") and stopped; start it with more, for example WEDGE_VMARGS=-Xmx" + suggestedGigabytes() + "g" + details
          + ".");
      return ExitCodes.OUT_OF_MEMORY;
    }
    if (e instanceof StackOverflowError) {
      err.println(what + ": stopped by a recursion without end (or too deep) in " + contributor + details + ".");
      return ExitCodes.INTERNAL_ERROR;
    }
    err.println(what + ": internal error in " + contributor + ": " + Words.of(e) + details + ".");
    return ExitCodes.INTERNAL_ERROR;
  }

  /**
   * For a process that runs one command: a failure in any other thread that no one handles is reported the same way
   * (memory: the process stops with {@link ExitCodes#OUT_OF_MEMORY}, since the command's result can no longer be
   * trusted).
   */
  public static void installForProcess(PrintStream err) {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof OutOfMemoryError) {
        int rc = report("wedge", "thread '" + thread.getName() + "'", e, err);
        err.flush();
        Runtime.getRuntime().halt(rc);
      }
      log("thread '" + thread.getName() + "' stopped", e);
    });
  }

  private static volatile boolean commandRunning;

  /**
   * For a process that runs one command: if the JVM starts to end while the command still runs, someone called
   * {@code System.exit} (plug-in code reached through reflection or a thread of its own: calls in plug-in classes are
   * refused by containment) or a signal arrived. The shutdown hook says which, and for an exit from code, replaces its
   * status with {@link ExitCodes#INTERNAL_ERROR}: a pipeline never mistakes it for a result.
   */
  public static void guardExit(String what, PrintStream err) {
    commandRunning = true;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!commandRunning) {
        return;
      }
      String caller = exitCaller(Thread.getAllStackTraces());
      if (caller == null) {
        err.println(what + ": Wedge was stopped before the command finished (by a signal); its output is incomplete.");
        err.flush();
        return;
      }
      err.println(what + ": code in " + caller + " ended Wedge (System.exit) before the command finished; its output"
          + " is incomplete.");
      err.flush();
      Runtime.getRuntime().halt(ExitCodes.INTERNAL_ERROR);
    }, "wedge exit guard"));
  }

  /** The command returned: the exit that follows is Wedge's own. */
  public static void commandEnded() {
    commandRunning = false;
  }

  /** The code that called {@code System.exit}/{@code Runtime.exit}, from the threads' stacks, or null (a signal). */
  static String exitCaller(java.util.Map<Thread, StackTraceElement[]> stacks) {
    for (StackTraceElement[] stack : stacks.values()) {
      for (int i = 0; i < stack.length; i++) {
        StackTraceElement f = stack[i];
        if (f.getClassName().equals("java.lang.Shutdown") && f.getMethodName().equals("exit")
            || f.getClassName().equals("java.lang.Runtime") && f.getMethodName().equals("exit")) {
          for (int j = i + 1; j < stack.length; j++) {
            String c = stack[j].getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
              return c + "." + stack[j].getMethodName();
            }
          }
        }
      }
    }
    return null;
  }

  /** Where failure reports go: {@code wedge.logDir} if set, else {@code ~/.wedge/logs}. */
  public static Path logDirectory() {
    String dir = System.getProperty("wedge.logDir");
    return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".wedge", "logs");
  }

  /**
   * Writes {@code e} with what is needed to make sense of it (time, Wedge and Java versions, memory) to a file of its
   * own in {@link #logDirectory()} (the 20 newest are kept); returns its path, or null when it could not be written.
   */
  public static String log(String message, Throwable e) {
    try {
      Path dir = logDirectory();
      Files.createDirectories(dir);
      String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).format(LocalDateTime.now());
      Path file = dir.resolve("wedge-" + stamp + ".log");
      StringWriter text = new StringWriter();
      try (PrintWriter w = new PrintWriter(text)) {
        w.println(message);
        w.println("Wedge " + version() + ", Java " + System.getProperty("java.version") + " ("
            + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
            + System.getProperty("os.arch"));
        w.println("memory: " + megabytes(Runtime.getRuntime().maxMemory()) + " at most, "
            + megabytes(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) + " in use");
        w.println();
        e.printStackTrace(w);
      }
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
      pruneOldReports(dir);
      return file.toString();
    } catch (Throwable cannotLog) { // the sentence on stderr is written anyway
      return null;
    }
  }

  private static void pruneOldReports(Path dir) throws IOException {
    List<Path> reports;
    try (Stream<Path> s = Files.list(dir)) {
      reports = s.filter(p -> p.getFileName().toString().matches("wedge-\\d{8}-\\d{6}-\\d{3}\\.log")).sorted()
          .toList();
    }
    for (int i = 0; i < reports.size() - 20; i++) {
      Files.deleteIfExists(reports.get(i));
    }
  }

  private static String version() {
    Bundle b = FrameworkUtil.getBundle(Failures.class);
    return b == null ? "(version unknown)" : b.getVersion().toString();
  }

  private static long suggestedGigabytes() {
    long now = Runtime.getRuntime().maxMemory() >> 30;
    return Math.max(2, now * 2 + 1);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
  }
}
