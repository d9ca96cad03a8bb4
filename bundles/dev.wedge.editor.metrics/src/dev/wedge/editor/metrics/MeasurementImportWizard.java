package dev.wedge.editor.metrics;

import java.nio.file.Path;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.evidence.imports.ImportException;
import dev.wedge.evidence.imports.ImportFiles;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.MeasurementImport;
import dev.wedge.model.BusinessMetric;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.wizards.FilePage;
import dev.wedge.ui.wizards.NoModelWizard;
import dev.wedge.ui.wizards.WizardJob;

/**
 * File › Import › Wedge › Measurements from CSV (or xAPI statements): the metric and the file, then the metrics
 * editor's own import dialog on it, with its questions about what the file leaves open (nothing is misread
 * silently); the confirmed rows are imported by a job as one command with their import record.
 */
public final class MeasurementImportWizard extends Wizard implements IImportWizard {

  /** Makes the wizard for the model in focus ({@code class="...MeasurementImportWizard$Factory:csv"}). */
  public static final class Factory implements IExecutableExtensionFactory, IExecutableExtension {
    private boolean xapi;
    private String name;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
      xapi = "xapi".equals(data);
      name = config.getAttribute("name");
    }

    @Override
    public Object create() {
      ModelSession s = ActiveModel.get();
      return s == null ? new NoModelWizard(name) : new MeasurementImportWizard(s, xapi);
    }
  }

  private final ModelSession session;
  private final boolean xapi;
  private FilePage page;
  private Combo metric;
  private WizardJob job;

  public MeasurementImportWizard(ModelSession session, boolean xapi) {
    this.session = session;
    this.xapi = xapi;
    setWindowTitle(xapi ? Messages.Import_XapiTitle : Messages.Import_CsvTitle);
  }

  @Override
  public void init(IWorkbench workbench, IStructuredSelection selection) {
    // into the model in focus, given at construction
  }

  @Override
  public void addPages() {
    page = new FilePage("measurements", getWindowTitle(), xapi ? Messages.Import_XapiText : Messages.Import_CsvText,
        session, false, null, xapi ? new String[] {"*.json;*.jsonl;*.ndjson", "*.*"} : new String[] {
            "*.csv;*.txt;*.tsv", "*.*"}).extra(c -> {
              GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
              new Label(c, SWT.NONE).setText(Messages.Import_Metric);
              metric = new Combo(c, SWT.READ_ONLY);
              session.getModel().getMetrics().forEach(m -> metric.add(m.getName()));
              if (metric.getItemCount() > 0) {
                metric.select(0);
              }
              GridDataFactory.fillDefaults().grab(true, false).applyTo(metric);
            });
    addPage(page);
  }

  @Override
  public boolean canFinish() {
    return super.canFinish() && metric != null && metric.getSelectionIndex() >= 0;
  }

  /** The page: the file and the metric (tests). */
  public FilePage page() {
    return page;
  }

  /** The job started by Finish, or null. */
  public WizardJob job() {
    return job;
  }

  @Override
  public boolean performFinish() {
    BusinessMetric m = session.getModel().getMetrics().get(metric.getSelectionIndex());
    Path f = page.file();
    ImportPreview preview;
    try {
      if (xapi) {
        ImportFiles.check(f, ImportFiles.maxBytes());
        XapiImportDialog d = new XapiImportDialog(getShell(), f, ImportFiles.maxBytes(), m, session.today(),
            ImportTarget.Keys.user());
        preview = d.open() == Window.OK ? d.preview() : null;
      } else {
        CsvImportDialog d = new CsvImportDialog(getShell(), ImportFiles.read(f, ImportFiles.maxBytes()),
            f.getFileName().toString(), false, m, session.today(), ImportTarget.Keys.user());
        preview = d.open() == Window.OK ? d.preview() : null;
      }
    } catch (ImportException e) {
      page.setErrorMessage(e.getMessage());
      return false;
    }
    if (preview == null || !preview.ready()) {
      return false; // the dialog was cancelled: the wizard stays, nothing imported
    }
    ImportPreview p = preview;
    job = new WizardJob(getWindowTitle(), monitor -> {
      boolean[] done = new boolean[1];
      WizardJob.inUi(() -> done[0] = session.execute(MeasurementImport.command(session.getEditingDomain(), m, p,
          ModelSessions.getDefault().getClock().instant())));
      if (!done[0]) {
        throw new IllegalStateException(NLS.bind(Messages.Import_Refused, session.lastRefusal()));
      }
      return NLS.bind(Messages.Import_Done, new Object[] {p.importable().size(), m.getName(), p.fileName(),
          p.rowsLeftOut(), p.rowsRefused()});
    });
    job.schedule();
    return true;
  }
}
