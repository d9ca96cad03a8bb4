package dev.wedge.core.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

import dev.wedge.model.Identified;
import dev.wedge.model.resource.XmlLimits;

/**
 * What must hold before a model is written, so that the file loads back the same: every reference points into the
 * same file, ids are unique, texts hold only characters XML 1.0 can carry, numbers are finite, and nesting stays
 * within what the loader reads ({@link XmlLimits}).
 */
final class IntegrityCheck {

  private IntegrityCheck() {
  }

  /** Null when the resource may be saved, else the problem in one sentence. */
  static String check(Resource resource) {
    Map<String, EObject> ids = new HashMap<>();
    for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
      EObject o = it.next();
      String unwritable = values(o);
      if (unwritable != null) {
        return unwritable;
      }
      if (o instanceof Identified i && i.getId() != null) {
        EObject other = ids.putIfAbsent(i.getId(), o);
        if (other != null) {
          return "two objects have the same id '" + i.getId() + "' (" + LoadProblems.label(other) + " and "
              + LoadProblems.label(o) + ")";
        }
      }
      for (EReference ref : o.eClass().getEAllReferences()) {
        if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient() || !o.eIsSet(ref)) {
          continue;
        }
        Object value = o.eGet(ref, false);
        if (value instanceof EObject target) {
          if (!inResource(target, resource)) {
            return dangling(o, ref, target);
          }
        } else if (value instanceof Iterable<?> targets) {
          for (Object t : targets) {
            if (t instanceof EObject target && !inResource(target, resource)) {
              return dangling(o, ref, target);
            }
          }
        }
      }
    }
    return null;
  }

  /** Texts a file cannot hold, numbers that are not finite, nesting deeper than the loader reads. */
  private static String values(EObject o) {
    for (EAttribute a : o.eClass().getEAllAttributes()) {
      if (a.isTransient() || a.isDerived() || !o.eIsSet(a)) {
        continue;
      }
      Class<?> c = a.getEAttributeType().getInstanceClass();
      Object v = o.eGet(a);
      for (Object x : v instanceof java.util.Collection<?> many ? many : java.util.List.of(v)) {
        if (x instanceof String text) {
          int bad = TextValues.firstUnwritable(text);
          if (bad >= 0) {
            return "'" + a.getName() + "' of " + LoadProblems.label(o) + " contains " + TextValues.describe(text.charAt(bad))
                + ", which a .wedge file (XML) cannot hold; remove it";
          }
        } else if ((c == double.class || c == Double.class || c == float.class || c == Float.class)
            && x instanceof Number n && !Double.isFinite(n.doubleValue())) {
          return "'" + a.getName() + "' of " + LoadProblems.label(o) + " is " + ContentCheck.word(n.doubleValue())
              + ", not a finite number";
        }
      }
    }
    int depth = 0;
    for (EObject x = o; x != null; x = x.eContainer()) {
      depth++;
    }
    if (depth > XmlLimits.MAX_DEPTH - 2) {
      return LoadProblems.label(o) + " is nested " + depth + " levels deep, more than a .wedge file can hold ("
          + (XmlLimits.MAX_DEPTH - 2) + ")";
    }
    return null;
  }

  private static boolean inResource(EObject target, Resource resource) {
    return target.eIsProxy() || target.eResource() == resource;
  }

  private static String dangling(EObject owner, EReference ref, EObject target) {
    return "'" + ref.getName() + "' of " + LoadProblems.label(owner) + " points to " + LoadProblems.label(target)
        + ", which is no longer in the model";
  }
}
