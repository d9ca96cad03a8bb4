package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
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

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.text.ValueText;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.emf.LocalDates;
import dev.wedge.ui.emf.NatTableEditing;
import dev.wedge.ui.emf.SingleColumnSort;
import dev.wedge.ui.emf.Values;

/**
 * The measurements of one metric in a NatTable: date, value, cohort, source, note. Cells are edited in place (each
 * edit a command on the session, so it can be undone), columns sort on a click, thousands of rows scroll smoothly.
 */
public class MeasurementTable {

  static {
    dev.wedge.ui.emf.ServiceLoaderBundles.await(); // NatTable's eclipse-collections needs SPI Fly (started late)
  }

  static final String[] COLUMNS = {Messages.Table_Date, Messages.Table_Value, Messages.Table_Cohort,
      Messages.Table_Source, Messages.Table_Note};
  /** The columns as a sentence names them ("the measurement keeps its date"). */
  private static final String[] COLUMN_WORDS = {Messages.Table_DateWord, Messages.Table_ValueWord,
      Messages.Table_CohortWord, Messages.Table_SourceWord, Messages.Table_NoteWord};
  static final String[] COHORTS = {Messages.Table_All, Messages.Table_Pilot, Messages.Table_Comparison};

  private final ModelSession session;
  private final Consumer<String> problems;
  private final List<Measurement> rows = new ArrayList<>();
  private final NatTable table;
  private final RowSelectionProvider<Measurement> selection;
  private BusinessMetric metric;
  private final SingleColumnSort sorting = new SingleColumnSort(0, SortDirectionEnum.ASC) {
    @Override
    protected void refresh() {
      MeasurementTable.this.refresh();
    }
  };

  /** @param problems shown when an edit is refused (a sentence naming the wrong value) */
  public MeasurementTable(Composite parent, ModelSession session, Consumer<String> problems) {
    this.session = session;
    this.problems = problems;
    ListDataProvider<Measurement> body = new ListDataProvider<>(rows, new Accessor());
    DataLayer bodyData = new DataLayer(body);
    bodyData.setConfigLabelAccumulator(new ColumnLabelAccumulator());
    int[] widths = {110, 80, 100, 180, 260};
    for (int i = 0; i < widths.length; i++) {
      bodyData.setColumnWidthByPosition(i, Math.max(widths[i], dev.wedge.ui.emf.ColumnWidths.headerWidth(parent,
          COLUMNS[i])));
    }
    DefaultBodyLayerStack bodyStack = new DefaultBodyLayerStack(bodyData);
    IDataProvider headerData = new DefaultColumnHeaderDataProvider(COLUMNS);
    ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(headerData), bodyStack,
        bodyStack.getSelectionLayer());
    SortHeaderLayer<Measurement> sortHeader = new SortHeaderLayer<>(columnHeader, sorting);
    DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
    RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), bodyStack,
        bodyStack.getSelectionLayer());
    CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
        rowHeader, sortHeader);
    GridLayer grid = new GridLayer(bodyStack, sortHeader, rowHeader, corner);
    table = new NatTable(parent, grid, false);
    table.addConfiguration(new DefaultNatTableStyleConfiguration());
    table.addConfiguration(new SingleClickSortConfiguration());
    table.addConfiguration(new AbstractRegistryConfiguration() {
      @Override
      public void configureRegistry(IConfigRegistry registry) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
            DisplayMode.EDIT); // no region label: keyboard editing asks the selection layer, whose cells have none
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER,
            new org.eclipse.nebula.widgets.nattable.data.convert.DefaultDisplayConverter(), DisplayMode.NORMAL);
      }
    });
    table.addConfiguration(NatTableEditing.configuration(COLUMNS.length, column -> column == 2,
        (column, row) -> List.of(COHORTS), (column, row, text) -> problem(column, text)));
    table.configure();
    dev.wedge.ui.theme.TableTheme.apply(table);
    selection = new RowSelectionProvider<>(bodyStack.getSelectionLayer(), body, false);
  }

  public NatTable getControl() {
    return table;
  }

  public RowSelectionProvider<Measurement> getSelectionProvider() {
    return selection;
  }

  public BusinessMetric getMetric() {
    return metric;
  }

  public int rowCount() {
    return rows.size();
  }

  public Measurement row(int i) {
    return rows.get(i);
  }

  /** Shows {@code m}'s measurements (null: none), keeping the sort order. */
  public void show(BusinessMetric m) {
    metric = m;
    refresh();
  }

  /** Re-reads the measurements (after any change of the model). */
  public void refresh() {
    rows.clear();
    if (metric != null) {
      rows.addAll(metric.getMeasurements());
      rows.sort(comparator());
    }
    if (!table.isDisposed()) {
      table.refresh(false);
    }
  }

  private Comparator<Measurement> comparator() {
    Comparator<Measurement> c = switch (sorting.column()) {
      case 1 -> Comparator.comparingDouble(Measurement::getValue);
      case 2 -> Comparator.comparing(m -> m.getCohort() == null ? 0 : m.getCohort().getValue());
      case 3 -> Comparator.comparing(m -> m.getSource() == null ? "" : m.getSource());
      case 4 -> Comparator.comparing(m -> m.getNote() == null ? "" : m.getNote());
      default -> Comparator.comparing(m -> m.getDate() == null ? LocalDate.MIN : m.getDate());
    };
    return sorting.directed(c);
  }

  /** The text of one cell as the table shows it. */
  static Object cell(Measurement m, int column) {
    return switch (column) {
      case 0 -> LocalDates.format(m.getDate());
      case 1 -> trim(m.getValue());
      case 2 -> m.getCohort() == null ? "" : COHORTS[m.getCohort().getValue()];
      case 3 -> m.getSource() == null ? "" : m.getSource();
      default -> m.getNote() == null ? "" : m.getNote();
    };
  }

  /** A value as the table shows it: in the user's locale, so that it reads back as the same value. */
  static String trim(double d) {
    return ValueText.format(d, LocalDates.locale());
  }

  /** The sentence for a text that does not fit {@code column}, or null when it fits. */
  static String problem(int column, String text) {
    try {
      parse(column, text == null ? "" : text.trim());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() == null ? NLS.bind(Messages.Table_NotValid, text, COLUMN_WORDS[column]) : e.getMessage();
    }
  }

  private static Object parse(int column, String t) {
    return switch (column) {
      case 0 -> {
        LocalDate d = LocalDates.parse(t);
        if (d == null) {
          throw new IllegalArgumentException(Messages.Table_NeedsDate);
        }
        yield d;
      }
      case 1 -> Values.parse(WedgePackage.Literals.MEASUREMENT__VALUE.getEAttributeType(), t);
      case 2 -> cohort(t);
      default -> t.isEmpty() ? null : t;
    };
  }

  /** The cohort a cell's text names: as the table shows it (in the user's language) or its English name. */
  private static Cohort cohort(String t) {
    for (Cohort c : Cohort.values()) {
      if (COHORTS[c.getValue()].equalsIgnoreCase(t) || c.getLiteral().equalsIgnoreCase(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException(NLS.bind(Messages.Table_NotCohort, t));
  }

  private static final EStructuralFeature[] FEATURES = {WedgePackage.Literals.MEASUREMENT__DATE,
      WedgePackage.Literals.MEASUREMENT__VALUE, WedgePackage.Literals.MEASUREMENT__COHORT,
      WedgePackage.Literals.MEASUREMENT__SOURCE, WedgePackage.Literals.MEASUREMENT__NOTE};

  /** Sets one cell from text, as a command; a wrong value is refused with a sentence and nothing changes. */
  public boolean set(Measurement m, int column, String text) {
    String t = text == null ? "" : text.trim();
    Object value;
    try {
      value = parse(column, t);
    } catch (IllegalArgumentException e) {
      problems.accept(NLS.bind(Messages.Table_Keeps, e.getMessage(), COLUMN_WORDS[column]));
      return false;
    }
    if (java.util.Objects.equals(value, m.eGet(FEATURES[column]))) {
      return true;
    }
    Command c = SetCommand.create(session.getEditingDomain(), m, FEATURES[column], value);
    if (!c.canExecute()) {
      return false;
    }
    session.execute(c);
    return true;
  }

  private final class Accessor implements IColumnAccessor<Measurement> {
    @Override
    public Object getDataValue(Measurement m, int column) {
      return cell(m, column);
    }

    @Override
    public void setDataValue(Measurement m, int column, Object value) {
      set(m, column, value == null ? "" : value.toString());
    }

    @Override
    public int getColumnCount() {
      return COLUMNS.length;
    }
  }
}
