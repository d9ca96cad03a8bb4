package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;

import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.Pilot;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.session.FocusSelectionProvider;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * Metric tracking: the metrics on the left (latest value and pace); for the selected one its trend (pilot and
 * comparison cohorts, baseline, target, pilot dates and the level its criterion asks for), progress and pace, and
 * its measurements, editable, with paste from a spreadsheet and imports from CSV and xAPI.
 */
public class MetricsEditor extends SessionEditorPart {

  public static final String ID = "dev.wedge.editor.metrics";

  private TableViewer metrics;
  private Label progress;
  private ComboViewer pilots;
  private MetricChart chart;
  private MeasurementTable table;
  private CTabItem importsTab;
  private ImportRecordsTable imports;
  private Label status;
  private MetricImports importing;
  private final ModelSessionListener refresher = new ModelSessionListener() {
    @Override
    public void commandStackChanged(dev.wedge.core.session.ModelSession s, EventObject event) {
      if (metrics != null && !metrics.getControl().isDisposed()) {
        metrics.getControl().getDisplay().asyncExec(MetricsEditor.this::refresh);
      }
    }
  };

  @Override
  protected void createContents(Composite parent) {
    importing = new MetricImports(getSession(), () -> getSite().getShell(), this::say);
    SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
    metrics = new MetricList(sash, this::today).viewer();
    metrics.setInput(getSession().getModel().getMetrics());
    metrics.addSelectionChangedListener(e -> showSelected());

    Composite right = new Composite(sash, SWT.NONE);
    GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(right);
    // the metric's name is the chart's title: no heading above it, so the chart and the table get the height
    Composite line = new Composite(right, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(line);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
    progress = new Label(line, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
    new Label(line, SWT.NONE).setText(Messages.Editor_Pilot);
    pilots = new ComboViewer(line, SWT.READ_ONLY);
    pilots.setContentProvider(ArrayContentProvider.getInstance());
    pilots.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        return e instanceof Pilot p ? p.getName() : Messages.Editor_NoPilot;
      }
    });
    pilots.addSelectionChangedListener(e -> showChart());
    GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(pilots.getControl());

    SashForm vertical = new SashForm(right, SWT.VERTICAL);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
    chart = new MetricChart(vertical);
    Composite lower = new Composite(vertical, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(lower);
    ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
    tools.add(action(Messages.Editor_AddMeasurement, this::addMeasurement));
    tools.add(action(Messages.Editor_ImportCsv, this::importCsv));
    tools.add(action(Messages.Editor_ImportXapi, this::importXapi));
    tools.add(action(Messages.Editor_PasteRows, this::paste));
    tools.createControl(lower);
    // what the last action did, beside the tools that did it
    status = new Label(lower, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT)
        .applyTo(status);
    CTabFolder lowerTabs = new CTabFolder(lower, SWT.BORDER | SWT.FLAT);
    GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(lowerTabs);
    table = new MeasurementTable(lowerTabs, getSession(), this::say);
    CTabItem measurementsTab = new CTabItem(lowerTabs, SWT.NONE);
    measurementsTab.setText(Messages.Editor_MeasurementsTab);
    measurementsTab.setControl(table.getControl());
    imports = new ImportRecordsTable(lowerTabs);
    importsTab = new CTabItem(lowerTabs, SWT.NONE);
    importsTab.setControl(imports.getControl());
    importsTab.setToolTipText(Messages.Editor_ImportsTip);
    lowerTabs.setSelection(measurementsTab);
    vertical.setWeights(55, 45);
    sash.setWeights(24, 76);

    FocusSelectionProvider selection = new FocusSelectionProvider();
    selection.add(metrics, metrics.getControl());
    selection.add(table.getSelectionProvider(), table.getControl());
    getSite().setSelectionProvider(selection);
    MetricFileDrop.attach(this, metrics); // CSV and xAPI files dropped onto a metric
    getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.PASTE.getId(), action(Messages.Editor_Paste, this::paste));
    getSession().addListener(refresher);
    if (!getSession().getModel().getMetrics().isEmpty()) {
      metrics.setSelection(new StructuredSelection(getSession().getModel().getMetrics().get(0)));
    }
  }

  private static Action action(String label, Runnable run) {
    return new Action(label) {
      @Override
      public void run() {
        run.run();
      }
    };
  }

  /** The sentence the editor shows under its tables (a refused edit, an import's outcome), or "" (tests). */
  public String statusText() {
    return status == null || status.isDisposed() ? "" : status.getText();
  }

  private void say(String message) {
    if (status != null && !status.isDisposed()) {
      status.setText(message == null ? "" : message);
      status.getParent().layout(true);
      status.getParent().getParent().layout(true, true);
    }
  }

  private void showImports(BusinessMetric m) {
    imports.show(m);
    int n = m == null ? 0 : m.getImports().size();
    importsTab.setText(NLS.bind(Messages.Editor_ImportsTab, n));
  }

  /** The import records shown for the selected metric. */
  public ImportRecordsTable imports() {
    return imports;
  }

  /** The metric shown on the right. */
  public BusinessMetric selectedMetric() {
    Object o = ((IStructuredSelection) metrics.getSelection()).getFirstElement();
    return o instanceof BusinessMetric m ? m : null;
  }

  public MetricChart chart() {
    return chart;
  }

  public MeasurementTable table() {
    return table;
  }

  private void showSelected() {
    BusinessMetric m = selectedMetric();
    List<Pilot> ofMetric = m == null ? List.of() : getSession().getModel().getPilots().stream()
        .filter(p -> p.getPrimaryMetric() == m || p.getCriteria().stream().anyMatch(c -> c.getMetric() == m)).toList();
    pilots.setInput(ofMetric);
    if (!ofMetric.isEmpty()) {
      pilots.setSelection(new StructuredSelection(ofMetric.get(0)));
    }
    pilots.getControl().setEnabled(!ofMetric.isEmpty());
    table.show(m);
    showImports(m);
    say("");
    showChart();
  }

  private void showChart() {
    BusinessMetric m = selectedMetric();
    Object p = ((IStructuredSelection) pilots.getSelection()).getFirstElement();
    chart.show(m, p instanceof Pilot pilot ? pilot : null, today());
    progress.setText(m == null ? "" : ProgressLine.describe(m, today()));
    progress.getParent().getParent().layout(true, true);
  }

  private void refresh() {
    if (metrics.getControl().isDisposed()) {
      return;
    }
    metrics.refresh();
    table.refresh();
    showImports(selectedMetric());
    showChart();
  }

  /** Adds today's measurement of the selected metric (then edit it in the table). */
  void addMeasurement() {
    BusinessMetric m = selectedMetric();
    if (m == null) {
      return;
    }
    Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
    x.setDate(today());
    x.setCohort(Cohort.ALL);
    getSession().execute(AddCommand.create(getSession().getEditingDomain(), m,
        WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, x));
  }

  /** Today for imports (dates after it are refused): the session's clock (tests fix it there). */
  LocalDate today() {
    return getSession().today();
  }

  /**
   * Imports a confirmed preview into {@code metric} as one command (one undo) with its import record; the path every
   * import takes.
   */
  public void importPreview(BusinessMetric metric, ImportPreview preview) {
    importing.importPreview(metric, preview);
  }

  void importCsv() {
    BusinessMetric m = selectedMetric();
    Path f = m == null ? null : importing.chooseFile("*.csv;*.txt;*.tsv", "*");
    if (f != null) {
      importCsv(m, f);
    }
  }

  /** Opens the CSV import dialog on {@code file} for {@code metric}; returns it (open) for tests when not blocking. */
  public CsvImportDialog importCsv(BusinessMetric metric, Path file) {
    return importing.importCsv(metric, file);
  }

  /** Where subject keys come from (tests give a salt of their own instead of the user's). */
  public void setSubjectKeys(ImportTarget.Keys keys) {
    importing.setKeys(keys);
  }

  /** Whether import dialogs block (false in tests, which answer them and press OK themselves). */
  public void setBlockDialogs(boolean block) {
    importing.setBlockDialogs(block);
  }

  void importXapi() {
    BusinessMetric m = selectedMetric();
    Path f = m == null ? null : importing.chooseFile("*.json;*.ndjson;*.jsonl", "*");
    if (f != null) {
      importXapi(m, f);
    }
  }

  /** Opens the xAPI import dialog on {@code file} for {@code metric}; returns it (open) for tests when not blocking. */
  public XapiImportDialog importXapi(BusinessMetric metric, Path file) {
    return importing.importXapi(metric, file);
  }

  /** Pastes rows copied from a spreadsheet (date, value[, cohort, note]) into the selected metric. */
  void paste() {
    BusinessMetric m = selectedMetric();
    if (m != null) {
      importing.paste(m);
    }
  }

  /**
   * The paste path, from text: rows that leave nothing open are imported at once (the refused ones named in the
   * status line); otherwise the import dialog opens on them with its questions.
   */
  public ImportPreview pasteText(BusinessMetric m, String text) {
    return importing.pasteText(m, text);
  }

  @Override
  public void selectObject(EObject object) {
    EObject o = object;
    while (o != null && !(o instanceof BusinessMetric)) {
      o = o.eContainer();
    }
    if (o != null) {
      metrics.setSelection(new StructuredSelection(o), true);
    }
  }

  @Override
  protected String partLabel() {
    return Messages.Editor_Label;
  }

  @Override
  public void setFocus() {
    metrics.getControl().setFocus();
  }

  @Override
  public void dispose() {
    getSession().removeListener(refresher);
    if (chart != null) {
      chart.dispose();
    }
    super.dispose();
  }
}
