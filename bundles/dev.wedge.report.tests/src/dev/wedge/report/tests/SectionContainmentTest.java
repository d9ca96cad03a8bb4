package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.hostile.Misbehaviour;

import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.resource.WedgeResource;
import dev.wedge.report.Briefs;

/**
 * Brief sections of a plug-in (com.example.hostile) that loop, allocate or try to end Wedge: each is stopped, left
 * out with a sentence in its place, and the rest of the brief is written; a check that could not run is said in the
 * brief; {@code wedge report} then exits 1.
 */
class SectionContainmentTest {

  @TempDir
  Path dir;

  @BeforeEach
  void shortLimit() {
    System.setProperty("wedge.report.sectionTimeLimitMs", "1000");
  }

  @AfterEach
  void forget() {
    System.clearProperty("wedge.report.sectionTimeLimitMs");
    AnalysisEngine.forgetSessionStops();
    Misbehaviour.forgive();
  }

  private static StrategyModel example(String name) throws Exception {
    StrategyModel m = ModelStore.load(BriefTest.EXAMPLE).model();
    m.setName(name);
    return m;
  }

  private static boolean hostileCodeRuns() {
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      for (StackTraceElement f : e.getValue()) {
        if (f.getClassName().startsWith("com.example.hostile")) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aLoopingSectionIsStoppedAndExplainedWhileTheRestIsWritten() throws Exception {
    StrategyModel m = example("Plan [hostile:section-loop]");
    String html = Briefs.html(m, BriefTest.OPTIONS, null);
    BriefTest.parse(html);
    assertTrue(html.contains("The section \u201cHostile section\u201d of com.example.hostile could not be written"
        + " (took longer than 1 s)."), html);
    assertFalse(html.contains("This text is taken back"));
    assertTrue(html.contains("id=\"findings\"") && html.contains("id=\"map\""), "the rest of the brief is there");
    assertFalse(hostileCodeRuns(), "the loop was stopped for real");
  }

  @Test
  void aSectionThatAllocatesOrCallsSystemExitIsStopped() throws Exception {
    List<String> exit = Briefs.problems(example("Plan [hostile:section-exit]"), BriefTest.OPTIONS);
    assertEquals(List.of("The section \u201cHostile section\u201d of com.example.hostile could not be written (tried to"
        + " end Wedge (System.exit(42)), which plug-ins may not do; it was refused)."), exit);
    System.setProperty("wedge.report.sectionTimeLimitMs", "60000");
    List<String> allocate = Briefs.problems(example("Plan [hostile:section-allocate]"), BriefTest.OPTIONS);
    assertEquals(1, allocate.size(), allocate.toString());
    assertTrue(allocate.get(0).contains("(allocated more than") || allocate.get(0).contains("(used too much memory"),
        allocate.get(0));
  }

  @Test
  void aCheckThatCouldNotRunIsSaidInTheBriefAndTheCommandFails() throws Exception {
    StrategyModel m = example("Plan [hostile:throw]");
    String html = Briefs.html(m, BriefTest.OPTIONS, null);
    assertTrue(html.contains("One check could not run, so what it looks for is not reported here:"), html);
    int next = html.indexOf("id=\"next\"");
    int notChecked = html.indexOf("Not checked: \u2018Hostile: throws\u2019 could not run, so what it looks for is"
        + " not in this brief and the next step may be missing something (see Open points).");
    assertTrue(next >= 0 && notChecked > next && notChecked < html.indexOf("id=\"findings\""),
        "said on page 1, in the next step, as well: " + html);
    assertTrue(html.contains("The analysis \u2018Hostile: throws\u2019 of plug-in com.example.hostile")
        || html.contains("The analysis 'Hostile: throws' of plug-in com.example.hostile"), html);

    Path file = dir.resolve("hostile.wedge");
    WedgeResource r = (WedgeResource) m.eResource();
    ModelStore.save(r, file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = WedgeApplication.run(List.of("report", file.toString(), "--format", "html", "--today", "2026-11-29"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(ExitCodes.FAILED_CHECK, rc, "the brief was written, with a part missing: not a success");
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("wedge report: The analysis 'Hostile: throws' of plug-in"
        + " com.example.hostile failed"), err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote "));
  }
}
