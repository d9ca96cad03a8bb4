package dev.wedge.team.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.wedge.team.merge.Snapshot.Node;

/**
 * The differences between two versions of a model, object by object and field by field, in the method's words:
 * what was added, removed, changed (from what to what) and moved. Objects are matched by id, so a renamed object is a
 * changed name, not a removal and an addition.
 */
public final class ModelDiff {

  /** One difference. {@code field} is null for an object added, removed or moved. */
  public record Difference(Kind kind, String objectId, String feature, String subject, String field, String before,
      String after) {

    public enum Kind { ADDED, REMOVED, CHANGED, MOVED }

    /** One line: "Pilot 'Role-play coach': threshold of 'Win rate…': 3.0 → 4.0". */
    public String message() {
      String what = field == null ? subject : subject + ": " + field;
      return switch (kind) {
        case ADDED -> "added " + what;
        case REMOVED -> "removed " + what;
        case MOVED -> "moved " + what + ": " + before + " \u2192 " + after;
        case CHANGED -> what + ": " + before + " \u2192 " + after;
      };
    }
  }

  private ModelDiff() {
  }

  /** What changed from {@code before} to {@code after}, in the order of the models. */
  public static List<Difference> of(EObject before, EObject after) {
    java.util.concurrent.CompletableFuture<Snapshot> later = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> Snapshot.of(after)); // both versions read at once, each by one thread
    Snapshot a = Snapshot.of(before);
    Snapshot b = Snapshot.join(later);
    return of(a, b);
  }

  /**
   * What changed from {@code before} to {@code after} in the object {@code scopeId} and what it contains (in either
   * version): an object's history.
   */
  public static List<Difference> of(EObject before, EObject after, String scopeId) {
    Snapshot a = Snapshot.of(before);
    Snapshot b = Snapshot.of(after);
    java.util.Set<String> inside = new java.util.HashSet<>();
    for (Snapshot s : List.of(a, b)) {
      for (Node n : s.nodes.values()) {
        for (Node x = n; x != null; x = s.get(x.parentKey)) {
          if (scopeId.equals(x.key)) {
            inside.add(n.key);
            break;
          }
        }
      }
    }
    return of(a, b).stream().filter(d -> inside.contains(d.objectId())).toList();
  }

  private static List<Difference> of(Snapshot a, Snapshot b) {
    List<Difference> out = new ArrayList<>();
    java.util.function.Function<String, String> words = id -> {
      Node n = b.get(id) != null ? b.get(id) : a.get(id);
      return n == null ? id : Words.object(n.object);
    };
    for (Node n : b.nodes.values()) {
      Node old = a.get(n.key);
      if (old == null) {
        if (n.parentKey == null || a.get(n.parentKey) != null) { // the top of what was added
          String[] place = Words.place(n.object, null);
          out.add(new Difference(Difference.Kind.ADDED, n.key, null, place[0], place[1], null, null));
        }
        continue;
      }
      if (!Objects.equals(old.location(), n.location())) {
        String[] place = Words.place(n.object, null);
        out.add(new Difference(Difference.Kind.MOVED, n.key, null, place[0], place[1], where(a, old), where(b, n)));
      }
      if (old.opaque || n.opaque) {
        if (!Snapshot.sameOpaque(old.object, n.object)) {
          String[] place = Words.place(n.object, null);
          out.add(new Difference(Difference.Kind.CHANGED, n.key, null, place[0], "its content", "one version",
              "another"));
        }
        continue;
      }
      for (EStructuralFeature f : Features.of(n.object.eClass())) {
        if (f instanceof EReference r && r.isContainment()) {
          continue;
        }
        Object was = a.value(old, f);
        Object is = b.value(n, f);
        if (!Objects.equals(was, is)) {
          String[] place = Words.place(old.object, f);
          out.add(new Difference(Difference.Kind.CHANGED, n.key, f.getName(), place[0], place[1],
              Words.value(f, was, words, false), Words.value(f, is, words, false)));
        }
      }
    }
    for (Node n : a.nodes.values()) {
      if (b.get(n.key) == null && (n.parentKey == null || b.get(n.parentKey) != null)) {
        String[] place = Words.place(n.object, null);
        out.add(new Difference(Difference.Kind.REMOVED, n.key, null, place[0], place[1], null, null));
      }
    }
    return out;
  }

  private static String where(Snapshot s, Node n) {
    Node p = s.get(n.parentKey);
    return n.containment.getName() + " of " + (p == null ? n.parentKey : Words.object(p.object));
  }

  /**
   * The model as text for line-based tools ({@code git diff} with {@code diff.wedge.textconv}): one object to a
   * heading with its kind, label and id, one field to a line, in the model's order; a changed field is a changed line.
   */
  public static String text(EObject model) {
    Snapshot s = Snapshot.of(model);
    StringBuilder sb = new StringBuilder();
    for (Node n : s.nodes.values()) {
      int depth = 0;
      for (Node x = n; x.parentKey != null; x = s.get(x.parentKey)) {
        depth++;
      }
      String indent = "  ".repeat(depth);
      sb.append(indent).append(Words.object(n.object)).append(" [").append(n.key).append("]\n");
      if (n.opaque) {
        sb.append(indent).append("  (content of a plug-in that is not installed)\n");
        continue;
      }
      for (EStructuralFeature f : Features.of(n.object.eClass())) {
        if (f instanceof EReference r && r.isContainment()) {
          continue;
        }
        Object v = s.value(n, f);
        if (v == null || v instanceof List<?> l && l.isEmpty()) {
          continue;
        }
        String value = Words.value(f, v, id -> {
          Node t = s.get(id);
          return t == null ? id : Words.object(t.object) + " [" + id + "]";
        }, false);
        sb.append(indent).append("  ").append(Words.feature(f)).append(": ").append(value).append('\n');
      }
    }
    return sb.toString();
  }
}
