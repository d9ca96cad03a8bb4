package dev.wedge.ui.clipboard;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * Ctrl+C, Ctrl+X and Ctrl+V in a text field of an editor (a name being typed, a cell being edited) act on its text,
 * not on the selected model objects: the Edit commands reach the field through this.
 */
final class TextFocus {

  enum Op {
    COPY, CUT, PASTE
  }

  private TextFocus() {
  }

  /** Does {@code op} on the text field that has the focus; false when no text field has it. */
  static boolean run(Op op) {
    Display d = Display.getCurrent();
    Control c = d == null ? null : d.getFocusControl();
    if (c instanceof Text t) {
      switch (op) {
        case COPY -> t.copy();
        case CUT -> t.cut();
        case PASTE -> t.paste();
      }
      return true;
    }
    if (c instanceof StyledText t) {
      switch (op) {
        case COPY -> t.copy();
        case CUT -> t.cut();
        case PASTE -> t.paste();
      }
      return true;
    }
    if (c instanceof Combo t && (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0) {
      switch (op) {
        case COPY -> t.copy();
        case CUT -> t.cut();
        case PASTE -> t.paste();
      }
      return true;
    }
    if (c instanceof CCombo t && t.getEditable()) {
      switch (op) {
        case COPY -> t.copy();
        case CUT -> t.cut();
        case PASTE -> t.paste();
      }
      return true;
    }
    return false;
  }
}
