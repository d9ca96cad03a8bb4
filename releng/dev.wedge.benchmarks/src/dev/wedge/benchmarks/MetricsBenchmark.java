package dev.wedge.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.wedge.editor.metrics.MetricChart;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.WedgeFactory;

/** Repainting a chart of 10k points (target under 100 ms); importing is measured by {@link ImportBenchmark}. */
class MetricsBenchmark {

  @Test
  void importAndChart() throws Exception {
    BenchmarkReport.section("Metric tracking", "| what | time |", "|---|---:|");
    LocalDate d = LocalDate.of(2020, 1, 1);
    Display display = Display.getDefault();
    Shell shell = new Shell(display);
    shell.setLayout(new FillLayout());
    shell.setSize(1200, 600);
    MetricChart chart = new MetricChart(shell);
    BusinessMetric metric = WedgeFactory.eINSTANCE.createBusinessMetric();
    metric.setName("Ten thousand points");
    metric.setBaseline(50.0);
    metric.setTarget(60.0);
    List<Measurement> points = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
      x.setDate(d.plusDays(i / 3));
      x.setValue(50 + Math.sin(i / 50.0) * 5 + (i % 7));
      x.setCohort(Cohort.values()[i % 3]);
      points.add(x);
    }
    metric.getMeasurements().addAll(points);
    shell.open();
    double show = BenchmarkReport.medianMillis(2, 9, () -> {
      long t = System.nanoTime();
      chart.show(metric, null, d.plusDays(10_000 / 3));
      chart.getChart().update();
      return System.nanoTime() - t;
    });
    org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, 1200, 600);
    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
    double repaint = BenchmarkReport.medianMillis(3, 21, () -> {
      long t = System.nanoTime();
      chart.getChart().print(gc); // the chart and its plot area, painted in full
      return System.nanoTime() - t;
    });
    gc.dispose();
    image.dispose();
    BenchmarkReport.row(String.format("| chart of 10,000 points: rebuild series and paint | %.1f ms |", show));
    BenchmarkReport.row(String.format("| chart of 10,000 points: repaint (the whole chart painted) | %.1f ms |", repaint));
    shell.dispose();
    BenchmarkReport.note("Medians after warm-up; the chart is 1200x600 on Xvfb.");
    while (display.readAndDispatch()) {
      // drain
    }
    SWT.getPlatform();
  }
}
