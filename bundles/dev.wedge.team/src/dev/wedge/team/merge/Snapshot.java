package dev.wedge.team.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * One version of a model as objects by id: for each object its class, where it sits (container and feature) and the
 * value of each feature, with references and contained objects written as ids. Objects Wedge cannot look into (content
 * of a plug-in that is not installed, objects without an id) are opaque: compared and carried whole, by id.
 */
final class Snapshot {

  /** One object of the version. */
  static final class Node {
    final String key;
    final EObject object;
    final String parentKey;
    final EReference containment;
    final boolean opaque;

    Node(String key, EObject object, String parentKey, EReference containment, boolean opaque) {
      this.key = key;
      this.object = object;
      this.parentKey = parentKey;
      this.containment = containment;
      this.opaque = opaque;
    }

    /** Where the object sits: its container's key and the containing feature's name (null for the root). */
    Location location() {
      return parentKey == null ? null : new Location(parentKey, containment.getName());
    }
  }

  /** A place in the containment tree. */
  record Location(String parentKey, String feature) {
  }

  final EObject root;
  final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<EObject, String> keys = new java.util.IdentityHashMap<>();

  private Snapshot(EObject root) {
    this.root = root;
  }

  static Snapshot of(EObject root) {
    Snapshot s = new Snapshot(root);
    String key = idOf(root);
    s.add(new Node(key == null ? "(root)" : key, root, null, null, false));
    return s;
  }

  /** The snapshot {@code f} makes (on another thread); what failed there is thrown here as it was. */
  static Snapshot join(java.util.concurrent.CompletableFuture<Snapshot> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  Node get(String key) {
    return key == null ? null : nodes.get(key);
  }

  String keyOf(EObject o) {
    return keys.get(o);
  }

  private void add(Node n) {
    if (nodes.putIfAbsent(n.key, n) != null) {
      throw new IllegalArgumentException("two objects have the same id '" + n.key + "'");
    }
    keys.put(n.object, n.key);
    if (n.opaque) {
      return;
    }
    for (EReference r : n.object.eClass().getEAllContainments()) {
      if (!Features.merged(r)) {
        continue;
      }
      List<EObject> children = Features.contents(n.object, r);
      for (int i = 0; i < children.size(); i++) {
        EObject c = children.get(i);
        String id = idOf(c);
        boolean opaque = id == null || !Features.known(c);
        String key = id != null ? id : n.key + "/" + r.getName() + "[" + i + "]";
        add(new Node(key, c, n.key, r, opaque));
      }
    }
  }

  /** The value of {@code feature} of {@code node}, comparable across versions (ids for objects). */
  Object value(Node node, EStructuralFeature feature) {
    if (feature instanceof EAttribute a) {
      if (!node.object.eIsSet(a)) {
        return a.isMany() ? List.of() : null;
      }
      Object v = node.object.eGet(a);
      return a.isMany() ? List.copyOf((List<?>) v) : v;
    }
    EReference r = (EReference) feature;
    if (r.isContainment()) {
      List<String> out = new ArrayList<>();
      for (EObject c : Features.contents(node.object, r)) {
        out.add(keys.get(c));
      }
      return out;
    }
    if (r.isMany()) {
      List<String> out = new ArrayList<>();
      for (Object o : (List<?>) node.object.eGet(r, false)) {
        out.add(refKey((EObject) o));
      }
      return Collections.unmodifiableList(out);
    }
    Object o = node.object.eGet(r, false);
    return o == null ? null : refKey((EObject) o);
  }

  private String refKey(EObject target) {
    String k = keys.get(target);
    if (k != null) {
      return k;
    }
    String id = idOf(target);
    return id != null ? id : EcoreUtil.getURI(target).toString();
  }

  /** True when the object is the same in both versions, features and (for opaque objects) everything inside. */
  static boolean sameOpaque(EObject a, EObject b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null || !a.eClass().getName().equals(b.eClass().getName())
        || !Objects.equals(a.eClass().getEPackage().getNsURI(), b.eClass().getEPackage().getNsURI())) {
      return false;
    }
    // content of an unknown package is read into classes made for each file: compare by names, not by identity
    for (EStructuralFeature f : a.eClass().getEAllStructuralFeatures()) {
      if (f.isDerived() || f.isTransient() || f instanceof EReference r && r.isContainer()) {
        continue;
      }
      EStructuralFeature g = b.eClass().getEStructuralFeature(f.getName());
      if (g == null) {
        if (a.eIsSet(f)) {
          return false;
        }
        continue;
      }
      if (f instanceof EReference r && !r.isContainment()) {
        if (!Objects.equals(refIds(a.eGet(f, false)), refIds(b.eGet(g, false)))) {
          return false; // a reference is compared by the id it points to (references may form cycles)
        }
        continue;
      }
      if (a.eIsSet(f) != b.eIsSet(g) || !sameValue(a.eGet(f, false), b.eGet(g, false))) {
        return false;
      }
    }
    for (EStructuralFeature g : b.eClass().getEAllStructuralFeatures()) {
      if (a.eClass().getEStructuralFeature(g.getName()) == null && !g.isDerived() && b.eIsSet(g)) {
        return false;
      }
    }
    return true;
  }

  private static Object refIds(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(refIds(x)));
      return out;
    }
    return v instanceof EObject o ? Objects.requireNonNullElse(idOf(o), EcoreUtil.getURI(o).fragment()) : v;
  }

  private static boolean sameValue(Object x, Object y) {
    if (x instanceof FeatureMap.Entry e && y instanceof FeatureMap.Entry f) {
      return e.getEStructuralFeature().getName().equals(f.getEStructuralFeature().getName())
          && sameValue(e.getValue(), f.getValue());
    }
    if (x instanceof List<?> l && y instanceof List<?> m) {
      if (l.size() != m.size()) {
        return false;
      }
      for (int i = 0; i < l.size(); i++) {
        if (!sameValue(l.get(i), m.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof EObject a && y instanceof EObject b) {
      return sameOpaque(a, b);
    }
    return Objects.equals(x, y);
  }

  /** The object's id: its id attribute, or for content of an unknown package its {@code id} attribute. */
  static String idOf(EObject o) {
    EAttribute idAttr = o.eClass().getEIDAttribute();
    if (idAttr != null) {
      Object v = o.eGet(idAttr);
      return v == null ? null : v.toString();
    }
    EStructuralFeature named = o.eClass().getEStructuralFeature("id");
    if (named instanceof EAttribute && !named.isMany()) {
      Object v = o.eGet(named);
      if (v != null) {
        return v.toString();
      }
    }
    if (o instanceof AnyType any) {
      for (FeatureMap.Entry e : any.getAnyAttribute()) {
        if ("id".equals(e.getEStructuralFeature().getName()) && e.getValue() != null) {
          return e.getValue().toString();
        }
      }
    }
    return null;
  }

  static boolean sameClass(Node a, Node b) {
    EClass x = a.object.eClass();
    EClass y = b.object.eClass();
    return x == y || Objects.equals(EcoreUtil.getURI(x), EcoreUtil.getURI(y))
        || x.getName().equals(y.getName()) && Objects.equals(x.getEPackage().getNsURI(), y.getEPackage().getNsURI());
  }
}
