package dev.wedge.team.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.team.merge.Snapshot.Node;

/**
 * The changes that turn one version of a model into another, object by object and field by field, to be applied to a
 * third copy that may have changed since (the model open in the workbench): resolving a merge's conflict applies the
 * difference between the merge with the conflict's default and the merge with the chosen resolution, and restoring
 * an object from an earlier version applies the difference between now and then, limited to that object.
 *
 * <p>Objects are matched by id. What cannot be applied (an object that the target no longer holds, a reference to an
 * object it does not have) is not guessed: it is left out and said in {@link Applied#notApplied()}.
 */
public final class ModelPatch {

  /** One change. */
  public sealed interface Edit permits SetFeature, AddObject, MoveObject, RemoveObject {
    /** The object changed, added or removed. */
    String objectId();
  }

  /**
   * A field set to the value it has in the later version: an attribute's value, a reference's target id (or ids), or
   * for a containment list the order of its objects' ids.
   */
  public record SetFeature(String objectId, String feature, Object value) implements Edit {
  }

  /** An object (with what it contains) added under {@code parentId} in {@code feature} at {@code index}. */
  public record AddObject(String objectId, String parentId, String feature, int index, EObject copy) implements Edit {
  }

  /** An object (with what it contains) moved under {@code parentId} in {@code feature} at {@code index}. */
  public record MoveObject(String objectId, String parentId, String feature, int index) implements Edit {
  }

  /** An object (with what it contains) removed, and every reference to it. */
  public record RemoveObject(String objectId) implements Edit {
  }

  /** What {@link #apply} did: how many changes were made, and a sentence for each one left out. */
  public record Applied(int applied, List<String> notApplied) {
  }

  private final List<Edit> edits;
  private final Map<String, String> words;

  private ModelPatch(List<Edit> edits, Map<String, String> words) {
    this.edits = List.copyOf(edits);
    this.words = words;
  }

  public List<Edit> edits() {
    return edits;
  }

  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** What turns {@code from} into {@code to}. */
  public static ModelPatch between(EObject from, EObject to) {
    return between(from, to, null);
  }

  /**
   * What turns {@code from} into {@code to}, limited to the object {@code scopeId} and what it contains (in either
   * version) when it is not null.
   */
  public static ModelPatch between(EObject from, EObject to, String scopeId) {
    Snapshot a = Snapshot.of(from);
    Snapshot b = Snapshot.of(to);
    List<Edit> out = new ArrayList<>();
    Map<String, String> words = new HashMap<>();
    for (Node n : b.nodes.values()) {
      if (!inScope(n, b, scopeId) && !inScope(a.get(n.key), a, scopeId)) {
        continue;
      }
      words.put(n.key, Words.object(n.object));
      Node old = a.get(n.key);
      if (n.parentKey != null) {
        Node parent = b.get(n.parentKey);
        Node oldParent = a.get(n.parentKey);
        boolean parentAdded = oldParent == null || added(parent, a, b);
        int index = Features.contents(parent.object, n.containment).indexOf(n.object);
        boolean replaced = old != null && (n.opaque != old.opaque || n.opaque && !Snapshot.sameOpaque(old.object,
            n.object) || !n.opaque && !Snapshot.sameClass(old, n));
        if (old == null || replaced) {
          if (!parentAdded) { // what is added inside an added object comes with it
            if (replaced) {
              out.add(new RemoveObject(n.key));
            }
            out.add(new AddObject(n.key, n.parentKey, n.containment.getName(), index, EcoreUtil.copy(n.object)));
          }
          continue;
        }
        if (!Objects.equals(old.location(), n.location()) && !parentAdded) {
          out.add(new MoveObject(n.key, n.parentKey, n.containment.getName(), index));
        }
      }
      if (n.opaque) {
        continue;
      }
      for (EStructuralFeature f : Features.of(n.object.eClass())) {
        Object was = a.value(old, f);
        Object is = b.value(n, f);
        if (f instanceof EReference r && r.isContainment()) {
          if (r.isMany() && !sameOrder((List<?>) was, (List<?>) is)) {
            out.add(new SetFeature(n.key, f.getName(), is));
          }
          continue;
        }
        if (!Objects.equals(was, is)) {
          out.add(new SetFeature(n.key, f.getName(), is));
        }
      }
    }
    for (Node n : a.nodes.values()) {
      if (b.get(n.key) == null && n.parentKey != null && b.get(n.parentKey) != null
          && (inScope(n, a, scopeId))) {
        words.put(n.key, Words.object(n.object));
        out.add(new RemoveObject(n.key));
      }
    }
    return new ModelPatch(out, words);
  }

  /** True when {@code n} is new in {@code b}, or sits inside an object that is. */
  private static boolean added(Node n, Snapshot a, Snapshot b) {
    for (Node x = n; x != null; x = b.get(x.parentKey)) {
      if (a.get(x.key) == null) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code n} is {@code scopeId} or inside it (or there is no scope). */
  private static boolean inScope(Node n, Snapshot s, String scopeId) {
    if (scopeId == null) {
      return true;
    }
    for (Node x = n; x != null; x = s.get(x.parentKey)) {
      if (scopeId.equals(x.key)) {
        return true;
      }
    }
    return false;
  }

  /** The objects both lists hold are in the same order (an object only one side has is not a reordering). */
  private static boolean sameOrder(List<?> was, List<?> is) {
    List<Object> x = new ArrayList<>(was);
    x.retainAll(is);
    List<Object> y = new ArrayList<>(is);
    y.retainAll(was);
    return x.equals(y);
  }

  /**
   * Applies the changes to {@code root} (a model holding the objects by the same ids): additions first, then fields,
   * then removals. Call it inside a command that records changes (EMF's ChangeCommand) to make it undoable.
   */
  public Applied apply(EObject root) {
    Map<String, EObject> byId = index(root);
    List<String> notApplied = new ArrayList<>();
    int applied = 0;
    for (Edit e : edits) {
      if (e instanceof RemoveObject rm && replacedHere(rm.objectId()) && byId.get(rm.objectId()) != null) {
        EcoreUtil.remove(byId.remove(rm.objectId())); // replaced by its later version below
      }
    }
    Map<EObject, EObject> added = new IdentityHashMap<>();
    for (Edit e : edits) {
      if (e instanceof AddObject add) {
        EObject parent = byId.get(add.parentId());
        if (parent == null) {
          notApplied.add(said(add.objectId()) + " was not put back: what held it (" + said(add.parentId())
              + ") is not in the model any more.");
          continue;
        }
        if (byId.get(add.objectId()) != null) {
          continue; // the model has it already (added there since)
        }
        EObject copy = EcoreUtil.copy(add.copy());
        takeOver(copy, byId, root);
        place(parent, add.feature(), add.index(), copy);
        added.put(copy, add.copy());
        applied++;
      } else if (e instanceof MoveObject mv) {
        EObject o = byId.get(mv.objectId());
        EObject parent = byId.get(mv.parentId());
        if (o == null || parent == null) {
          notApplied.add(said(mv.objectId()) + " was not moved to " + said(mv.parentId()) + ": "
              + (o == null ? said(mv.objectId()) : said(mv.parentId())) + " is not in the model any more.");
          continue;
        }
        place(parent, mv.feature(), mv.index(), o);
        applied++;
      }
    }
    byId = index(root);
    for (Map.Entry<EObject, EObject> a : added.entrySet()) {
      notApplied.addAll(relink(a.getKey(), a.getValue(), byId));
    }
    for (Edit e : edits) {
      if (e instanceof SetFeature set) {
        EObject o = byId.get(set.objectId());
        if (o == null) {
          notApplied.add("The " + Words.sentence(set.feature()) + " of " + said(set.objectId()) + " was not set: "
              + said(set.objectId()) + " is not in the model any more.");
          continue;
        }
        EStructuralFeature f = o.eClass().getEStructuralFeature(set.feature());
        if (f == null) {
          continue;
        }
        notApplied.addAll(set(o, f, set.value(), byId));
        applied++;
      }
    }
    for (Edit e : edits) {
      if (e instanceof RemoveObject rm && !replacedHere(rm.objectId())) {
        EObject o = byId.get(rm.objectId());
        if (o != null) {
          EcoreUtil.delete(o, true);
          applied++;
        }
      }
    }
    return new Applied(applied, notApplied);
  }

  private static void place(EObject parent, String feature, int index, EObject o) {
    EReference containment = (EReference) parent.eClass().getEStructuralFeature(feature);
    if (containment.isMany()) {
      @SuppressWarnings("unchecked")
      EList<EObject> list = (EList<EObject>) parent.eGet(containment);
      int from = list.indexOf(o);
      if (from >= 0) {
        list.move(Math.min(Math.max(index, 0), list.size() - 1), from);
      } else {
        list.add(Math.min(Math.max(index, 0), list.size()), o);
      }
    } else {
      parent.eSet(containment, o);
    }
  }

  /**
   * An added object may hold objects the target has elsewhere (moved into something new): the copies take their
   * place, and what referred to them refers to the copies.
   */
  private static void takeOver(EObject copy, Map<String, EObject> byId, EObject root) {
    for (Node n : Snapshot.of(copy).nodes.values()) {
      EObject existing = byId.get(n.key);
      if (existing == null || existing == n.object) {
        continue;
      }
      for (EStructuralFeature.Setting s : EcoreUtil.UsageCrossReferencer.find(existing, root)) {
        if (s.getEStructuralFeature().isMany()) {
          @SuppressWarnings("unchecked")
          List<EObject> l = (List<EObject>) s.get(false);
          l.set(l.indexOf(existing), n.object);
        } else {
          s.set(n.object);
        }
      }
      EcoreUtil.remove(existing);
      byId.remove(n.key);
    }
  }

  /** True when the object is taken out and added again (replaced by its later version). */
  private boolean replacedHere(String id) {
    return edits.stream().anyMatch(e -> e instanceof AddObject a && a.objectId().equals(id));
  }

  private String said(String id) {
    return words.getOrDefault(id, "the object '" + id + "'");
  }

  private List<String> set(EObject o, EStructuralFeature f, Object value, Map<String, EObject> byId) {
    List<String> notApplied = new ArrayList<>();
    if (f instanceof EAttribute) {
      if (f.isMany()) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) o.eGet(f);
        l.clear();
        l.addAll((List<?>) value);
      } else if (value == null) {
        o.eUnset(f);
      } else {
        o.eSet(f, value);
      }
      return notApplied;
    }
    EReference r = (EReference) f;
    if (r.isContainment()) {
      @SuppressWarnings("unchecked")
      EList<EObject> l = (EList<EObject>) o.eGet(r);
      int at = 0;
      for (Object id : (List<?>) value) {
        EObject c = byId.get((String) id);
        int i = l.indexOf(c);
        if (i >= 0) {
          l.move(at++, i);
        }
      }
      return notApplied;
    }
    if (r.isMany()) {
      @SuppressWarnings("unchecked")
      List<EObject> l = (List<EObject>) o.eGet(r);
      Set<EObject> targets = new LinkedHashSet<>();
      for (Object id : (List<?>) value) {
        EObject t = byId.get((String) id);
        if (t == null) {
          notApplied.add(missingTarget(o, r, (String) id));
        } else {
          targets.add(t);
        }
      }
      l.clear();
      l.addAll(targets);
    } else if (value == null) {
      o.eSet(r, null);
    } else {
      EObject t = byId.get((String) value);
      if (t == null) {
        notApplied.add(missingTarget(o, r, (String) value));
      } else {
        o.eSet(r, t);
      }
    }
    return notApplied;
  }

  private String missingTarget(EObject o, EReference r, String id) {
    return "The " + Words.feature(r) + " of " + Words.object(o) + " was not pointed to " + said(id) + ": it is not in"
        + " the model any more.";
  }

  /** Points the references of an added copy (made in the later version) to the target's objects of the same ids. */
  private List<String> relink(EObject copy, EObject original, Map<String, EObject> byId) {
    List<String> notApplied = new ArrayList<>();
    Snapshot s = Snapshot.of(original);
    Snapshot c = Snapshot.of(copy);
    for (Node n : c.nodes.values()) {
      Node o = s.get(n.key);
      if (o == null || n.opaque) {
        continue;
      }
      for (EStructuralFeature f : Features.of(n.object.eClass())) {
        if (f instanceof EReference r && !r.isContainment()) {
          notApplied.addAll(set(n.object, r, s.value(o, r), byId));
        }
      }
    }
    return notApplied;
  }

  private static Map<String, EObject> index(EObject root) {
    Map<String, EObject> out = new HashMap<>();
    for (Node n : Snapshot.of(root).nodes.values()) {
      out.put(n.key, n.object);
    }
    return out;
  }
}
