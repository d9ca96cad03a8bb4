package dev.wedge.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.FindingsListener;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.testing.SyntheticModels;
import dev.wedge.model.Cohort;
import dev.wedge.model.Initiative;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.resource.WedgeResourceFactory;

/**
 * All built-in analyses on a model of 10,000 initiatives (about 100k objects): a full run (target under 200 ms) and
 * the update after one edit, from the edit to the new findings (target under 16 ms).
 */
class AnalysisBenchmark {

  @Test
  void fullRunAndIncrementalUpdates() throws Exception {
    StrategyModel m = SyntheticModels.withInitiatives(10_000, 7);
    new WedgeResourceFactory().createResource(URI.createURI("mem:/bench.wedge")).getContents().add(m);
    AnalysisRegistry registry = AnalysisRegistry.installed();
    AnalysisEngine engine = new AnalysisEngine(m, registry, LocalDate::now, 30_000);
    FindingsSnapshot first = engine.runNow();
    double full = BenchmarkReport.medianMillis(3, 11, () -> {
      long t = System.nanoTime();
      engine.runNow();
      return System.nanoTime() - t;
    });
    BenchmarkReport.section("Analyses (" + registry.all().size() + " installed) on " + m.getInitiatives().size()
        + " initiatives, " + SyntheticModels.count(m) + " objects",
        "| what | median | 95th percentile | findings |", "|---|---:|---:|---:|");
    BenchmarkReport.row(String.format("| full run, all analyses | %.1f ms | | %,d |", full, first.findings().size()));

    engine.start();
    engine.awaitIdle(60_000);
    Random r = new Random(1);
    edit(engine, "rename an initiative", 60, () -> {
      Initiative i = m.getInitiatives().get(r.nextInt(m.getInitiatives().size()));
      i.setName(i.getName() + "'");
    });
    edit(engine, "link or unlink an initiative's metric", 60, () -> {
      Initiative i = m.getInitiatives().get(r.nextInt(m.getInitiatives().size()));
      if (i.getLinks().isEmpty()) {
        i.getLinks().add(WedgeFactory.eINSTANCE.createMetricLink());
      }
      var link = i.getLinks().get(0);
      link.setMetric(link.getMetric() == null ? m.getMetrics().get(0) : null);
    });
    edit(engine, "change a stakeholder's influence", 60, () -> {
      var s = m.getStakeholders().get(r.nextInt(m.getStakeholders().size()));
      s.setInfluence(s.getInfluence() % 5 + 1);
    });
    edit(engine, "add a measurement", 60, () -> {
      Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
      x.setDate(LocalDate.now());
      x.setValue(r.nextInt(100));
      x.setCohort(Cohort.ALL);
      m.getMetrics().get(r.nextInt(m.getMetrics().size())).getMeasurements().add(x);
    });
    engine.dispose();
    BenchmarkReport.note("Full run: medians of 11 runs of `runNow()` after warm-up. Updates: time from the edit (on the"
        + " editing thread) to the engine publishing new findings, over 60 edits each, after warm-up.");
  }

  private static void edit(AnalysisEngine engine, String what, int n, Runnable edit) throws Exception {
    long[] times = new long[n];
    for (int k = -10; k < n; k++) {
      AtomicReference<CountDownLatch> latch = new AtomicReference<>(new CountDownLatch(1));
      FindingsListener done = s -> latch.get().countDown();
      engine.addListener(done);
      long t = System.nanoTime();
      edit.run();
      if (!latch.get().await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no update after: " + what);
      }
      long elapsed = System.nanoTime() - t;
      engine.removeListener(done);
      engine.awaitIdle(10_000);
      if (k >= 0) {
        times[k] = elapsed;
      }
    }
    Arrays.sort(times);
    BenchmarkReport.row(String.format("| update after: %s | %.2f ms | %.2f ms | |", what, times[n / 2] / 1e6,
        times[(int) (n * 0.95)] / 1e6));
  }
}
