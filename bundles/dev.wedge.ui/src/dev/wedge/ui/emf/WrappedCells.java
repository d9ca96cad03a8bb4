package dev.wedge.ui.emf;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table whose cells wrap their text at the column's width, so a table that shares the editor's width among its
 * columns ({@link ColumnWidths#share}) shows each cell whole at 1280x800 instead of cutting it. The items keep their
 * text (accessibility, copy, tests read it); only the drawing wraps.
 */
public final class WrappedCells {

  /** Space left and right of a cell's text. */
  static final int MARGIN = 5;

  /** The most lines a row takes (a longer text ends in an ellipsis). */
  static final int MAX_LINES = 3;

  private final Table table;

  private WrappedCells(Table table) {
    this.table = table;
  }

  /** Draws every cell of {@code table} wrapped. */
  public static void install(Table table) {
    WrappedCells cells = new WrappedCells(table);
    table.addListener(SWT.MeasureItem, cells::measure);
    table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
    table.addListener(SWT.PaintItem, cells::paint);
  }

  private TextLayout layout(TableItem item, int column) {
    TextLayout layout = new TextLayout(table.getDisplay());
    layout.setFont(table.getFont());
    layout.setText(item.getText(column));
    layout.setWidth(Math.max(1, table.getColumn(column).getWidth() - 2 * MARGIN));
    return layout;
  }

  private void measure(Event e) {
    TableItem item = (TableItem) e.item;
    TextLayout layout = layout(item, e.index);
    try {
      int lines = Math.min(MAX_LINES, layout.getLineCount());
      int height = layout.getLineBounds(lines - 1).y + layout.getLineBounds(lines - 1).height;
      e.height = Math.max(e.height, height + 4);
    } finally {
      layout.dispose();
    }
  }

  private void paint(Event e) {
    TableItem item = (TableItem) e.item;
    TextLayout layout = layout(item, e.index);
    try {
      GC gc = e.gc;
      int lines = layout.getLineCount();
      int height = 0;
      for (int i = 0; i < Math.min(lines, MAX_LINES); i++) {
        height += layout.getLineBounds(i).height;
      }
      int y = e.y + Math.max(0, (e.height - height) / 2);
      gc.setClipping(e.x, e.y, table.getColumn(e.index).getWidth(), e.height);
      layout.draw(gc, e.x + MARGIN, y);
    } finally {
      layout.dispose();
    }
  }

  /** The lines {@code text} takes in a column {@code width} wide, in {@code table}'s font (tests check fitting). */
  public static int lines(Table table, String text, int width) {
    TextLayout layout = new TextLayout(table.getDisplay());
    try {
      layout.setFont(table.getFont());
      layout.setText(text);
      layout.setWidth(Math.max(1, width - 2 * MARGIN));
      return layout.getLineCount();
    } finally {
      layout.dispose();
    }
  }
}
