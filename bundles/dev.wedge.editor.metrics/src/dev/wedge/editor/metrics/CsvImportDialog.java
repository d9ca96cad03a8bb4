package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import dev.wedge.evidence.imports.ColumnRoles;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;

/**
 * Importing measurements from a CSV file (or rows pasted from a spreadsheet), on top of the headless
 * {@link CsvImport}: how the file is read in one line to confirm, with the character set, separator, decimal mark
 * and date order shown and overridable; the questions the file leaves open; the role of each column; the cohort
 * mapping (remembered per source); a preview of every row with its raw text beside what it was read as; the refused
 * rows with their line and reason. Nothing is imported until the user says so, and then in one step (one undo).
 */
public class CsvImportDialog extends TitleAreaDialog {

  private final byte[] bytes;
  private final String fileName;
  private final boolean pasted;
  private final BusinessMetric metric;
  private final LocalDate today;
  private final ImportTarget.Keys keys;
  private CsvOptions options;
  private ImportPreview preview;
  private String source;

  private CsvSettingsRow settings;
  private Label inferred;
  private CsvQuestionArea questions;
  private CsvPreviewTabs tabs;
  private Color warning;
  private Color refusedColor;

  /**
   * @param bytes    the file's bytes (for pasted rows: their text in UTF-8)
   * @param fileName its name (the source's default name)
   * @param metric   the metric the rows are for: its unit and baseline, remembered mappings, earlier imports
   */
  public CsvImportDialog(Shell shell, byte[] bytes, String fileName, boolean pasted, BusinessMetric metric,
      LocalDate today, ImportTarget.Keys keys) {
    super(shell);
    this.bytes = bytes;
    this.fileName = fileName;
    this.pasted = pasted;
    this.metric = metric;
    this.today = today;
    this.keys = keys;
    this.options = CsvOptions.infer();
    this.source = pasted ? "pasted rows" : CsvImport.sourceOf(fileName);
    setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    analyse();
  }

  /** What would be imported now; after OK, what is to be imported. */
  public ImportPreview preview() {
    return preview;
  }

  /** The options in effect (what the user said). */
  public CsvOptions options() {
    return options;
  }

  /** The source's name in effect. */
  String source() {
    return source;
  }

  /** Changes what the user said, as the controls do, and reads the file again. */
  public void setOptions(CsvOptions newOptions) {
    options = newOptions;
    analyse();
    show();
  }

  /** Names the source, whose remembered cohort mapping then applies. */
  public void setSource(String name) {
    source = name == null || name.isBlank() ? CsvImport.sourceOf(fileName) : name.strip();
    if (settings != null) {
      settings.showSource(source);
    }
    analyse();
    show();
  }

  private void analyse() {
    ImportTarget target = metric == null ? ImportTarget.plain(today, java.time.ZoneId.systemDefault(), keys)
        : ImportTarget.of(metric, source, today, keys);
    CsvOptions o = options.withSource(source);
    Runnable run = () -> preview = pasted ? CsvImport.analysePasted(new String(bytes,
        java.nio.charset.StandardCharsets.UTF_8), o, target) : CsvImport.analyse(bytes, fileName, o, target);
    if (getShell() != null && !getShell().isDisposed()) {
      BusyIndicator.showWhile(getShell().getDisplay(), run);
    } else {
      run.run();
    }
  }

  @Override
  protected Point getInitialSize() {
    Point p = super.getInitialSize();
    org.eclipse.swt.graphics.Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
    return new Point(Math.min(Math.max(p.x, 1120), screen.width - 40), Math.min(Math.max(p.y, 680),
        screen.height - 40));
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    getShell().setText(pasted ? Messages.Csv_PasteShell : Messages.Csv_ImportShell);
    if (pasted) {
      setTitle(metric == null ? Messages.Csv_PastedTitle : NLS.bind(Messages.Csv_PastedIntoTitle, metric.getName()));
    } else {
      setTitle(metric == null ? NLS.bind(Messages.Csv_FileTitle, fileName) : NLS.bind(Messages.Csv_FileIntoTitle,
          fileName, metric.getName()));
    }
    warning = new Color(new RGB(156, 87, 0));
    refusedColor = new Color(new RGB(176, 0, 32));
    getShell().addDisposeListener(e -> {
      warning.dispose();
      refusedColor.dispose();
    });
    Composite c = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    GridLayoutFactory.swtDefaults().numColumns(1).spacing(6, 6).applyTo(c);
    settings = new CsvSettingsRow(c, this, source);
    inferred = new Label(c, SWT.WRAP);
    inferred.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(inferred);
    questions = new CsvQuestionArea(c, this, warning);
    tabs = new CsvPreviewTabs(c, this, warning, refusedColor);
    return area;
  }

  /** Gives column {@code index} (0-based) the role {@code role}, as the Columns tab does. */
  public void setRole(int index, CsvImport.Role role) {
    setOptions(ColumnRoles.assign(options, details(), index, role));
  }

  /** Maps a value of the cohort column, as the Cohorts tab does (null: leave its rows out). */
  public void chooseCohort(String value, Cohort cohort) {
    setOptions(options.withCohort(value, cohort));
  }

  /** The controls, for tests that drive the dialog as a user does. */
  public Button importButton() {
    return getButton(IDialogConstants.OK_ID);
  }

  public Combo charsetControl() {
    return settings.charset;
  }

  public Combo decimalControl() {
    return settings.decimal;
  }

  public Combo datesControl() {
    return settings.dates;
  }

  public Label inferredControl() {
    return inferred;
  }

  public Table rowsControl() {
    return tabs.rows;
  }

  public Table cohortsControl() {
    return tabs.cohorts;
  }

  public Table columnsControl() {
    return tabs.columns;
  }

  /** The texts shown above the tabs: the open questions and the notes. */
  public List<String> shownQuestionsAndNotes() {
    return questions.texts();
  }

  /** Whether the Cohorts tab is the one shown. */
  public boolean showsCohorts() {
    return tabs.showsCohorts();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    show();
  }

  CsvImport.Details details() {
    return preview.details() instanceof CsvImport.Details d ? d : null;
  }

  /** Shows the current preview everywhere. */
  private void show() {
    if (tabs == null || tabs.rows.isDisposed() || getButton(IDialogConstants.OK_ID) == null) {
      return;
    }
    CsvImport.Details d = details();
    settings.show(preview, d, options, bytes);
    inferred.setText(preview.fatal() == null ? NLS.bind(Messages.Csv_ReadAs, preview.inferredLine().replace("&", "&&"))
        : "");
    questions.show(preview, options, metric != null && metric.getBaseline() != null);
    tabs.show(preview, d);
    int n = preview.importable().size();
    if (preview.fatal() != null) {
      setMessage(preview.fatal(), IMessageProvider.ERROR);
    } else if (!preview.questions().isEmpty()) {
      setMessage(preview.questions().size() == 1 ? Messages.Csv_OneQuestion : NLS.bind(Messages.Csv_Questions,
          preview.questions().size()), IMessageProvider.WARNING);
    } else {
      setMessage(NLS.bind(Messages.Csv_Confirm, preview.summary()),
          preview.rowsRefused() > 0 ? IMessageProvider.WARNING : IMessageProvider.INFORMATION);
    }
    Button ok = getButton(IDialogConstants.OK_ID);
    ok.setText(n == 0 ? Messages.Csv_Import : NLS.bind(Messages.Csv_ImportN, n));
    ok.setEnabled(preview.ready() && n > 0);
    ok.getParent().layout(true);
    getShell().layout(true, true);
  }

  @Override
  protected void okPressed() {
    if (preview.ready() && !preview.importable().isEmpty()) {
      super.okPressed();
    }
  }
}
