package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.PreviewRow;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.XapiImport;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.ImportFormat;

/**
 * Importing measurements from xAPI statements exported by a learning record store, on top of the headless
 * {@link XapiImport}: the line the file is read as; the cohort of its learners and which score to take; the verbs,
 * each with its statements, its mean and what leaving it out (or taking it in) does to the mean of the import; the
 * notes (voided, duplicates, a partial page, timestamps read as UTC); a preview of every statement with its raw
 * timestamp and score beside the day and value; the refused statements with their number and reason. Actors are
 * never imported: a measurement keeps a salted subject key.
 */
public class XapiImportDialog extends TitleAreaDialog {

  private static final Cohort[] COHORTS = {Cohort.ALL, Cohort.PILOT, Cohort.COMPARISON};

  private final Path file;
  private final long maxBytes;
  private final BusinessMetric metric;
  private final LocalDate today;
  private final ImportTarget.Keys keys;
  private XapiImport.Options options = XapiImport.Options.defaults();
  private String source;
  private ImportPreview preview;

  private Combo cohort;
  private Combo score;
  private Text sourceText;
  private Label inferred;
  private Composite notes;
  private Table verbs;
  private Table rows;
  private Table refused;
  private CTabItem refusedTab;
  private Button again;
  private Color warning;
  private Color refusedColor;
  private boolean filling;

  public XapiImportDialog(Shell shell, Path file, long maxBytes, BusinessMetric metric, LocalDate today,
      ImportTarget.Keys keys) {
    super(shell);
    this.file = file;
    this.maxBytes = maxBytes;
    this.metric = metric;
    this.today = today;
    this.keys = keys;
    this.source = CsvImport.sourceOf(file.getFileName().toString());
    setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    analyse();
  }

  /** What would be imported now; after OK, what is to be imported. */
  public ImportPreview preview() {
    return preview;
  }

  public XapiImport.Options options() {
    return options;
  }

  /** Changes what the user said, as the controls do, and reads the statements again. */
  public void setOptions(XapiImport.Options o) {
    options = o;
    analyse();
    show();
  }

  private void analyse() {
    ImportTarget target = metric == null ? ImportTarget.plain(today, java.time.ZoneId.systemDefault(), keys)
        : ImportTarget.of(metric, source, today, keys);
    XapiImport.Options o = options.withSource(source);
    String name = file.getFileName().toString();
    Runnable run = () -> {
      try (InputStream in = Files.newInputStream(file)) {
        preview = XapiImport.analyse(in, name, maxBytes, o, target);
      } catch (IOException e) {
        preview = ImportPreview.fatal(ImportFormat.XAPI, name, null, 0, NLS.bind(Messages.Xapi_Unreadable, name,
            e.getMessage()));
      }
    };
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
    getShell().setText(Messages.Csv_ImportShell);
    setTitle(metric == null ? NLS.bind(Messages.Xapi_Title, file.getFileName()) : NLS.bind(Messages.Xapi_TitleInto,
        file.getFileName(), metric.getName()));
    warning = new Color(new RGB(156, 87, 0));
    refusedColor = new Color(new RGB(176, 0, 32));
    getShell().addDisposeListener(e -> {
      warning.dispose();
      refusedColor.dispose();
    });
    Composite c = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    GridLayoutFactory.swtDefaults().spacing(6, 6).applyTo(c);

    Composite settings = new Composite(c, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
    GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 4).applyTo(settings);
    new Label(settings, SWT.NONE).setText(Messages.Xapi_CohortLabel);
    cohort = new Combo(settings, SWT.READ_ONLY);
    cohort.setItems(Messages.Csv_CohortAll, Messages.Csv_CohortPilot, Messages.Csv_CohortComparison);
    cohort.select(0);
    new Label(settings, SWT.NONE).setText(Messages.Xapi_Score);
    score = new Combo(settings, SWT.READ_ONLY);
    score.setItems(Messages.Xapi_ScoreScaled, Messages.Xapi_ScoreRaw);
    score.select(0);
    new Label(settings, SWT.NONE).setText(Messages.Csv_Source);
    sourceText = new Text(settings, SWT.BORDER);
    sourceText.setText(source);
    GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(sourceText);

    Label privacy = new Label(c, SWT.WRAP);
    privacy.setText(Messages.Xapi_Privacy);
    GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(privacy);
    inferred = new Label(c, SWT.WRAP);
    inferred.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(inferred);
    notes = new Composite(c, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(notes);
    GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(notes);

    Label verbLabel = new Label(c, SWT.NONE);
    verbLabel.setText(Messages.Xapi_Verbs);
    verbs = ImportTables.table(c, SWT.CHECK, new String[] {Messages.Xapi_Verb, Messages.Xapi_Statements,
        Messages.Xapi_WithScore, Messages.Xapi_TheirMean, Messages.Xapi_ImportMean, Messages.Xapi_MeanOtherwise}, 150,
        95, 105, 95, 150, 190);
    GridDataFactory.fillDefaults().grab(true, false).hint(900, 120).applyTo(verbs);
    verbs.addListener(SWT.Selection, e -> {
      if (e.detail == SWT.CHECK && !filling) {
        Set<String> chosen = new LinkedHashSet<>();
        for (TableItem i : verbs.getItems()) {
          if (i.getChecked()) {
            chosen.add((String) i.getData());
          }
        }
        setOptions(options.withVerbs(chosen));
      }
    });

    CTabFolder tabs = new CTabFolder(c, SWT.BORDER | SWT.FLAT);
    GridDataFactory.fillDefaults().grab(true, true).hint(900, 240).applyTo(tabs);
    // every column in view at 1280x800, the refusal too
    rows = ImportTables.table(tabs, SWT.VIRTUAL, new String[] {Messages.Xapi_Statement, Messages.Xapi_TimestampInFile,
        Messages.Xapi_Day, Messages.Xapi_ScoreInFile, Messages.Csv_Value, Messages.Xapi_Verb, Messages.Xapi_Activity,
        Messages.Csv_RefusedOrFlagged}, 90, 195, 90, 160, 60, 75, 150, 265);
    rows.addListener(SWT.SetData, e -> fill((TableItem) e.item));
    CTabItem previewTab = new CTabItem(tabs, SWT.NONE);
    previewTab.setText(Messages.Csv_PreviewTab);
    previewTab.setControl(rows);
    refused = ImportTables.table(tabs, 0, new String[] {Messages.Xapi_Statement, Messages.Csv_Why}, 100, 760);
    refusedTab = new CTabItem(tabs, SWT.NONE);
    refusedTab.setControl(refused);
    tabs.setSelection(previewTab);

    cohort.addListener(SWT.Selection, e -> setOptions(options.withCohort(COHORTS[cohort.getSelectionIndex()])));
    score.addListener(SWT.Selection, e -> setOptions(options.withScore(score.getSelectionIndex() == 0
        ? XapiImport.Score.SCALED : XapiImport.Score.RAW)));
    sourceText.addListener(SWT.DefaultSelection, e -> setSource(sourceText.getText()));
    sourceText.addListener(SWT.FocusOut, e -> {
      if (!sourceText.getText().strip().equals(source)) {
        setSource(sourceText.getText());
      }
    });
    return area;
  }

  /** Names the source (its name goes into the import record). */
  public void setSource(String name) {
    source = name == null || name.isBlank() ? CsvImport.sourceOf(file.getFileName().toString()) : name.strip();
    analyse();
    show();
  }

  /** The controls, for tests that drive the dialog as a user does. */
  public Button importButton() {
    return getButton(IDialogConstants.OK_ID);
  }

  public Table verbsControl() {
    return verbs;
  }

  public Table rowsControl() {
    return rows;
  }

  public Label inferredControl() {
    return inferred;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    show();
  }

  private void show() {
    if (rows == null || rows.isDisposed() || getButton(IDialogConstants.OK_ID) == null) {
      return;
    }
    XapiImport.Details d = preview.details() instanceof XapiImport.Details x ? x : null;
    inferred.setText(preview.fatal() == null ? NLS.bind(Messages.Csv_ReadAs, preview.inferredLine().replace("&",
        "&&")) : "");
    for (Control n : notes.getChildren()) {
      n.dispose();
    }
    again = null;
    for (Question q : preview.questions()) {
      Composite row = new Composite(notes, SWT.NONE);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
      GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(row);
      Label icon = new Label(row, SWT.NONE);
      icon.setImage(org.eclipse.jface.dialogs.Dialog.getImage(org.eclipse.jface.dialogs.Dialog
          .DLG_IMG_MESSAGE_WARNING));
      GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
      Label l = new Label(row, SWT.WRAP);
      l.setText(q.text().replace("&", "&&"));
      l.setForeground(warning);
      GridDataFactory.fillDefaults().grab(true, false).hint(880, SWT.DEFAULT).applyTo(l);
      if (q.topic() == Question.Topic.IMPLAUSIBLE) {
        Composite choice = new Composite(notes, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(18, 0).applyTo(choice);
        Button take = new Button(choice, SWT.RADIO);
        take.setText(Messages.Csv_ImportThem);
        Button leave = new Button(choice, SWT.RADIO);
        leave.setText(Messages.Csv_LeaveThemOut);
        take.addListener(SWT.Selection, e -> {
          if (take.getSelection()) {
            setOptions(options.withImplausible(CsvOptions.Implausible.IMPORT));
          }
        });
        leave.addListener(SWT.Selection, e -> {
          if (leave.getSelection()) {
            setOptions(options.withImplausible(CsvOptions.Implausible.LEAVE_OUT));
          }
        });
      }
      if (q.topic() == Question.Topic.AGAIN) {
        again = new Button(notes, SWT.CHECK);
        again.setText(Messages.Csv_Again);
        again.addListener(SWT.Selection, e -> setOptions(options.withAgain(again.getSelection())));
      }
    }
    for (String n : preview.notes()) {
      Label l = new Label(notes, SWT.WRAP);
      l.setText(n.replace("&", "&&"));
      GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(l);
    }
    ((GridData) notes.getLayoutData()).exclude = notes.getChildren().length == 0;
    notes.setVisible(notes.getChildren().length > 0);

    filling = true;
    verbs.removeAll();
    if (d != null) {
      for (XapiImport.VerbCount v : d.verbs()) {
        TableItem item = new TableItem(verbs, SWT.NONE);
        item.setData(v.verb());
        item.setChecked(v.included());
        item.setText(new String[] {v.verb(), String.valueOf(v.statements()), String.valueOf(v.scored()), mean(v
            .mean()), mean(v.importMean()), v.scored() == 0 ? Messages.Xapi_NoScores : NLS.bind(v.included() ? Messages.Xapi_Without
            : Messages.Xapi_With, mean(v.meanOtherwise()))});
        if (v.scored() == 0) {
          item.setForeground(verbs.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
        }
      }
    }
    filling = false;
    rows.clearAll();
    rows.setItemCount(preview.rows().size());
    refused.removeAll();
    List<ImportProblem> problems = preview.problems();
    for (ImportProblem p : problems) {
      TableItem item = new TableItem(refused, SWT.NONE);
      item.setText(new String[] {p.where(), p.reason()});
    }
    int leftOut = preview.rowsLeftOut();
    refusedTab.setText(leftOut == 0 ? NLS.bind(Messages.Csv_RefusedTab, problems.size()) : NLS.bind(
        Messages.Csv_RefusedLeftOutTab, problems.size() - leftOut, leftOut));

    int n = preview.importable().size();
    String fatal = preview.fatal();
    if (fatal != null) {
      setMessage(fatal, IMessageProvider.ERROR);
    } else if (!preview.questions().isEmpty()) {
      setMessage(Messages.Csv_OneQuestion, IMessageProvider.WARNING);
    } else {
      // a warning sign only for what needs a look: refusals, flagged scores, a page of a longer result
      boolean partial = preview.details() instanceof XapiImport.Details x && x.more() != null && !x.more().isEmpty();
      setMessage(NLS.bind(partial ? Messages.Xapi_SummaryPartial : Messages.Xapi_Summary, preview.summary()), preview.rowsRefused() > 0 || partial || !preview.flagged()
              .isEmpty() ? IMessageProvider.WARNING : IMessageProvider.INFORMATION);
    }
    Button ok = getButton(IDialogConstants.OK_ID);
    ok.setText(n == 0 ? Messages.Csv_Import : NLS.bind(Messages.Csv_ImportN, n));
    ok.setEnabled(fatal == null && preview.ready() && n > 0);
    ok.getParent().layout(true);
    getShell().layout(true, true);
  }

  private static String mean(double v) {
    return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%.1f", v);
  }

  private void fill(TableItem item) {
    int i = rows.indexOf(item);
    if (i < 0 || i >= preview.rows().size()) {
      return;
    }
    PreviewRow r = preview.rows().get(i);
    String status = r.refusal() != null ? r.refusal() : r.flag() != null ? NLS.bind(Messages.Csv_Flagged, r.flag()) : "";
    item.setText(new String[] {r.where().replace("statement ", ""), r.rawDate() == null ? "" : r.rawDate(),
        r.date() == null ? "?" : r.date().toString(), r.rawValue() == null ? "" : r.rawValue(), r.value() == null
            ? "?" : ImportTarget.number(Math.round(r.value() * 100) / 100.0), r.verb() == null ? "" : r.verb(),
        r.note() == null ? "" : r.note(), status});
    if (r.refusal() != null) {
      item.setForeground(refusedColor);
    } else if (r.flag() != null) {
      item.setForeground(warning);
    }
  }

  @Override
  protected void okPressed() {
    if (preview.ready() && !preview.importable().isEmpty()) {
      super.okPressed();
    }
  }
}
