package dev.wedge.editor.metrics.tests;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.editor.metrics.CsvImportDialog;
import dev.wedge.editor.metrics.MetricsEditor;
import dev.wedge.editor.metrics.XapiImportDialog;
import dev.wedge.evidence.imports.SubjectKeys;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.WorkbenchModels;

/** The CSV and xAPI import dialogs in a real workbench, driven as a user does, on the fixture files. */
class ImportDialogsTest {

  static final Path CSV = Path.of("../dev.wedge.evidence.tests/fixtures/csv");
  static final Path XAPI = Path.of("../dev.wedge.evidence.tests/fixtures/xapi");

  @TempDir
  Path dir;
  private ModelSession session;
  private MetricsEditor editor;

  @BeforeEach
  void open() throws Exception {
    session = WorkbenchModels.get().open(copyExample(dir), null);
    editor = (MetricsEditor) ModelEditors.openPart(PlatformUI.getWorkbench().getActiveWorkbenchWindow()
        .getActivePage(), session, ModelParts.find("metrics").orElseThrow(), null);
    editor.setClock(Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), ZoneOffset.UTC));
    editor.setBlockDialogs(false);
    editor.setSubjectKeys(() -> SubjectKeys.of(new byte[32]));
    processEvents();
  }

  @AfterEach
  void close() {
    closeAllModels();
  }

  private BusinessMetric metric(String id) {
    return session.getModel().getMetrics().stream().filter(m -> m.getId().equals(id)).findFirst().orElseThrow();
  }

  private static void select(org.eclipse.swt.widgets.Combo combo, int index) {
    combo.select(index);
    combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
  }

  @Test
  void anAmbiguousGermanFileIsAskedAboutAndImportedOnceAnswered() {
    BusinessMetric cost = metric("m-cost");
    editor.selectObject(cost);
    int before = cost.getMeasurements().size();
    CsvImportDialog d = editor.importCsv(cost, CSV.resolve("ambiguous-de.csv"));
    processEvents();
    Button ok = d.importButton();
    assertFalse(ok.isEnabled(), "nothing is imported while a question is open");
    assertEquals("\u2014 choose \u2014", d.decimalControl().getText());
    assertTrue(d.shownQuestionsAndNotes().stream().anyMatch(t -> t.contains("Is '1.250' (line 2) 1250 or 1.25?")),
        d.shownQuestionsAndNotes().toString());
    assertTrue(d.showsCohorts(), "the cohorts to map are shown");
    assertEquals(2, d.cohortsControl().getItemCount());
    assertEquals("\u2014 choose \u2014", d.cohortsControl().getItem(0).getText(2));
    assertTrue(d.charsetControl().getText().startsWith("Windows-1252 (detected)"), d.charsetControl().getText());
    TableItem first = d.rowsControl().getItem(0);
    assertEquals("1.250", first.getText(3), "the raw text");
    assertEquals("?", first.getText(4), "no value before the answer");

    select(d.decimalControl(), 2); // decimal comma
    d.chooseCohort("Pilot Umeå", Cohort.PILOT);
    d.chooseCohort("Vergleich Malmö", Cohort.COMPARISON);
    processEvents();
    assertTrue(d.shownQuestionsAndNotes().stream().anyMatch(t -> t.contains("values are far from what 'Cost per"
        + " learning hour' measures")), "1,250 EUR an hour is flagged: " + d.shownQuestionsAndNotes());
    assertFalse(ok.isEnabled());
    d.setOptions(d.options().withImplausible(dev.wedge.evidence.imports.CsvOptions.Implausible.IMPORT));
    processEvents();
    assertEquals("1250", d.rowsControl().getItem(0).getText(4));
    assertTrue(d.inferredControl().getText().startsWith("Read as: Windows-1252 (detected), separator ';', header"
        + " row, decimal comma"), d.inferredControl().getText());
    assertTrue(ok.isEnabled());
    assertEquals("Import 4", ok.getText());
    ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
    assertEquals(Window.OK, d.getReturnCode());
    editor.importPreview(cost, d.preview());
    processEvents();
    assertEquals(before + 4, cost.getMeasurements().size());
    assertEquals(1, editor.imports().rowCount(), "the metric's page lists the import");
    assertEquals("ambiguous-de.csv", editor.imports().text(0, 1));
    assertEquals("4", editor.imports().text(0, 3));
    session.getCommandStack().undo();
    processEvents();
    assertEquals(before, cost.getMeasurements().size(), "one undo takes the whole import back");
    assertEquals(0, editor.imports().rowCount());
  }

  @Test
  void theEncodingCanBeOverriddenInTheDialog() {
    BusinessMetric win = metric("m-win");
    CsvImportDialog d = editor.importCsv(win, CSV.resolve("libreoffice-de-latin1.csv"));
    processEvents();
    assertTrue(d.charsetControl().getText().startsWith("ISO-8859-1 (detected)"), d.charsetControl().getText());
    select(d.charsetControl(), 1); // UTF-8
    assertTrue(d.inferredControl().getText().startsWith("Read as: UTF-8 (chosen)"), d.inferredControl().getText());
    assertTrue(d.shownQuestionsAndNotes().stream().anyMatch(t -> t.contains("cannot be read as UTF-8")));
    select(d.charsetControl(), 0);
    assertTrue(d.inferredControl().getText().startsWith("Read as: ISO-8859-1 (detected)"));
    d.close();
  }

  @Test
  void xapiVerbsAreCountedWithTheirEffectOnTheMeanAndFailedAttemptsAreIn() {
    BusinessMetric win = metric("m-win");
    XapiImportDialog d = editor.importXapi(win, XAPI.resolve("failed-attempts.json"));
    processEvents();
    assertNotNull(d);
    TableItem passed = d.verbsControl().getItem(0);
    TableItem failed = d.verbsControl().getItem(1);
    assertEquals("passed", passed.getText(0));
    assertTrue(passed.getChecked() && failed.getChecked(), "failed attempts are included");
    assertEquals("83.0", passed.getText(3));
    assertEquals("72.9", passed.getText(4));
    assertEquals("without: 83.0", failed.getText(5), "what leaving out the failed attempts would show");
    Button ok = d.importButton();
    assertEquals("Import 9", ok.getText());
    failed.setChecked(false);
    org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
    e.detail = SWT.CHECK;
    e.item = failed;
    d.verbsControl().notifyListeners(SWT.Selection, e);
    processEvents();
    assertEquals("Import 5", d.importButton().getText());
    assertEquals("with: 72.9", d.verbsControl().getItem(1).getText(5));
    d.close();
  }
}
