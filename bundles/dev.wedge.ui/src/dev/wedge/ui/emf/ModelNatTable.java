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
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
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

  static {
    ServiceLoaderBundles.await(); // NatTable's eclipse-collections needs SPI Fly, which the workbench starts late
  }

  /**
   * One column: a feature of the row objects, with its title and width; or, with {@code derived}, a read-only text
   * computed from the row (a summary of its concerns, say).
   */
  public record Column(EStructuralFeature feature, String title, int width,
      java.util.function.Function<EObject, String> derived,
      java.util.function.BiPredicate<EObject, Object> choices) {
    public Column(EStructuralFeature feature, String title, int width) {
      this(feature, title, width, null, null);
    }

    public Column(EStructuralFeature feature, String title, int width,
        java.util.function.Function<EObject, String> derived) {
      this(feature, title, width, derived, null);
    }

    /** A reference column whose choices for a row are narrowed by {@code choices} (row, candidate). */
    public static Column reference(EStructuralFeature feature, String title, int width,
        java.util.function.BiPredicate<EObject, Object> choices) {
      return new Column(feature, title, width, null, choices);
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
      bodyData.setColumnWidthByPosition(i, Math.max(columns.get(i).width(),
          ColumnWidths.headerWidth(parent, columns.get(i).title())));
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
        }, DisplayMode.EDIT); // no region label: keyboard editing asks the selection layer, whose cells have none
        org.eclipse.nebula.widgets.nattable.style.Style left = new org.eclipse.nebula.widgets.nattable.style.Style();
        left.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.HORIZONTAL_ALIGNMENT,
            org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes.CELL_STYLE,
            left, DisplayMode.NORMAL, GridRegion.BODY);
      }
    });
    table.addConfiguration(NatTableEditing.configuration(columns.size(), this::isChoice,
        (column, row) -> row < 0 || row >= rows.size() ? null : choiceLabels(rows.get(row), column),
        (column, row, text) -> row < 0 || row >= rows.size() ? null : problem(rows.get(row), column, text)));
    table.configure();
    dev.wedge.ui.theme.TableTheme.apply(table);
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
    return d == null ? "" : Values.text(row, d);
  }

  /** Whether a column is edited by choosing (enums, yes/no, single references) rather than typing. */
  private boolean isChoice(int column) {
    EStructuralFeature f = columns.get(column).feature();
    if (f == null || columns.get(column).derived() != null || f.isMany()) {
      return false;
    }
    if (f instanceof EReference r) {
      return !r.isContainment();
    }
    EAttribute a = (EAttribute) f;
    Class<?> c = a.getEAttributeType().getInstanceClass();
    return a.getEAttributeType() instanceof EEnum || c == boolean.class || c == Boolean.class;
  }

  /** The display names of the values {@code row} may take in a choice column, in their order. */
  public List<String> choiceLabels(T row, int column) {
    IItemPropertyDescriptor d = descriptor(row, column);
    if (d == null || !isChoice(column)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object v : choiceValues(row, column)) {
      out.add(v == null ? "" : Values.label(row, d, v));
    }
    return out;
  }

  private List<Object> choiceValues(T row, int column) {
    EStructuralFeature f = columns.get(column).feature();
    List<Object> values = new ArrayList<>();
    if (f instanceof EReference) {
      IItemPropertyDescriptor d = descriptor(row, column);
      java.util.function.Predicate<Object> allowed = columns.get(column).choices() == null ? o -> true
          : o -> columns.get(column).choices().test(row, o);
      values.add(null);
      if (d != null && d.getChoiceOfValues(row) != null) {
        d.getChoiceOfValues(row).stream().filter(o -> o != null && allowed.test(o)).forEach(values::add);
      }
      return values;
    }
    EAttribute a = (EAttribute) f;
    if (a.getEAttributeType() instanceof EEnum e) {
      e.getELiterals().forEach(l -> values.add(l.getInstance()));
    } else {
      values.add(Boolean.TRUE);
      values.add(Boolean.FALSE);
    }
    if (Values.unsetAllowed(row, a) || a.getEAttributeType().getInstanceClass() == Boolean.class) {
      values.add(null);
    }
    return values;
  }

  /** The sentence for a text that does not fit the column, or null. */
  private String problem(T row, int column, String text) {
    if (isChoice(column) || columns.get(column).derived() != null
        || !(columns.get(column).feature() instanceof EAttribute a)) {
      return null;
    }
    try {
      Values.parse(a.getEAttributeType(), text);
      return null;
    } catch (IllegalArgumentException e) {
      return columns.get(column).title() + ": " + e.getMessage() + ".";
    }
  }

  /** Sets a cell from the text or choice the user entered (a command; wrong values are refused). */
  public boolean set(T row, int column, String text) {
    EStructuralFeature f = columns.get(column).feature();
    if (columns.get(column).derived() != null || f == null || f.isMany()) {
      return false;
    }
    IItemPropertyDescriptor d = descriptor(row, column);
    if (d == null || !d.canSetProperty(row)) {
      return false;
    }
    Object value;
    if (isChoice(column)) {
      List<String> labels = choiceLabels(row, column);
      int i = labels.indexOf(text == null ? "" : text);
      if (i < 0) {
        return false;
      }
      value = choiceValues(row, column).get(i);
    } else if (!(f instanceof EAttribute a)) {
      return false;
    } else {
      try {
        value = Values.parse(a.getEAttributeType(), text);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    Values.set(row, d, value);
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
