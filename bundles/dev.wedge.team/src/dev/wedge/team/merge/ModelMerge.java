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

  static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "absent";
    }
  };

  final Snapshot base;
  final Snapshot ours;
  final Snapshot theirs;
  final Map<String, Resolution> resolutions;
  final LocalDate today;
  final Map<String, Conflict> conflicts = new LinkedHashMap<>();
  final Map<String, Boolean> exists = new HashMap<>();
  final Set<String> restored = new HashSet<>();
  final Map<String, Location> locations = new LinkedHashMap<>();
  final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();
  final Map<String, Node> sources = new HashMap<>();
  final List<String> keys;

  private ModelMerge(EObject base, EObject ours, EObject theirs, Map<String, Resolution> resolutions, LocalDate today) {
    // the three versions are read at once: each is only read, and each by one thread
    java.util.concurrent.CompletableFuture<Snapshot> b = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> Snapshot.of(base));
    java.util.concurrent.CompletableFuture<Snapshot> t = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> Snapshot.of(theirs));
    this.ours = Snapshot.of(ours);
    this.base = Snapshot.join(b);
    this.theirs = Snapshot.join(t);
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
    ModelStore.keepPrefixes(resource, ours.eResource(), theirs.eResource(), base.eResource());
    new UnknownContentMerge(m).copyUnknownFeatures(resource, base, ours, theirs);
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
      if (!new ReferenceRepair(this).repairReferences()) {
        break;
      }
    }
    return (StrategyModel) new MergedModelBuilder(this).build();
  }

  // ---------------------------------------------------------------------------------------------- which objects

  boolean exists(String key) {
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
  boolean changedDeep(Snapshot side, String key) {
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
  String edits(Snapshot side, String key) {
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

  void mergeNode(String key) {
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
    Object chosen = ThreeWay.of(lb, lo, lt);
    if (chosen != ThreeWay.CONFLICT) {
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

  private Object mergeFeature(String key, EStructuralFeature f, Node b, Node o, Node t) {
    Object vo = o == null ? ABSENT : ours.value(o, f);
    Object vt = t == null ? ABSENT : theirs.value(t, f);
    Object vb = b == null ? (f.isMany() ? List.of() : null) : base.value(b, f);
    if (b == null && vo != ABSENT && vt != ABSENT && f.isMany()) {
      return ThreeWay.union(List.of(), (List<?>) vo, (List<?>) vt); // added by both: everything either listed
    }
    Object chosen = ThreeWay.of(vb, vo, vt);
    if (chosen != ThreeWay.CONFLICT) {
      return chosen;
    }
    if (f.isMany()) {
      return ThreeWay.union((List<?>) vb, (List<?>) vo, (List<?>) vt);
    }
    String k = "changed:" + key + ":" + f.getName();
    Resolution r = resolutions.get(k);
    Object value = vo;
    if (r != null && r.choice() == Choice.THEIRS) {
      value = vt;
    } else if (r != null && r.choice() == Choice.EDIT) {
      value = ThreeWay.parse(f, r.text());
    }
    Node n = b != null ? b : o != null ? o : t;
    String[] place = Words.place(n.object, f);
    addConflict(new Conflict(k, Kind.CHANGED_BOTH, key, f.getName(), place[0], place[1],
        b == null ? "not there" : text(f, vb), text(f, vo), text(f, vt),
        f instanceof EAttribute ? List.of(Choice.OURS, Choice.THEIRS, Choice.EDIT) : List.of(Choice.OURS, Choice.THEIRS),
        r != null ? r : Resolution.of(Choice.OURS), r != null));
    return value;
  }

  String text(EStructuralFeature f, Object v) {
    if (v == ABSENT) {
      return "deleted it";
    }
    return Words.value(f, v, this::objectWords);
  }

  String objectWords(String key) {
    for (Snapshot s : List.of(ours, theirs, base)) {
      Node n = s.get(key);
      if (n != null) {
        return Words.object(n.object);
      }
    }
    return key;
  }

  void addConflict(Conflict c) {
    conflicts.putIfAbsent(c.key(), c);
  }

}
