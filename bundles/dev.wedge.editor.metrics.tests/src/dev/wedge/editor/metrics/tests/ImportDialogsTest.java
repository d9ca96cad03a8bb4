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
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
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
import dev.wedge.model.ImportFormat;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.Measurement;
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
    dev.wedge.core.session.ModelSessions.getDefault().setClock(Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), ZoneOffset.UTC));
    editor.setBlockDialogs(false);
    editor.setSubjectKeys(() -> SubjectKeys.of(new byte[32]));
    processEvents();
  }

  @AfterEach
  void close() {
    closeAllModels();
    dev.wedge.core.session.ModelSessions.getDefault().setClock(Clock.systemDefaultZone());
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

  /** What went wrong while a modal dialog was driven from inside its own event loop (rethrown after it closes). */
  private Throwable driverFailure;

  /**
   * Runs {@code steps} on the dialog of {@code type} once the editor has opened it (blocking, as for a user), from
   * inside the dialog's own event loop; the dialog is closed if a step fails, and the failure rethrown by
   * {@link #rethrow()}.
   */
  private <T extends Window> void whenOpen(Class<T> type, java.util.function.Consumer<T> steps) {
    Display display = Display.getCurrent();
    int[] tries = {0};
    Runnable[] poll = new Runnable[1];
    poll[0] = () -> {
      T dialog = null;
      for (Shell s : display.getShells()) {
        if (type.isInstance(s.getData()) && s.isVisible()) {
          dialog = type.cast(s.getData());
        }
      }
      if (dialog == null) {
        if (tries[0]++ < 400) {
          display.timerExec(50, poll[0]);
        } else {
          driverFailure = new AssertionError("no " + type.getSimpleName() + " opened");
        }
        return;
      }
      try {
        steps.accept(dialog);
      } catch (Throwable t) {
        driverFailure = t;
        dialog.close();
      }
    };
    display.asyncExec(poll[0]);
  }

  private void rethrow() throws Throwable {
    if (driverFailure != null) {
      throw driverFailure;
    }
  }

  /** The button labelled {@code text} under {@code root} (radio buttons of a question, say). */
  private static Button button(Composite root, String text) {
    for (Control c : root.getChildren()) {
      if (c instanceof Button b && text.equals(b.getText())) {
        return b;
      }
      if (c instanceof Composite k) {
        Button b = button(k, text);
        if (b != null) {
          return b;
        }
      }
    }
    return null;
  }

  private static void press(Button b) {
    assertTrue(b.isEnabled(), b.getText() + " is enabled");
    if ((b.getStyle() & SWT.RADIO) != 0) {
      b.setSelection(true);
    }
    b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
  }

  /** Maps a cohort in the Cohorts tab as a user does: select its row, F2, pick from the list. */
  private static void mapCohort(CsvImportDialog d, String value, String cohort) {
    pick(d.cohortsControl(), value, cohort);
  }

  /** In a dialog's table, selects the row whose first cell is {@code row}, presses F2 and picks {@code choice}. */
  private static void pick(Table t, String row, String choice) {
    int index = -1;
    for (int i = 0; i < t.getItemCount(); i++) {
      if (row.equals(t.getItem(i).getText(0))) {
        index = i;
      }
    }
    assertTrue(index >= 0, row + " is listed");
    t.setSelection(index);
    org.eclipse.swt.widgets.Event f2 = new org.eclipse.swt.widgets.Event();
    f2.keyCode = SWT.F2;
    t.notifyListeners(SWT.KeyDown, f2);
    processEvents();
    org.eclipse.swt.custom.CCombo combo = null;
    for (Control c : t.getChildren()) {
      if (c instanceof org.eclipse.swt.custom.CCombo cc && !cc.isDisposed()) {
        combo = cc;
      }
    }
    assertNotNull(combo, "F2 opens the list of choices");
    assertTrue(combo.indexOf(choice) >= 0, choice + " is a choice");
    combo.select(combo.indexOf(choice));
    combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
  }

  @Test
  void mappingOneCohortDoesNotMoveTheCohortsTableUnderTheMouse() throws Exception {
    // a German Excel export as a user wrote it: Windows-1252, semicolons, CRLF, day-first dates, a blank and a sum line
    String csv = "Datum;Standort;Kosten je Lernstunde (EUR);Bemerkung\r\n02.03.2026;Pilot Hamburg;52,40;erste Welle\r\n"
        + "02.03.2026;Vergleich M\u00fcnchen;57,90;\r\n01.04.2026;Pilot Hamburg;49,75;\r\n"
        + "01.04.2026;Vergleich M\u00fcnchen;58,10;Pr\u00fcfung offen\r\n04.05.2026;Pilot Hamburg;47,20;\r\n"
        + "04.05.2026;Vergleich M\u00fcnchen;56,80;\r\n;;;\r\nSumme;;415,50;\r\n";
    Path file = dir.resolve("kosten.csv");
    java.nio.file.Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    CsvImportDialog d = editor.importCsv(metric("m-cost"), file);
    processEvents();
    org.eclipse.swt.graphics.Point table = d.cohortsControl().toDisplay(0, 0);
    mapCohort(d, "Pilot Hamburg", "pilot");
    assertEquals(table, d.cohortsControl().toDisplay(0, 0), "the table stays where it was: the next click maps the"
        + " cohort the user aimed at");
    mapCohort(d, "Vergleich M\u00fcnchen", "comparison");
    assertEquals(table, d.cohortsControl().toDisplay(0, 0));
    d.close();
  }

  @Test
  void aColumnsRoleIsChangedInTheColumnsTab() {
    BusinessMetric ttp = metric("m-ttp");
    CsvImportDialog d = editor.importCsv(ttp, CSV.resolve("hris-extract.csv"));
    processEvents();
    mapCohort(d, "Pilot Umeå", "pilot");
    mapCohort(d, "Göteborg", "comparison");
    mapCohort(d, "Malmö", "leave these rows out");
    assertTrue(d.inferredControl().getText().contains("date column 'date', value column 'ttp_days', cohort column"
        + " 'Site'"), d.inferredControl().getText());
    assertEquals("94", d.rowsControl().getItem(0).getText(3));
    pick(d.columnsControl(), "FTE", "value");
    assertTrue(d.inferredControl().getText().contains("value column 'FTE' (chosen)"), d.inferredControl().getText());
    assertEquals("1.0", d.rowsControl().getItem(0).getText(3), "the preview reads the column chosen");
    assertEquals("not imported", d.columnsControl().getItem(5).getText(3), "ttp_days is no longer the value");
    pick(d.columnsControl(), "last_updated", "date");
    assertTrue(d.inferredControl().getText().contains("date column 'last_updated' (chosen)"), d.inferredControl()
        .getText());
    assertEquals("2026-04-01", d.rowsControl().getItem(0).getText(2));
    d.close();
  }

  /** Presses Ctrl+Z as the workbench reads it: the command its key binding names, run by its handler. */
  private void ctrlZ() throws Exception {
    editor.getSite().getPage().activate(editor);
    processEvents();
    org.eclipse.ui.keys.IBindingService bindings = PlatformUI.getWorkbench().getService(
        org.eclipse.ui.keys.IBindingService.class);
    org.eclipse.jface.bindings.Binding ctrlZ = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence
        .getInstance("M1+Z"));
    assertNotNull(ctrlZ, "Ctrl+Z is bound");
    assertEquals("org.eclipse.ui.edit.undo", ctrlZ.getParameterizedCommand().getId());
    PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ctrlZ.getParameterizedCommand(),
        null);
    processEvents();
  }

  @Test
  void theGermanFileIsImportedOnlyOnceItsQuestionsAreAnsweredWithTheRightValuesAndOneCtrlZTakesItBack()
      throws Throwable {
    BusinessMetric cost = metric("m-cost");
    editor.selectObject(cost);
    List<Measurement> before = List.copyOf(cost.getMeasurements());
    int sources = session.getModel().getImportSources().size();
    editor.setBlockDialogs(true);
    whenOpen(CsvImportDialog.class, d -> {
      assertFalse(d.importButton().isEnabled(), "Import waits for the answers");
      assertTrue(d.shownQuestionsAndNotes().stream().anyMatch(t -> t.contains("Is '1.250' (line 2) 1250 or 1.25?")),
          d.shownQuestionsAndNotes().toString());
      assertTrue(d.shownQuestionsAndNotes().stream().anyMatch(t -> t.contains("Which cohort is each value of"
          + " 'Standort'?")), d.shownQuestionsAndNotes().toString());
      // pressing Import (or Enter) before the answers imports nothing
      d.importButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
      processEvents();
      assertEquals(before, cost.getMeasurements(), "nothing is imported while a question is open");
      assertFalse(session.isDirty());

      select(d.decimalControl(), 2); // decimal comma (1.234,5)
      assertEquals(before, cost.getMeasurements(), "one answer of two: still nothing");
      org.eclipse.swt.graphics.Point table = d.cohortsControl().toDisplay(0, 0);
      mapCohort(d, "Pilot Umeå", "pilot");
      assertEquals(table, d.cohortsControl().toDisplay(0, 0), "answering a question does not move the cohorts"
          + " table under the mouse (the next click would map another cohort)");
      mapCohort(d, "Vergleich Malmö", "comparison");
      assertEquals("pilot", d.cohortsControl().getItem(0).getText(2));
      assertFalse(d.importButton().isEnabled(), "the implausible values are still asked about");
      press(button(d.getShell(), "&Import them"));
      assertEquals("1250", d.rowsControl().getItem(0).getText(4), "'1.250' with a decimal comma");
      assertTrue(d.inferredControl().getText().contains("decimal comma (chosen)"), d.inferredControl().getText());
      assertEquals(before, cost.getMeasurements(), "answered, and still nothing until Import");
      assertEquals("Import 4", d.importButton().getText());
      press(d.importButton());
    });
    editor.importCsv(cost, CSV.resolve("ambiguous-de.csv"));
    processEvents();
    rethrow();

    List<Measurement> added = cost.getMeasurements().subList(before.size(), cost.getMeasurements().size());
    assertEquals(List.of(1250.0, 1100.0, 980.0, 1075.0), added.stream().map(Measurement::getValue).toList());
    assertEquals(List.of("2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"), added.stream().map(m -> m.getDate()
        .toString()).toList());
    assertEquals(List.of(Cohort.PILOT, Cohort.COMPARISON, Cohort.PILOT, Cohort.COMPARISON), added.stream().map(
        Measurement::getCohort).toList());
    assertEquals("Lizenz \u201ePro\u201c", added.get(3).getNote(), "Windows-1252 quotes read as such");
    ImportRecord record = cost.getImports().get(0);
    assertTrue(added.stream().allMatch(m -> m.getImportRecord() == record));
    assertEquals("ambiguous-de.csv", record.getFileName());
    assertTrue(record.getSettings().contains("decimal comma (chosen)"), record.getSettings());
    assertEquals(1, editor.imports().rowCount(), "the metric's page lists the import");
    assertEquals(sources + 1, session.getModel().getImportSources().size(), "the answers are remembered");
    assertTrue(session.isDirty());

    ctrlZ();
    assertEquals(before, cost.getMeasurements(), "one Ctrl+Z takes back every measurement");
    assertTrue(cost.getImports().isEmpty(), "and the record");
    assertEquals(0, editor.imports().rowCount());
    assertEquals(sources, session.getModel().getImportSources().size(), "and the remembered mapping");
    assertFalse(session.isDirty(), "the model is as it was opened");
  }

  @Test
  void cancellingAnAnsweredDialogLeavesTheModelAsItWas() throws Throwable {
    BusinessMetric cost = metric("m-cost");
    editor.selectObject(cost);
    List<Measurement> before = List.copyOf(cost.getMeasurements());
    int sources = session.getModel().getImportSources().size();
    boolean couldUndo = session.getCommandStack().canUndo();
    editor.setBlockDialogs(true);
    whenOpen(CsvImportDialog.class, d -> {
      select(d.decimalControl(), 2);
      mapCohort(d, "Pilot Umeå", "pilot");
      mapCohort(d, "Vergleich Malmö", "comparison");
      press(button(d.getShell(), "&Import them"));
      assertTrue(d.importButton().isEnabled(), "ready to import");
      press(button(d.getShell(), org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL));
    });
    CsvImportDialog d = editor.importCsv(cost, CSV.resolve("ambiguous-de.csv"));
    processEvents();
    rethrow();
    assertEquals(Window.CANCEL, d.getReturnCode());
    assertEquals(before, cost.getMeasurements(), "nothing imported");
    assertTrue(cost.getImports().isEmpty(), "no record");
    assertEquals(sources, session.getModel().getImportSources().size(), "no mapping remembered");
    assertFalse(session.isDirty());
    assertEquals(couldUndo, session.getCommandStack().canUndo(), "nothing to undo");
  }

  @Test
  void xapiStatementsImportedFromTheDialogWithFailedAttemptsAndOneCtrlZTakesThemBack() throws Throwable {
    BusinessMetric win = metric("m-win");
    editor.selectObject(win);
    List<Measurement> before = List.copyOf(win.getMeasurements());
    editor.setBlockDialogs(true);
    whenOpen(XapiImportDialog.class, d -> {
      assertEquals(before, win.getMeasurements());
      assertEquals("Import 9", d.importButton().getText(), "passed and failed attempts");
      press(d.importButton());
    });
    editor.importXapi(win, XAPI.resolve("failed-attempts.json"));
    processEvents();
    rethrow();
    List<Measurement> added = win.getMeasurements().subList(before.size(), win.getMeasurements().size());
    assertEquals(List.of(80.0, 85.0, 90.0, 78.0, 82.0, 55.0, 62.0, 60.0, 64.1), added.stream().map(
        Measurement::getValue).toList());
    assertEquals(72.9, added.stream().mapToDouble(Measurement::getValue).average().orElseThrow(), 1e-9);
    assertTrue(added.stream().allMatch(m -> m.getSubject().startsWith("sk1:")), "actors as salted keys only");
    assertEquals(ImportFormat.XAPI, win.getImports().get(0).getFormat());
    assertEquals(11, win.getImports().get(0).getRowsRead());
    ctrlZ();
    assertEquals(before, win.getMeasurements(), "one Ctrl+Z takes back the whole import");
    assertTrue(win.getImports().isEmpty());
  }
}
