package dev.wedge.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.ui.WorkbenchFindings;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.Initiative;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * The workbench on a model of 100k objects against the example: from opening the model until the workbench is idle
 * (analyses done, their findings shown), a heartbeat on the UI thread every 10 ms records how long the UI thread
 * was kept from it; every gap over 200 ms after the first paint is a stall the user sees. Then one edit: the time
 * until its findings are shown. Targets: no stall over 200 ms after the first paint, idle within 1.5x the example's
 * time, an edit and its findings within 50 ms.
 */
class WorkbenchStallBenchmark {

  private static final long BEAT_MS = 10;

  /** Gaps between heartbeats, in ms (the beat's own period subtracted). */
  static final class Probe implements Runnable {
    final Display display;
    final List<Long> gaps = new ArrayList<>();
    long last;
    boolean running = true;

    Probe(Display display) {
      this.display = display;
      last = System.nanoTime();
      display.timerExec((int) BEAT_MS, this);
    }

    @Override
    public void run() {
      long now = System.nanoTime();
      gaps.add(Math.max(0, (now - last) / 1_000_000 - BEAT_MS));
      last = now;
      if (running) {
        display.timerExec((int) BEAT_MS, this);
      }
    }

    long max() {
      return gaps.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    long over(long ms) {
      return gaps.stream().filter(g -> g > ms).count();
    }
  }

  @Test
  void openingALargeModelKeepsTheWorkbenchResponsive() throws Exception {
    BenchmarkReport.section("Workbench responsiveness (a heartbeat on the UI thread every 10 ms)",
        "| model | open until first paint | until idle | longest stall after first paint | stalls > 200 ms |"
            + " edit until its findings are shown |",
        "|---|---:|---:|---:|---:|---:|");
    Path dir = Files.createTempDirectory("wedge-bench-ui");
    Path example = dir.resolve("halden-mutual.wedge");
    Files.copy(Path.of("../../examples/halden-mutual.wedge"), example);
    StrategyModel large = SyntheticModels.ofSize(100_000, 42);
    int objects = SyntheticModels.count(large);
    Path big = dir.resolve("synthetic-100k.wedge");
    ModelSession created = ModelSessions.getDefault().create(big, large);
    created.save();
    ModelSessions.getDefault().release(created);
    double exampleIdle = measure("example (Halden Mutual)", example);
    double largeIdle = measure(String.format("synthetic, %,d objects", objects), big);
    BenchmarkReport.note(String.format("Idle: the analyses have run and their findings are shown. The 100k-object"
        + " model is idle in %.2f\u00d7 the example's time.", largeIdle / exampleIdle));
  }

  private static double measure(String name, Path file) throws Exception {
    Display d = Display.getCurrent();
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    drain(d);
    long t0 = System.nanoTime();
    ModelSession session = WorkbenchModels.get().openWithEditor(file, window);
    d.update(); // the first paint of the editor
    long firstPaint = System.nanoTime();
    Probe probe = new Probe(d);
    while (!idle(session)) {
      if (!d.readAndDispatch()) {
        d.sleep();
      }
    }
    long idle = System.nanoTime();
    runFor(d, 1000); // stalls right after idle count too
    // one edit: rename an initiative, until the findings of that change are shown
    Initiative first = session.getModel().getInitiatives().get(0);
    var before = WorkbenchFindings.get().snapshotOf(session);
    long e0 = System.nanoTime();
    session.execute(SetCommand.create(session.getEditingDomain(), first, WedgePackage.Literals.NAMED__NAME,
        first.getName() + " (renamed)"));
    while (WorkbenchFindings.get().snapshotOf(session) == before || !idle(session)) {
      if (!d.readAndDispatch()) {
        d.sleep();
      }
    }
    d.update();
    long edit = System.nanoTime() - e0;
    probe.running = false;
    BenchmarkReport.row(String.format("| %s | %.0f ms | %.0f ms | %d ms | %d | %.0f ms |", name,
        (firstPaint - t0) / 1e6, (idle - t0) / 1e6, probe.max(), probe.over(200), edit / 1e6));
    session.getCommandStack().undo();
    WorkbenchModels.get().closeDiscarding(session);
    drain(d);
    return (idle - t0) / 1e6;
  }

  private static boolean idle(ModelSession session) {
    try {
      return AnalysisEngines.of(session).awaitIdle(1)
          && WorkbenchFindings.get().snapshotOf(session) == AnalysisEngines.of(session).snapshot();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private static void runFor(Display d, long ms) {
    long end = System.nanoTime() + ms * 1_000_000;
    while (System.nanoTime() < end) {
      if (!d.readAndDispatch()) {
        d.timerExec(20, () -> { });
        d.sleep();
      }
    }
  }

  private static void drain(Display d) {
    while (d.readAndDispatch()) {
      // until idle
    }
  }
}
