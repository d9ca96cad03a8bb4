package dev.wedge.team.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.core.method.PilotRules;
import dev.wedge.model.Identified;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * Random edit scripts on the example, written by object id so that one script can be applied to any version: set a
 * field, add an object at the end of a list, delete an object nothing refers to, move an object within its list.
 * Scripts never touch a running pilot's frozen criteria (the method refuses that edit; its merge rule has tests of
 * its own).
 */
final class EditScripts {

  enum Op { SET, ADD, DELETE, MOVE }

  /** One edit. {@code value}: the value set, or the new object's id; {@code from}, {@code to}: positions moved. */
  record Edit(Op op, String objectId, String feature, Object value, int from, int to) {

    /** The feature of the object this edit changes: {@code id.feature}. */
    String target() {
      return objectId + "." + feature;
    }
  }

  /** What the example offers to edit, computed once. */
  static final class Targets {
    final List<String[]> fields = new ArrayList<>(); // {id, feature}
    final List<String[]> lists = new ArrayList<>(); // {parent id, containment feature}
    final List<String> deletable = new ArrayList<>();
    final Map<String, String> parent = new HashMap<>();
    final Map<String, String> containingList = new HashMap<>(); // id -> parent.feature

    Targets(StrategyModel m) {
      Set<EObject> referenced = new HashSet<>();
      for (var it = m.eAllContents(); it.hasNext();) {
        referenced.addAll(it.next().eCrossReferences());
      }
      for (var it = m.eAllContents(); it.hasNext();) {
        EObject o = it.next();
        if (!(o instanceof Identified i) || i.getId() == null) {
          it.prune();
          continue;
        }
        boolean frozen = frozenCriteria(o);
        String id = i.getId();
        if (o.eContainer() instanceof Identified p) {
          parent.put(id, p.getId());
          containingList.put(id, p.getId() + "." + o.eContainingFeature().getName());
        }
        for (EAttribute a : o.eClass().getEAllAttributes()) {
          Class<?> c = a.getEType().getInstanceClass();
          if (!a.isMany() && !a.isID() && a.isChangeable() && !a.isDerived() && !frozen
              && (c == String.class || c == double.class || c == Double.class || c == int.class)) {
            fields.add(new String[] { id, a.getName() });
          }
        }
        for (EReference r : o.eClass().getEAllContainments()) {
          EClass type = r.getEReferenceType();
          if (r.isMany() && !type.isAbstract() && type.getEIDAttribute() != null
              && !(frozen || o instanceof Pilot p && PilotRules.frozen(p) && r == WedgePackage.Literals.PILOT__CRITERIA)) {
            lists.add(new String[] { id, r.getName() });
          }
        }
        if (o.eContainingFeature().isMany() && !frozen && nothingInsideReferenced(o, referenced)) {
          deletable.add(id);
        }
      }
    }

    private static boolean frozenCriteria(EObject o) {
      for (EObject x = o; x != null; x = x.eContainer()) {
        if (x.eContainer() instanceof Pilot p && PilotRules.frozen(p)
            && x.eContainingFeature() == WedgePackage.Literals.PILOT__CRITERIA) {
          return true;
        }
      }
      return false;
    }

    private static boolean nothingInsideReferenced(EObject o, Set<EObject> referenced) {
      if (referenced.contains(o)) {
        return false;
      }
      for (var it = o.eAllContents(); it.hasNext();) {
        if (referenced.contains(it.next())) {
          return false;
        }
      }
      return true;
    }

    /** The object and everything it is inside, by id. */
    Set<String> selfAndAncestors(String id) {
      Set<String> out = new HashSet<>();
      for (String x = id; x != null; x = parent.get(x)) {
        out.add(x);
      }
      return out;
    }
  }

  private EditScripts() {
  }

  /** A script of up to {@code max} edits, avoiding the objects and fields {@code avoid} says (null: anything). */
  static List<Edit> random(Targets t, StrategyModel base, Random r, int max, String side, Avoid avoid) {
    List<Edit> out = new ArrayList<>();
    Avoid mine = new Avoid(t);
    int n = 1 + r.nextInt(max);
    for (int tries = 0; out.size() < n && tries < n * 20; tries++) {
      Edit e = switch (r.nextInt(10)) {
        case 0, 1, 2, 3, 4, 5 -> {
          String[] f = t.fields.get(r.nextInt(t.fields.size()));
          yield new Edit(Op.SET, f[0], f[1], valueFor(base, f[0], f[1], side + "-" + tries + "-" + r.nextInt(1000)), 0, 0);
        }
        case 6, 7 -> {
          String[] l = t.lists.get(r.nextInt(t.lists.size()));
          yield new Edit(Op.ADD, l[0], l[1], side + "-new-" + out.size() + "-" + r.nextInt(1_000_000), 0, 0);
        }
        case 8 -> {
          String id = t.deletable.get(r.nextInt(t.deletable.size()));
          yield new Edit(Op.DELETE, id, null, null, 0, 0);
        }
        default -> {
          String[] l = t.lists.get(r.nextInt(t.lists.size()));
          EObject p = Fixtures.find(base, l[0]);
          int size = p == null ? 0 : ((List<?>) p.eGet(p.eClass().getEStructuralFeature(l[1]))).size();
          yield size < 2 ? null : new Edit(Op.MOVE, l[0], l[1], null, r.nextInt(size), r.nextInt(size));
        }
      };
      if (e == null || !mine.allows(e) || avoid != null && !avoid.allows(e)) {
        continue;
      }
      mine.add(e);
      out.add(e);
    }
    return out;
  }

  private static Object valueFor(StrategyModel base, String id, String feature, String text) {
    EObject o = Fixtures.find(base, id);
    EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
    Class<?> c = f.getEType().getInstanceClass();
    int h = Math.abs(text.hashCode() % 997) + 1;
    if (c == double.class || c == Double.class) {
      return h + 0.5;
    }
    if (c == int.class) {
      return h;
    }
    return text;
  }

  /** Edits that do not touch what a script has touched: fields, lists, deleted objects and their contents. */
  static final class Avoid {
    private final Targets t;
    final Set<String> fields = new HashSet<>();
    final Set<String> movedLists = new HashSet<>();
    final Set<String> changedLists = new HashSet<>();
    final Set<String> deleted = new HashSet<>();
    final Set<String> touchedObjects = new HashSet<>();

    Avoid(Targets t) {
      this.t = t;
    }

    boolean allows(Edit e) {
      Set<String> where = t.selfAndAncestors(e.objectId());
      for (String x : where) {
        if (deleted.contains(x)) {
          return false;
        }
      }
      return switch (e.op()) {
        case SET -> !fields.contains(e.target());
        case ADD -> !movedLists.contains(e.target());
        case MOVE -> !movedLists.contains(e.target()) && !changedLists.contains(e.target());
        case DELETE -> !touchedObjects.contains(e.objectId()) && !deleted.contains(e.objectId())
            && !movedLists.contains(t.containingList.get(e.objectId())) && noneInside(e.objectId());
      };
    }

    private boolean noneInside(String id) {
      for (String x : touchedObjects) {
        if (t.selfAndAncestors(x).contains(id)) {
          return false;
        }
      }
      return true;
    }

    void add(Edit e) {
      touchedObjects.add(e.objectId());
      switch (e.op()) {
        case SET -> fields.add(e.target());
        case ADD -> changedLists.add(e.target());
        case MOVE -> movedLists.add(e.target());
        case DELETE -> {
          deleted.add(e.objectId());
          changedLists.add(t.containingList.get(e.objectId()));
        }
      }
    }

    void addAll(List<Edit> script) {
      script.forEach(this::add);
    }
  }

  /** Applies {@code script} to {@code m}, by id; an edit of an object that is not there is skipped. */
  static void apply(StrategyModel m, List<Edit> script) {
    Map<String, EObject> byId = new HashMap<>();
    for (var it = m.eAllContents(); it.hasNext();) {
      if (it.next() instanceof Identified i && i.getId() != null) {
        byId.put(i.getId(), i);
      }
    }
    for (Edit e : script) {
      EObject o = byId.get(e.objectId());
      if (o == null) {
        continue;
      }
      switch (e.op()) {
        case SET -> o.eSet(o.eClass().getEStructuralFeature(e.feature()), e.value());
        case ADD -> {
          EReference r = (EReference) o.eClass().getEStructuralFeature(e.feature());
          EObject child = EcoreUtil.create(r.getEReferenceType());
          child.eSet(r.getEReferenceType().getEIDAttribute(), e.value());
          EStructuralFeature label = child.eClass().getEStructuralFeature("name");
          if (label == null) {
            label = child.eClass().getEStructuralFeature("description");
          }
          if (label instanceof EAttribute a && a.getEType().getInstanceClass() == String.class) {
            child.eSet(a, "Added " + e.value());
          }
          list(o, e.feature()).add(child);
          byId.put((String) e.value(), child);
        }
        case DELETE -> EcoreUtil.remove(o);
        case MOVE -> {
          EList<EObject> l = list(o, e.feature());
          if (e.from() < l.size() && e.to() < l.size()) {
            ECollections.move(l, e.to(), e.from());
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static EList<EObject> list(EObject o, String feature) {
    return (EList<EObject>) o.eGet(o.eClass().getEStructuralFeature(feature));
  }
}
