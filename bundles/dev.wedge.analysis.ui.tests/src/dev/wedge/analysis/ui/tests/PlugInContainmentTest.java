package dev.wedge.analysis.ui.tests;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.hostile.Misbehaviour;

import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.ui.FindingsView;
import dev.wedge.analysis.ui.WorkbenchFindings;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;

/**
 * In a real workbench, a plug-in whose analyses loop, allocate without end and call System.exit: the workbench stays
 * up, the Findings view lists the three as failed, nothing of them runs (or burns CPU) afterwards, and they are not run
 * again on the next model opened.
 */
class PlugInContainmentTest {

  private static final Set<String> HOSTILE = Set.of("com.example.hostile.loops", "com.example.hostile.allocates",
      "com.example.hostile.exits");

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    closeAllModels();
    AnalysisEngine.forgetSessionStops();
    Misbehaviour.forgive();
  }

  private Path hostileCopy(String name) throws Exception {
    Path model = copyExample(Files.createDirectories(dir.resolve(name)));
    String xml = Files.readString(model, StandardCharsets.UTF_8).replaceFirst("name=\"Halden Mutual: AI in L&amp;D\"",
        "name=\"Halden Mutual [hostile:loop] [hostile:allocate] [hostile:exit]\"");
    Files.writeString(model, xml, StandardCharsets.UTF_8);
    return model;
  }

  private static Set<String> failed(ModelSession s) {
    return WorkbenchFindings.get().snapshotOf(s).failures().stream().map(AnalysisFailure::analysisId)
        .collect(Collectors.toSet());
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

  private static long cpuNanosOfAllThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  @Test
  void loopingAllocatingAndExitingAnalysesAreStoppedAndTheWorkbenchGoesOn() throws Exception {
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    java.util.List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    org.eclipse.core.runtime.ILogListener logged = (status, plugin) -> {
      if (status.getSeverity() == org.eclipse.core.runtime.IStatus.WARNING) {
        warnings.add(status.getMessage());
      }
    };
    org.eclipse.core.runtime.Platform.addLogListener(logged);
    try {
      containedIn(window, warnings);
    } finally {
      org.eclipse.core.runtime.Platform.removeLogListener(logged);
    }
  }

  private void containedIn(IWorkbenchWindow window, java.util.List<String> warnings) throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(hostileCopy("one"), window);
    FindingsView view = (FindingsView) window.getActivePage().showView(FindingsView.ID);
    view.show(session);
    UiTesting.waitUntil(() -> failed(session).containsAll(HOSTILE), Duration.ofSeconds(60), "the hostile analyses to be stopped");
    assertEquals(HOSTILE, failed(session), "only the misbehaving analyses failed");
    Map<String, String> reasons = WorkbenchFindings.get().snapshotOf(session).failures().stream()
        .collect(Collectors.toMap(AnalysisFailure::analysisId, AnalysisFailure::reason));
    assertTrue(reasons.get("com.example.hostile.loops").startsWith("took longer than 2 s"), reasons.toString());
    assertTrue(reasons.get("com.example.hostile.exits").startsWith("tried to end Wedge (System.exit(42))"),
        reasons.toString());
    // whichever limit it reached first; on a loaded machine the allocation sampler may not run before the heap is
    // full, and then the analysis' own OutOfMemoryError stops it: still contained, still named
    String allocation = reasons.get("com.example.hostile.allocates");
    assertTrue(allocation.startsWith("allocated more than") || allocation.startsWith("used too much memory")
        || allocation.startsWith("took longer than 2 s") || allocation.equals("ran out of memory"), reasons.toString());
    assertFalse(WorkbenchFindings.get().snapshotOf(session).findings().isEmpty(), "Wedge's own checks still report");
    String summary = WorkbenchFindings.shortSummary(WorkbenchFindings.get().snapshotOf(session));
    assertTrue(summary.endsWith(" \u00b7 3 analyses off"), "the status line says so: " + summary);
    for (String id : HOSTILE) {
      String reason = reasons.get(id);
      assertTrue(warnings.stream().anyMatch(w -> w.contains(reason) && w.contains("Retry Failed Analysis")),
          () -> "the Error Log has " + id + " with why and how to switch it on again: " + warnings);
    }
    assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null, "the workbench is still there");

    UiTesting.waitUntil(() -> !hostileCodeRuns(), Duration.ofSeconds(5), "the hostile code to stop");
    long before = cpuNanosOfAllThreads();
    Thread.sleep(1000);
    long cpuMillis = (cpuNanosOfAllThreads() - before) / 1_000_000;
    Files.writeString(Path.of("target/containment-cpu-workbench.txt"), "CPU of all threads in the second after the"
        + " stops, workbench idle: " + cpuMillis + " ms\n");
    assertTrue(cpuMillis < 500, "nothing burns CPU after the stops: " + cpuMillis + " ms in 1 s");

    int runs = Misbehaviour.RUNS.get();
    ModelSession second = WorkbenchModels.get().openWithEditor(hostileCopy("two"), window);
    UiTesting.waitUntil(() -> failed(second).containsAll(HOSTILE), Duration.ofSeconds(30), "the second model's analyses to be stopped");
    assertEquals(runs, Misbehaviour.RUNS.get(), "switched off for the session: not run on the second model");
  }
}
