package dev.wedge.benchmarks;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.wedge.core.session.ModelSessions;
import dev.wedge.editor.metrics.MetricChart;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.ImportResult;
import dev.wedge.evidence.imports.MeasurementImport;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.resource.WedgeResourceFactory;

/** Importing 100k measurements (target under 3 s) and repainting a chart of 10k points (target under 100 ms). */
class MetricsBenchmark {

  @Test
  void importAndChart() throws Exception {
    BenchmarkReport.section("Metric tracking", "| what | time |", "|---|---:|");
    StringBuilder csv = new StringBuilder("date,value,cohort,source\n");
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      csv.append(d.plusDays(i % 2500)).append(',').append(40 + i % 53).append('.').append(i % 10).append(',')
          .append(i % 2 == 0 ? "pilot" : "comparison").append(",LMS\n");
    }
    String text = csv.toString();
    double importMs = BenchmarkReport.medianMillis(1, 5, () -> {
      StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
      BusinessMetric metric = WedgeFactory.eINSTANCE.createBusinessMetric();
      m.getMetrics().add(metric);
      AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ModelSessions.newAdapterFactory(),
          new BasicCommandStack());
      domain.getResourceSet().getResources().add(new WedgeResourceFactory().createResource(URI.createURI("mem:/b.wedge")));
      domain.getResourceSet().getResources().get(0).getContents().add(m);
      long t = System.nanoTime();
      try {
        ImportResult r = CsvImport.read(new StringReader(text), CsvImport.guess(text.substring(0, 500)));
        domain.getCommandStack().execute(MeasurementImport.command(domain, metric, r.rows()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      long elapsed = System.nanoTime() - t;
      if (metric.getMeasurements().size() != 100_000) {
        throw new IllegalStateException("imported " + metric.getMeasurements().size());
      }
      return elapsed;
    });
    BenchmarkReport.row(String.format("| import 100,000 CSV rows (parse, check, one command) | %.0f ms |", importMs));

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
      chart.show(metric, null);
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
