package dev.wedge.report.ui;

import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;
import static dev.wedge.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.testing.UiTesting;
import dev.wedge.ui.wizards.NoModelWizard;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Import and File › Export: Wedge's wizards in the platform's selection under their own category, one import
 * and one export run end to end through the platform's registry, each a job that says what it did.
 */
class ImportExportWizardsTest {

  @TempDir
  Path dir;

  static final class Dialog extends WizardDialog {
    Dialog(Shell shell, IWizard wizard) {
      super(shell, wizard);
      setBlockOnOpen(false);
    }

    void press(int id) {
      buttonPressed(id);
    }

    boolean enabled(int id) {
      return getButton(id) != null && !getButton(id).isDisposed() && getButton(id).isEnabled();
    }
  }

  @AfterEach
  void close() {
    closeAllModels();
  }

  private static IWorkbenchWizard create(IWizardDescriptor d) throws Exception {
    IWorkbenchWizard w = d.createWizard();
    w.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
    return w;
  }

  private static void awaitJob(String what) {
    waitUntil(() -> Job.getJobManager().find(WizardJob.FAMILY).length == 0, what);
    processEvents();
  }

  @Test
  void wedgesWizardsAreInThePlatformsImportAndExportSelectionUnderWedge() throws Exception {
    ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
    for (String id : new String[] {"org.eclipse.ui.file.import", "org.eclipse.ui.file.export"}) {
      Command c = commands.getCommand(id);
      assertTrue(c.isDefined() && c.isHandled(), id + " has the platform's handler");
    }
    var imports = PlatformUI.getWorkbench().getImportWizardRegistry();
    var exports = PlatformUI.getWorkbench().getExportWizardRegistry();
    for (String id : new String[] {"dev.wedge.editor.metrics.importCsv", "dev.wedge.editor.metrics.importXapi",
        "dev.wedge.report.ui.importInitiatives", "dev.wedge.report.ui.importStakeholders"}) {
      IWizardDescriptor d = imports.findWizard(id);
      assertNotNull(d, id);
      assertEquals("Wedge", d.getCategory().getLabel(), id);
    }
    for (String id : new String[] {"dev.wedge.report.ui.exportBrief", "dev.wedge.report.ui.exportMeasurements",
        "dev.wedge.report.ui.exportFindings", "dev.wedge.editor.strategy.exportMapPng",
        "dev.wedge.editor.strategy.exportMapSvg"}) {
      IWizardDescriptor d = exports.findWizard(id);
      assertNotNull(d, id);
      assertEquals("Wedge", d.getCategory().getLabel(), id);
    }
    assertTrue(create(exports.findWizard("dev.wedge.report.ui.exportFindings")) instanceof NoModelWizard,
        "with no model open, the wizard says to open one");
  }

  @Test
  void stakeholdersFromASpreadsheetAskAboutANameInTheModelThenImportAsOneUndo() throws Exception {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    ActiveModel.set(session);
    Path people = dir.resolve("people.csv");
    String csv = "Name;Role;Stance;Influence;Interest\nDana Whitfield;CFO;supporter;5;4\n"
        + "Lena Voss;Head of Service;neutral;3;4\nRavi Patel;Works council;against;2;5\n";
    Files.writeString(people, csv, StandardCharsets.UTF_8);
    int before = session.getModel().getStakeholders().size();
    RosterImportWizard wizard = (RosterImportWizard) create(PlatformUI.getWorkbench().getImportWizardRegistry()
        .findWizard("dev.wedge.report.ui.importStakeholders"));
    Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    dialog.open();
    processEvents();
    assertFalse(dialog.enabled(IDialogConstants.FINISH_ID), "no file yet");
    wizard.page().fileField().setText(people.toString());
    processEvents();
    assertFalse(dialog.enabled(IDialogConstants.FINISH_ID), "'Dana Whitfield' is in the model: asked, not decided");
    assertTrue(wizard.page().getErrorMessage().contains("update them or skip"), wizard.page().getErrorMessage());
    String preview = wizard.previewText().getText();
    assertTrue(preview.contains("line 4: 'against' is not a stance"), preview);
    assertTrue(preview.contains("line 3: Lena Voss"), preview);
    wizard.existingChoice().select(2);
    wizard.existingChoice().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    processEvents();
    assertTrue(dialog.enabled(IDialogConstants.FINISH_ID), wizard.page().getErrorMessage());
    dialog.press(IDialogConstants.FINISH_ID);
    assertNotNull(wizard.job(), "Finish starts a job");
    awaitJob("the stakeholder import");
    assertEquals("1 stakeholder added, 0 updated, 1 skipped (already in the model), 1 refused, from people.csv."
        + " Edit \u203a Undo takes the whole import back.", WizardJob.last());
    assertEquals(before + 1, session.getModel().getStakeholders().size());
    Stakeholder lena = session.getModel().getStakeholders().get(before);
    assertEquals("Lena Voss", lena.getName());
    assertEquals(Stance.NEUTRAL, lena.getStance());
    assertEquals(4, lena.getInterest());
    assertEquals("Import stakeholders from people.csv", session.getCommandStack().getUndoCommand().getLabel());
    session.getCommandStack().undo();
    assertEquals(before, session.getModel().getStakeholders().size(), "one undo");
    assertEquals(csv, Files.readString(people), "the spreadsheet is only read");
  }

  @Test
  void measurementsAsCsvAreWrittenByAJobAndReadBack() throws Exception {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    ActiveModel.set(session);
    try (UiTesting.ErrorLog errors = new UiTesting.ErrorLog()) {
      ExportCsvWizard wizard = (ExportCsvWizard) create(PlatformUI.getWorkbench().getExportWizardRegistry()
          .findWizard("dev.wedge.report.ui.exportMeasurements"));
      Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
      dialog.open();
      processEvents();
      Path target = dir.resolve("halden-mutual-measurements.csv").toAbsolutePath();
      assertEquals(target, wizard.page().file(), "suggested beside the model");
      assertTrue(dialog.enabled(IDialogConstants.FINISH_ID));
      dialog.press(IDialogConstants.FINISH_ID);
      awaitJob("the measurements export");
      assertEquals("330 measurements written to " + target + ".", WizardJob.last());
      List<CSVRecord> rows;
      try (Reader r = Files.newBufferedReader(target, StandardCharsets.UTF_8);
          CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
        rows = p.getRecords();
      }
      assertEquals(331, rows.size(), "a header and the example's 330 measurements");
      assertEquals("date", rows.get(0).get(2));
      assertTrue(rows.get(1).get(2).matches("\\d{4}-\\d{2}-\\d{2}"), rows.get(1).get(2));
      assertFalse(session.isDirty(), "an export changes nothing");
      errors.assertNone();
    }
  }
}
