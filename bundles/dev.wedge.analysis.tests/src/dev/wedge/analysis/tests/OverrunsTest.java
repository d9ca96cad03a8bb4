package dev.wedge.analysis.tests;

import static dev.wedge.analysis.tests.Models.TODAY;
import static dev.wedge.analysis.tests.Models.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.FindingsSnapshot;

/**
 * The live runs switch an analysis off for its time only after three runs in a row past the limit: a first run slowed
 * by a cold start (classes loading, code not yet compiled, a busy laptop) is run again, not switched off.
 */
class OverrunsTest {

  private final List<AnalysisEngine> engines = new ArrayList<>();

  @AfterEach
  void dispose() {
    engines.forEach(AnalysisEngine::dispose);
    AnalysisEngine.forgetSessionStops();
  }

  /** Runs past any limit (until stopped) on the runs {@code slow} accepts; otherwise reports one finding. */
  private static Analysis slowOn(AtomicInteger runs, java.util.function.IntPredicate slow) {
    return ctx -> {
      if (slow.test(runs.incrementAndGet())) {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && !Thread.currentThread().isInterrupted()) {
          Thread.onSpinWait();
        }
        return;
      }
      ctx.report(Severity.WARNING, "measured late");
    };
  }

  private FindingsSnapshot live(String id, Analysis a) throws InterruptedException {
    AnalysisEngine e = new AnalysisEngine(model(), AnalysisRegistry.of(List.of(new AnalysisDescriptor(id, id, "Test",
        "", Severity.WARNING, true, "test.plugin." + id, () -> a))), () -> TODAY, 300);
    engines.add(e);
    e.start();
    assertTrue(e.awaitIdle(30_000), "the runs end");
    return e.snapshot();
  }

  @Test
  void aFirstRunPastTheLimitIsRunAgainAndItsFindingsCount() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    FindingsSnapshot s = live("cold", slowOn(runs, n -> n == 1));
    assertEquals(List.of(), s.failures(), "not switched off");
    assertEquals(1, s.findings().size(), "its finding is there");
    assertEquals(2, runs.get(), "run once more after the slow run");
  }

  @Test
  void threeRunsInARowPastTheLimitSwitchItOffAndSaySo() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    FindingsSnapshot s = live("slow", slowOn(runs, n -> true));
    assertEquals(3, runs.get());
    assertEquals(1, s.failures().size(), s.failures().toString());
    assertEquals("took longer than 300 ms in 3 runs in a row", s.failures().get(0).reason());
    assertTrue(s.failures().get(0).message().endsWith("switched off for this session: it took longer than 300 ms in"
        + " 3 runs in a row."), s.failures().get(0).message());
  }
}
