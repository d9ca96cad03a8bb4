package dev.wedge.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Table columns that show and edit one feature of the row objects through their EMF.Edit property descriptors:
 * the same labels, choices, cell editors and undoable commands as the Properties view. Tables with such columns are
 * edited from the keyboard as in a spreadsheet: the arrow keys move between cells, typing starts editing with the
 * typed character, F2 and Enter with the value, Tab and Shift+Tab go to the next and previous cell, Escape cancels.
 */
public final class PropertyColumns {

  private static final String KEYBOARD = "dev.wedge.ui.keyboardEditing";

  private PropertyColumns() {
  }

  /** The property descriptor of {@code feature} of {@code row}, or null. */
  public static IItemPropertyDescriptor descriptor(AdapterFactory factory, Object row, EStructuralFeature feature) {
    IItemPropertySource s = (IItemPropertySource) factory.adapt(row, IItemPropertySource.class);
    return s == null ? null : s.getPropertyDescriptor(row, feature);
  }

  /** Adds an editable column for {@code feature}. */
  public static TableViewerColumn add(TableViewer viewer, AdapterFactory factory, EStructuralFeature feature,
      String title, int width) {
    keyboardEditing(viewer);
    TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    ColumnWidths.fitHeader(c.getColumn());
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object row) {
        IItemPropertyDescriptor d = descriptor(factory, row, feature);
        return d == null ? "" : Values.text(row, d);
      }
    });
    c.setEditingSupport(new Support(viewer, factory, feature));
    return c;
  }

  /** Whether typing {@code e} should start editing a cell (a printable character without Ctrl or Alt). */
  static boolean startsEditing(KeyEvent e) {
    return e.character != 0 && !Character.isISOControl(e.character) && (e.stateMask & (SWT.CTRL | SWT.ALT)) == 0;
  }

  /** Keyboard editing for {@code viewer} (once; {@link #add} calls it). */
  public static void keyboardEditing(TableViewer viewer) {
    if (viewer.getTable().getData(KEYBOARD) != null) {
      return;
    }
    viewer.getTable().setData(KEYBOARD, Boolean.TRUE);
    TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
        new FocusCellOwnerDrawHighlighter(viewer));
    ColumnViewerEditorActivationStrategy strategy = new ColumnViewerEditorActivationStrategy(viewer) {
      @Override
      protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
        return switch (e.eventType) {
          case ColumnViewerEditorActivationEvent.TRAVERSAL, ColumnViewerEditorActivationEvent.PROGRAMMATIC -> true;
          case ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION -> ((org.eclipse.swt.events.MouseEvent) e
              .sourceEvent).button == 1;
          case ColumnViewerEditorActivationEvent.KEY_PRESSED -> e.keyCode == SWT.F2 || e.keyCode == SWT.CR
              || e.keyCode == SWT.KEYPAD_CR || e.sourceEvent instanceof KeyEvent k && startsEditing(k);
          default -> false;
        };
      }
    };
    strategy.setEnableEditorActivationWithKeyboard(true);
    TableViewerEditor.create(viewer, focus, strategy, ColumnViewerEditor.TABBING_HORIZONTAL
        | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL
        | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
      @Override
      public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
        // nothing before
      }

      @Override
      public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
        // typing started the edit: the typed character replaces the value, as in a spreadsheet
        if (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.sourceEvent instanceof KeyEvent k
            && startsEditing(k) && viewer.getData(Support.ACTIVE) instanceof TextCellEditor t
            && t.getControl() instanceof Text text && !text.isDisposed()) {
          text.setText(String.valueOf(k.character));
          text.setSelection(1);
        }
      }

      @Override
      public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
        // nothing before
      }

      @Override
      public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
        // the rows may have changed while a cell was being edited: refresh once editing is over (not between the
        // cells of a Tab)
        viewer.getTable().getDisplay().asyncExec(() -> {
          if (!viewer.getTable().isDisposed() && !viewer.isCellEditorActive()) {
            viewer.refresh();
          }
        });
      }
    });
  }

  private static final class Support extends EditingSupport {
    static final String ACTIVE = "dev.wedge.ui.activeCellEditor";
    private final AdapterFactory factory;
    private final EStructuralFeature feature;

    Support(ColumnViewer viewer, AdapterFactory factory, EStructuralFeature feature) {
      super(viewer);
      this.factory = factory;
      this.feature = feature;
    }

    @Override
    protected CellEditor getCellEditor(Object row) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      if (getViewer().getData(ACTIVE) instanceof CellEditor previous && previous.getControl() != null
          && !previous.getControl().isDisposed() && !previous.isActivated()) {
        previous.dispose(); // one editor at a time: the last one is done with
      }
      CellEditor editor = d == null ? null
          : new ItemPropertyDescriptor(row, d).createPropertyEditor((Composite) getViewer().getControl());
      getViewer().setData(ACTIVE, editor);
      return editor;
    }

    @Override
    protected boolean canEdit(Object row) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      return d != null && d.canSetProperty(row);
    }

    @Override
    protected Object getValue(Object row) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      return d == null ? null : Values.value(row, d);
    }

    @Override
    protected void setValue(Object row, Object value) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      if (d != null) {
        Values.set(row, d, value);
      }
    }
  }
}
