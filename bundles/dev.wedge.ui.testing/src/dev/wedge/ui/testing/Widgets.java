package dev.wedge.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Finding and working widgets the way a user does: by the label beside a field, the text on a button, the title of a
 * dialog. Used by the workbench tests that walk a whole task through the user interface.
 */
public final class Widgets {

  private Widgets() {
  }

  /** A label or button text without its mnemonic ('&amp;') and surrounding blanks. */
  public static String plain(String text) {
    return text == null ? "" : text.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").strip();
  }

  /** Every control under {@code root}, depth first, in the order they were made (the order a user reads). */
  public static List<Control> all(Composite root) {
    List<Control> out = new ArrayList<>();
    for (Control c : root.getChildren()) {
      out.add(c);
      if (c instanceof Composite k) {
        out.addAll(all(k));
      }
    }
    return out;
  }

  /** Every control of {@code type} under {@code root}. */
  public static <T> List<T> all(Composite root, Class<T> type) {
    return all(root).stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The button reading {@code text} (visible ones first); fails with what there is when none does. */
  public static Button button(Composite root, String text) {
    List<Button> buttons = all(root, Button.class).stream().filter(b -> plain(b.getText()).equals(text)).toList();
    if (buttons.isEmpty()) {
      throw new AssertionError("no button '" + text + "' in " + root + "; there are "
          + all(root, Button.class).stream().map(b -> "'" + plain(b.getText()) + "'").toList());
    }
    return buttons.stream().filter(Control::isVisible).findFirst().orElse(buttons.get(0));
  }

  /** The first control of {@code type} after the label reading {@code label}. */
  public static <T extends Control> T after(Composite root, String label, Class<T> type) {
    List<Control> controls = all(root);
    for (int i = 0; i < controls.size(); i++) {
      if (controls.get(i) instanceof Label l && plain(l.getText()).equals(label)) {
        for (int j = i + 1; j < controls.size(); j++) {
          if (type.isInstance(controls.get(j))) {
            return type.cast(controls.get(j));
          }
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " after the label '" + label + "'; the labels are "
        + all(root, Label.class).stream().map(l -> "'" + plain(l.getText()) + "'").toList());
  }

  /** The text field labelled {@code label}. */
  public static Text text(Composite root, String label) {
    return after(root, label, Text.class);
  }

  /** Types {@code value} into {@code field} (replacing what was there), as the keyboard would. */
  public static void type(Text field, String value) {
    field.setFocus();
    field.setText(value);
    UiTesting.processEvents();
  }

  /** Clicks {@code button} (a check box or radio button changes its state first). */
  public static void click(Button button) {
    if (!button.isEnabled()) {
      throw new AssertionError("'" + plain(button.getText()) + "' is disabled");
    }
    if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
      button.setSelection(!button.getSelection());
    } else if ((button.getStyle() & SWT.RADIO) != 0) {
      button.setSelection(true);
    }
    button.notifyListeners(SWT.Selection, new Event());
    UiTesting.processEvents();
  }

  /** Clicks the button reading {@code text} under {@code root}. */
  public static void click(Composite root, String text) {
    click(button(root, text));
  }

  /** Selects the first row of {@code table} that {@code row} accepts, as a click on it would. */
  public static void select(Table table, Predicate<TableItem> row) {
    for (int i = 0; i < table.getItemCount(); i++) {
      if (row.test(table.getItem(i))) {
        table.setSelection(i);
        Event e = new Event();
        e.item = table.getItem(i);
        table.notifyListeners(SWT.Selection, e);
        UiTesting.processEvents();
        return;
      }
    }
    List<String> rows = new ArrayList<>();
    for (TableItem item : table.getItems()) {
      rows.add(item.getText());
    }
    throw new AssertionError("no such row; the rows are " + rows);
  }

  /** Picks the item of {@code combo} that starts with {@code text}. */
  public static void pick(Combo combo, String text) {
    for (int i = 0; i < combo.getItemCount(); i++) {
      if (combo.getItem(i).startsWith(text)) {
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
        UiTesting.processEvents();
        return;
      }
    }
    throw new AssertionError("no item '" + text + "' in " + List.of(combo.getItems()));
  }

  /** Sends a key to {@code control}: the traversal Tab and Escape make, then down and up. */
  public static void key(Control control, int keyCode, char character) {
    if (keyCode == SWT.TAB || keyCode == SWT.ESC || keyCode == SWT.CR) {
      Event t = new Event();
      t.detail = keyCode == SWT.TAB ? SWT.TRAVERSE_TAB_NEXT : keyCode == SWT.ESC ? SWT.TRAVERSE_ESCAPE
          : SWT.TRAVERSE_RETURN;
      t.keyCode = keyCode;
      t.character = character;
      t.doit = true;
      control.notifyListeners(SWT.Traverse, t);
    }
    for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
      if (control.isDisposed()) {
        break;
      }
      Event e = new Event();
      e.keyCode = keyCode;
      e.character = character;
      e.widget = control;
      control.notifyListeners(type, e);
    }
    UiTesting.processEvents();
  }

  /** The open shell titled {@code title}, or null. */
  public static Shell shell(String title) {
    for (Shell s : Display.getCurrent().getShells()) {
      if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
        return s;
      }
    }
    return null;
  }

  /**
   * Runs {@code then} on the dialog titled {@code title} once it is open, then {@code opener} (which opens it, and
   * returns when it closes). Fails when the dialog never opened, or is still open afterwards.
   */
  public static void inDialog(String title, Runnable opener, Consumer<Shell> then) {
    Display display = Display.getCurrent();
    List<Throwable> failed = new ArrayList<>();
    boolean[] seen = {false};
    Runnable[] poll = new Runnable[1];
    int[] tries = {0};
    poll[0] = () -> {
      Shell s = shell(title);
      if (s == null) {
        if (tries[0]++ < 200) {
          display.timerExec(50, poll[0]);
        }
        return;
      }
      seen[0] = true;
      try {
        then.accept(s);
      } catch (Throwable t) {
        failed.add(t);
        if (!s.isDisposed()) {
          s.close();
        }
      }
    };
    display.timerExec(50, poll[0]);
    opener.run();
    UiTesting.processEvents();
    if (!failed.isEmpty()) {
      throw new AssertionError("in the dialog '" + title + "': " + failed.get(0), failed.get(0));
    }
    if (!seen[0]) {
      throw new AssertionError("the dialog '" + title + "' did not open");
    }
    Shell left = shell(title);
    if (left != null) {
      left.close();
      throw new AssertionError("the dialog '" + title + "' is still open");
    }
  }
}
