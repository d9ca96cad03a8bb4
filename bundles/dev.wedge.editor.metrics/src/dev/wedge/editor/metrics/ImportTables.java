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

  /** A table with {@code headers} written "Header:width" (pixels). */
  static Table table(Composite parent, int style, String... headers) {
    Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | style);
    t.setHeaderVisible(true);
    t.setLinesVisible(true);
    for (String h : headers) {
      int colon = h.lastIndexOf(':');
      TableColumn tc = new TableColumn(t, SWT.LEFT);
      tc.setText(h.substring(0, colon));
      tc.setWidth(Integer.parseInt(h.substring(colon + 1)));
      ColumnWidths.fitHeader(tc);
    }
    return t;
  }
}
