package dev.wedge.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.example.hostile.HostileAnalysis;
import com.example.hostile.Misbehaviour;

import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.containment.ContainedPool;
import dev.wedge.model.StrategyModel;

/**
 * A plug-in that loops, allocates without end, calls System.exit, recurses or floods the model with findings (the
 * installed test plug-in com.example.hostile): each is stopped for real, said, switched off for the session, and
 * Wedge goes on.
 */
class ContainmentTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @AfterEach
  void forget() {
    AnalysisEngine.forgetSessionStops();
    Misbehaviour.forgive();
  }

  private static FindingsSnapshot analyse(String what, long timeoutMillis) {
    StrategyModel m = Models.model();
    m.setName("Plan [hostile:" + what + "]");
    Models.initiative(m, "Tied to nothing", dev.wedge.model.AiUse.RESEARCH, dev.wedge.model.Intent.EFFICIENCY);
    AnalysisEngine engine = new AnalysisEngine(m, AnalysisEngines.registry(), () -> Models.TODAY, timeoutMillis);
    try {
      return engine.runNow();
    } finally {
      engine.dispose();
    }
  }

  private static String failure(FindingsSnapshot s, String analysisId) {
    return s.failures().stream().filter(f -> f.analysisId().equals(analysisId)).map(AnalysisFailure::reason)
        .findFirst().orElse(null);
  }

  /** Whether some thread is running the plug-in's code right now. */
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

  /** CPU time all threads used over {@code millis}, in ms. */
  private static long cpuMillisOver(long millis) throws InterruptedException {
    long before = totalCpuNanos();
    Thread.sleep(millis);
    return (totalCpuNanos() - before) / 1_000_000;
  }

  private static long totalCpuNanos() {
    long sum = 0;
    for (long id : THREADS.getAllThreadIds()) {
      long t = THREADS.getThreadCpuTime(id);
      sum += Math.max(0, t);
    }
    return sum;
  }

  @Test
  void thePlugInsClassesAreWovenWithCheckpoints() {
    assertTrue(ContainedPool.checkpointsWoven(), "the weaving hook is active");
    assertTrue(ContainedPool.contained(HostileAnalysis.Loops.class), "the plug-in's classes were rewritten");
    assertFalse(ContainedPool.contained(AnalysisEngine.class), "Wedge's own are not");
  }

  @Test
  void aLoopingAnalysisIsStoppedForRealAndUsesNoCpuAfterwards() throws Exception {
    FindingsSnapshot s = analyse("loop", 500);
    String why = failure(s, "com.example.hostile.loops");
    assertEquals("took longer than 500 ms", why, s.failures().toString());
    assertFalse(hostileCodeRuns(), "no thread runs the loop any more");
    long cpu = cpuMillisOver(1000);
    Files.writeString(Path.of("target/containment-cpu.txt"), "CPU of all threads in the second after a looping"
        + " analysis was stopped: " + cpu + " ms\n");
    assertTrue(cpu < 500, "after the stop the loop burns no CPU (all threads used " + cpu + " ms in 1 s)");
  }

  @Test
  void aStoppedAnalysisIsNotRunAgainInTheSessionEvenOnAnotherModel() {
    analyse("loop", 500);
    int runs = Misbehaviour.RUNS.get();
    FindingsSnapshot other = analyse("loop", 500);
    assertEquals(runs, Misbehaviour.RUNS.get(), "the analysis was not run again");
    assertEquals("took longer than 500 ms", failure(other, "com.example.hostile.loops"),
        "and the other model says why it is off");
  }

  @Test
  void anAllocatingAnalysisIsStoppedBeforeMemoryRunsOut() {
    FindingsSnapshot s = analyse("allocate", 60_000);
    String why = failure(s, "com.example.hostile.allocates");
    assertTrue(why != null && (why.startsWith("allocated more than") || why.startsWith("used too much memory")),
        s.failures().toString());
    assertFalse(hostileCodeRuns());
  }

  @Test
  void systemExitAndRuntimeHaltInAnAnalysisAreRefused() {
    FindingsSnapshot exit = analyse("exit", 5000);
    assertEquals("tried to end Wedge (System.exit(42)), which plug-ins may not do; it was refused",
        failure(exit, "com.example.hostile.exits"));
    FindingsSnapshot halt = analyse("halt", 5000);
    assertEquals("tried to end Wedge (Runtime.halt(43)), which plug-ins may not do; it was refused",
        failure(halt, "com.example.hostile.halts"));
  }

  @Test
  void aFloodOfFindingsAndAnEndlessRecursionAreStopped() {
    FindingsSnapshot flood = analyse("flood", 60_000);
    assertEquals("reported more than 10,000 findings, more than Wedge shows from one analysis; it was stopped",
        failure(flood, "com.example.hostile.floods"));
    assertTrue(flood.findings().stream().noneMatch(f -> f.analysisId().equals("com.example.hostile.floods")));
    FindingsSnapshot recursion = analyse("recurse", 60_000);
    assertEquals("recursed without end (its stack overflowed)", failure(recursion, "com.example.hostile.recurses"));
  }

  @Test
  void theOtherAnalysesGoOn() {
    FindingsSnapshot s = analyse("loop", 500);
    List<String> failed = s.failures().stream().map(AnalysisFailure::analysisId).toList();
    assertEquals(List.of("com.example.hostile.loops"), failed);
    assertTrue(s.findings().size() > 0, "Wedge's own checks still report on the model");
  }

  @Test
  void aPlaybookBeyondItsBoundsIsLeftOutAndWedgesResponsesApply() {
    dev.wedge.core.method.ResponseCatalogue.reset();
    dev.wedge.core.method.ResponseCatalogue c = dev.wedge.core.method.ResponseCatalogue.get();
    dev.wedge.core.method.ResponseCatalogue builtin = dev.wedge.core.method.ResponseCatalogue.builtin();
    for (dev.wedge.model.RootCause cause : List.of(dev.wedge.model.RootCause.OWNERSHIP,
        dev.wedge.model.RootCause.QUALITY)) {
      assertEquals(builtin.recommended(cause), c.recommended(cause), cause + ": the hostile playbook gave nothing");
    }
    assertFalse(c.name().contains("Hostile"), c.name());
  }
}
