package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent checkers of {@code releng/dev.wedge.conformance} (veraPDF, the W3C Nu HTML checker) in a
 * JVM of their own, on files the tests wrote, and reads their findings. The checkers are built by the same build,
 * before the brief's tests.
 */
final class Conformance {

  static final Path HOME = Path.of("../../releng/dev.wedge.conformance/target");

  /** What one check said of one file: its failures, each a sentence. */
  record Result(String check, String file, List<String> failures) {
  }

  private Conformance() {
  }

  /** Checks {@code files} ("pdf": PDF/UA-1 and PDF/A-2u; "html": Nu); one result per file and check. */
  static List<Result> check(String kind, List<Path> files) throws IOException, InterruptedException {
    Path lib = HOME.resolve("lib");
    Path classes = HOME.resolve("classes");
    assertTrue(Files.isDirectory(lib) && Files.isDirectory(classes), "the conformance checkers are not built in "
        + HOME.toAbsolutePath().normalize() + ": build releng/dev.wedge.conformance first (the full build does)");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-Djava.awt.headless=true", "-cp", classes + File.pathSeparator + lib + File.separator + "*",
        "dev.wedge.conformance.Check", kind));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    Path log = Files.createTempFile(Path.of("target"), "conformance-", ".txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(8, TimeUnit.MINUTES), "the checkers did not finish in 8 minutes");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), () -> "the checkers could not run:\n" + output);
    Map<String, List<String>> failures = new LinkedHashMap<>();
    List<Result> results = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.startsWith("FAIL ")) {
        String[] w = line.split(" ", 4);
        failures.computeIfAbsent(w[1] + " " + w[2].replaceAll(":$", ""), k -> new ArrayList<>()).add(line);
      } else if (line.startsWith("RESULT ")) {
        String[] w = line.split(" ");
        String name = Path.of(w[2]).getFileName().toString();
        results.add(new Result(w[1], name, failures.getOrDefault(w[1] + " " + name, List.of())));
      }
    }
    assertEquals(files.size() * (kind.equals("pdf") ? 2 : 1), results.size(), () -> "not every file was checked:\n"
        + output);
    return results;
  }
}
