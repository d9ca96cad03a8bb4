package dev.wedge.ui.emf;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Column widths that never cut a header ("Threshol", "Large enoug"): at least the title and the sort arrow. */
public final class ColumnWidths {

  /** Room beside the title for the margins and a sort indicator. */
  private static final int PADDING = 36;

  private ColumnWidths() {
  }

  /** The width {@code title} needs in a header of {@code control}'s font. */
  public static int headerWidth(Control control, String title) {
    if (title == null || title.isEmpty()) {
      return PADDING;
    }
    GC gc = new GC(control);
    try {
      gc.setFont(control.getFont());
      return gc.textExtent(title).x + PADDING;
    } finally {
      gc.dispose();
    }
  }

  /** Widens {@code column} to its title when it is narrower. */
  public static void fitHeader(TableColumn column) {
    int needed = headerWidth(column.getParent(), column.getText());
    if (column.getWidth() < needed) {
      column.setWidth(needed);
    }
  }

  /** Widens every column of {@code table} to its title. */
  public static void fitHeaders(Table table) {
    for (TableColumn c : table.getColumns()) {
      fitHeader(c);
    }
  }
}
