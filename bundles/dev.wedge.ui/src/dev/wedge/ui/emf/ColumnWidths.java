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

  /** Room beside the title of a header that does not sort (no indicator): its margins. */
  static final int PLAIN_PADDING = 24;

  /** The width {@code title} needs in a header that does not sort, in {@code control}'s font. */
  public static int plainHeaderWidth(Control control, String title) {
    return headerWidth(control, title) - PADDING + PLAIN_PADDING;
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

  /**
   * Shares the width of a table that does not sort among its columns by {@code weights} (one a column), each at
   * least as wide as its header ({@link #plainHeaderWidth}), whenever the table is resized: the columns fill the table and it never scrolls sideways. With
   * {@link WrappedCells} a cell wider than its share wraps instead of being cut.
   */
  public static void share(Table table, int... weights) {
    if (weights.length != table.getColumnCount()) {
      throw new IllegalArgumentException(weights.length + " weights for " + table.getColumnCount() + " columns");
    }
    table.addListener(org.eclipse.swt.SWT.Resize, e -> {
      int[] widths = shares(table.getClientArea().width, weights, headerWidths(table));
      for (int i = 0; i < widths.length; i++) {
        table.getColumn(i).setWidth(widths[i]);
      }
    });
  }

  private static int[] headerWidths(Table table) {
    int[] minimum = new int[table.getColumnCount()];
    for (int i = 0; i < minimum.length; i++) {
      minimum[i] = plainHeaderWidth(table, table.getColumn(i).getText());
    }
    return minimum;
  }

  /**
   * The widths of columns sharing {@code available} pixels by {@code weights}, none below its {@code minimum}: a
   * column whose share is below its minimum gets the minimum, and the others share what is left.
   */
  public static int[] shares(int available, int[] weights, int[] minimum) {
    int n = weights.length;
    int[] widths = new int[n];
    boolean[] fixed = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      int left = available;
      int weightLeft = 0;
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          left -= minimum[i];
        } else {
          weightLeft += weights[i];
        }
      }
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          widths[i] = minimum[i];
        } else {
          widths[i] = weightLeft == 0 ? minimum[i] : Math.max(0, left) * weights[i] / weightLeft;
          if (widths[i] < minimum[i]) {
            fixed[i] = true;
            changed = true;
          }
        }
      }
    }
    return widths;
  }
}
