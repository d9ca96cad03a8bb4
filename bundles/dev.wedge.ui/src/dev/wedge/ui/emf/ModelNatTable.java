package dev.wedge.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.stack.DefaultBodyLayerStack;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.widgets.Composite;

/**
 * A NatTable of model objects, one column per feature: labels, choices and edits through the objects' EMF.Edit
 * property descriptors (so every edit is an undoable command, as in the Properties view), a click on a header sorts,
 * a filter text keeps the rows that contain it. Rows are read from a supplier on every {@link #refresh()}; thousands
 * of rows scroll smoothly (NatTable paints only what is visible).
 */
public class ModelNatTable<T extends EObject> {

  /**
   * One column: a feature of the row objects, with its title and width; or, with {@code derived}, a read-only text
   * computed from the row (a summary of its concerns, say).
   */
  public record Column(EStructuralFeature feature, String title, int width,
      java.util.function.Function<EObject, String> derived) {
    public Column(EStructuralFeature feature, String title, int width) {
      this(feature, title, width, null);
    }
  }

  private final AdapterFactory factory;
  private final Supplier<Collection<? extends T>> source;
  private final List<Column> columns;
  private final List<T> rows = new ArrayList<>();
  private final NatTable table;
  private final RowSelectionProvider<T> selection;
  private final SingleColumnSort sorting = new SingleColumnSort(-1, SortDirectionEnum.NONE) {
    @Override
    protected void refresh() {
      ModelNatTable.this.refresh();
    }
  };
  private String filter = "";

  public ModelNatTable(Composite parent, AdapterFactory factory, List<Column> columns,
      Supplier<Collection<? extends T>> source) {
    this.factory = factory;
    this.source = source;
    this.columns = List.copyOf(columns);
    ListDataProvider<T> body = new ListDataProvider<>(rows, new Accessor());
    DataLayer bodyData = new DataLayer(body);
    bodyData.setConfigLabelAccumulator(new ColumnLabelAccumulator());
    for (int i = 0; i < columns.size(); i++) {
      bodyData.setColumnWidthByPosition(i, columns.get(i).width());
    }
    DefaultBodyLayerStack bodyStack = new DefaultBodyLayerStack(bodyData);
    String[] titles = columns.stream().map(Column::title).toArray(String[]::new);
    DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(titles);
    ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headerData), bodyStack, bodyStack.getSelectionLayer());
    SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(header, sorting);
    DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
    RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), bodyStack,
        bodyStack.getSelectionLayer());
    CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
        rowHeader, sortHeader);
    table = new NatTable(parent, new GridLayer(bodyStack, sortHeader, rowHeader, corner), false);
    table.addConfiguration(new DefaultNatTableStyleConfiguration());
    table.addConfiguration(new SingleClickSortConfiguration());
    table.addConfiguration(new AbstractRegistryConfiguration() {
      @Override
      public void configureRegistry(IConfigRegistry registry) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, new EditableRule() {
          @Override
          public boolean isEditable(int columnIndex, int rowIndex) {
            if (rowIndex < 0 || rowIndex >= rows.size()) {
              return false;
            }
            if (columns.get(columnIndex).derived() != null) {
              return false;
            }
            IItemPropertyDescriptor d = descriptor(rows.get(rowIndex), columnIndex);
            return d != null && d.canSetProperty(rows.get(rowIndex)) && !columns.get(columnIndex).feature().isMany();
          }
        }, DisplayMode.EDIT, GridRegion.BODY);
        org.eclipse.nebula.widgets.nattable.style.Style left = new org.eclipse.nebula.widgets.nattable.style.Style();
        left.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.HORIZONTAL_ALIGNMENT,
            org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes.CELL_STYLE,
            left, DisplayMode.NORMAL, GridRegion.BODY);
        for (int i = 0; i < columns.size(); i++) {
          EStructuralFeature f = columns.get(i).feature();
          List<String> choices = f == null || columns.get(i).derived() != null ? null : choiceLabels(f);
          if (choices != null) {
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new ComboBoxCellEditor(choices),
                DisplayMode.EDIT, ColumnLabelAccumulator.COLUMN_LABEL_PREFIX + i);
          }
        }
      }
    });
    table.configure();
    selection = new RowSelectionProvider<>(bodyStack.getSelectionLayer(), body, false);
    refresh();
  }

  public NatTable getControl() {
    return table;
  }

  public RowSelectionProvider<T> getSelectionProvider() {
    return selection;
  }

  public int rowCount() {
    return rows.size();
  }

  public T row(int i) {
    return rows.get(i);
  }

  /** Selects {@code row} (if shown) and scrolls to it. */
  public void select(T row) {
    selection.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row));
  }

  /** Keeps the rows whose text contains {@code text} (any column, case-insensitive). */
  public void setFilter(String text) {
    filter = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    refresh();
  }

  /** Sorts by a column (tests and keyboard users; a header click does the same). */
  public void sortBy(int column, boolean ascending) {
    sorting.sort(column, ascending ? SortDirectionEnum.ASC : SortDirectionEnum.DESC, false);
  }

  /** Re-reads the rows from the model. */
  public void refresh() {
    rows.clear();
    for (T t : source.get()) {
      if (filter.isEmpty() || matches(t)) {
        rows.add(t);
      }
    }
    if (sorting.active()) {
      int column = sorting.column();
      rows.sort(sorting.directed(Comparator.comparing((T t) -> sortKey(t, column),
          Comparator.nullsFirst(Comparator.naturalOrder()))));
    }
    if (!table.isDisposed()) {
      table.refresh(false);
    }
  }

  private boolean matches(T t) {
    for (int i = 0; i < columns.size(); i++) {
      if (text(t, i).toLowerCase(Locale.ROOT).contains(filter)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Comparable sortKey(T t, int column) {
    if (columns.get(column).derived() != null) {
      return text(t, column);
    }
    Object v = t.eGet(columns.get(column).feature());
    if (v instanceof Comparable<?> c && !(v instanceof org.eclipse.emf.common.util.Enumerator)) {
      return (Comparable) c;
    }
    if (v instanceof org.eclipse.emf.common.util.Enumerator e) {
      return e.getValue();
    }
    return text(t, column);
  }

  IItemPropertyDescriptor descriptor(T row, int column) {
    return PropertyColumns.descriptor(factory, row, columns.get(column).feature());
  }

  /** The text a cell shows. */
  public String text(T row, int column) {
    if (columns.get(column).derived() != null) {
      String s = columns.get(column).derived().apply(row);
      return s == null ? "" : s;
    }
    IItemPropertyDescriptor d = descriptor(row, column);
    if (d == null) {
      return "";
    }
    Object v = ItemPropertyDescriptor.editableValue(row, d);
    if (v == null) {
      return "";
    }
    if (v instanceof Collection<?> c) {
      return String.join(", ", c.stream().map(x -> d.getLabelProvider(row).getText(x)).toList());
    }
    return d.getLabelProvider(row).getText(v);
  }

  /** The labels of the allowed values of an enum or boolean feature (null: free text). */
  private List<String> choiceLabels(EStructuralFeature f) {
    if (f instanceof EAttribute a && a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum e) {
      return e.getELiterals().stream().map(l -> enumLabel(f, l.getInstance())).toList();
    }
    if (f instanceof EAttribute a && (a.getEAttributeType().getInstanceClass() == boolean.class
        || a.getEAttributeType().getInstanceClass() == Boolean.class)) {
      return List.of("true", "false");
    }
    return null;
  }

  private String enumLabel(EStructuralFeature f, Object literal) {
    for (T t : rows.isEmpty() ? List.<T>of() : List.of(rows.get(0))) {
      IItemPropertyDescriptor d = PropertyColumns.descriptor(factory, t, f);
      if (d != null) {
        return d.getLabelProvider(t).getText(literal);
      }
    }
    return String.valueOf(literal);
  }

  /** Sets a cell from the text or choice the user entered (a command; wrong values are refused). */
  public boolean set(T row, int column, String text) {
    EStructuralFeature f = columns.get(column).feature();
    if (columns.get(column).derived() != null) {
      return false;
    }
    IItemPropertyDescriptor d = descriptor(row, column);
    if (d == null || !d.canSetProperty(row)) {
      return false;
    }
    Object value;
    try {
      if (f instanceof EAttribute a && a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum e) {
        value = e.getELiterals().stream().map(l -> l.getInstance())
            .filter(l -> d.getLabelProvider(row).getText(l).equals(text)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(text));
      } else if (f instanceof EAttribute a) {
        value = text == null || text.isBlank() ? null : EcoreUtil.createFromString(a.getEAttributeType(), text.trim());
        if (value == null && a.getEAttributeType().getInstanceClass() != null
            && a.getEAttributeType().getInstanceClass().isPrimitive()) {
          return false;
        }
      } else {
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    d.setPropertyValue(row, value);
    return true;
  }

  private final class Accessor implements IColumnAccessor<T> {
    @Override
    public Object getDataValue(T row, int column) {
      return text(row, column);
    }

    @Override
    public void setDataValue(T row, int column, Object value) {
      set(row, column, value == null ? "" : value.toString());
    }

    @Override
    public int getColumnCount() {
      return columns.size();
    }
  }
}
