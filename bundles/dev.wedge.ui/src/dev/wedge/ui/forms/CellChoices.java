package dev.wedge.ui.forms;

import java.util.Objects;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A drop-down in one column of a plain table: a click on the cell, or F2 or Space on the selected row, opens the
 * choices over the cell; the one chosen is told with the row's item (found again by its data, as the table may have
 * been filled anew) and the choice's index.
 */
public final class CellChoices {

  private final Table table;
  private final int column;
  private final String[] choices;
  private final BiConsumer<TableItem, Integer> chosen;
  private final TableEditor editor;

  private CellChoices(Table table, int column, String[] choices, BiConsumer<TableItem, Integer> chosen) {
    this.table = table;
    this.column = column;
    this.choices = choices;
    this.chosen = chosen;
    this.editor = new TableEditor(table);
    editor.grabHorizontal = true;
  }

  /** Lets the user choose among {@code choices} in column {@code column} of {@code table}. */
  public static void install(Table table, int column, String[] choices, BiConsumer<TableItem, Integer> chosen) {
    CellChoices c = new CellChoices(table, column, choices, chosen);
    table.addListener(SWT.MouseDown, ev -> {
      TableItem item = table.getItem(new Point(ev.x, ev.y));
      if (item == null) {
        return;
      }
      Rectangle cell = item.getBounds(column);
      if (cell.x <= ev.x && ev.x <= cell.x + cell.width) {
        c.open(item);
      }
    });
    table.addListener(SWT.KeyDown, ev -> {
      if ((ev.keyCode == SWT.F2 || ev.character == ' ') && table.getSelectionCount() == 1) {
        c.open(table.getSelection()[0]);
      }
    });
  }

  private void open(TableItem item) {
    if (editor.getEditor() != null) {
      editor.getEditor().dispose();
    }
    CCombo combo = new CCombo(table, SWT.READ_ONLY);
    combo.setItems(choices);
    combo.setText(item.getText(column));
    combo.addListener(SWT.Selection, ev -> {
      int index = combo.getSelectionIndex();
      Object data = item.getData();
      combo.dispose();
      table.getDisplay().asyncExec(() -> {
        if (!table.isDisposed()) {
          for (TableItem i : table.getItems()) {
            if (Objects.equals(i.getData(), data)) {
              chosen.accept(i, index);
              return;
            }
          }
        }
      });
    });
    combo.addListener(SWT.FocusOut, ev -> combo.dispose());
    editor.setEditor(combo, item, column);
    combo.setFocus();
    combo.setListVisible(true);
  }
}
