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
 * The merge of content this Wedge does not know (fields of a newer Wedge, objects of a plug-in that is not
 * installed): its attributes by name and its objects whole, by id, never lost.
 */
final class UnknownContentMerge {

  private final ModelMerge m;

  UnknownContentMerge(ModelMerge m) {
    this.m = m;
  }

  /**
   * Content this Wedge does not know, kept by the loader beside the object it was found in (fields of a newer Wedge,
   * objects of a plug-in that is not installed): merged like the rest, its attributes by name and its objects whole,
   * by id.
   */
  void copyUnknownFeatures(Resource merged, EObject b, EObject o, EObject t) {
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
    byKey.put(m.ours.nodes.keySet().iterator().next(), merged.getContents().get(0));
    Map<String, AnyType> eb = unknown(m.base, b);
    Map<String, AnyType> eo = unknown(m.ours, o);
    Map<String, AnyType> et = unknown(m.theirs, t);
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
      Resolution r = m.resolutions.get(k);
      FeatureMap.Entry any = eb != null ? eb : eo != null ? eo : et;
      String subject;
      String field;
      if (attribute != null) {
        subject = m.objectWords(key);
        field = attribute + " (a field this Wedge does not know)";
      } else {
        subject = Words.object((EObject) any.getValue());
        field = null;
      }
      boolean deleteEdit = eo == null || et == null;
      FeatureMap.Entry keep = eo == null ? et : eo;
      Choice oursChoice = Choice.OURS;
      String objectId = attribute != null ? key : Objects.requireNonNullElse(Snapshot.idOf((EObject) any.getValue()), key);
      m.addConflict(new Conflict(k, deleteEdit ? Kind.DELETED_EDITED : Kind.CHANGED_BOTH, objectId, attribute, subject,
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

  static boolean same(FeatureMap.Entry a, FeatureMap.Entry b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.getValue() instanceof EObject x && b.getValue() instanceof EObject y) {
      return Snapshot.sameOpaque(x, y);
    }
    return Objects.equals(a.getEStructuralFeature().getName(), b.getEStructuralFeature().getName())
        && Objects.equals(a.getValue(), b.getValue());
  }

  static Map<String, FeatureMap.Entry> attributes(AnyType a) {
    Map<String, FeatureMap.Entry> out = new LinkedHashMap<>();
    if (a != null) {
      for (FeatureMap.Entry e : a.getAnyAttribute()) {
        out.put(e.getEStructuralFeature().getName(), e);
      }
    }
    return out;
  }

  static Map<String, FeatureMap.Entry> elements(AnyType a) {
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

  static Map<String, AnyType> unknown(Snapshot s, EObject root) {
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
