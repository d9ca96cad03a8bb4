package dev.wedge.analysis.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.ui.FindingsView.Failures;
import dev.wedge.analysis.ui.FindingsView.Group;

/**
 * The Findings view's tree: findings grouped by severity, then category, and the failed analyses last; brought up to
 * date in place after an edit (only the groups whose findings changed are repainted, expanded groups stay
 * expanded).
 */
final class FindingsTree {

  private FindingsTree() {
  }

  /** Shows {@code next} in {@code viewer}: in place when the groups are the same, else built again. */
  static void show(TreeViewer viewer, List<Object> next) {
    @SuppressWarnings("unchecked")
    List<Object> current = viewer.getInput() instanceof List<?> l ? (List<Object>) l : null;
    if (current == null || !patch(viewer, current, next)) {
      Object[] expanded = viewer.getExpandedElements();
      viewer.setInput(next);
      if (expanded.length == 0) {
        for (Object o : next) {
          if (o instanceof Group g && g.severity() != Severity.ADVICE) {
            viewer.expandToLevel(o, 2);
          }
        }
      } else {
        viewer.setExpandedElements(expanded);
      }
    }
  }

  static String title(Severity s) {
    return switch (s) {
      case ERROR -> Messages.Severity_Errors;
      case WARNING -> Messages.Severity_Warnings;
      case ADVICE -> Messages.Severity_Advice;
    };
  }

  static int count(Group g) {
    int n = 0;
    for (Object o : g.children()) {
      n += o instanceof Group inner ? count(inner) : 1;
    }
    return n;
  }

  /**
   * Brings the groups shown to {@code next} in place when they are the same groups (the usual case after an edit:
   * a few findings come or go), refreshing only the groups whose findings changed; false when the groups differ
   * and the tree is to be built again.
   */
  private static boolean patch(TreeViewer viewer, List<Object> current, List<Object> next) {
    if (!current.equals(next)) {
      return false;
    }
    for (int i = 0; i < current.size(); i++) {
      if (current.get(i) instanceof Failures f && !f.failures().equals(((Failures) next.get(i)).failures())) {
        return false;
      }
    }
    for (int i = 0; i < current.size(); i++) {
      if (!(current.get(i) instanceof Group root)) {
        continue;
      }
      Group replacement = (Group) next.get(i);
      if (!root.children().equals(replacement.children())) {
        replace(viewer, root, replacement.children()); // a category came or went
        continue;
      }
      boolean changed = false;
      for (int j = 0; j < root.children().size(); j++) {
        Group category = (Group) root.children().get(j);
        List<Object> findings = ((Group) replacement.children().get(j)).children();
        if (!sameFindings(category.children(), findings)) {
          replace(viewer, category, findings);
          changed = true;
        }
      }
      if (changed) {
        viewer.update(root, null); // its count
      }
    }
    return true;
  }

  private static void replace(TreeViewer viewer, Group group, List<Object> children) {
    group.children().clear();
    group.children().addAll(children);
    viewer.refresh(group, true);
  }

  /**
   * The very same findings in the same order: an analysis that re-checks only the objects an edit touched keeps the
   * findings of the others, so a group untouched by the edit is not repainted.
   */
  private static boolean sameFindings(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  static List<Object> groups(List<Finding> findings, List<AnalysisFailure> failures) {
    List<Object> roots = new ArrayList<>();
    for (Severity sev : Severity.values()) {
      Map<String, List<Object>> byCategory = new LinkedHashMap<>();
      for (Finding f : findings) {
        if (f.severity() == sev) {
          byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f);
        }
      }
      if (!byCategory.isEmpty()) {
        List<Object> cats = new ArrayList<>();
        byCategory.forEach((c, l) -> cats.add(new Group(sev, c, l)));
        roots.add(new Group(sev, null, cats));
      }
    }
    if (!failures.isEmpty()) {
      roots.add(new Failures(failures));
    }
    return roots;
  }

  static final class Contents implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
      return input instanceof List<?> l ? l.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object e) {
      if (e instanceof Group g) {
        return g.children().toArray();
      }
      return e instanceof Failures f ? f.failures().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object e) {
      return null;
    }

    @Override
    public boolean hasChildren(Object e) {
      return e instanceof Group || e instanceof Failures;
    }
  }
}
