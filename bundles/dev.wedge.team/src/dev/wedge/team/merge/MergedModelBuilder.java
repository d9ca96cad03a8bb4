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
 * Builds the merged model from the merge's decisions: each object that exists, with its merged values, in its merged
 * place, containment lists in the merged order (the order of the side that reordered them).
 */
final class MergedModelBuilder {

  private final ModelMerge m;

  MergedModelBuilder(ModelMerge m) {
    this.m = m;
  }


  EObject build() {
    Map<String, EObject> made = new HashMap<>();
    for (String k : m.keys) {
      if (!m.exists(k)) {
        continue;
      }
      Node src = m.sources.get(k);
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
      Map<EStructuralFeature, Object> v = m.values.get(e.getKey());
      if (v == null || m.sources.get(e.getKey()).opaque) {
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
    for (String k : m.keys) {
      Location l = m.locations.get(k);
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
      Map<EStructuralFeature, Object> v = m.values.get(e.getKey());
      if (v == null || m.sources.get(e.getKey()).opaque) {
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
    return made.get(m.ours.nodes.keySet().iterator().next());
  }

  static void setAttribute(EObject o, EAttribute a, Object v) {
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
  List<String> order(String parentKey, EReference r, List<String> members) {
    List<String> lb = listOf(m.base, parentKey, r);
    List<String> lo = listOf(m.ours, parentKey, r);
    List<String> lt = listOf(m.theirs, parentKey, r);
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
      Resolution res = m.resolutions.get(k);
      if (res != null && res.choice() == Choice.THEIRS) {
        primary = lt;
        secondary = lo;
      }
      Node owner = m.base.get(parentKey) != null ? m.base.get(parentKey)
          : m.ours.get(parentKey) != null ? m.ours.get(parentKey) : m.theirs.get(parentKey);
      String[] place = Words.place(owner.object, r);
      m.addConflict(new Conflict(k, Kind.MOVED_BOTH, parentKey, r.getName(), place[0], "the order of " + place[1],
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
      Resolution res = m.resolutions.get(k);
      String chosen = res != null && res.choice() == Choice.THEIRS && lt.size() == 1 && out.contains(lt.get(0))
          ? lt.get(0) : lo.size() == 1 && out.contains(lo.get(0)) ? lo.get(0) : out.get(0);
      Node owner = m.base.get(parentKey) != null ? m.base.get(parentKey)
          : m.ours.get(parentKey) != null ? m.ours.get(parentKey) : m.theirs.get(parentKey);
      String[] place = Words.place(owner.object, r);
      m.addConflict(new Conflict(k, Kind.CHANGED_BOTH, parentKey, r.getName(), place[0], place[1],
          lb.isEmpty() ? "not set" : m.objectWords(lb.get(0)), lo.isEmpty() ? "not set" : m.objectWords(lo.get(0)),
          lt.isEmpty() ? "not set" : m.objectWords(lt.get(0)), List.of(Choice.OURS, Choice.THEIRS),
          res != null ? res : Resolution.of(Choice.OURS), res != null));
      return List.of(chosen);
    }
    return out;
  }

  static List<String> listOf(Snapshot s, String parentKey, EReference r) {
    Node p = s.get(parentKey);
    if (p == null || p.opaque) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<String> l = (List<String>) s.value(p, r);
    return l;
  }

  static List<String> filter(List<String> l, Set<String> keep) {
    List<String> out = new ArrayList<>();
    for (String x : l) {
      if (keep.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }
}
