package dev.wedge.team.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.Conflict.Kind;
import dev.wedge.team.merge.Snapshot.Location;
import dev.wedge.team.merge.Snapshot.Node;

/**
 * Three-way merge of two versions of a model with their common base, by object id and feature.
 *
 * <p>What only one side changed is taken; what both changed the same way is taken once; additions of both sides are
 * all kept; a list reordered by one side keeps that order with the other side's additions placed after the same
 * neighbours; many-valued fields (who agreed a criterion, notes) take both sides' additions and removals. What both
 * changed differently is a {@link Conflict} about that object and field: the merged model holds a default that loses
 * nothing (yours for a field, the edited object for a delete against an edit, the referenced object for a reference
 * to a deleted one) until a {@link Resolution} is given. The result is then checked: no reference points to an
 * object that is not there, and a running pilot's frozen criteria change only with a recorded re-baseline
 * ({@link Kind#FROZEN_CRITERION}). Objects Wedge cannot look into (a plug-in that is not installed) are merged whole,
 * by id.
 */
public final class ModelMerge {

  private static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "absent";
    }
  };

  private final Snapshot base;
  private final Snapshot ours;
  private final Snapshot theirs;
  private final Map<String, Resolution> resolutions;
  private final LocalDate today;
  private final Map<String, Conflict> conflicts = new LinkedHashMap<>();
  private final Map<String, Boolean> exists = new HashMap<>();
  private final Set<String> restored = new HashSet<>();
  private final Map<String, Location> locations = new LinkedHashMap<>();
  private final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();
  private final Map<String, Node> sources = new HashMap<>();
  private final List<String> keys;

  private ModelMerge(EObject base, EObject ours, EObject theirs, Map<String, Resolution> resolutions, LocalDate today) {
    this.base = Snapshot.of(base);
    this.ours = Snapshot.of(ours);
    this.theirs = Snapshot.of(theirs);
    this.resolutions = resolutions == null ? Map.of() : resolutions;
    this.today = today;
    LinkedHashSet<String> all = new LinkedHashSet<>(this.ours.nodes.keySet());
    all.addAll(this.theirs.nodes.keySet());
    all.addAll(this.base.nodes.keySet());
    keys = new ArrayList<>(all);
  }

  /**
   * Merges {@code ours} and {@code theirs} (two versions of one model) against their common {@code base}, with the
   * given resolutions of earlier-reported conflicts (by {@link Conflict#key()}; none for a first merge). None of the
   * three is changed; the result is a new model in a resource of its own. {@code today} dates a re-baseline recorded
   * by a resolution.
   *
   * @throws IllegalArgumentException when the three are not versions of one model (their roots differ)
   */
  public static MergeResult merge(StrategyModel base, StrategyModel ours, StrategyModel theirs,
      Map<String, Resolution> resolutions, LocalDate today) {
    if (!Objects.equals(base.getId(), ours.getId()) || !Objects.equals(base.getId(), theirs.getId())) {
      throw new IllegalArgumentException("these are not versions of one model: their ids differ ('" + base.getId()
          + "', '" + ours.getId() + "', '" + theirs.getId() + "')");
    }
    ModelMerge m = new ModelMerge(base, ours, theirs, resolutions, today);
    StrategyModel merged = m.run();
    Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI("merged.wedge"));
    resource.getContents().add(merged);
    m.copyUnknownFeatures(resource, base, ours, theirs);
    new FrozenCriteria(m.base, m.ours, m.theirs, m.resolutions, today, m.conflicts).check(merged);
    return new MergeResult(merged, List.copyOf(m.conflicts.values()), base, ours, theirs, m.resolutions, today);
  }

  private StrategyModel run() {
    for (String k : keys) {
      exists(k);
    }
    for (String k : keys) {
      if (exists(k)) {
        mergeNode(k);
      }
    }
    // a reference to an object the other side deleted: the object is kept (or, resolved so, the reference cleared)
    for (int round = 0; round < 1000; round++) {
      if (!repairReferences()) {
        break;
      }
    }
    return (StrategyModel) build();
  }

  // ---------------------------------------------------------------------------------------------- which objects

  private boolean exists(String key) {
    Boolean known = exists.get(key);
    if (known != null) {
      return known;
    }
    exists.put(key, Boolean.FALSE); // cycles cannot happen in a tree; this only guards against malformed input
    boolean e = decideExists(key);
    exists.put(key, e);
    return e;
  }

  private boolean decideExists(String key) {
    if (restored.contains(key)) {
      return true;
    }
    Node b = base.get(key);
    Node o = ours.get(key);
    Node t = theirs.get(key);
    if (b == null || o != null && t != null) {
      return true; // added (by one side or both), or kept by both
    }
    if (o == null && t == null) {
      return false;
    }
    boolean oursDeleted = o == null;
    Snapshot deleter = oursDeleted ? ours : theirs;
    Snapshot keeper = oursDeleted ? theirs : ours;
    if (b.parentKey != null && deleter.get(b.parentKey) == null && keeper.get(b.parentKey) != null
        && Objects.equals(b.location(), keeper.get(key).location())) {
      return exists(b.parentKey); // deleted with its container: the container's conflict (if any) decides
    }
    if (!changedDeep(keeper, key)) {
      return false;
    }
    String[] place = Words.place(b.object, null);
    String k = "deleted:" + key;
    Resolution r = resolutions.get(k);
    Choice deleterChoice = oursDeleted ? Choice.OURS : Choice.THEIRS;
    boolean keep = r == null || r.choice() != deleterChoice;
    String edits = edits(keeper, key);
    addConflict(new Conflict(k, Kind.DELETED_EDITED, key, null, place[0], place[1], "there",
        oursDeleted ? "deleted it" : "changed it (" + edits + ")",
        oursDeleted ? "changed it (" + edits + ")" : "deleted it",
        List.of(Choice.OURS, Choice.THEIRS), r != null ? r : Resolution.of(oursDeleted ? Choice.THEIRS : Choice.OURS),
        r != null));
    return keep;
  }

  /** True when {@code side} changed the object or anything inside it (or added something inside it). */
  private boolean changedDeep(Snapshot side, String key) {
    Node n = side.get(key);
    Node b = base.get(key);
    if (n == null) {
      return false;
    }
    if (b == null || changed(b, n, side)) {
      return true;
    }
    if (n.opaque) {
      return false;
    }
    for (EReference r : n.object.eClass().getEAllContainments()) {
      if (Features.merged(r)) {
        for (Object child : (List<?>) side.value(n, r)) {
          if (changedDeep(side, (String) child)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean changed(Node b, Node n, Snapshot side) {
    if (!Objects.equals(b.location(), n.location()) || !Snapshot.sameClass(b, n)) {
      return true;
    }
    if (b.opaque || n.opaque) {
      return b.opaque != n.opaque || !Snapshot.sameOpaque(b.object, n.object);
    }
    for (EStructuralFeature f : Features.of(n.object.eClass())) {
      if (f instanceof EReference r && r.isContainment()) {
        continue;
      }
      if (!Objects.equals(base.value(b, f), side.value(n, f))) {
        return true;
      }
    }
    return false;
  }

  /** What {@code side} changed in or under the object, in a few words ("threshold; 2 objects inside"). */
  private String edits(Snapshot side, String key) {
    Node n = side.get(key);
    Node b = base.get(key);
    List<String> fields = new ArrayList<>();
    if (!n.opaque && b != null && !b.opaque) {
      for (EStructuralFeature f : Features.of(n.object.eClass())) {
        if (!(f instanceof EReference r && r.isContainment()) && !Objects.equals(base.value(b, f), side.value(n, f))) {
          fields.add(Words.feature(f));
        }
      }
    } else if (b != null && !Snapshot.sameOpaque(b.object, n.object)) {
      fields.add("its content");
    }
    int inside = 0;
    for (Node c : side.nodes.values()) {
      if (c != n && under(side, c, key) && changedSelf(side, c)) {
        inside++;
      }
    }
    if (inside > 0) {
      fields.add(inside + (inside == 1 ? " object" : " objects") + " inside it");
    }
    return fields.isEmpty() ? "moved" : String.join("; ", fields);
  }

  private boolean changedSelf(Snapshot side, Node c) {
    Node b = base.get(c.key);
    return b == null || changed(b, c, side);
  }

  private static boolean under(Snapshot side, Node c, String ancestor) {
    for (Node x = c; x != null && x.parentKey != null; x = side.get(x.parentKey)) {
      if (x.parentKey.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------- each object

  private void mergeNode(String key) {
    Node b = base.get(key);
    Node o = ours.get(key);
    Node t = theirs.get(key);
    if (o == null && t == null) {
      o = b; // restored: an object both sides deleted that something still refers to is not possible; guard anyway
    }
    Node any = o != null ? o : t;
    sources.put(key, any);
    if (any.parentKey != null || b != null && b.parentKey != null) {
      locations.put(key, mergeLocation(key, b, o, t));
    }
    if (any.opaque || o != null && o.opaque || t != null && t.opaque) {
      mergeOpaque(key, b, o, t);
      return;
    }
    Map<EStructuralFeature, Object> v = new LinkedHashMap<>();
    for (EStructuralFeature f : Features.of(any.object.eClass())) {
      if (f instanceof EReference r && r.isContainment()) {
        continue;
      }
      v.put(f, mergeFeature(key, f, b, o, t));
    }
    values.put(key, v);
  }

  private Location mergeLocation(String key, Node b, Node o, Node t) {
    Object lb = b == null ? ABSENT : b.location();
    Object lo = o == null ? ABSENT : o.location();
    Object lt = t == null ? ABSENT : t.location();
    Object chosen = threeWay(lb, lo, lt);
    if (chosen != CONFLICT) {
      return (Location) chosen;
    }
    String k = "moved:" + key;
    Resolution r = resolutions.get(k);
    boolean takeTheirs = r != null && r.choice() == Choice.THEIRS;
    Node n = b != null ? b : o != null ? o : t;
    String[] place = Words.place(n.object, null);
    addConflict(new Conflict(k, Kind.MOVED_BOTH, key, null, place[0], place[1],
        where(base, (Location) lb), where(ours, (Location) lo), where(theirs, (Location) lt),
        List.of(Choice.OURS, Choice.THEIRS), r != null ? r : Resolution.of(Choice.OURS), r != null));
    return (Location) (takeTheirs ? lt : lo);
  }

  private static String where(Snapshot s, Location l) {
    if (l == null) {
      return "at the top";
    }
    Node p = s.get(l.parentKey());
    return "in " + l.feature() + " of " + (p == null ? l.parentKey() : Words.object(p.object));
  }

  private void mergeOpaque(String key, Node b, Node o, Node t) {
    Node chosen;
    if (o == null || t == null) {
      chosen = o == null ? t : o;
    } else if (b != null && Snapshot.sameOpaque(b.object, o.object)) {
      chosen = t;
    } else if (b != null && Snapshot.sameOpaque(b.object, t.object) || Snapshot.sameOpaque(o.object, t.object)) {
      chosen = o;
    } else {
      String k = "changed:" + key;
      Resolution r = resolutions.get(k);
      chosen = r != null && r.choice() == Choice.THEIRS ? t : o;
      String[] place = Words.place((b != null ? b : o).object, null);
      addConflict(new Conflict(k, Kind.CHANGED_BOTH, key, null, place[0], "its content (kept as it is: the plug-in"
          + " that reads it is not installed)", b == null ? "not there" : "one version", "another version",
          "a third version", List.of(Choice.OURS, Choice.THEIRS), r != null ? r : Resolution.of(Choice.OURS),
          r != null));
    }
    sources.put(key, chosen);
  }

  private static final Object CONFLICT = new Object();

  /** The three-way rule: one side's change wins; the same change is taken once; else CONFLICT. */
  private static Object threeWay(Object b, Object o, Object t) {
    if (o == ABSENT) {
      return t;
    }
    if (t == ABSENT || Objects.equals(o, t)) {
      return o;
    }
    if (Objects.equals(b, o)) {
      return t;
    }
    if (Objects.equals(b, t)) {
      return o;
    }
    return CONFLICT;
  }

  private Object mergeFeature(String key, EStructuralFeature f, Node b, Node o, Node t) {
    Object vo = o == null ? ABSENT : ours.value(o, f);
    Object vt = t == null ? ABSENT : theirs.value(t, f);
    Object vb = b == null ? (f.isMany() ? List.of() : null) : base.value(b, f);
    if (b == null && vo != ABSENT && vt != ABSENT && f.isMany()) {
      return union(List.of(), (List<?>) vo, (List<?>) vt); // added by both: everything either listed
    }
    Object chosen = threeWay(vb, vo, vt);
    if (chosen != CONFLICT) {
      return chosen;
    }
    if (f.isMany()) {
      return union((List<?>) vb, (List<?>) vo, (List<?>) vt);
    }
    String k = "changed:" + key + ":" + f.getName();
    Resolution r = resolutions.get(k);
    Object value = vo;
    if (r != null && r.choice() == Choice.THEIRS) {
      value = vt;
    } else if (r != null && r.choice() == Choice.EDIT) {
      value = parse(f, r.text());
    }
    Node n = b != null ? b : o != null ? o : t;
    String[] place = Words.place(n.object, f);
    addConflict(new Conflict(k, Kind.CHANGED_BOTH, key, f.getName(), place[0], place[1],
        b == null ? "not there" : text(f, vb), text(f, vo), text(f, vt),
        f instanceof EAttribute ? List.of(Choice.OURS, Choice.THEIRS, Choice.EDIT) : List.of(Choice.OURS, Choice.THEIRS),
        r != null ? r : Resolution.of(Choice.OURS), r != null));
    return value;
  }

  private static Object parse(EStructuralFeature f, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (f instanceof EAttribute a) {
      try {
        return EcoreUtil.createFromString(a.getEAttributeType(), text.strip());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("'" + text + "' is not a valid value for " + Words.feature(f)
            + " (" + e.getMessage() + ")", e);
      }
    }
    return text.strip(); // an object's id
  }

  /** Both sides' additions and removals of a many-valued field, in yours' order, then theirs' additions. */
  private static List<Object> union(List<?> b, List<?> o, List<?> t) {
    Set<Object> removed = new HashSet<>();
    for (Object x : b) {
      if (!o.contains(x) || !t.contains(x)) {
        removed.add(x);
      }
    }
    List<Object> out = new ArrayList<>();
    for (Object x : o) {
      if (!removed.contains(x) && !out.contains(x)) {
        out.add(x);
      }
    }
    for (Object x : t) {
      if (!removed.contains(x) && !out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private String text(EStructuralFeature f, Object v) {
    if (v == ABSENT) {
      return "deleted it";
    }
    return Words.value(f, v, this::objectWords);
  }

  private String objectWords(String key) {
    for (Snapshot s : List.of(ours, theirs, base)) {
      Node n = s.get(key);
      if (n != null) {
        return Words.object(n.object);
      }
    }
    return key;
  }

  private void addConflict(Conflict c) {
    conflicts.putIfAbsent(c.key(), c);
  }

  // ---------------------------------------------------------------------------------------------- references

  /** One round of: a reference to an object that is not in the result. Returns true when an object was restored. */
  private boolean repairReferences() {
    boolean restoredAny = false;
    for (String k : keys) {
      Map<EStructuralFeature, Object> v = values.get(k);
      if (v == null || !exists(k)) {
        continue;
      }
      for (Map.Entry<EStructuralFeature, Object> e : v.entrySet()) {
        if (!(e.getKey() instanceof EReference r) || r.isContainment()) {
          continue;
        }
        List<String> targets = new ArrayList<>();
        if (e.getValue() instanceof List<?> list) {
          list.forEach(x -> targets.add((String) x));
        } else if (e.getValue() != null) {
          targets.add((String) e.getValue());
        }
        List<String> cleared = new ArrayList<>();
        for (String target : targets) {
          if (exists.containsKey(target) && !exists(target)) {
            if (danglingConflict(k, r, target)) {
              restore(target);
              restoredAny = true;
            } else {
              cleared.add(target);
            }
          }
        }
        if (!cleared.isEmpty()) {
          if (e.getValue() instanceof List<?> list) {
            List<Object> kept = new ArrayList<>(list);
            kept.removeAll(cleared);
            e.setValue(kept);
          } else {
            e.setValue(null);
          }
        }
      }
    }
    return restoredAny;
  }

  /** Reports the dangling reference; returns true when the referenced object is to be kept. */
  private boolean danglingConflict(String key, EReference r, String target) {
    String k = "reference:" + key + ":" + r.getName() + ":" + target;
    Resolution res = resolutions.get(k);
    boolean oursRefers = refers(ours, key, r, target);
    Node owner = base.get(key) != null ? base.get(key) : ours.get(key) != null ? ours.get(key) : theirs.get(key);
    String[] place = Words.place(owner.object, r);
    String targetWords = objectWords(target);
    String refers = "refer to " + targetWords;
    String deleted = "deleted " + targetWords;
    Choice keeping = oursRefers ? Choice.OURS : Choice.THEIRS;
    boolean keep = res == null || res.choice() == keeping;
    addConflict(new Conflict(k, Kind.REFERENCE_TO_DELETED, key, r.getName(), place[0], place[1],
        targetWords, oursRefers ? refers : deleted, oursRefers ? deleted : refers,
        List.of(Choice.OURS, Choice.THEIRS), res != null ? res : Resolution.of(keeping), res != null));
    return keep;
  }

  private static boolean refers(Snapshot s, String key, EReference r, String target) {
    Node n = s.get(key);
    if (n == null) {
      return false;
    }
    Object v = s.value(n, r);
    return v instanceof List<?> l ? l.contains(target) : target.equals(v);
  }

  private void restore(String key) {
    restored.add(key);
    exists.put(key, Boolean.TRUE);
    mergeNode(key);
    Location l = locations.get(key);
    if (l != null && !exists(l.parentKey())) {
      restore(l.parentKey());
    }
    // what was inside it in the version that kept it comes back with it
    for (Snapshot s : List.of(ours, theirs)) {
      for (Node c : s.nodes.values()) {
        if (key.equals(c.parentKey) && !exists(c.key) && base.get(c.key) != null) {
          restore(c.key);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- the result

  private EObject build() {
    Map<String, EObject> made = new HashMap<>();
    for (String k : keys) {
      if (!exists(k)) {
        continue;
      }
      Node src = sources.get(k);
      if (src.opaque) {
        made.put(k, EcoreUtil.copy(src.object));
        continue;
      }
      EClass c = src.object.eClass();
      EObject o = EcoreUtil.create(c);
      EAttribute id = c.getEIDAttribute();
      if (id != null) {
        o.eSet(id, src.object.eGet(id));
      }
      made.put(k, o);
    }
    // attributes
    for (Map.Entry<String, EObject> e : made.entrySet()) {
      Map<EStructuralFeature, Object> v = values.get(e.getKey());
      if (v == null || sources.get(e.getKey()).opaque) {
        continue;
      }
      for (Map.Entry<EStructuralFeature, Object> fv : v.entrySet()) {
        if (fv.getKey() instanceof EAttribute a) {
          setAttribute(e.getValue(), a, fv.getValue());
        }
      }
    }
    // containment, in the merged order
    Map<String, Map<String, List<String>>> children = new LinkedHashMap<>();
    for (String k : keys) {
      Location l = locations.get(k);
      if (l != null && made.containsKey(k) && made.containsKey(l.parentKey())) {
        children.computeIfAbsent(l.parentKey(), x -> new LinkedHashMap<>())
            .computeIfAbsent(l.feature(), x -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<String, Map<String, List<String>>> pe : children.entrySet()) {
      EObject parent = made.get(pe.getKey());
      for (Map.Entry<String, List<String>> fe : pe.getValue().entrySet()) {
        EStructuralFeature f = parent.eClass().getEStructuralFeature(fe.getKey());
        if (!(f instanceof EReference r) || !r.isContainment()) {
          continue; // a place that does not exist in this class: cannot happen for versions of one model
        }
        List<String> order = order(pe.getKey(), r, fe.getValue());
        if (r.isMany()) {
          @SuppressWarnings("unchecked")
          List<EObject> list = (List<EObject>) parent.eGet(r);
          for (String k : order) {
            list.add(made.get(k));
          }
        } else {
          parent.eSet(r, made.get(order.get(0)));
        }
      }
    }
    // references
    for (Map.Entry<String, EObject> e : made.entrySet()) {
      Map<EStructuralFeature, Object> v = values.get(e.getKey());
      if (v == null || sources.get(e.getKey()).opaque) {
        continue;
      }
      for (Map.Entry<EStructuralFeature, Object> fv : v.entrySet()) {
        if (fv.getKey() instanceof EReference r && !r.isContainment()) {
          if (r.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) e.getValue().eGet(r);
            for (Object id : (List<?>) fv.getValue()) {
              EObject target = made.get(id);
              if (target != null && !list.contains(target)) {
                list.add(target);
              }
            }
          } else if (fv.getValue() != null && made.get(fv.getValue()) != null) {
            e.getValue().eSet(r, made.get(fv.getValue()));
          }
        }
      }
    }
    return made.get(ours.nodes.keySet().iterator().next());
  }

  private static void setAttribute(EObject o, EAttribute a, Object v) {
    if (a.isMany()) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) o.eGet(a);
      list.addAll((List<?>) v);
    } else if (v != null) {
      o.eSet(a, v);
    }
  }

  /**
   * The merged order of one containment list: the order of the side that reordered it (yours when neither or both
   * did, the latter a conflict), with what only the other side has placed after the neighbour it follows there.
   */
  private List<String> order(String parentKey, EReference r, List<String> members) {
    List<String> lb = listOf(base, parentKey, r);
    List<String> lo = listOf(ours, parentKey, r);
    List<String> lt = listOf(theirs, parentKey, r);
    Set<String> common = new HashSet<>(members);
    common.retainAll(new HashSet<>(lb));
    common.retainAll(new HashSet<>(lo));
    common.retainAll(new HashSet<>(lt));
    List<String> cb = filter(lb, common);
    List<String> co = filter(lo, common);
    List<String> ct = filter(lt, common);
    List<String> primary = lo;
    List<String> secondary = lt;
    if (co.equals(cb) && !ct.equals(cb)) {
      primary = lt;
      secondary = lo;
    } else if (!co.equals(cb) && !ct.equals(cb) && !co.equals(ct)) {
      String k = "order:" + parentKey + ":" + r.getName();
      Resolution res = resolutions.get(k);
      if (res != null && res.choice() == Choice.THEIRS) {
        primary = lt;
        secondary = lo;
      }
      Node owner = base.get(parentKey) != null ? base.get(parentKey)
          : ours.get(parentKey) != null ? ours.get(parentKey) : theirs.get(parentKey);
      String[] place = Words.place(owner.object, r);
      addConflict(new Conflict(k, Kind.MOVED_BOTH, parentKey, r.getName(), place[0], "the order of " + place[1],
          "the order before", "reordered it one way", "reordered it another way", List.of(Choice.OURS, Choice.THEIRS),
          res != null ? res : Resolution.of(Choice.OURS), res != null));
    }
    Set<String> memberSet = new LinkedHashSet<>(members);
    Set<String> secondarySet = new HashSet<>(secondary);
    Set<String> baseSet = new HashSet<>(lb);
    List<String> out = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (String k : primary) {
      if (memberSet.contains(k) && placed.add(k)) {
        out.add(k);
      }
    }
    // the other side's own additions (and what it moved here), after the same neighbour
    for (int i = 0; i < secondary.size(); i++) {
      String k = secondary.get(i);
      if (!memberSet.contains(k) || placed.contains(k)) {
        continue;
      }
      int at = 0;
      for (int j = i - 1; j >= 0; j--) {
        if (placed.contains(secondary.get(j))) {
          at = out.indexOf(secondary.get(j)) + 1;
          break;
        }
      }
      // after what the primary side added at the same place (yours' additions come before theirs')
      while (at < out.size() && !secondarySet.contains(out.get(at)) && !baseSet.contains(out.get(at))) {
        at++;
      }
      out.add(at, k);
      placed.add(k);
    }
    for (String k : members) {
      if (placed.add(k)) {
        out.add(k); // restored objects, and objects moved here whose lists are both gone
      }
    }
    if (!r.isMany() && out.size() > 1) {
      String k = "changed:" + parentKey + ":" + r.getName();
      Resolution res = resolutions.get(k);
      String chosen = res != null && res.choice() == Choice.THEIRS && lt.size() == 1 && out.contains(lt.get(0))
          ? lt.get(0) : lo.size() == 1 && out.contains(lo.get(0)) ? lo.get(0) : out.get(0);
      Node owner = base.get(parentKey) != null ? base.get(parentKey)
          : ours.get(parentKey) != null ? ours.get(parentKey) : theirs.get(parentKey);
      String[] place = Words.place(owner.object, r);
      addConflict(new Conflict(k, Kind.CHANGED_BOTH, parentKey, r.getName(), place[0], place[1],
          lb.isEmpty() ? "not set" : objectWords(lb.get(0)), lo.isEmpty() ? "not set" : objectWords(lo.get(0)),
          lt.isEmpty() ? "not set" : objectWords(lt.get(0)), List.of(Choice.OURS, Choice.THEIRS),
          res != null ? res : Resolution.of(Choice.OURS), res != null));
      return List.of(chosen);
    }
    return out;
  }

  private static List<String> listOf(Snapshot s, String parentKey, EReference r) {
    Node p = s.get(parentKey);
    if (p == null || p.opaque) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<String> l = (List<String>) s.value(p, r);
    return l;
  }

  private static List<String> filter(List<String> l, Set<String> keep) {
    List<String> out = new ArrayList<>();
    for (String x : l) {
      if (keep.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Content this Wedge does not know, kept by the loader beside the object it was found in (fields of a newer Wedge,
   * objects of a plug-in that is not installed): merged like the rest, its attributes by name and its objects whole,
   * by id.
   */
  private void copyUnknownFeatures(Resource merged, EObject b, EObject o, EObject t) {
    if (!(merged instanceof XMLResource mx)) {
      return;
    }
    Map<String, EObject> byKey = new HashMap<>();
    for (var it = EcoreUtil.<EObject>getAllContents(merged, true); it.hasNext();) {
      EObject x = it.next();
      String id = Snapshot.idOf(x);
      if (id != null) {
        byKey.put(id, x);
      }
    }
    byKey.put(ours.nodes.keySet().iterator().next(), merged.getContents().get(0));
    Map<String, AnyType> eb = unknown(base, b);
    Map<String, AnyType> eo = unknown(ours, o);
    Map<String, AnyType> et = unknown(theirs, t);
    Set<String> all = new LinkedHashSet<>(eo.keySet());
    all.addAll(et.keySet());
    all.addAll(eb.keySet());
    for (String k : all) {
      EObject target = byKey.get(k);
      if (target != null) {
        AnyType m = new UnknownContent(k, eb.get(k), eo.get(k), et.get(k)).merge();
        if (m != null) {
          mx.getEObjectToExtensionMap().put(target, m);
        }
      }
    }
  }

  /** The unknown content of one object in the three versions. */
  private final class UnknownContent {
    private final String key;
    private final AnyType b;
    private final AnyType o;
    private final AnyType t;

    UnknownContent(String key, AnyType b, AnyType o, AnyType t) {
      this.key = key;
      this.b = b;
      this.o = o;
      this.t = t;
    }

    AnyType merge() {
      AnyType out = XMLTypeFactory.eINSTANCE.createAnyType();
      Map<String, FeatureMap.Entry> ab = attributes(b);
      Map<String, FeatureMap.Entry> ao = attributes(o);
      Map<String, FeatureMap.Entry> at = attributes(t);
      Set<String> names = new LinkedHashSet<>(ao.keySet());
      names.addAll(at.keySet());
      for (String n : names) {
        FeatureMap.Entry chosen = pick("field:" + n, ab.get(n), ao.get(n), at.get(n), n);
        if (chosen != null) {
          out.getAnyAttribute().add(FeatureMapUtil.createEntry(chosen.getEStructuralFeature(), chosen.getValue()));
        }
      }
      Map<String, FeatureMap.Entry> xb = elements(b);
      Map<String, FeatureMap.Entry> xo = elements(o);
      Map<String, FeatureMap.Entry> xt = elements(t);
      Set<String> ids = new LinkedHashSet<>(xo.keySet());
      ids.addAll(xt.keySet());
      ids.addAll(xb.keySet());
      for (String id : ids) {
        FeatureMap.Entry chosen = pick("object:" + id, xb.get(id), xo.get(id), xt.get(id), null);
        if (chosen != null) {
          out.getMixed().add(FeatureMapUtil.createEntry(chosen.getEStructuralFeature(),
              EcoreUtil.copy((EObject) chosen.getValue())));
        }
      }
      return out.getAnyAttribute().isEmpty() && out.getMixed().isEmpty() ? null : out;
    }

    /** The three-way rule on one attribute or object; a conflict is reported, and holds yours (or the edit). */
    private FeatureMap.Entry pick(String what, FeatureMap.Entry eb, FeatureMap.Entry eo, FeatureMap.Entry et,
        String attribute) {
      if (same(eo, et)) {
        return eo;
      }
      if (same(eb, eo)) {
        return et;
      }
      if (same(eb, et)) {
        return eo;
      }
      String k = "unknown:" + key + ":" + what;
      Resolution r = resolutions.get(k);
      FeatureMap.Entry any = eb != null ? eb : eo != null ? eo : et;
      String subject;
      String field;
      if (attribute != null) {
        subject = objectWords(key);
        field = attribute + " (a field this Wedge does not know)";
      } else {
        subject = Words.object((EObject) any.getValue());
        field = null;
      }
      boolean deleteEdit = eo == null || et == null;
      FeatureMap.Entry keep = eo == null ? et : eo;
      Choice oursChoice = Choice.OURS;
      String objectId = attribute != null ? key : Objects.requireNonNullElse(Snapshot.idOf((EObject) any.getValue()), key);
      addConflict(new Conflict(k, deleteEdit ? Kind.DELETED_EDITED : Kind.CHANGED_BOTH, objectId, attribute, subject,
          field,
          eb == null ? "not there" : describe(eb), eo == null ? "deleted it" : describe(eo),
          et == null ? "deleted it" : describe(et), List.of(Choice.OURS, Choice.THEIRS),
          r != null ? r : Resolution.of(deleteEdit ? (eo == null ? Choice.THEIRS : oursChoice) : oursChoice), r != null));
      if (r == null) {
        return keep;
      }
      return r.choice() == Choice.THEIRS ? et : eo;
    }

    private String describe(FeatureMap.Entry e) {
      return e.getValue() instanceof EObject ? "a version of it" : String.valueOf(e.getValue());
    }
  }

  private static boolean same(FeatureMap.Entry a, FeatureMap.Entry b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.getValue() instanceof EObject x && b.getValue() instanceof EObject y) {
      return Snapshot.sameOpaque(x, y);
    }
    return Objects.equals(a.getEStructuralFeature().getName(), b.getEStructuralFeature().getName())
        && Objects.equals(a.getValue(), b.getValue());
  }

  private static Map<String, FeatureMap.Entry> attributes(AnyType a) {
    Map<String, FeatureMap.Entry> out = new LinkedHashMap<>();
    if (a != null) {
      for (FeatureMap.Entry e : a.getAnyAttribute()) {
        out.put(e.getEStructuralFeature().getName(), e);
      }
    }
    return out;
  }

  private static Map<String, FeatureMap.Entry> elements(AnyType a) {
    Map<String, FeatureMap.Entry> out = new LinkedHashMap<>();
    if (a != null) {
      int i = 0;
      for (FeatureMap.Entry e : a.getMixed()) {
        if (e.getValue() instanceof EObject x) {
          String id = Snapshot.idOf(x);
          out.put(id != null ? id : e.getEStructuralFeature().getName() + "#" + i, e);
          i++;
        }
      }
    }
    return out;
  }

  private static Map<String, AnyType> unknown(Snapshot s, EObject root) {
    Map<String, AnyType> out = new HashMap<>();
    if (root.eResource() instanceof XMLResource x) {
      for (Map.Entry<EObject, org.eclipse.emf.ecore.xml.type.AnyType> e : x.getEObjectToExtensionMap().entrySet()) {
        String k = s.keyOf(e.getKey());
        if (k != null) {
          out.put(k, e.getValue());
        }
      }
    }
    return out;
  }
}
