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
 * The merge's check of references: a reference to an object that is not in the result (the other side deleted it)
 * keeps the object, reported as a conflict, or, resolved so, clears the reference.
 */
final class ReferenceRepair {

  private final ModelMerge m;

  ReferenceRepair(ModelMerge m) {
    this.m = m;
  }


  /** One round of: a reference to an object that is not in the result. Returns true when an object was restored. */
  boolean repairReferences() {
    boolean restoredAny = false;
    for (String k : m.keys) {
      Map<EStructuralFeature, Object> v = m.values.get(k);
      if (v == null || !m.exists(k)) {
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
          if (m.exists.containsKey(target) && !m.exists(target)) {
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
  boolean danglingConflict(String key, EReference r, String target) {
    String k = "reference:" + key + ":" + r.getName() + ":" + target;
    Resolution res = m.resolutions.get(k);
    boolean oursRefers = refers(m.ours, key, r, target);
    Node owner = m.base.get(key) != null ? m.base.get(key) : m.ours.get(key) != null ? m.ours.get(key) : m.theirs.get(key);
    String[] place = Words.place(owner.object, r);
    String targetWords = m.objectWords(target);
    String refers = "refer to " + targetWords;
    String deleted = "deleted " + targetWords;
    Choice keeping = oursRefers ? Choice.OURS : Choice.THEIRS;
    boolean keep = res == null || res.choice() == keeping;
    m.addConflict(new Conflict(k, Kind.REFERENCE_TO_DELETED, key, r.getName(), place[0], place[1],
        targetWords, oursRefers ? refers : deleted, oursRefers ? deleted : refers,
        List.of(Choice.OURS, Choice.THEIRS), res != null ? res : Resolution.of(keeping), res != null));
    return keep;
  }

  static boolean refers(Snapshot s, String key, EReference r, String target) {
    Node n = s.get(key);
    if (n == null) {
      return false;
    }
    Object v = s.value(n, r);
    return v instanceof List<?> l ? l.contains(target) : target.equals(v);
  }

  void restore(String key) {
    m.restored.add(key);
    m.exists.put(key, Boolean.TRUE);
    m.mergeNode(key);
    Location l = m.locations.get(key);
    if (l != null && !m.exists(l.parentKey())) {
      restore(l.parentKey());
    }
    // what was inside it in the version that kept it comes back with it
    for (Snapshot s : List.of(m.ours, m.theirs)) {
      for (Node c : s.nodes.values()) {
        if (key.equals(c.parentKey) && !m.exists(c.key) && m.base.get(c.key) != null) {
          restore(c.key);
        }
      }
    }
  }
}
