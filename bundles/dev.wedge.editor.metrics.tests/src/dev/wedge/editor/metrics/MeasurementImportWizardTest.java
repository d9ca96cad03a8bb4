package dev.wedge.editor.metrics;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.OpenWizardDialog;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Import › Wedge › Measurements from CSV, from the platform's import registry: the metric and the file on
 * the wizard's page, then the metrics editor's import dialog on the file; Import there, and a job imports the rows as
 * one command that one Undo takes back. The file is only read.
 */
class MeasurementImportWizardTest {

  @TempDir
  Path dir;

  private final List<Throwable> failed = new ArrayList<>();

  @AfterEach
  void close() {
    closeAllModels();
    ActiveModel.set(null);
  }

  /** Once the CSV import dialog is open (a nested event loop), checks it and presses Import. */
  private void whenTheImportDialogOpens(java.util.function.Consumer<CsvImportDialog> steps) {
    Display display = Display.getCurrent();
    int[] tries = {0};
    Runnable[] poll = new Runnable[1];
    poll[0] = () -> {
      for (Shell s : display.getShells()) {
        if (s.getData() instanceof CsvImportDialog d && s.isVisible()) {
          try {
            steps.accept(d);
          } catch (Throwable t) {
            failed.add(t);
            d.close();
          }
          return;
        }
      }
      if (tries[0]++ < 400) {
        display.timerExec(50, poll[0]);
      } else {
        failed.add(new AssertionError("the CSV import dialog did not open"));
      }
    };
    display.timerExec(50, poll[0]);
  }

  @Test
  void theWizardOpensTheImportDialogOnTheFileAndAJobImportsTheRowsAsOneUndo() throws Throwable {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    ActiveModel.set(session);
    Path csv = dir.resolve("weekly.csv");
    String content = "date,value\n2026-03-02,41\n2026-03-09,40.5\n2026-03-16,39\n";
    Files.writeString(csv, content, StandardCharsets.UTF_8);

    IWorkbenchWizard w = PlatformUI.getWorkbench().getImportWizardRegistry()
        .findWizard("dev.wedge.editor.metrics.importCsv").createWizard();
    w.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
    MeasurementImportWizard wizard = (MeasurementImportWizard) w;
    OpenWizardDialog dialog = OpenWizardDialog.show(wizard);
    BusinessMetric metric = session.getModel().getMetrics().get(0);
    int before = metric.getMeasurements().size();
    int records = metric.getImports().size();
    UiTesting.processEvents();
    org.eclipse.swt.widgets.Text file = wizard.page().fileField();
    file.setText(csv.toString());
    processEvents();

    whenTheImportDialogOpens(d -> {
      assertEquals(3, d.rowsControl().getItemCount(), "the file's three rows are shown before anything is imported");
      assertTrue(d.importButton().isEnabled(), () -> "nothing left to ask: " + d.shownQuestionsAndNotes());
      assertEquals(before, metric.getMeasurements().size(), "nothing is imported by opening the dialog");
      d.importButton().notifyListeners(SWT.Selection, new Event());
    });
    dialog.press(IDialogConstants.FINISH_ID);
    processEvents();
    if (!failed.isEmpty()) {
      throw failed.get(0);
    }
    UiTesting.waitUntil(() -> wizard.job() != null && wizard.job().getResult() != null, "the import's job to end");
    processEvents();

    assertEquals(before + 3, metric.getMeasurements().size(), "the three rows are measurements of " + metric.getName());
    assertEquals(records + 1, metric.getImports().size(), "with the import's record");
    assertEquals("weekly.csv", metric.getImports().get(records).getFileName());
    assertTrue(metric.getMeasurements().subList(before, before + 3).stream().allMatch(m -> m.getImportRecord()
        == metric.getImports().get(records)), "each row points to its record");
    assertTrue(WizardJob.last().startsWith("3 measurements imported into " + metric.getName() + " from weekly.csv"),
        WizardJob.last());
    assertEquals(content, Files.readString(csv, StandardCharsets.UTF_8), "the file is only read");
    assertTrue(session.isDirty());
    session.getCommandStack().undo();
    assertEquals(before, metric.getMeasurements().size(), "one Undo takes the whole import back");
    assertEquals(records, metric.getImports().size(), "and its record");
  }
}
