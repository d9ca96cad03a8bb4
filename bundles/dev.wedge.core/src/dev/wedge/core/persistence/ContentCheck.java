package dev.wedge.core.persistence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * What a loaded model must not hold, checked over every object once it is read (by either loader):
 * <ul>
 * <li>a reference into another file or to an address ({@code primaryMetric="http://…#m"},
 * {@code goal="other.wedge#g"}): a .wedge file refers only to its own objects, and Wedge never opens what such a
 * reference names;</li>
 * <li>a number that is not finite ({@code NaN}, {@code Infinity}): calculations need finite input.</li>
 * </ul>
 * Each is a fatal problem naming the object, its field and the value.
 */
final class ContentCheck {

  /** Problems of one kind beyond this many are counted, not listed. */
  private static final int MAX_LISTED = 20;

  private ContentCheck() {
  }

  static List<LoadProblem> check(Resource resource) {
    List<LoadProblem> out = new ArrayList<>();
    for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext() && out.size() < MAX_LISTED;) {
      EObject o = it.next();
      for (EReference ref : o.eClass().getEAllReferences()) {
        if (ref.isContainment() || ref.isContainer() || ref.isTransient() || ref.isDerived() || !o.eIsSet(ref)) {
          continue;
        }
        Object value = o.eGet(ref, false);
        if (value instanceof InternalEObject target) {
          proxy(o, ref, target, out);
        } else if (value instanceof InternalEList<?> targets) {
          for (Object t : targets.basicList()) { // basicList: iterating must not resolve what it checks
            if (t instanceof InternalEObject target) {
              proxy(o, ref, target, out);
            }
          }
        }
      }
      for (EAttribute a : o.eClass().getEAllAttributes()) {
        if (!o.eIsSet(a) || a.isDerived() || a.isTransient()) {
          continue;
        }
        Class<?> c = a.getEAttributeType().getInstanceClass();
        if (c != double.class && c != Double.class && c != float.class && c != Float.class) {
          continue;
        }
        Object v = o.eGet(a);
        if (v instanceof Iterable<?> values) {
          for (Object x : values) {
            nonFinite(o, a, x, out);
          }
        } else {
          nonFinite(o, a, v, out);
        }
      }
    }
    return out;
  }

  private static void proxy(EObject owner, EReference ref, InternalEObject target, List<LoadProblem> out) {
    if (target.eIsProxy()) {
      String uri = target.eProxyURI() == null ? "?" : shorten(target.eProxyURI().toString());
      out.add(LoadProblem.fatal(-1, "'" + ref.getName() + "' of " + LoadProblems.label(owner) + " refers to '" + uri
          + "', outside this file; a .wedge file may only refer to its own objects, and Wedge does not open other"
          + " files or addresses. Replace it with the id of an object in this file"));
    }
  }

  private static void nonFinite(EObject owner, EAttribute a, Object v, List<LoadProblem> out) {
    double d = v instanceof Number n ? n.doubleValue() : 0;
    if (!Double.isFinite(d)) {
      out.add(LoadProblem.fatal(-1, "'" + a.getName() + "' of " + LoadProblems.label(owner) + " is "
          + word(d) + ", not a finite number; Wedge calculates only with finite numbers. Correct the"
          + " value in the file"));
    }
  }

  static String word(double d) {
    return Double.isNaN(d) ? "NaN (not a number)" : d > 0 ? "infinite" : "minus infinity";
  }

  private static String shorten(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "…";
  }
}
