package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.util.EnumSet;
import java.util.List;
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

  static final String[] ROLES = {Messages.Csv_RoleDate, Messages.Csv_RoleValue, Messages.Csv_RoleCohort,
      Messages.Csv_RoleSubject, Messages.Csv_RoleNote, Messages.Csv_RoleIgnored};
  static final CsvImport.Role[] ROLE_OF = {CsvImport.Role.DATE, CsvImport.Role.VALUE, CsvImport.Role.COHORT,
      CsvImport.Role.SUBJECT, CsvImport.Role.NOTE, CsvImport.Role.IGNORED};
  private static final String[] COHORTS = {CsvSettingsRow.CHOOSE, Messages.Csv_CohortPilot,
      Messages.Csv_CohortComparison, Messages.Csv_CohortAll, Messages.Csv_CohortLeaveOut};
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
    rows = ImportTables.table(tabs, SWT.VIRTUAL, new String[] {Messages.Csv_Line, Messages.Csv_DateInFile,
        Messages.Csv_Date, Messages.Csv_ValueInFile, Messages.Csv_Value, Messages.Csv_CohortInFile, Messages.Csv_Cohort,
        Messages.Csv_Note, Messages.Csv_RefusedOrFlagged}, 50, 100, 90, 100, 80, 130, 90, 150, 300);
    rows.addListener(SWT.SetData, e -> fill((TableItem) e.item));
    previewTab = tab(Messages.Csv_PreviewTab, rows);
    columns = ImportTables.table(tabs, 0, new String[] {Messages.Csv_Column, Messages.Csv_Example, Messages.Csv_Filled,
        Messages.Csv_ImportedAs}, 200, 220, 70, 200);
    columnsTab = tab(Messages.Csv_ColumnsTab, columns);
    cohorts = ImportTables.table(tabs, 0, new String[] {Messages.Csv_CohortValue, Messages.Csv_Rows,
        Messages.Csv_Cohort}, 260, 70, 200);
    cohortsTab = tab(Messages.Csv_CohortsTab, cohorts);
    refused = ImportTables.table(tabs, 0, new String[] {Messages.Csv_Line, Messages.Csv_Why}, 60, 760);
    refusedTab = tab(NLS.bind(Messages.Csv_RefusedTab, 0), refused);
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
        item.setText(new String[] {col.name() == null ? NLS.bind(Messages.Csv_ColumnN, col.index() + 1) : col.name(),
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
      item.setText(new String[] {e.getKey().isEmpty() ? Messages.Csv_Empty : e.getKey(), String.valueOf(e.getValue()), to});
      if (!mapping.containsKey(e.getKey())) {
        item.setForeground(warning);
      }
    }
    cohortsTab.setText(preview.unmappedCohorts().isEmpty() ? Messages.Csv_CohortsTab : NLS.bind(
        Messages.Csv_CohortsToMap, preview.unmappedCohorts().size()));
  }

  private void showRefused() {
    refused.removeAll();
    List<ImportProblem> problems = preview.problems();
    for (ImportProblem p : problems) {
      TableItem item = new TableItem(refused, SWT.NONE);
      item.setText(new String[] {p.line() > 0 ? String.valueOf(p.line()) : "", p.reason()});
    }
    int leftOut = preview.rowsLeftOut();
    refusedTab.setText(leftOut == 0 ? NLS.bind(Messages.Csv_RefusedTab, problems.size()) : NLS.bind(
        Messages.Csv_RefusedLeftOutTab, problems.size() - leftOut, leftOut));
  }

  private void fill(TableItem item) {
    int i = rows.indexOf(item);
    if (preview == null || i < 0 || i >= preview.rows().size()) {
      return;
    }
    PreviewRow r = preview.rows().get(i);
    String status = r.refusal() != null ? r.refusal() : r.flag() != null ? NLS.bind(Messages.Csv_Flagged, r.flag()) : "";
    item.setText(new String[] {String.valueOf(r.line()), nn(r.rawDate()), r.date() == null ? "?" : r.date()
        .toString(), nn(r.rawValue()), r.value() == null ? "?" : ImportTarget.number(r.value()), nn(r.rawCohort()),
        r.cohort() == null ? "?" : COHORTS[1 + COHORT_OF.indexOf(r.cohort())], nn(r.note()), status});
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
