package dev.wedge.team.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xml.type.AnyType;

/** Which features of a class a merge compares, and how to read contained objects. */
final class Features {

  private Features() {
  }

  /** Stored, changeable features; not the id (objects are matched by it) and not the container. */
  static boolean merged(EStructuralFeature f) {
    if (f.isDerived() || f.isTransient() || f.isVolatile() || !f.isChangeable()) {
      return false;
    }
    if (f instanceof EAttribute a && a.isID()) {
      return false;
    }
    return !(f instanceof EReference r && r.isContainer());
  }

  /** The merged features of {@code c}, in the class's order (worked out once per class). */
  static List<EStructuralFeature> of(EClass c) {
    return OF.computeIfAbsent(c, x -> {
      List<EStructuralFeature> out = new ArrayList<>();
      for (EStructuralFeature f : x.getEAllStructuralFeatures()) {
        if (merged(f)) {
          out.add(f);
        }
      }
      return List.copyOf(out);
    });
  }

  private static final Map<EClass, List<EStructuralFeature>> OF = new ConcurrentHashMap<>();
  private static final Map<EClass, Boolean> KNOWN = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  static List<EObject> contents(EObject o, EReference containment) {
    Object v = o.eGet(containment, false);
    if (containment.isMany()) {
      return (List<EObject>) v;
    }
    return v == null ? List.of() : List.of((EObject) v);
  }

  /** Objects of a package this Wedge has (its own or an installed plug-in's), not kept as unknown content. */
  static boolean known(EObject o) {
    if (o instanceof AnyType) {
      return false;
    }
    return KNOWN.computeIfAbsent(o.eClass(), c -> {
      EPackage p = c.getEPackage();
      return p != null && p.getNsURI() != null && EPackage.Registry.INSTANCE.getEPackage(p.getNsURI()) == p;
    });
  }
}
