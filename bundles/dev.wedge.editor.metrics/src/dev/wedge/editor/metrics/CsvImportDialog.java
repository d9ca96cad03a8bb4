package dev.wedge.editor.metrics;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvImport.DateStyle;
import dev.wedge.evidence.imports.CsvImport.DecimalStyle;
import dev.wedge.evidence.imports.CsvImport.Mapping;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.ImportResult;
import dev.wedge.evidence.imports.ImportedRow;
import dev.wedge.model.Cohort;

/**
 * Importing measurements from a CSV file: which column is what, how dates and numbers are written, a preview, and
 * the rows that cannot be read with their line and reason. Nothing is imported until the user says so, and then in
 * one step (one undo).
 */
public class CsvImportDialog extends TitleAreaDialog {

  private static final char[] DELIMITERS = {',', ';', '\t'};
  private final String text;
  private final String fileName;
  private Mapping mapping;
  private ImportResult result;
  private Combo delimiter;
  private Button header;
  private Combo dates;
  private Combo decimals;
  private Combo date;
  private Combo value;
  private Combo cohort;
  private Combo fixedCohort;
  private Combo source;
  private Combo note;
  private Table preview;
  private List problems;

  public CsvImportDialog(Shell shell, Path file) throws IOException {
    super(shell);
    this.text = Files.readString(file, StandardCharsets.UTF_8);
    this.fileName = file.getFileName().toString();
    this.mapping = CsvImport.guess(text.length() > 4096 ? text.substring(0, 4096) : text);
    setShellStyle(getShellStyle() | SWT.RESIZE);
  }

  /** The rows to import, after OK. */
  public ImportResult result() {
    return result;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle("Import measurements from " + fileName);
    getShell().setText("Import measurements");
    Composite c = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
    GridLayoutFactory.swtDefaults().numColumns(6).applyTo(c);
    delimiter = combo(c, "Separator:", new String[] {"comma", "semicolon", "tab"});
    delimiter.select(mapping.delimiter() == ';' ? 1 : mapping.delimiter() == '\t' ? 2 : 0);
    dates = combo(c, "Dates like:", java.util.Arrays.stream(DateStyle.values()).map(DateStyle::example)
        .toArray(String[]::new));
    dates.select(mapping.dates().ordinal());
    decimals = combo(c, "Numbers like:", new String[] {"1,234.5", "1.234,5"});
    decimals.select(mapping.decimals().ordinal());
    header = new Button(c, SWT.CHECK);
    header.setText("First line is a header");
    header.setSelection(mapping.header());
    GridDataFactory.fillDefaults().span(6, 1).applyTo(header);
    header.addListener(SWT.Selection, e -> columnsChanged());
    String[] cols = columnNames();
    date = combo(c, "Date column:", cols);
    value = combo(c, "Value column:", cols);
    cohort = combo(c, "Cohort column:", withNone(cols));
    fixedCohort = combo(c, "(without one) Cohort:", new String[] {"All", "Pilot", "Comparison"});
    source = combo(c, "Source column:", withNone(cols));
    note = combo(c, "Note column:", withNone(cols));
    selectColumns();
    preview = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
    preview.setHeaderVisible(true);
    for (String h : new String[] {"Line", "Date", "Value", "Cohort", "Source", "Note"}) {
      TableColumn tc = new TableColumn(preview, SWT.LEFT);
      tc.setText(h);
      tc.setWidth(h.equals("Note") || h.equals("Source") ? 140 : 90);
    }
    GridDataFactory.fillDefaults().span(6, 1).grab(true, true).hint(640, 200).applyTo(preview);
    Label l = new Label(c, SWT.NONE);
    l.setText("Rows that cannot be imported:");
    GridDataFactory.fillDefaults().span(6, 1).applyTo(l);
    problems = new List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
    GridDataFactory.fillDefaults().span(6, 1).grab(true, false).hint(640, 90).applyTo(problems);
    for (Combo x : new Combo[] {delimiter, dates, decimals, date, value, cohort, fixedCohort, source, note}) {
      x.addListener(SWT.Selection, e -> reread());
    }
    delimiter.addListener(SWT.Selection, e -> columnsChanged());
    return area;
  }

  private static String[] withNone(String[] cols) {
    String[] out = new String[cols.length + 1];
    out[0] = "(none)";
    System.arraycopy(cols, 0, out, 1, cols.length);
    return out;
  }

  private Combo combo(Composite c, String label, String[] items) {
    new Label(c, SWT.NONE).setText(label);
    Combo combo = new Combo(c, SWT.READ_ONLY);
    combo.setItems(items);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
    return combo;
  }

  private String[] columnNames() {
    char d = delimiter == null ? mapping.delimiter() : DELIMITERS[Math.max(0, delimiter.getSelectionIndex())];
    String first = text.lines().findFirst().orElse("");
    int n = Math.max(1, first.split(d == '\t' ? "\t" : java.util.regex.Pattern.quote(String.valueOf(d)), -1).length);
    boolean h = header == null ? mapping.header() : header.getSelection();
    String[] cells = first.split(d == '\t' ? "\t" : java.util.regex.Pattern.quote(String.valueOf(d)), -1);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = "Column " + (i + 1) + (h && i < cells.length ? " (" + cells[i].replace("\"", "").trim() + ")" : "");
    }
    return out;
  }

  private void columnsChanged() {
    String[] cols = columnNames();
    for (Combo x : new Combo[] {date, value}) {
      int s = x.getSelectionIndex();
      x.setItems(cols);
      x.select(Math.min(Math.max(0, s), cols.length - 1));
    }
    for (Combo x : new Combo[] {cohort, source, note}) {
      int s = x.getSelectionIndex();
      x.setItems(withNone(cols));
      x.select(Math.min(Math.max(0, s), cols.length));
    }
    reread();
  }

  private void selectColumns() {
    date.select(Math.max(0, mapping.date()));
    value.select(Math.max(0, Math.min(mapping.value(), value.getItemCount() - 1)));
    cohort.select(mapping.cohort() + 1);
    fixedCohort.select(0);
    source.select(mapping.source() + 1);
    note.select(mapping.note() + 1);
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    reread();
  }

  private void reread() {
    if (preview == null || getButton(IDialogConstants.OK_ID) == null) {
      return;
    }
    mapping = new Mapping(date.getSelectionIndex(), value.getSelectionIndex(), cohort.getSelectionIndex() - 1,
        Cohort.get(fixedCohort.getSelectionIndex()), source.getSelectionIndex() - 1, note.getSelectionIndex() - 1,
        DateStyle.values()[dates.getSelectionIndex()], DecimalStyle.values()[decimals.getSelectionIndex()],
        DELIMITERS[delimiter.getSelectionIndex()], header.getSelection());
    try {
      result = CsvImport.read(new StringReader(text), mapping);
    } catch (IOException e) {
      result = new ImportResult(java.util.List.of(), java.util.List.of(),
          java.util.List.of(new ImportProblem(0, e.getMessage())));
    }
    preview.removeAll();
    int shown = 0;
    for (ImportedRow r : result.rows()) {
      if (shown++ == 200) {
        break;
      }
      TableItem item = new TableItem(preview, SWT.NONE);
      item.setText(new String[] {String.valueOf(r.line()), r.date().toString(), MeasurementTable.trim(r.value()),
          MeasurementTable.COHORTS[r.cohort().getValue()], r.source() == null ? "" : r.source(),
          r.note() == null ? "" : r.note()});
    }
    problems.removeAll();
    java.util.List<String> lines = new ArrayList<>();
    result.problems().forEach(p -> lines.add(p.toString()));
    problems.setItems(lines.toArray(new String[0]));
    int n = result.rows().size();
    setMessage(n + " row" + (n == 1 ? "" : "s") + " can be imported" + (result.problems().isEmpty() ? "."
        : "; " + result.problems().size() + " cannot (listed below, with their lines). Only the good rows are imported,"
            + " in one step you can undo."));
    Button ok = getButton(IDialogConstants.OK_ID);
    ok.setText("Import " + n);
    ok.setEnabled(n > 0);
    ok.getParent().layout(true);
  }

  /** For the paste path and tests: the good rows of {@code text} read with the guessed mapping. */
  public static ImportResult readGuessed(String text) throws IOException {
    return CsvImport.read(new StringReader(text), CsvImport.guess(text.length() > 4096 ? text.substring(0, 4096)
        : text));
  }
}
