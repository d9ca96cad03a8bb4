package dev.wedge.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.editor.strategy.StrategyEditor;
import dev.wedge.editor.strategy.StrategyMapCanvas;
import dev.wedge.strategy.map.MapLayout;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.WorkbenchModels;

/** A strategy map of 500 initiatives and 100 metrics: layout and paint (target under 1 s). */
class StrategyMapBenchmark {

  static StrategyModel map(int initiatives, int metrics, int goals) {
    WedgeFactory f = WedgeFactory.eINSTANCE;
    StrategyModel m = f.createStrategyModel();
    m.setName("Large map");
    for (int g = 0; g < goals; g++) {
      BusinessGoal goal = f.createBusinessGoal();
      goal.setName("Business goal " + g);
      m.getGoals().add(goal);
    }
    for (int k = 0; k < metrics; k++) {
      BusinessMetric metric = f.createBusinessMetric();
      metric.setName("Business metric " + k);
      metric.setGoal(m.getGoals().get(k % goals));
      metric.setBaseline(50.0);
      metric.setTarget(60.0);
      m.getMetrics().add(metric);
    }
    for (int i = 0; i < initiatives; i++) {
      Initiative init = f.createInitiative();
      init.setName("AI initiative number " + i);
      if (i % 10 != 0) {
        MetricLink l = f.createMetricLink();
        l.setMetric(m.getMetrics().get((i * 7) % metrics));
        l.setHypothesis(i % 3 == 0 ? null : "Because");
        init.getLinks().add(l);
        if (i % 4 == 0) {
          MetricLink second = f.createMetricLink();
          second.setMetric(m.getMetrics().get((i * 13 + 5) % metrics));
          init.getLinks().add(second);
        }
      }
      m.getInitiatives().add(init);
    }
    return m;
  }

  @Test
  void layoutAndPaint() throws Exception {
    BenchmarkReport.section("Strategy map", "| what | time |", "|---|---:|");
    StrategyModel headless = map(500, 100, 10);
    double layout = BenchmarkReport.medianMillis(2, 9, () -> {
      long t = System.nanoTime();
      MapLayout.layout(headless, MapLayout.FIXED);
      return System.nanoTime() - t;
    });

    Path file = Files.createTempDirectory("wedge-bench").resolve("map.wedge");
    ModelSession created = ModelSessions.getDefault().create(file, map(500, 100, 10));
    created.save();
    ModelSessions.getDefault().release(created);
    ModelSession session = WorkbenchModels.get().open(file, null);
    IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    double open = BenchmarkReport.medianMillis(1, 5, () -> {
      ResistanceBenchmark.drain();
      long t = System.nanoTime();
      try {
        StrategyEditor e = (StrategyEditor) ModelEditors.openPart(page, session,
            ModelParts.find("strategy").orElseThrow(), null);
        StrategyMapCanvas canvas = e.canvas();
        int[] painted = {0};
        canvas.addPaintListener(p -> painted[0]++);
        Display d = Display.getCurrent();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((painted[0] == 0 || canvas.getSize().y < 100) && System.nanoTime() < deadline) {
          if (!d.readAndDispatch()) {
            d.sleep();
          }
        }
        long elapsed = System.nanoTime() - t;
        if (painted[0] == 0) {
          throw new IllegalStateException("the map was not painted");
        }
        page.closeEditor(e, false);
        ResistanceBenchmark.drain();
        return elapsed;
      } catch (Exception x) {
        throw new IllegalStateException(x);
      }
    });
    StrategyEditor e = (StrategyEditor) ModelEditors.openPart(page, session,
        ModelParts.find("strategy").orElseThrow(), null);
    ResistanceBenchmark.drain();
    StrategyMapCanvas canvas = e.canvas();
    int[] paints = {0};
    canvas.addPaintListener(p -> paints[0]++);
    double repaint = BenchmarkReport.medianMillis(3, 21, () -> {
      long t = System.nanoTime();
      canvas.redraw();
      untilPainted(paints);
      return System.nanoTime() - t;
    });
    double relayoutAndPaint = BenchmarkReport.medianMillis(2, 9, () -> {
      long t = System.nanoTime();
      canvas.relayout();
      untilPainted(paints);
      return System.nanoTime() - t;
    });
    page.closeEditor(e, false);
    WorkbenchModels.get().closeDiscarding(session);
    ResistanceBenchmark.drain();
    BenchmarkReport.row(String.format("| 500 initiatives, 100 metrics, 10 goals: ELK layout (headless) | %.0f ms |",
        layout));
    BenchmarkReport.row(String.format("| the same: open the editor, lay out and paint the whole map | %.0f ms |", open));
    BenchmarkReport.row(String.format("| the same: lay out again after a change and paint | %.0f ms |",
        relayoutAndPaint));
    BenchmarkReport.row(String.format("| the same: repaint (fitted, every box and line drawn) | %.0f ms |", repaint));
    BenchmarkReport.note("Medians after warm-up, on Xvfb; 550 links, 100 metric-goal lines; the model is already loaded.");
  }

  static void untilPainted(int[] paints) {
    Display d = Display.getCurrent();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (paints[0] == 0 && System.nanoTime() < deadline) {
      if (!d.readAndDispatch()) {
        d.sleep();
      }
    }
    paints[0] = 0;
  }
}
