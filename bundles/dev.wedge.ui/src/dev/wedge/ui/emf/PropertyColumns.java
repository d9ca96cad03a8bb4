package dev.wedge.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Table columns that show and edit one feature of the row objects through their EMF.Edit property descriptors:
 * the same labels, choices, cell editors and undoable commands as the Properties view.
 */
public final class PropertyColumns {

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
    TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object row) {
        IItemPropertyDescriptor d = descriptor(factory, row, feature);
        if (d == null) {
          return "";
        }
        Object v = ItemPropertyDescriptor.editableValue(row, d);
        if (v == null) {
          return "";
        }
        if (v instanceof java.util.Collection<?> list) {
          return String.join(", ", list.stream().map(x -> d.getLabelProvider(row).getText(x)).toList());
        }
        return d.getLabelProvider(row).getText(v);
      }
    });
    c.setEditingSupport(new Support(viewer, factory, feature));
    return c;
  }

  private static final class Support extends EditingSupport {
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
      return d == null ? null
          : new ItemPropertyDescriptor(row, d).createPropertyEditor((Composite) getViewer().getControl());
    }

    @Override
    protected boolean canEdit(Object row) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      return d != null && d.canSetProperty(row);
    }

    @Override
    protected Object getValue(Object row) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      return d == null ? null : ItemPropertyDescriptor.editableValue(row, d);
    }

    @Override
    protected void setValue(Object row, Object value) {
      IItemPropertyDescriptor d = descriptor(factory, row, feature);
      if (d != null && !java.util.Objects.equals(value, ItemPropertyDescriptor.editableValue(row, d))) {
        d.setPropertyValue(row, value);
      }
    }
  }
}
