package dev.wedge.ui.emf;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IConfiguration;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.swt.SWT;

/**
 * How every editable NatTable in Wedge is edited, as in a spreadsheet: typing starts editing with the typed character,
 * F2 and Enter start editing with the value; Enter commits, Tab and Shift+Tab commit and edit the next
 * or previous cell, Escape cancels. A value that does not fit is shown in red with its sentence next to the cell, and
 * the cell stays open until it is corrected or cancelled. Combos list display names and commit on a pick (mouse, or
 * arrows and Enter).
 */
public final class NatTableEditing {

  private NatTableEditing() {
  }

  /**
   * A configuration to add before {@code NatTable.configure()}.
   *
   * @param choiceColumn whether a column is edited with a combo of {@code choices} (column, row) rather than a text
   * @param problem the sentence for a wrong text in a cell (column, row, text), or null when it fits
   */
  public static IConfiguration configuration(int columns, IntPredicate choiceColumn,
      BiFunction<Integer, Integer, List<String>> choices, Problem problem) {
    return new AbstractUiBindingConfiguration() {
      @Override
      public void configureUiBindings(UiBindingRegistry registry) {
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), new KeyEditAction());
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), new KeyEditAction());
      }

      @Override
      public void configureRegistry(IConfigRegistry registry) {
        // no region label on these: editing started from the keyboard looks them up on the selection layer's cells
        registry.registerConfigAttribute(EditConfigAttributes.OPEN_ADJACENT_EDITOR, Boolean.TRUE, DisplayMode.EDIT);
        registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, NEXT_TO_CELL, DisplayMode.EDIT);
        registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, NEXT_TO_CELL, DisplayMode.EDIT);
        for (int i = 0; i < columns; i++) {
          String label = ColumnLabelAccumulator.COLUMN_LABEL_PREFIX + i;
          int column = i;
          if (choiceColumn.test(i)) {
            IComboBoxDataProvider values = (col, row) -> {
              List<String> l = choices.apply(column, row);
              return l == null ? List.of() : List.copyOf(l);
            };
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new ComboBoxCellEditor(values, 12),
                DisplayMode.EDIT, label);
          } else {
            TextCellEditor text = new TextCellEditor(false, false);
            text.setErrorDecorationEnabled(true);
            text.setDecorationPositionOverride(SWT.LEFT | SWT.TOP);
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, text, DisplayMode.EDIT, label);
            if (problem != null) {
              registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new DataValidator() {
                @Override
                public boolean validate(int col, int row, Object newValue) {
                  String sentence = problem.of(column, row, newValue == null ? "" : newValue.toString());
                  if (sentence != null) {
                    throw new ValidationFailedException(sentence);
                  }
                  return true;
                }
              }, DisplayMode.EDIT, label);
            }
          }
        }
      }
    };
  }

  /** The sentence for a wrong cell text, or null when it fits. */
  @FunctionalInterface
  public interface Problem {
    String of(int column, int row, String text);
  }

  private static volatile String lastMessage;

  /** The last sentence shown next to a cell whose value did not fit (for tests), or null. */
  public static String lastMessage() {
    return lastMessage;
  }

  /** Commit-time errors: the red text and the sentence next to the cell, which stays open for correction. */
  static final IEditErrorHandler NEXT_TO_CELL = new IEditErrorHandler() {
    @Override
    public void removeError(ICellEditor editor) {
      if (editor instanceof TextCellEditor t && t.getDecorationProvider() != null) {
        t.getDecorationProvider().hideDecoration();
      }
    }

    @Override
    public void displayError(ICellEditor editor, Exception e) {
      lastMessage = e.getMessage();
      if (editor instanceof TextCellEditor t && t.getDecorationProvider() != null && !editor.isClosed()) {
        t.getDecorationProvider().showErrorDecorationHover(e.getMessage());
        if (editor.getEditorControl() != null && !editor.getEditorControl().isDisposed()) {
          editor.getEditorControl().setForeground(editor.getEditorControl().getDisplay()
              .getSystemColor(SWT.COLOR_RED));
        }
      }
    }
  };
}
