package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Today comes from one clock, the sessions' ({@code ModelSession.today()}, fixed by {@code --today} and by tests): no
 * product code outside {@code ModelSessions} reads the system's date or makes a clock of its own, so no date check, no
 * editor and no report can disagree with another or escape a test's fixed date.
 */
class OneClockTest {

  /** The system's date, or a clock of the system's (a timestamp of a log or a temporary file is no "today"). */
  private static final Pattern SYSTEM_DATE = Pattern.compile(
      "\\b(LocalDate|ZonedDateTime|OffsetDateTime|YearMonth|Year)\\s*\\.\\s*now\\s*\\(|\\bClock\\s*\\.\\s*system");

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final String THE_CLOCK = "bundles/dev.wedge.core/src/dev/wedge/core/session/ModelSessions.java";

  @Test
  void onlyTheSessionsClockReadsTheSystemsDate() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path source : productSources()) {
      files++;
      String rel = ROOT.relativize(source).toString().replace('\\', '/');
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.startsWith("*") && !line.startsWith("//") && SYSTEM_DATE.matcher(line).find()
            && !rel.equals(THE_CLOCK)) {
          found.add(rel + ":" + (i + 1) + ": " + line);
        }
      }
    }
    assertTrue(files > 200, "the sources were found under " + ROOT + " (" + files + " files)");
    assertEquals(List.of(), found, "take today from ModelSession.today() (or ModelSessions.getDefault().getClock())");
    assertTrue(SYSTEM_DATE.matcher(Files.readString(ROOT.resolve(THE_CLOCK))).find(), "the one default clock");
  }

  @Test
  void thePatternFindsEveryWayOfAskingTheSystem() {
    for (String s : List.of("LocalDate.now()", "LocalDate.now(zone)", "java.time.LocalDate.now()",
        "ZonedDateTime.now()", "YearMonth.now()", "Clock.systemDefaultZone()", "Clock.systemUTC()")) {
      assertTrue(SYSTEM_DATE.matcher(s).find(), s);
    }
    for (String s : List.of("session.today()", "LocalDate.now2", "LocalDateTime.now()", "Instant.now()")) {
      assertTrue(!SYSTEM_DATE.matcher(s).find(), s);
    }
  }

  /** Java sources of the product and the examples: not tests, not the test harnesses. */
  private static List<Path> productSources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String top : List.of("bundles", "examples")) {
      try (Stream<Path> s = Files.walk(ROOT.resolve(top))) {
        s.filter(p -> p.toString().endsWith(".java")).filter(p -> {
          String r = ROOT.relativize(p).toString().replace('\\', '/');
          return !r.contains("/target/") && !r.contains("/bin/") && !r.matches(".*\\.tests?/.*")
              && !r.contains(".testing/") && !r.contains("/src/test/");
        }).forEach(out::add);
      }
    }
    return out;
  }
}
