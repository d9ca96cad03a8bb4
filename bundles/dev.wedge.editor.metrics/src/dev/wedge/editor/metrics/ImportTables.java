package dev.wedge.editor.metrics;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import dev.wedge.ui.emf.ColumnWidths;

/** The tables of the import dialogs: bordered, with headers and lines, each column at least as wide as its header. */
final class ImportTables {

  private ImportTables() {
  }

  /** A table with columns {@code headers}, each at least {@code widths} pixels wide (one width per header). */
  static Table table(Composite parent, int style, String[] headers, int... widths) {
    if (headers.length != widths.length) {
      throw new IllegalArgumentException(headers.length + " headers but " + widths.length + " widths");
    }
    Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | style);
    t.setHeaderVisible(true);
    t.setLinesVisible(true);
    for (int i = 0; i < headers.length; i++) {
      TableColumn tc = new TableColumn(t, SWT.LEFT);
      tc.setText(headers[i]);
      tc.setWidth(widths[i]);
      ColumnWidths.fitHeader(tc);
    }
    return t;
  }
}
