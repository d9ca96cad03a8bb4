package dev.wedge.editor.metrics;

import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.WedgeFactory;

/** The metric chart's axes and series: ticks that never repeat, room around the data, means rather than zig-zags. */
class MetricChartTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private Shell shell;
  private MetricChart chart;

  @BeforeEach
  void open() {
    shell = new Shell(Display.getDefault());
    shell.setLayout(new FillLayout());
    chart = new MetricChart(shell);
    shell.setSize(900, 400);
    shell.open();
    processEvents();
  }

  @AfterEach
  void close() {
    chart.dispose();
    shell.dispose();
  }

  private static BusinessMetric metric(LocalDate from, int count, int everyDays) {
    BusinessMetric m = WedgeFactory.eINSTANCE.createBusinessMetric();
    m.setName("Time to proficiency");
    m.setUnit("days");
    for (int i = 0; i < count; i++) {
      m.getMeasurements().add(measurement(from.plusDays((long) i * everyDays), 90 - i * 0.5, Cohort.ALL));
    }
    return m;
  }

  private static Measurement measurement(LocalDate on, double value, Cohort cohort) {
    Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
    x.setDate(on);
    x.setValue(value);
    x.setCohort(cohort);
    return x;
  }

  private List<String> ticksAt(int width) {
    shell.setSize(width, 400);
    shell.layout(true, true);
    chart.getChart().redraw();
    chart.getChart().update();
    processEvents();
    return chart.tickLabels();
  }

  @Test
  void dateTicksNeverRepeatALabelAtAnyWidthOrSpan() {
    // a month and a half, a year of monthly values (the case that read "Jun '27 Jun '27"), three and ten years
    int[][] spans = {{45, 1}, {12, 30}, {36, 30}, {120, 30}};
    for (int[] span : spans) {
      chart.show(metric(LocalDate.of(2025, 12, 1), span[0], span[1]), null, TODAY);
      for (int width = 300; width <= 1500; width += 100) {
        List<String> labels = ticksAt(width);
        assertTrue(labels.size() >= 2, "at least two dates on the axis at " + width + " px: " + labels);
        assertEquals(labels.size(), new HashSet<>(labels).size(),
            "no label twice (" + span[0] + " values every " + span[1] + " days, " + width + " px): " + labels);
      }
    }
  }

  @Test
  void aMetricWithoutDataShowsNoDatesAndNothingOfTheMetricBefore() {
    chart.show(metric(LocalDate.of(2025, 12, 1), 12, 30), null, TODAY);
    assertTrue(chart.ticksShown());
    BusinessMetric none = WedgeFactory.eINSTANCE.createBusinessMetric();
    none.setName("Attrition");
    chart.show(none, null, TODAY);
    processEvents();
    assertFalse(chart.ticksShown(), "no 'Jan '70' and no axes left over from the metric shown before");
    assertEquals(0, chart.getChart().getSeriesSet().getSeries().length);
    assertEquals("Attrition: no measurements yet", chart.getChart().getTitle().getText());
    chart.show(null, null, TODAY);
    assertFalse(chart.ticksShown());
  }

  @Test
  void aMetricWithABaselineButNoMeasurementsIsDrawnAroundTodayFromTheSessionsClock() {
    BusinessMetric m = WedgeFactory.eINSTANCE.createBusinessMetric();
    m.setName("Attrition");
    m.setBaseline(12.0);
    chart.show(m, null, TODAY);
    assertTrue(chart.ticksShown());
    LocalDate[] x = chart.xRange();
    assertTrue(!x[0].isAfter(TODAY) && !x[1].isBefore(TODAY), "the range holds the session's today: "
        + x[0] + ".." + x[1]);
  }

  @Test
  void theBaselineAndTheTargetNeverSitOnTheFrame() {
    BusinessMetric m = metric(LocalDate.of(2025, 12, 1), 12, 30);
    m.setBaseline(94.0);
    m.setTarget(70.0);
    chart.show(m, null, TODAY);
    Range y = chart.yRange();
    double span = 94 - 70;
    assertTrue(y.lower <= 70 - 0.05 * span, "room below the target: " + y.lower);
    assertTrue(y.upper >= 94 + 0.05 * span, "room above the baseline: " + y.upper);
  }

  @Test
  void aCohortOfIndividualValuesIsDrawnAsItsMeanPerDateWithTheValuesAsPoints() {
    BusinessMetric m = metric(LocalDate.of(2025, 12, 1), 12, 30);
    LocalDate first = LocalDate.of(2026, 5, 4);
    LocalDate second = first.plusDays(7);
    m.getMeasurements().add(measurement(first, 10, Cohort.PILOT));
    m.getMeasurements().add(measurement(first, 30, Cohort.PILOT));
    m.getMeasurements().add(measurement(first, 20, Cohort.PILOT));
    m.getMeasurements().add(measurement(second, 40, Cohort.PILOT));
    m.getMeasurements().add(measurement(second, 50, Cohort.PILOT));
    chart.show(m, null, TODAY);
    assertEquals(5, chart.points(Cohort.PILOT));
    assertEquals(2, chart.dates(Cohort.PILOT), "one point of the line per date");
    assertTrue(chart.individualValues(Cohort.PILOT), "the individual values as points beside the line");
    ISeries<?> line = chart.getChart().getSeriesSet().getSeries("Pilot cohort (mean per day)");
    assertEquals(List.of(20.0, 45.0), java.util.Arrays.stream(line.getYSeries()).boxed().toList());
    assertEquals(12, chart.dates(Cohort.ALL));
    assertFalse(chart.individualValues(Cohort.ALL), "one value per date: the line alone");
    assertTrue(chart.has("All"));
  }

  @Test
  void tickStepsAreTheOnesSwtChartDrawsAndLeaveRoomForTheirLabels() {
    assertEquals(1, DateTicks.tickStep(5, 1000));
    assertEquals(50, DateTicks.tickStep(365, 800), "365 days on 800 px: at least 38 days a label");
    assertEquals(100, DateTicks.tickStep(365, 400));
    assertEquals(500, DateTicks.tickStep(3650, 900));
    assertEquals(100, DateTicks.tickStep(380, 230), "a narrow chart still shows two dates (it showed one)");
  }
}
