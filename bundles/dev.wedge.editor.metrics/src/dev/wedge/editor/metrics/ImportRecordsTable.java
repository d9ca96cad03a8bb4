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
    String[] headers = {Messages.Records_ImportedAt, Messages.Records_File, Messages.Records_Read,
        Messages.Records_Imported, Messages.Records_Refused, Messages.Records_ReadAs};
    int[] widths = {150, 180, 55, 70, 65, 900};
    for (int i = 0; i < headers.length; i++) {
      // the counts (read, imported, refused) align right
      TableColumn c = new TableColumn(table, i >= 2 && i <= 4 ? SWT.RIGHT : SWT.LEFT);
      c.setText(headers[i]);
      c.setWidth(widths[i]);
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
    table.setToolTipText(records.isEmpty() ? Messages.Records_None : Messages.Records_Tip);
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
