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

/** The three-way rule on one value, and on a many-valued field; reading an edited value as the field's type. */
final class ThreeWay {

  private ThreeWay() {
  }

  static final Object CONFLICT = new Object();

  /** The three-way rule: one side's change wins; the same change is taken once; else CONFLICT. */
  static Object of(Object b, Object o, Object t) {
    if (o == ModelMerge.ABSENT) {
      return t;
    }
    if (t == ModelMerge.ABSENT || Objects.equals(o, t)) {
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

  static Object parse(EStructuralFeature f, String text) {
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
  static List<Object> union(List<?> b, List<?> o, List<?> t) {
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
}
