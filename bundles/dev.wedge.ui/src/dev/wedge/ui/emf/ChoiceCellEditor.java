package dev.wedge.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo of the allowed values; "none" stands for null where null is allowed. */
public class ChoiceCellEditor extends ComboBoxViewerCellEditor {

  private static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "";
    }
  };

  public ChoiceCellEditor(Composite parent, List<?> choices, IItemLabelProvider labels) {
    super(parent, SWT.READ_ONLY);
    List<Object> items = new ArrayList<>();
    for (Object c : choices) {
      items.add(c == null ? NONE : c);
    }
    setContentProvider(ArrayContentProvider.getInstance());
    setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        return element == NONE ? "" : labels.getText(element);
      }
    });
    setInput(items);
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
