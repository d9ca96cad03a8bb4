package dev.wedge.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.Words;

/**
 * Mutation fuzzing of a model file: mutants of a real model (bytes flipped, cut, repeated; values replaced by the
 * values that break programs; elements dropped, doubled and moved; references aimed elsewhere), made from a fixed
 * seed so that every run sees the same ones, each opened with the commands that read a model (info, then for what
 * opens: analyze and evidence, and for some a brief and a save through format), in this one JVM.
 *
 * <p>What is checked: every command ends with one of its documented results (0, 1 for a check or brief that found
 * something, 3 for a file refused), never an internal error (70) or running out of memory (71); a refusal is one
 * sentence naming the file, in words (no Java class name); no command runs past {@code hangLimit}; what format writes
 * opens again.
 */
public final class MutationFuzz {

  /** What a run found: counts, problems (each with the mutant's number and how it was made), time per mutant. */
  public record Result(int mutants, int opened, int refused, int briefs, List<String> problems, long[] nanos) {
  }

  private static final Pattern ATTRIBUTE = Pattern.compile(" ([\\w:]+)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

  /** Values that break programs: not numbers, not finite, out of range, impossible dates, escapes, addresses. */
  static final String[] NASTY = {"", " ", "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "4.9e-324", "-0", "0",
      "-1", "-2147483649", "2147483648", "99999999999999999999999", "0x10", "1,5", "12abc", "true", "maybe", "null",
      "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "+100000-01-01", "2026-1-1", "01/02/2026",
      "&amp;&lt;&gt;&quot;&apos;", "&#0;", "&#xD800;", "&#x1F600;", "&#x202E;evil", "&unknown;", "\u202e\u200b",
      "http://127.0.0.1:9/pkg.ecore#m", "file:///etc/passwd#x", "other.wedge#m-ttp", "#//@metrics.0", "//@goals.99",
      "platform:/plugin/x/y.ecore", "g-revenue g-revenue", "s-cfo m-ttp", "TIME_TO_PRODUCTIVITY", "NOT_A_LITERAL",
      "DECREASE", "ALL", "PILOT", "SCALE", "x".repeat(5000), "\u00c5sa \u0141ukasz Zo\u00eb", "\ud83d\ude00"};

  private MutationFuzz() {
  }

  /**
   * Runs {@code count} mutants of {@code example} (seeded by {@code seed}) in {@code dir}: each that opens is analysed
   * and its evidence computed ({@code everyStage}), or one or the other in turn; for every {@code briefEvery}-th that
   * opens its brief is written and it is saved through format.
   */
  public static Result run(Path example, Path dir, int count, long seed, boolean everyStage, int briefEvery,
      Duration hangLimit) throws IOException, InterruptedException {
    byte[] original = Files.readAllBytes(example);
    String text = new String(original, StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    Matcher idm = ID.matcher(text);
    while (idm.find()) {
      ids.add(idm.group(1));
    }
    Random random = new Random(seed);
    Path file = dir.resolve("mutant.wedge");
    Path brief = dir.resolve("mutant-brief.html");
    Path formatted = dir.resolve("mutant-formatted.wedge");
    List<String> problems = new ArrayList<>();
    long[] nanos = new long[count];
    int opened = 0;
    int refused = 0;
    int briefs = 0;
    ExecutorService runner = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "mutation fuzz");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int i = 0; i < count; i++) {
        StringBuilder how = new StringBuilder();
        byte[] mutant = mutate(original, text, ids, random, how);
        Files.write(file, mutant);
        String label = "mutant " + i + " (" + how + ")";
        long start = System.nanoTime();
        Run info = run(runner, hangLimit, "info", file.toString());
        if (!check(info, label, problems)) {
          nanos[i] = System.nanoTime() - start;
          continue;
        }
        if (info.rc == ExitCodes.CANNOT_OPEN) {
          refused++;
          nanos[i] = System.nanoTime() - start;
          continue;
        }
        opened++;
        if (everyStage || opened % 2 == 0) {
          check(run(runner, hangLimit, "analyze", file.toString()), label, problems);
        }
        if (everyStage || opened % 2 == 1) {
          check(run(runner, hangLimit, "evidence", file.toString()), label, problems);
        }
        if (briefEvery > 0 && opened % briefEvery == 0) {
          briefs++;
          check(run(runner, hangLimit, "report", file.toString(), "--format", "html", "--out", brief.toString()),
              label, problems);
          Files.deleteIfExists(formatted);
          Run format = run(runner, hangLimit, "format", file.toString(), "-o", formatted.toString());
          if (check(format, label, problems) && format.rc == ExitCodes.OK) {
            Run again = run(runner, hangLimit, "info", formatted.toString());
            if (check(again, label, problems) && again.rc != ExitCodes.OK) {
              problems.add(label + ": what format wrote does not open again: " + again.err);
            }
          }
        }
        nanos[i] = System.nanoTime() - start;
      }
    } finally {
      runner.shutdownNow();
    }
    return new Result(count, opened, refused, briefs, problems, nanos);
  }

  /**
   * The median time in milliseconds (of 5) that {@code example} itself takes through the commands of a mutant that
   * opens and gets a brief: the floor the time per mutant is compared with.
   */
  public static long timeOfOriginal(Path example, Path dir) throws IOException, InterruptedException {
    Path file = dir.resolve("original.wedge");
    Files.copy(example, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path formatted = dir.resolve("original-formatted.wedge");
    ExecutorService runner = Executors.newSingleThreadExecutor();
    long[] times = new long[5];
    try {
      for (int i = 0; i < times.length; i++) {
        Files.deleteIfExists(formatted);
        long start = System.nanoTime();
        run(runner, Duration.ofMinutes(1), "info", file.toString());
        run(runner, Duration.ofMinutes(1), "analyze", file.toString());
        run(runner, Duration.ofMinutes(1), "evidence", file.toString());
        run(runner, Duration.ofMinutes(1), "report", file.toString(), "--format", "html", "--out",
            dir.resolve("original-brief.html").toString());
        run(runner, Duration.ofMinutes(1), "format", file.toString(), "-o", formatted.toString());
        run(runner, Duration.ofMinutes(1), "info", formatted.toString());
        times[i] = (System.nanoTime() - start) / 1_000_000;
      }
    } finally {
      runner.shutdownNow();
    }
    java.util.Arrays.sort(times);
    return times[times.length / 2];
  }

  private record Run(String command, int rc, String out, String err, boolean hung) {
  }

  private static Run run(ExecutorService runner, Duration limit, String... args) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Future<Integer> f = runner.submit(() -> WedgeApplication.run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    try {
      int rc = f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return new Run(args[0], rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).strip(),
          false);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new Run(args[0], -1, "", "", true);
    } catch (ExecutionException e) {
      return new Run(args[0], -2, "", "an exception escaped: " + e.getCause(), false);
    }
  }

  /** Adds what is wrong with {@code r} to {@code problems}; false when it is wrong. */
  private static boolean check(Run r, String label, List<String> problems) {
    String what = label + ", " + r.command + ": ";
    if (r.hung) {
      problems.add(what + "did not finish (a hang)");
      return false;
    }
    if (r.rc != ExitCodes.OK && r.rc != ExitCodes.FAILED_CHECK && r.rc != ExitCodes.CANNOT_OPEN) {
      problems.add(what + "exit " + r.rc + ": " + r.err);
      return false;
    }
    if (Words.showsClassName(r.err)) {
      problems.add(what + "a Java class name in: " + r.err);
      return false;
    }
    if (r.rc == ExitCodes.CANNOT_OPEN && (r.err.lines().count() != 1 || !r.err.startsWith("Cannot open "))) {
      problems.add(what + "a refusal is one sentence naming the file: " + r.err);
      return false;
    }
    return true;
  }

  /** One mutant of the model: one to three mutations, described in {@code how}. */
  static byte[] mutate(byte[] original, String text, List<String> ids, Random random, StringBuilder how) {
    int kind = random.nextInt(10);
    if (kind < 3) { // bytes
      byte[] b = original.clone();
      int n = 1 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        b = mutateBytes(b, random, how);
      }
      return b;
    }
    String s = text;
    int n = 1 + random.nextInt(3);
    for (int k = 0; k < n; k++) {
      s = mutateText(s, ids, random, how);
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] mutateBytes(byte[] b, Random random, StringBuilder how) {
    int at = random.nextInt(b.length);
    switch (random.nextInt(5)) {
      case 0 -> {
        how.append("byte ").append(at).append(" flipped; ");
        b[at] ^= (byte) (1 << random.nextInt(8));
        return b;
      }
      case 1 -> {
        int len = Math.min(b.length - at, 1 + random.nextInt(40));
        how.append(len).append(" bytes cut at ").append(at).append("; ");
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + len, out, at, b.length - at - len);
        return out;
      }
      case 2 -> {
        how.append("truncated at ").append(at).append("; ");
        return java.util.Arrays.copyOf(b, at);
      }
      case 3 -> {
        int len = Math.min(b.length - at, 1 + random.nextInt(200));
        how.append(len).append(" bytes at ").append(at).append(" repeated; ");
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, at + len);
        System.arraycopy(b, at, out, at + len, b.length - at);
        return out;
      }
      default -> {
        int len = 1 + random.nextInt(8);
        how.append(len).append(" random bytes inserted at ").append(at).append("; ");
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, at);
        for (int k = 0; k < len; k++) {
          out[at + k] = (byte) random.nextInt(256);
        }
        System.arraycopy(b, at, out, at + len, b.length - at);
        return out;
      }
    }
  }

  private static String mutateText(String s, List<String> ids, Random random, StringBuilder how) {
    List<int[]> attrs = new ArrayList<>(); // value start, value end, name start, name end
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      attrs.add(new int[] {m.start(2), m.end(2), m.start(1), m.end(1)});
    }
    String[] lines = s.split("\n", -1);
    switch (random.nextInt(7)) {
      case 0, 1 -> { // a value replaced by a nasty one
        int[] a = attrs.get(random.nextInt(attrs.size()));
        String v = NASTY[random.nextInt(NASTY.length)];
        how.append(s, a[2], a[3]).append("=\"").append(v.length() > 40 ? v.substring(0, 40) + "..." : v)
            .append("\"; ");
        return s.substring(0, a[0]) + escape(v) + s.substring(a[1]);
      }
      case 2 -> { // a value replaced by the id of another object (a reference to the wrong kind)
        int[] a = attrs.get(random.nextInt(attrs.size()));
        String v = ids.get(random.nextInt(ids.size()));
        how.append(s, a[2], a[3]).append("=\"").append(v).append("\" (an id); ");
        return s.substring(0, a[0]) + v + s.substring(a[1]);
      }
      case 3 -> { // an attribute dropped
        int[] a = attrs.get(random.nextInt(attrs.size()));
        how.append(s, a[2], a[3]).append(" dropped; ");
        return s.substring(0, a[2] - 1) + s.substring(a[1] + 1);
      }
      case 4 -> { // a line (an element, or its start or end) dropped
        int l = 1 + random.nextInt(lines.length - 1);
        how.append("line ").append(l + 1).append(" dropped; ");
        List<String> out = new ArrayList<>(List.of(lines));
        out.remove(l);
        return String.join("\n", out);
      }
      case 5 -> { // a line repeated (duplicate ids, doubled content)
        int l = 1 + random.nextInt(lines.length - 1);
        how.append("line ").append(l + 1).append(" repeated; ");
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(l, lines[l]);
        return String.join("\n", out);
      }
      default -> { // a line moved elsewhere (an element under another parent)
        int from = 1 + random.nextInt(lines.length - 1);
        int to = 1 + random.nextInt(lines.length - 1);
        how.append("line ").append(from + 1).append(" moved to ").append(to + 1).append("; ");
        List<String> out = new ArrayList<>(List.of(lines));
        String line = out.remove(from);
        out.add(Math.min(to, out.size()), line);
        return String.join("\n", out);
      }
    }
  }

  /** {@code v} as an XML attribute value (entities and character references are left as written, on purpose). */
  private static String escape(String v) {
    return v.replace("\"", "&quot;").replace("<", "&lt;");
  }
}
