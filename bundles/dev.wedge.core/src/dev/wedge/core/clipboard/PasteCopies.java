package dev.wedge.core.clipboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.Identified;
import dev.wedge.model.Ids;
import dev.wedge.model.StrategyModel;

/**
 * The objects a paste adds to a model, made from what was copied: fresh copies with new ids (everything they
 * contain too), their references among themselves pointing to each other's copies, and each reference to an object
 * outside them kept where that object is in the target model, pointed to the target's object of the same id and kind
 * when it is another model, and otherwise dropped and listed, never kept silently pointing into another file.
 */
public final class PasteCopies {

  /** A reference of a pasted object that was dropped: the target model has no object it could point to. */
  public record Dropped(String holder, String feature, String target) {
    /** "business metric 'Time to productivity' (the metric of metric link of initiative 'Coach bot')". */
    public String sentence() {
      return target + " (the " + feature + " of " + holder + ")";
    }
  }

  /**
   * @param copies the top objects to add, in the order copied
   * @param kept references to objects of the target model (the same object, or the target's object of its id)
   * @param relinked how many of {@code kept} now point to an object of another model with the same id
   * @param dropped references that could not be kept
   */
  public record Prepared(List<EObject> copies, int kept, int relinked, List<Dropped> dropped) {
  }

  private PasteCopies() {
  }

  /** Copies {@code objects} for a paste into {@code target} (nothing of either is changed). */
  public static Prepared prepare(Collection<? extends EObject> objects, StrategyModel target) {
    EcoreUtil.Copier copier = new EcoreUtil.Copier(true, true);
    List<EObject> copies = new ArrayList<>(copier.copyAll(objects));
    copier.copyReferences();
    int kept = 0;
    int relinked = 0;
    List<Dropped> dropped = new ArrayList<>();
    for (Map.Entry<EObject, EObject> e : copier.entrySet()) {
      EObject original = e.getKey();
      EObject copy = e.getValue();
      for (EReference ref : copy.eClass().getEAllReferences()) {
        if (ref.isContainment() || ref.isContainer() || ref.isDerived() || !ref.isChangeable() || !copy.eIsSet(ref)) {
          continue;
        }
        List<EObject> values = values(copy, ref);
        List<EObject> resolved = new ArrayList<>();
        boolean changed = false;
        for (EObject v : values) {
          if (copier.containsValue(v)) {
            resolved.add(v); // one of the pasted objects
            continue;
          }
          EObject inTarget = inTarget(v, target, ref);
          if (inTarget == null) {
            dropped.add(new Dropped(ObjectWords.describeInContext(original), ObjectWords.words(ref),
                ObjectWords.describe(v)));
            changed = true;
          } else {
            resolved.add(inTarget);
            kept++;
            if (inTarget != v) {
              relinked++;
              changed = true;
            }
          }
        }
        if (changed) {
          set(copy, ref, resolved);
        }
      }
    }
    for (EObject copy : copier.values()) {
      if (copy instanceof Identified identified) {
        identified.setId(Ids.newId());
      }
    }
    return new Prepared(copies, kept, relinked, dropped);
  }

  /** {@code v} itself if it is in {@code target}, else the target's object of its id and kind, else null. */
  private static EObject inTarget(EObject v, StrategyModel target, EReference ref) {
    if (EcoreUtil.getRootContainer(v) == target) {
      return v;
    }
    String id = EcoreUtil.getID(v);
    if (id == null) {
      return null;
    }
    EObject found = target.eResource() != null ? target.eResource().getEObject(id) : byId(target, id);
    if (found == null || found.eClass() != v.eClass() || !ref.getEReferenceType().isInstance(found)
        || EcoreUtil.getRootContainer(found) != target) {
      return null;
    }
    return found;
  }

  private static EObject byId(StrategyModel target, String id) {
    for (var it = target.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (id.equals(EcoreUtil.getID(o))) {
        return o;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<EObject> values(EObject o, EReference ref) {
    Object v = o.eGet(ref, false);
    if (ref.isMany()) {
      return new ArrayList<>((List<EObject>) v);
    }
    return v == null ? List.of() : List.of((EObject) v);
  }

  @SuppressWarnings("unchecked")
  private static void set(EObject o, EReference ref, List<EObject> values) {
    if (ref.isMany()) {
      EList<EObject> list = (EList<EObject>) o.eGet(ref, false);
      list.clear();
      list.addAll(values);
    } else if (values.isEmpty()) {
      o.eUnset(ref);
    } else {
      o.eSet(ref, values.get(0));
    }
  }
}
