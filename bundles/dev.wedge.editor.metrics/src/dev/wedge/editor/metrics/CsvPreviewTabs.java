package dev.wedge.editor.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.wedge.evidence.imports.ColumnRoles;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportProblem;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.PreviewRow;
import dev.wedge.evidence.imports.Question;
import dev.wedge.model.Cohort;
import dev.wedge.ui.forms.CellChoices;

/**
 * The CSV import's tabs: Preview (every row, its raw text beside what it was read as), Columns (each column's role,
 * chosen in the cell), Cohorts (each value of the cohort column and the cohort it maps to, chosen in the cell) and
 * Refused (line and reason). A new question about cohorts or columns brings its tab to the front.
 */
final class CsvPreviewTabs {

  static final String[] ROLES = {"date", "value", "cohort", "subject (as a salted key)", "note", "not imported"};
  static final CsvImport.Role[] ROLE_OF = {CsvImport.Role.DATE, CsvImport.Role.VALUE, CsvImport.Role.COHORT,
      CsvImport.Role.SUBJECT, CsvImport.Role.NOTE, CsvImport.Role.IGNORED};
  private static final String[] COHORTS = {CsvSettingsRow.CHOOSE, "pilot", "comparison", "all",
      "leave these rows out"};
  private static final List<Cohort> COHORT_OF = List.of(Cohort.PILOT, Cohort.COMPARISON, Cohort.ALL);

  private final CsvImportDialog dialog;
  private final Color warning;
  private final Color refusedColor;
  private final CTabFolder tabs;
  private final CTabItem previewTab;
  private final CTabItem columnsTab;
  private final CTabItem cohortsTab;
  private final CTabItem refusedTab;
  final Table rows;
  final Table columns;
  final Table cohorts;
  private final Table refused;
  private ImportPreview preview;
  private Set<Question.Topic> shownTopics = EnumSet.noneOf(Question.Topic.class);

  CsvPreviewTabs(Composite parent, CsvImportDialog dialog, Color warning, Color refusedColor) {
    this.dialog = dialog;
    this.warning = warning;
    this.refusedColor = refusedColor;
    tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
    GridDataFactory.fillDefaults().grab(true, true).hint(900, 300).applyTo(tabs);
    rows = ImportTables.table(tabs, SWT.VIRTUAL, "Line:50", "Date in file:100", "Date:90", "Value in file:100",
        "Value:80", "Cohort in file:130", "Cohort:90", "Note:150", "Refused or flagged:300");
    rows.addListener(SWT.SetData, e -> fill((TableItem) e.item));
    previewTab = tab("Preview", rows);
    columns = ImportTables.table(tabs, 0, "Column:200", "Example:220", "Filled:70", "Imported as:200");
    columnsTab = tab("Columns", columns);
    cohorts = ImportTables.table(tabs, 0, "Value in the cohort column:260", "Rows:70", "Cohort:200");
    cohortsTab = tab("Cohorts", cohorts);
    refused = ImportTables.table(tabs, 0, "Line:60", "Why:760");
    refusedTab = tab("Refused", refused);
    tabs.setSelection(previewTab);
    CellChoices.install(columns, 3, ROLES, (item, index) -> setRole((Integer) item.getData(), ROLE_OF[index]));
    CellChoices.install(cohorts, 2, COHORTS, (item, index) -> setCohort((String) item.getData(), index));
  }

  private CTabItem tab(String text, Control control) {
    CTabItem item = new CTabItem(tabs, SWT.NONE);
    item.setText(text);
    item.setControl(control);
    return item;
  }

  /** Gives column {@code index} (0-based) the role {@code role}: the file is read again. */
  void setRole(int index, CsvImport.Role role) {
    dialog.setOptions(ColumnRoles.assign(dialog.options(), dialog.details(), index, role));
  }

  private void setCohort(String value, int index) {
    if (index == 0) {
      return;
    }
    dialog.setOptions(dialog.options().withCohort(value, index <= COHORT_OF.size() ? COHORT_OF.get(index - 1) : null));
  }

  boolean showsCohorts() {
    return tabs.getSelection() == cohortsTab;
  }

  /** Shows {@code preview} in every tab. */
  void show(ImportPreview shown, CsvImport.Details d) {
    preview = shown;
    rows.clearAll();
    rows.setItemCount(preview.rows().size());
    columns.removeAll();
    if (d != null) {
      for (CsvImport.Column col : d.columns()) {
        TableItem item = new TableItem(columns, SWT.NONE);
        item.setData(col.index());
        item.setText(new String[] {col.name() == null ? "column " + (col.index() + 1) : col.name(),
            col.example() == null ? "" : col.example(), String.valueOf(col.filled()),
            ROLES[CsvSettingsRow.indexOf(ROLE_OF, col.role())]});
      }
    }
    showCohorts();
    showRefused();
    Set<Question.Topic> topics = EnumSet.noneOf(Question.Topic.class);
    preview.questions().forEach(q -> topics.add(q.topic()));
    boolean newTopic = !shownTopics.containsAll(topics);
    shownTopics = topics;
    if (newTopic && topics.contains(Question.Topic.COHORT)) {
      tabs.setSelection(cohortsTab);
    } else if (newTopic && (topics.contains(Question.Topic.DATE_COLUMN) || topics.contains(
        Question.Topic.VALUE_COLUMN))) {
      tabs.setSelection(columnsTab);
    }
  }

  private void showCohorts() {
    cohorts.removeAll();
    Map<String, Cohort> mapping = preview.cohorts();
    for (Map.Entry<String, Integer> e : preview.cohortCounts().entrySet()) {
      TableItem item = new TableItem(cohorts, SWT.NONE);
      item.setData(e.getKey());
      String to = !mapping.containsKey(e.getKey()) ? CsvSettingsRow.CHOOSE : mapping.get(e.getKey()) == null
          ? COHORTS[4] : COHORTS[1 + COHORT_OF.indexOf(mapping.get(e.getKey()))];
      item.setText(new String[] {e.getKey().isEmpty() ? "(empty)" : e.getKey(), String.valueOf(e.getValue()), to});
      if (!mapping.containsKey(e.getKey())) {
        item.setForeground(warning);
      }
    }
    cohortsTab.setText("Cohorts" + (preview.unmappedCohorts().isEmpty() ? "" : " (" + preview.unmappedCohorts()
        .size() + " to map)"));
  }

  private void showRefused() {
    refused.removeAll();
    List<ImportProblem> problems = preview.problems();
    for (ImportProblem p : problems) {
      TableItem item = new TableItem(refused, SWT.NONE);
      item.setText(new String[] {p.line() > 0 ? String.valueOf(p.line()) : "", p.reason()});
    }
    int leftOut = preview.rowsLeftOut();
    refusedTab.setText("Refused (" + (problems.size() - leftOut) + ")" + (leftOut == 0 ? "" : " and left out ("
        + leftOut + ")"));
  }

  private void fill(TableItem item) {
    int i = rows.indexOf(item);
    if (preview == null || i < 0 || i >= preview.rows().size()) {
      return;
    }
    PreviewRow r = preview.rows().get(i);
    String status = r.refusal() != null ? r.refusal() : r.flag() != null ? "flagged: " + r.flag() : "";
    item.setText(new String[] {String.valueOf(r.line()), nn(r.rawDate()), r.date() == null ? "?" : r.date()
        .toString(), nn(r.rawValue()), r.value() == null ? "?" : ImportTarget.number(r.value()), nn(r.rawCohort()),
        r.cohort() == null ? "?" : r.cohort().getLiteral().toLowerCase(Locale.ROOT), nn(r.note()), status});
    if (r.refusal() != null) {
      item.setForeground(refusedColor);
    } else if (r.flag() != null) {
      item.setForeground(warning);
    }
  }

  private static String nn(String s) {
    return s == null ? "" : s.replace('\n', ' ');
  }
}
