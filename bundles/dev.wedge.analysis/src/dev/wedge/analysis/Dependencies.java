package dev.wedge.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What an analysis reads. After an edit, an analysis runs again only when the edit concerns one of these: a change
 * of an object of one of the classes (or anything inside such an object, for {@link #within}), a change of one of
 * the features on any object, or objects of one of the classes added or removed. Otherwise its findings stand.
 */
public final class Dependencies {

  /** Reads anything: runs again after every change. */
  public static final Dependencies EVERYTHING = new Dependencies(Set.of(), Set.of(), Set.of(), true);

  private final Set<EClass> classes;
  private final Set<EClass> within;
  private final Set<EStructuralFeature> features;
  private final boolean everything;

  private Dependencies(Set<EClass> classes, Set<EClass> within, Set<EStructuralFeature> features,
      boolean everything) {
    this.classes = classes;
    this.within = within;
    this.features = features;
    this.everything = everything;
  }

  /** Depends on the features of objects of these classes (and their subclasses). */
  public static Dependencies on(EClass... classes) {
    return new Dependencies(Set.of(classes), Set.of(), Set.of(), false);
  }

  /** Depends on objects of these classes and everything they contain. */
  public static Dependencies within(EClass... classes) {
    return new Dependencies(Set.of(), Set.of(classes), Set.of(), false);
  }

  /** Also depends on objects of these classes. */
  public Dependencies andOn(EClass... more) {
    Set<EClass> c = new HashSet<>(classes);
    c.addAll(List.of(more));
    return new Dependencies(Set.copyOf(c), within, features, everything);
  }

  /** Also depends on these features, whichever object they change on. */
  public Dependencies and(EStructuralFeature... more) {
    Set<EStructuralFeature> f = new HashSet<>(features);
    f.addAll(List.of(more));
    return new Dependencies(classes, within, Set.copyOf(f), everything);
  }

  public boolean isEverything() {
    return everything;
  }

  /** Whether a change of {@code feature} on {@code notifier} (adding or removing {@code values}) concerns it. */
  public boolean concerns(EObject notifier, EStructuralFeature feature, List<?> values) {
    if (everything || (feature != null && features.contains(feature))) {
      return true;
    }
    for (EClass c : classes) {
      if (c.isSuperTypeOf(notifier.eClass()) || addsOrRemoves(c, feature, values, false)) {
        return true;
      }
    }
    for (EClass c : within) {
      for (EObject o = notifier; o != null; o = o.eContainer()) {
        if (c.isSuperTypeOf(o.eClass())) {
          return true;
        }
      }
      if (addsOrRemoves(c, feature, values, true)) {
        return true;
      }
    }
    return false;
  }

  private static boolean addsOrRemoves(EClass c, EStructuralFeature feature, List<?> values, boolean deep) {
    if (!(feature instanceof EReference ref) || !ref.isContainment()) {
      return false;
    }
    for (Object v : values) {
      if (v instanceof EObject o) {
        if (c.isSuperTypeOf(o.eClass())) {
          return true;
        }
        if (deep) {
          for (var it = o.eAllContents(); it.hasNext();) {
            if (c.isSuperTypeOf(it.next().eClass())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
