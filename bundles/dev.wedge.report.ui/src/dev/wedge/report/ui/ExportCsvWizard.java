package dev.wedge.report.ui;

import java.nio.file.Path;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.report.exports.CsvFiles;
import dev.wedge.report.exports.FindingsCsv;
import dev.wedge.report.exports.MeasurementsCsv;
import dev.wedge.ui.wizards.FilePage;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Export › Wedge › Measurements as CSV and Findings as CSV: the table of the model in focus written by
 * {@link MeasurementsCsv} or {@link FindingsCsv} (the findings as the analyses find them now), in a job.
 */
public final class ExportCsvWizard extends Wizard implements IExportWizard {

  /** Which table. */
  public enum Table {
    MEASUREMENTS, FINDINGS
  }

  private final ModelSession session;
  private final Table table;
  private FilePage page;
  private WizardJob job;

  public ExportCsvWizard(ModelSession session, Table table) {
    this.session = session;
    this.table = table;
    setWindowTitle(table == Table.MEASUREMENTS ? Messages.CsvExport_MeasurementsTitle
        : Messages.CsvExport_FindingsTitle);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    // the model in focus, given at construction
  }

  @Override
  public void addPages() {
    page = new FilePage("csv", getWindowTitle(), table == Table.MEASUREMENTS ? Messages.CsvExport_MeasurementsText
        : Messages.CsvExport_FindingsText, session, true, session.getName() + (table == Table.MEASUREMENTS
            ? "-measurements.csv" : "-findings.csv"), "*.csv");
    addPage(page);
  }

  /** The page (tests). */
  public FilePage page() {
    return page;
  }

  /** The job started by Finish, or null. */
  public WizardJob job() {
    return job;
  }

  @Override
  public boolean performFinish() {
    Path target = page.file();
    job = new WizardJob(getWindowTitle(), monitor -> {
      if (table == Table.MEASUREMENTS) {
        String[] text = new String[1];
        int[] n = new int[1];
        WizardJob.inUi(() -> { // the model is read where it is edited
          try {
            text[0] = MeasurementsCsv.of(session.getModel());
            n[0] = MeasurementsCsv.count(session.getModel());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        CsvFiles.write(target, text[0]);
        return NLS.bind(Messages.CsvExport_WroteMeasurements, n[0], target);
      }
      FindingsSnapshot found = AnalysisEngines.of(session).runNow();
      String[] text = new String[1];
      WizardJob.inUi(() -> {
        ComposedAdapterFactory labels = ModelSessions.newAdapterFactory();
        try {
          text[0] = FindingsCsv.of(found.findings(), labels);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        } finally {
          labels.dispose();
        }
      });
      CsvFiles.write(target, text[0]);
      return NLS.bind(Messages.CsvExport_WroteFindings, new Object[] {found.findings().size(), target,
          found.failures().size()});
    });
    job.schedule();
    return true;
  }
}
