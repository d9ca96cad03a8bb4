package dev.wedge.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** Many-valued references: a checklist of the allowed values (thin stand-in for emf.edit.ui's FeatureEditorDialog). */
public class ChooseValuesCellEditor extends DialogCellEditor {

  private final String title;
  private final java.util.function.Function<Object, String> labels;
  private final List<Object> choices;

  public ChooseValuesCellEditor(Composite parent, String title, java.util.function.Function<Object, String> labels, Collection<?> choices) {
    super(parent);
    this.title = title;
    this.labels = labels;
    this.choices = new ArrayList<>();
    for (Object c : choices) {
      if (c != null) {
        this.choices.add(c);
      }
    }
  }

  @Override
  protected Object openDialogBox(Control cellEditorWindow) {
    ListSelectionDialog dialog = ListSelectionDialog.of(choices)
        .contentProvider(ArrayContentProvider.getInstance())
        .labelProvider(new LabelProvider() {
          @Override
          public String getText(Object element) {
            return labels.apply(element);
          }
        })
        .title(title)
        .message(title + ":")
        .create(cellEditorWindow.getShell());
    Object current = getValue();
    if (current instanceof Collection<?> c) {
      dialog.setInitialElementSelections(new ArrayList<>(c));
    }
    if (dialog.open() != ListSelectionDialog.OK) {
      return null;
    }
    List<Object> chosen = new ArrayList<>();
    for (Object o : dialog.getResult()) {
      chosen.add(o);
    }
    return chosen;
  }

  @Override
  protected void updateContents(Object value) {
    if (getDefaultLabel() == null) {
      return;
    }
    if (value instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      for (Object o : c) {
        parts.add(labels.apply(o));
      }
      getDefaultLabel().setText(String.join(", ", parts));
    } else {
      getDefaultLabel().setText("");
    }
  }
}
