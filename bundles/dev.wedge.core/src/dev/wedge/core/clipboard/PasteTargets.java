package dev.wedge.core.clipboard;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where pasted objects go: the selected object, or the nearest object holding it, that has a place for each. */
public final class PasteTargets {

  /** An owner and the feature the objects go into (null: each into the feature of its kind), at {@code index}. */
  public record Placement(EObject owner, EStructuralFeature feature, int index) {
  }

  private PasteTargets() {
  }

  /** The containment feature of {@code owner} that takes {@code object}, or null. */
  public static EReference featureFor(EObject owner, EObject object) {
    for (EReference r : owner.eClass().getEAllContainments()) {
      if (r.isChangeable() && !r.isDerived() && r.getEReferenceType().isInstance(object)
          && (r.isMany() || !owner.eIsSet(r))) {
        return r;
      }
    }
    return null;
  }

  /**
   * The placement for {@code objects} at {@code selected} (an object of the model, or the model itself), or null
   * when neither it nor anything holding it takes them all. {@code preferred} is a feature of the model the
   * selection stands for (a part of the Models view), or null.
   */
  public static Placement place(EObject selected, EStructuralFeature preferred, Collection<? extends EObject> objects) {
    for (EObject owner = selected; owner != null; owner = owner.eContainer()) {
      EStructuralFeature common = null;
      boolean fits = true;
      boolean first = true;
      for (EObject o : objects) {
        EReference f = preferred != null && owner == selected && preferred instanceof EReference r
            && r.getEReferenceType().isInstance(o) ? r : featureFor(owner, o);
        if (f == null) {
          fits = false;
          break;
        }
        common = first || common == f ? f : null;
        first = false;
      }
      if (fits && !objects.isEmpty()) {
        return new Placement(owner, common, indexAfter(owner, common, selected));
      }
    }
    return null;
  }

  /** Just after {@code selected} when it is in the owner's list the objects go into; else at the end. */
  static int indexAfter(EObject owner, EStructuralFeature feature, EObject selected) {
    if (feature != null && feature.isMany() && selected != owner && selected.eContainer() == owner
        && selected.eContainingFeature() == feature) {
      return ((List<?>) owner.eGet(feature)).indexOf(selected) + 1;
    }
    return org.eclipse.emf.edit.command.CommandParameter.NO_INDEX;
  }
}
