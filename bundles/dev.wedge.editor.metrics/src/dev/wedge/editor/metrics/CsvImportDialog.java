package dev.wedge.editor.metrics;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.TableEditor;
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
import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.PreviewRow;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.TextDecoder;
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

  private static final String FROM_FILE = "as the file says";
  private static final String CHOOSE = "\u2014 choose \u2014";
  private static final String[] CHARSETS = {"UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16LE",
      "UTF-16BE", "windows-1250", "ISO-8859-2", "windows-1251", "windows-1253", "windows-1254", "windows-1257"};
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  private static final String[] ROLES = {"date", "value", "cohort", "subject (as a salted key)", "note",
      "not imported"};
  private static final CsvImport.Role[] ROLE_OF = {CsvImport.Role.DATE, CsvImport.Role.VALUE, CsvImport.Role.COHORT,
      CsvImport.Role.SUBJECT, CsvImport.Role.NOTE, CsvImport.Role.IGNORED};
  private static final String[] COHORTS = {CHOOSE, "pilot", "comparison", "all", "leave these rows out"};

  private final byte[] bytes;
  private final String fileName;
  private final boolean pasted;
  private final BusinessMetric metric;
  private final LocalDate today;
  private final ImportTarget.Keys keys;
  private CsvOptions options;
  private ImportPreview preview;
  private String source;

  private Combo charset;
  private Combo separator;
  private Combo decimal;
  private Combo dates;
  private Button header;
  private Text sourceText;
  private Label inferred;
  private Composite questionArea;
  private CTabFolder tabs;
  private CTabItem previewTab;
  private CTabItem columnsTab;
  private CTabItem cohortsTab;
  private CTabItem refusedTab;
  private Table rows;
  private Table columns;
  private Table cohorts;
  private Table refused;
  private Color warning;
  private Color refusedColor;
  private Button again;
  private Button implausibleImport;
  private Button implausibleLeave;
  private java.util.Set<Question.Topic> shownTopics = java.util.EnumSet.noneOf(Question.Topic.class);

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

  /** Changes what the user said, as the controls do, and reads the file again. */
  public void setOptions(CsvOptions newOptions) {
    options = newOptions;
    analyse();
    show();
  }

  /** Names the source, whose remembered cohort mapping then applies. */
  public void setSource(String name) {
    source = name == null || name.isBlank() ? CsvImport.sourceOf(fileName) : name.strip();
    if (sourceText != null && !sourceText.isDisposed() && !sourceText.getText().equals(source)) {
      sourceText.setText(source);
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
    getShell().setText(pasted ? "Paste measurements" : "Import measurements");
    setTitle((pasted ? "Rows pasted" : "Import " + fileName) + (metric == null ? "" : " into \u201c"
        + metric.getName() + "\u201d"));
    warning = new Color(new RGB(156, 87, 0));
    refusedColor = new Color(new RGB(176, 0, 32));
    getShell().addDisposeListener(e -> {
      warning.dispose();
      refusedColor.dispose();
    });
    Composite c = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    GridLayoutFactory.swtDefaults().numColumns(1).spacing(6, 6).applyTo(c);

    Composite settings = new Composite(c, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
    // two rows of three, so that every choice reads whole at 1280x800: how the bytes and lines are read, then how
    // the values are
    GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 4).applyTo(settings);
    charset = combo(settings, "&Character set:", 230);
    separator = combo(settings, "&Separator:", 130);
    header = new Button(settings, SWT.CHECK);
    header.setText("&Header row");
    GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(header);
    decimal = combo(settings, "&Decimal mark:", 230);
    dates = combo(settings, "Da&tes:", 230);
    Label sourceLabel = new Label(settings, SWT.NONE);
    sourceLabel.setText("S&ource:");
    GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(sourceLabel);
    sourceText = new Text(settings, SWT.BORDER);
    sourceText.setText(source);
    sourceText.setToolTipText("The name of the system the file comes from; its cohort mapping is remembered under"
        + " this name for the next import.");
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(sourceText);

    inferred = new Label(c, SWT.WRAP);
    inferred.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(inferred);

    questionArea = new Composite(c, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(questionArea);
    GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 4).applyTo(questionArea);

    tabs = new CTabFolder(c, SWT.BORDER | SWT.FLAT);
    GridDataFactory.fillDefaults().grab(true, true).hint(900, 300).applyTo(tabs);
    rows = ImportTables.table(tabs, SWT.VIRTUAL, "Line:50", "Date in file:100", "Date:90", "Value in file:100", "Value:80",
        "Cohort in file:130", "Cohort:90", "Note:150", "Refused or flagged:300");
    rows.addListener(SWT.SetData, e -> fill((TableItem) e.item));
    previewTab = tab("Preview", rows);
    columns = ImportTables.table(tabs, 0, "Column:200", "Example:220", "Filled:70", "Imported as:200");
    columnsTab = tab("Columns", columns);
    cohorts = ImportTables.table(tabs, 0, "Value in the cohort column:260", "Rows:70", "Cohort:200");
    cohortsTab = tab("Cohorts", cohorts);
    refused = ImportTables.table(tabs, 0, "Line:60", "Why:760");
    refusedTab = tab("Refused", refused);
    tabs.setSelection(previewTab);
    editor(columns, 3, ROLES, (item, index) -> setRole((Integer) item.getData(), ROLE_OF[index]));
    editor(cohorts, 2, COHORTS, (item, index) -> setCohort((String) item.getData(), index));

    charset.addListener(SWT.Selection, e -> setOptions(options.withEncoding(charset.getSelectionIndex() == 0 ? null
        : Charset.forName(CHARSETS[charset.getSelectionIndex() - 1]))));
    separator.addListener(SWT.Selection, e -> setOptions(options.withSeparator(separator.getSelectionIndex() == 0
        ? null : SEPARATORS[separator.getSelectionIndex() - 1])));
    decimal.addListener(SWT.Selection, e -> setOptions(options.withDecimal(decimal.getSelectionIndex() == 0 ? null
        : DecimalStyle.values()[decimal.getSelectionIndex() - 1])));
    dates.addListener(SWT.Selection, e -> setOptions(options.withDateOrder(dates.getSelectionIndex() == 0 ? null
        : Dates.Order.values()[dates.getSelectionIndex() - 1])));
    header.addListener(SWT.Selection, e -> setOptions(options.withHeader(header.getSelection())));
    sourceText.addListener(SWT.DefaultSelection, e -> setSource(sourceText.getText()));
    sourceText.addListener(SWT.FocusOut, e -> {
      if (!sourceText.getText().strip().equals(source)) {
        setSource(sourceText.getText());
      }
    });
    return area;
  }

  private Combo combo(Composite parent, String label, int width) {
    new Label(parent, SWT.NONE).setText(label);
    Combo combo = new Combo(parent, SWT.READ_ONLY);
    GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
    return combo;
  }


  private CTabItem tab(String text, Control control) {
    CTabItem item = new CTabItem(tabs, SWT.NONE);
    item.setText(text);
    item.setControl(control);
    return item;
  }

  /** A drop-down in a table cell (column {@code column}) that calls {@code chosen} with the item and the index. */
  private void editor(Table table, int column, String[] choices,
      java.util.function.BiConsumer<TableItem, Integer> chosen) {
    TableEditor e = new TableEditor(table);
    e.grabHorizontal = true;
    table.addListener(SWT.MouseDown, ev -> {
      TableItem item = table.getItem(new Point(ev.x, ev.y));
      if (item == null || item.getBounds(column).x > ev.x || item.getBounds(column).x + item.getBounds(column).width
          < ev.x) {
        return;
      }
      open(table, e, item, column, choices, chosen);
    });
    table.addListener(SWT.KeyDown, ev -> {
      if ((ev.keyCode == SWT.F2 || ev.character == ' ') && table.getSelectionCount() == 1) {
        open(table, e, table.getSelection()[0], column, choices, chosen);
      }
    });
  }

  private void open(Table table, TableEditor e, TableItem item, int column, String[] choices,
      java.util.function.BiConsumer<TableItem, Integer> chosen) {
    if (e.getEditor() != null) {
      e.getEditor().dispose();
    }
    CCombo combo = new CCombo(table, SWT.READ_ONLY);
    combo.setItems(choices);
    combo.setText(item.getText(column));
    combo.addListener(SWT.Selection, ev -> {
      int index = combo.getSelectionIndex();
      Object data = item.getData();
      combo.dispose();
      table.getDisplay().asyncExec(() -> {
        if (!table.isDisposed()) {
          for (TableItem i : table.getItems()) {
            if (java.util.Objects.equals(i.getData(), data)) {
              chosen.accept(i, index);
              return;
            }
          }
        }
      });
    });
    combo.addListener(SWT.FocusOut, ev -> combo.dispose());
    e.setEditor(combo, item, column);
    combo.setFocus();
    combo.setListVisible(true);
  }

  /** Gives column {@code index} (0-based) the role {@code role}, as the Columns tab does. */
  public void setRole(int index, CsvImport.Role role) {
    String col = String.valueOf(index + 1);
    CsvImport.Details d = details();
    CsvOptions o = options;
    if (d != null) {
      CsvImport.Column had = d.columns().get(index);
      if (had.role() != role) {
        o = switch (had.role()) {
          case COHORT -> o.withCohortColumn("none");
          case SUBJECT -> o.withSubjectColumn("none");
          case NOTE -> o.withNoteColumn("none");
          case DATE -> o.withDateColumn(null);
          case VALUE -> o.withValueColumn(null);
          default -> o;
        };
      }
    }
    o = switch (role) {
      case DATE -> o.withDateColumn(col);
      case VALUE -> o.withValueColumn(col);
      case COHORT -> o.withCohortColumn(col);
      case SUBJECT -> o.withSubjectColumn(col);
      case NOTE -> o.withNoteColumn(col);
      default -> o;
    };
    setOptions(o);
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
    return charset;
  }

  public Combo decimalControl() {
    return decimal;
  }

  public Combo datesControl() {
    return dates;
  }

  public Label inferredControl() {
    return inferred;
  }

  public Table rowsControl() {
    return rows;
  }

  public Table cohortsControl() {
    return cohorts;
  }

  public Table columnsControl() {
    return columns;
  }

  /** The texts shown above the tabs: the open questions and the notes. */
  public List<String> shownQuestionsAndNotes() {
    List<String> out = new ArrayList<>();
    for (Control c : questionArea.getChildren()) {
      if (c instanceof Label l) {
        out.add(l.getText());
      } else if (c instanceof Composite row) {
        for (Control x : row.getChildren()) {
          if (x instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
          }
        }
      }
    }
    return out;
  }

  /** Whether the Cohorts tab is the one shown. */
  public boolean showsCohorts() {
    return tabs.getSelection() == cohortsTab;
  }

  private void setCohort(String value, int index) {
    if (index == 0) {
      return;
    }
    Cohort c = switch (index) {
      case 1 -> Cohort.PILOT;
      case 2 -> Cohort.COMPARISON;
      case 3 -> Cohort.ALL;
      default -> null;
    };
    setOptions(options.withCohort(value, c));
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    show();
  }

  private CsvImport.Details details() {
    return preview.details() instanceof CsvImport.Details d ? d : null;
  }

  /** Shows the current preview everywhere. */
  private void show() {
    if (rows == null || rows.isDisposed() || getButton(IDialogConstants.OK_ID) == null) {
      return;
    }
    CsvImport.Details d = details();
    // settings
    charset.removeAll();
    charset.add(d == null ? FROM_FILE : TextDecoder.name(options.encoding() == null ? d.decoding().charset()
        : TextDecoder.detect(bytes).charset()) + " (detected)");
    for (String cs : CHARSETS) {
      charset.add(TextDecoder.name(Charset.forName(cs)));
    }
    charset.select(options.encoding() == null ? 0 : 1 + indexOf(CHARSETS, options.encoding().name()));
    separator.setItems((d == null ? "?" : separatorWords(d.separator())) + " (detected)", "','", "';'", "tab",
        "'|'");
    separator.select(options.separator() == null ? 0 : 1 + new String(SEPARATORS).indexOf(options.separator()));
    boolean askDecimal = asked(Question.Topic.DECIMAL);
    decimal.setItems(askDecimal ? CHOOSE : (d == null || d.decimal() == null ? "?" : d.decimal().words())
        + " (from the values)", DecimalStyle.POINT.words() + " (1,234.5)", DecimalStyle.COMMA.words() + " (1.234,5)");
    decimal.select(options.decimal() == null ? 0 : 1 + options.decimal().ordinal());
    boolean askOrder = asked(Question.Topic.DATE_ORDER);
    dates.setItems(askOrder ? CHOOSE : d == null || d.dateOrder() == null ? "not needed (ISO dates)" : d
        .dateOrder().option() + " (from the dates)", "day-first (dd/mm/yyyy)", "month-first (mm/dd/yyyy)");
    dates.select(options.dateOrder() == null ? 0 : 1 + options.dateOrder().ordinal());
    header.setSelection(d == null ? options.header() == null || options.header() : d.header());

    inferred.setText(preview.fatal() == null ? "Read as: " + preview.inferredLine().replace("&", "&&") : "");

    // questions
    for (Control q : questionArea.getChildren()) {
      q.dispose();
    }
    again = null;
    implausibleImport = null;
    implausibleLeave = null;
    for (Question q : preview.questions()) {
      Label l = question(questionArea, q.text().replace("&", "&&") + hint(q));
      if (q.topic() == Question.Topic.IMPLAUSIBLE) {
        Composite choice = new Composite(questionArea, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(18, 0).applyTo(choice);
        implausibleImport = new Button(choice, SWT.RADIO);
        implausibleImport.setText("&Import them");
        implausibleLeave = new Button(choice, SWT.RADIO);
        implausibleLeave.setText("&Leave them out");
        implausibleImport.addListener(SWT.Selection, e -> {
          if (implausibleImport.getSelection()) {
            setOptions(options.withImplausible(CsvOptions.Implausible.IMPORT));
          }
        });
        implausibleLeave.addListener(SWT.Selection, e -> {
          if (implausibleLeave.getSelection()) {
            setOptions(options.withImplausible(CsvOptions.Implausible.LEAVE_OUT));
          }
        });
      } else if (q.topic() == Question.Topic.AGAIN) {
        again = new Button(questionArea, SWT.CHECK);
        again.setText("Import this file &again");
        again.addListener(SWT.Selection, e -> setOptions(options.withAgain(again.getSelection())));
      }
    }
    if (preview.fatal() == null && preview.questions().isEmpty() && options.implausible() != null
        && !preview.flagged().isEmpty()) {
      Label l = new Label(questionArea, SWT.WRAP);
      l.setText("Values far from the metric's " + (metric != null && metric.getBaseline() != null ? "baseline"
          : "usual values") + " (" + preview.flagged().size() + "):");
      Composite choice = new Composite(questionArea, SWT.NONE);
      GridLayoutFactory.fillDefaults().numColumns(2).margins(18, 0).applyTo(choice);
      implausibleImport = new Button(choice, SWT.RADIO);
      implausibleImport.setText("&Import them");
      implausibleImport.setSelection(options.implausible() == CsvOptions.Implausible.IMPORT);
      implausibleLeave = new Button(choice, SWT.RADIO);
      implausibleLeave.setText("&Leave them out");
      implausibleLeave.setSelection(options.implausible() == CsvOptions.Implausible.LEAVE_OUT);
      implausibleImport.addListener(SWT.Selection, e -> {
        if (implausibleImport.getSelection()) {
          setOptions(options.withImplausible(CsvOptions.Implausible.IMPORT));
        }
      });
      implausibleLeave.addListener(SWT.Selection, e -> {
        if (implausibleLeave.getSelection()) {
          setOptions(options.withImplausible(CsvOptions.Implausible.LEAVE_OUT));
        }
      });
    }
    for (String n : preview.notes()) {
      Label l = new Label(questionArea, SWT.WRAP);
      l.setText(n.replace("&", "&&"));
      GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(l);
    }
    ((GridData) questionArea.getLayoutData()).exclude = questionArea.getChildren().length == 0;
    questionArea.setVisible(questionArea.getChildren().length > 0);

    // preview rows
    rows.clearAll();
    rows.setItemCount(preview.rows().size());
    // columns
    columns.removeAll();
    if (d != null) {
      for (CsvImport.Column col : d.columns()) {
        TableItem item = new TableItem(columns, SWT.NONE);
        item.setData(col.index());
        item.setText(new String[] {col.name() == null ? "column " + (col.index() + 1) : col.name(),
            col.example() == null ? "" : col.example(), String.valueOf(col.filled()), ROLES[indexOf(ROLE_OF,
                col.role())]});
      }
    }
    // cohorts
    cohorts.removeAll();
    Map<String, Cohort> mapping = preview.cohorts();
    for (Map.Entry<String, Integer> e : preview.cohortCounts().entrySet()) {
      TableItem item = new TableItem(cohorts, SWT.NONE);
      item.setData(e.getKey());
      String to = !mapping.containsKey(e.getKey()) ? CHOOSE : mapping.get(e.getKey()) == null ? COHORTS[4]
          : COHORTS[1 + List.of(Cohort.PILOT, Cohort.COMPARISON, Cohort.ALL).indexOf(mapping.get(e.getKey()))];
      item.setText(new String[] {e.getKey().isEmpty() ? "(empty)" : e.getKey(), String.valueOf(e.getValue()), to});
      if (!mapping.containsKey(e.getKey())) {
        item.setForeground(warning);
      }
    }
    cohortsTab.setText("Cohorts" + (preview.unmappedCohorts().isEmpty() ? "" : " (" + preview.unmappedCohorts()
        .size() + " to map)"));
    // refused
    refused.removeAll();
    List<ImportProblem> problems = new ArrayList<>(preview.problems());
    for (ImportProblem p : problems) {
      TableItem item = new TableItem(refused, SWT.NONE);
      item.setText(new String[] {p.line() > 0 ? String.valueOf(p.line()) : "", p.reason()});
    }
    int leftOut = preview.rowsLeftOut();
    refusedTab.setText("Refused (" + (problems.size() - leftOut) + ")" + (leftOut == 0 ? "" : " and left out ("
        + leftOut + ")"));
    java.util.Set<Question.Topic> topics = java.util.EnumSet.noneOf(Question.Topic.class);
    preview.questions().forEach(q -> topics.add(q.topic()));
    boolean newTopic = !shownTopics.containsAll(topics);
    shownTopics = topics;
    if (newTopic && topics.contains(Question.Topic.COHORT)) {
      tabs.setSelection(cohortsTab);
    } else if (newTopic && (topics.contains(Question.Topic.DATE_COLUMN) || topics.contains(
        Question.Topic.VALUE_COLUMN))) {
      tabs.setSelection(columnsTab);
    }

    // message and button
    int n = preview.importable().size();
    if (preview.fatal() != null) {
      setMessage(preview.fatal(), IMessageProvider.ERROR);
    } else if (!preview.questions().isEmpty()) {
      setMessage(preview.questions().size() == 1 ? "One question before anything is imported (below)."
          : preview.questions().size() + " questions before anything is imported (below).", IMessageProvider.WARNING);
    } else {
      setMessage(preview.summary() + " Confirm how the file is read; the import is one step you can undo.",
          preview.rowsRefused() > 0 ? IMessageProvider.WARNING : IMessageProvider.INFORMATION);
    }
    Button ok = getButton(IDialogConstants.OK_ID);
    ok.setText(n == 0 ? "Import" : "Import " + n);
    ok.setEnabled(preview.ready() && n > 0);
    ok.getParent().layout(true);
    getShell().layout(true, true);
  }

  /** A question: the warning sign beside its text. */
  private Label question(Composite parent, String text) {
    Composite row = new Composite(parent, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
    GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(row);
    Label icon = new Label(row, SWT.NONE);
    icon.setImage(org.eclipse.jface.dialogs.Dialog.getImage(org.eclipse.jface.dialogs.Dialog.DLG_IMG_MESSAGE_WARNING));
    GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
    Label l = new Label(row, SWT.WRAP);
    l.setText(text);
    l.setForeground(warning);
    GridDataFactory.fillDefaults().grab(true, false).hint(880, SWT.DEFAULT).applyTo(l);
    return l;
  }

  private static String hint(Question q) {
    return switch (q.topic()) {
      case DECIMAL -> " Choose the decimal mark above.";
      case DATE_ORDER -> " Choose the date order above.";
      case ENCODING -> " Choose the character set above.";
      case COHORT -> " Map the values in the Cohorts tab (click a value's cohort, or select it and press F2).";
      case DATE_COLUMN, VALUE_COLUMN -> " Choose in the Columns tab (click a column's role, or press F2).";
      default -> "";
    };
  }

  private boolean asked(Question.Topic topic) {
    return preview.questions().stream().anyMatch(q -> q.topic() == topic);
  }

  private void fill(TableItem item) {
    int i = rows.indexOf(item);
    if (i < 0 || i >= preview.rows().size()) {
      return;
    }
    PreviewRow r = preview.rows().get(i);
    String status = r.refusal() != null ? r.refusal() : r.flag() != null ? "flagged: " + r.flag() : "";
    item.setText(new String[] {String.valueOf(r.line()), nn(r.rawDate()), r.date() == null ? "?" : r.date()
        .toString(), nn(r.rawValue()), r.value() == null ? "?" : ImportTarget.number(r.value()), nn(r.rawCohort()),
        r.cohort() == null ? "?" : r.cohort().getLiteral().toLowerCase(java.util.Locale.ROOT), nn(r.note()),
        status});
    if (r.refusal() != null) {
      item.setForeground(refusedColor);
    } else if (r.flag() != null) {
      item.setForeground(warning);
    }
  }

  private static String nn(String s) {
    return s == null ? "" : s.replace('\n', ' ');
  }

  private static String separatorWords(char c) {
    return c == '\t' ? "tab" : "'" + c + "'";
  }

  private static int indexOf(Object[] a, Object x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(x)) {
        return i;
      }
    }
    return 0;
  }

  @Override
  protected void okPressed() {
    if (preview.ready() && !preview.importable().isEmpty()) {
      super.okPressed();
    }
  }
}
