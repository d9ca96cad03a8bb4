package dev.wedge.ui.emf;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * NatTable's sort model for tables sorted on one column at a time (a click on a header): it keeps the column and the
 * direction, the table sorts its rows itself in {@link #refresh()}.
 */
public abstract class SingleColumnSort implements ISortModel {

  private final int initialColumn;
  private final SortDirectionEnum initialDirection;
  private int column;
  private SortDirectionEnum direction;

  /** Sorted on {@code column} ({@code -1}: none) in {@code direction} at first and after {@link #clear()}. */
  protected SingleColumnSort(int column, SortDirectionEnum direction) {
    this.initialColumn = column;
    this.initialDirection = direction;
    this.column = column;
    this.direction = direction;
  }

  /** Re-sorts the rows and repaints. */
  protected abstract void refresh();

  public int column() {
    return column;
  }

  public SortDirectionEnum direction() {
    return direction;
  }

  /** Whether the rows are sorted at all. */
  public boolean active() {
    return column >= 0 && direction != SortDirectionEnum.NONE;
  }

  /** Sorts on {@code c} in direction {@code d} (a click that would unsort sorts ascending if always sorted). */
  public void set(int c, SortDirectionEnum d) {
    column = c;
    direction = d == SortDirectionEnum.NONE && initialDirection != SortDirectionEnum.NONE ? SortDirectionEnum.ASC : d;
  }

  /** The comparator in the chosen direction. */
  public <T> Comparator<T> directed(Comparator<T> ascending) {
    return direction == SortDirectionEnum.DESC ? ascending.reversed() : ascending;
  }

  @Override
  public List<Integer> getSortedColumnIndexes() {
    return column < 0 ? List.of() : List.of(column);
  }

  @Override
  public boolean isColumnIndexSorted(int c) {
    return c == column && direction != SortDirectionEnum.NONE;
  }

  @Override
  public SortDirectionEnum getSortDirection(int c) {
    return c == column ? direction : SortDirectionEnum.NONE;
  }

  @Override
  public int getSortOrder(int c) {
    return c == column ? 0 : -1;
  }

  @SuppressWarnings("rawtypes")
  @Override
  public List<Comparator> getComparatorsForColumnIndex(int c) {
    return List.of();
  }

  @Override
  public Comparator<?> getColumnComparator(int c) {
    return null;
  }

  @Override
  public void sort(int c, SortDirectionEnum d, boolean accumulate) {
    set(c, d);
    refresh();
  }

  @Override
  public void clear() {
    column = initialColumn;
    direction = initialDirection;
    refresh();
  }
}
