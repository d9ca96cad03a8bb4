package dev.wedge.analysis.ui;

import java.text.Collator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

import dev.wedge.analysis.Finding;
import dev.wedge.core.session.ModelSession;

/**
 * The order of the findings inside their groups: by the column whose header was clicked last (a second click turns the
 * order round), in the order the analyses reported them until then. Groups keep their order (errors first).
 */
final class FindingsSorter extends ViewerComparator {

  /** What a column sorts by. */
  enum Column { MESSAGE, OBJECT, ANALYSIS, MODEL }

  private final FindingsView view;
  private final Collator collator = Collator.getInstance();
  private Column column;
  private int direction = SWT.UP;

  FindingsSorter(FindingsView view) {
    this.view = view;
  }

  /** Sorts by {@code c} (its data is its {@link Column}); the same column again turns the order round. */
  void sortBy(TreeColumn c) {
    Column wanted = (Column) c.getData();
    direction = wanted == column && direction == SWT.UP ? SWT.DOWN : SWT.UP;
    column = wanted;
    Tree tree = c.getParent();
    tree.setSortColumn(c);
    tree.setSortDirection(direction);
    view.viewer().refresh();
  }

  /** The column sorted by, or null (the analyses' order). */
  Column column() {
    return column;
  }

  int direction() {
    return direction;
  }

  @Override
  public int compare(Viewer viewer, Object a, Object b) {
    if (column == null || !(a instanceof Finding fa) || !(b instanceof Finding fb)) {
      return 0; // groups, and findings before a column is clicked, keep their order (the sort is stable)
    }
    int c = collator.compare(key(fa), key(fb));
    return direction == SWT.UP ? c : -c;
  }

  private String key(Finding f) {
    return switch (column) {
      case MESSAGE -> f.message();
      case OBJECT -> f.primaryObject() == null ? "" : view.label(f, f.primaryObject());
      case ANALYSIS -> FindingsView.analysisName(f.analysisId());
      case MODEL -> {
        ModelSession s = view.ownerOf(f);
        yield s == null ? "" : s.getName();
      }
    };
  }
}
