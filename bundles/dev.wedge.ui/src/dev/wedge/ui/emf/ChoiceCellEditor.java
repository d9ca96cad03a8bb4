package dev.wedge.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A read-only combo of the allowed values, by their display names; "none" stands for null where null is allowed. A
 * pick from the drop-down (mouse, or arrows and Enter) is applied at once, not only when the combo loses focus.
 */
public class ChoiceCellEditor extends ComboBoxViewerCellEditor {

  private static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "";
    }
  };

  public ChoiceCellEditor(Composite parent, List<?> choices, Function<Object, String> labels) {
    super(parent, SWT.READ_ONLY);
    List<Object> items = new ArrayList<>();
    for (Object c : choices) {
      items.add(c == null ? NONE : c);
    }
    setContentProvider(ArrayContentProvider.getInstance());
    setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        return labels.apply(element == NONE ? null : element);
      }
    });
    setInput(items);
  }

  @Override
  protected Control createControl(Composite parent) {
    Control control = super.createControl(parent);
    CCombo combo = (CCombo) control;
    combo.addListener(SWT.Selection, e -> {
      if (combo.getListVisible()) {
        // picked in the open list: a mouse click closes it, arrow keys keep it open (Enter applies those)
        combo.getDisplay().asyncExec(() -> {
          if (!combo.isDisposed() && !combo.getListVisible() && isActivated()) {
            focusLost(); // applies the value and closes the editor, as leaving the combo would
          }
        });
      }
    });
    return control;
  }

  @Override
  protected void doSetValue(Object value) {
    super.doSetValue(value == null ? NONE : value);
  }

  @Override
  protected Object doGetValue() {
    Object v = super.doGetValue();
    return v == NONE ? null : v;
  }
}
