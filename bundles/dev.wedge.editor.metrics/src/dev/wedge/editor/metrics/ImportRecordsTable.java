package dev.wedge.editor.metrics;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.ImportRecord;

/**
 * The import records of a metric, newest first: when, which file (and its SHA-256), how it was read, and the rows
 * read, imported and refused, so that an auditor can see where every number came from.
 */
public class ImportRecordsTable {

  private final Table table;

  public ImportRecordsTable(Composite parent) {
    table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    for (String h : new String[] {"Imported (UTC):150", "File:180", "Read:55", "Imported:70", "Refused:65",
        "Read as:900"}) {
      int colon = h.lastIndexOf(':');
      TableColumn c = new TableColumn(table, h.startsWith("Read:") || h.startsWith("Imported:") || h.startsWith(
          "Refused") ? SWT.RIGHT : SWT.LEFT);
      c.setText(h.substring(0, colon));
      c.setWidth(Integer.parseInt(h.substring(colon + 1)));
      dev.wedge.ui.emf.ColumnWidths.fitHeader(c);
    }
  }

  public Table getControl() {
    return table;
  }

  /** Shows the records of {@code metric} (none when null). */
  public void show(BusinessMetric metric) {
    table.removeAll();
    if (metric == null) {
      return;
    }
    List<ImportRecord> records = new ArrayList<>(metric.getImports());
    records.sort((a, b) -> String.valueOf(b.getImportedAt()).compareTo(String.valueOf(a.getImportedAt())));
    for (ImportRecord r : records) {
      TableItem item = new TableItem(table, SWT.NONE);
      item.setData(r);
      String when = r.getImportedAt() == null ? "" : r.getImportedAt().replace('T', ' ').replace("Z", "");
      item.setText(new String[] {when, r.getFileName() == null ? "" : r.getFileName(), String.valueOf(r.getRowsRead()),
          String.valueOf(r.getRowsImported()), String.valueOf(r.getRowsRefused()), line(r)});
    }
    table.setToolTipText(records.isEmpty() ? "No measurement of this metric was imported from a file."
        : "Each import: the file (SHA-256 in the Properties view), how it was read and what was imported.");
  }

  /** "settings; mapping; notes" on one line. */
  static String line(ImportRecord r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.getSettings() == null ? "" : r.getSettings());
    if (r.getMapping() != null && !r.getMapping().isEmpty()) {
      sb.append("; ").append(r.getMapping());
    }
    for (String n : r.getNotes()) {
      sb.append(" \u2014 ").append(n);
    }
    sb.append(r.getSha256() == null ? "" : " (SHA-256 " + r.getSha256() + ")");
    return sb.toString().replace('\n', ' ');
  }

  public int rowCount() {
    return table.getItemCount();
  }

  public String text(int row, int column) {
    return table.getItem(row).getText(column);
  }
}
