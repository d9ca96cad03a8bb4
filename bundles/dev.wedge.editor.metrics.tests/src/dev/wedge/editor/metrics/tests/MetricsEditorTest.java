package dev.wedge.editor.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.core.text.ValueText;
import dev.wedge.editor.metrics.MetricsEditor;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.ui.emf.LocalDates;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.WorkbenchModels;

/** The metric tracking editor on the example model, in a real workbench. */
class MetricsEditorTest {

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private ModelSession session;
  private MetricsEditor editor;
  private BusinessMetric winRate;

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    Path model = copyExample(dir);
    session = WorkbenchModels.get().open(model, null);
    editor = (MetricsEditor) ModelEditors.openPart(window.getActivePage(), session,
        ModelParts.find("metrics").orElseThrow(), null);
    winRate = session.getModel().getMetrics().stream().filter(m -> m.getName().equals("Broker sales win rate"))
        .findFirst().orElseThrow();
    editor.selectObject(winRate);
    processEvents();
  }

  @AfterEach
  void close() {
    closeAllModels();
    dev.wedge.core.session.ModelSessions.getDefault().setClock(Clock.systemDefaultZone());
  }

  @Test
  void theMetricsPartOpensTheMetricTrackingEditorWithItsChart() {
    assertEquals(winRate, editor.selectedMetric());
    assertEquals(12, editor.chart().points(Cohort.ALL), "a year of monthly measurements");
    assertTrue(editor.chart().points(Cohort.PILOT) > 0 && editor.chart().points(Cohort.COMPARISON) > 0);
    assertTrue(editor.chart().has("Baseline") && editor.chart().has("Target") && editor.chart().has("Pilot start")
        && editor.chart().has("Success criterion"), "baseline, target, pilot dates and criterion level are drawn");
    assertEquals(winRate.getMeasurements().size(), editor.table().rowCount());
  }

  @Test
  void importingACsvGrowsTheSeriesAndOneUndoRemovesTheWholeImport() throws Exception {
    int before = editor.chart().points(Cohort.PILOT);
    int rows = editor.table().rowCount();
    dev.wedge.core.session.ModelSessions.getDefault().setClock(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    ImportPreview r = editor.pasteText(winRate,
        "date\tvalue\tcohort\n2026-11-27\t25.9\tpilot\n2026-11-28\t26.1\tpilot\n2026-11-28\toops\tpilot\n");
    processEvents();
    assertEquals(2, r.importable().size());
    assertEquals(List.of("line 4: 'oops' is not a number"), r.problems().stream().map(Object::toString).toList());
    assertEquals(1, winRate.getImports().size(), "the import left its record");
    assertEquals("pasted rows", winRate.getImports().get(0).getFileName());
    assertEquals(2, winRate.getImports().get(0).getRowsImported());
    assertEquals(1, winRate.getImports().get(0).getRowsRefused());
    assertEquals(before + 2, editor.chart().points(Cohort.PILOT), "the chart's pilot series grew");
    assertEquals(rows + 2, editor.table().rowCount());
    editor.getSite().getPage().activate(editor);
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
    processEvents();
    assertEquals(before, editor.chart().points(Cohort.PILOT), "one undo removes the whole import");
    assertTrue(winRate.getImports().isEmpty(), "and its record");
    assertEquals(rows, editor.table().rowCount());
  }

  @Test
  void editingACellIsAnUndoableCommandAndAWrongValueIsRefused() {
    Measurement first = editor.table().row(0);
    double old = first.getValue();
    assertTrue(editor.table().set(first, 1, "99.5"));
    assertEquals(99.5, first.getValue());
    assertTrue(session.isDirty());
    assertTrue(!editor.table().set(first, 1, "ninety"), "not a number: refused");
    assertEquals(99.5, first.getValue());
    assertTrue(!editor.table().set(first, 1, "1,250"), "a thousand and more, or one point two five: not guessed");
    assertEquals(99.5, first.getValue());
    assertEquals("'1,250' can be read two ways: 1250 (the ',' groups thousands) or " + (ValueText.style(LocalDates
        .locale()) == DecimalStyle.COMMA ? "1,25" : "1.25") + " (the ',' is the decimal mark). Write 1250 for the one, "
        + ValueText.format(1.25, LocalDates.locale()) + " for the other: the measurement keeps its value",
        editor.statusText(), "said under the table, where the user looks");
    session.getCommandStack().undo();
    assertEquals(old, first.getValue());
    assertNotNull(editor.chart().getChart());
  }
}
