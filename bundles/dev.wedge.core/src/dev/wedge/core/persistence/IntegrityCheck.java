package dev.wedge.core.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

import dev.wedge.model.Identified;

/**
 * What must hold before a model is written: every reference points into the same file, and ids are unique
 * (otherwise the saved file would not load back the same).
 */
final class IntegrityCheck {

  private IntegrityCheck() {
  }

  /** Null when the resource may be saved, else the problem in one sentence. */
  static String check(Resource resource) {
    Map<String, EObject> ids = new HashMap<>();
    for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
      EObject o = it.next();
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

  private static boolean inResource(EObject target, Resource resource) {
    return target.eIsProxy() || target.eResource() == resource;
  }

  private static String dangling(EObject owner, EReference ref, EObject target) {
    return "'" + ref.getName() + "' of " + LoadProblems.label(owner) + " points to " + LoadProblems.label(target)
        + ", which is no longer in the model";
  }
}
