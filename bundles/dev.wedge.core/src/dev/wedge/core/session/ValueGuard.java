package dev.wedge.core.session;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.wedge.core.persistence.TextValues;
import dev.wedge.model.Identified;
import dev.wedge.model.Named;

/**
 * The rule every edit passes, whatever the field: a number is finite (not NaN, not infinite: calculations need finite
 * input, and a file with one would be refused on opening), and a text holds only characters a .wedge file can carry.
 * Generic, by the type of each attribute, so it holds for Wedge's fields and plug-ins' alike, and for objects added
 * with all their contents (a paste, an import). The rules of particular fields (pilots, criteria, costs) are guards of
 * their own.
 */
public final class ValueGuard implements EditGuard {

  public static final ValueGuard INSTANCE = new ValueGuard();

  private ValueGuard() {
  }

  @Override
  public String refusal(ModelSession session, Command command) {
    for (Changes.Change c : Changes.of(command)) {
      if (c.deletes() || c.feature() == null) {
        continue;
      }
      String why = check(c.owner(), c.feature(), c.value());
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /** Null when {@code value} may be put in {@code feature} of {@code owner}, else why not. */
  public static String check(EObject owner, EStructuralFeature feature, Object value) {
    if (feature instanceof EAttribute a) {
      for (Object v : values(value)) {
        String why = attribute(owner, a, v);
        if (why != null) {
          return why;
        }
      }
    } else if (feature instanceof EReference r && r.isContainment()) {
      for (Object v : values(value)) {
        if (v instanceof EObject added) {
          String why = contents(added);
          if (why != null) {
            return why;
          }
        }
      }
    }
    return null;
  }

  private static String contents(EObject root) {
    String why = allAttributes(root);
    for (TreeIterator<EObject> it = root.eAllContents(); why == null && it.hasNext();) {
      why = allAttributes(it.next());
    }
    return why;
  }

  private static String allAttributes(EObject o) {
    for (EAttribute a : o.eClass().getEAllAttributes()) {
      if (!a.isDerived() && !a.isTransient() && o.eIsSet(a)) {
        for (Object v : values(o.eGet(a))) {
          String why = attribute(o, a, v);
          if (why != null) {
            return why;
          }
        }
      }
    }
    return null;
  }

  private static String attribute(EObject owner, EAttribute a, Object v) {
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        return "'" + a.getName() + "'" + of(owner) + " must be a finite number, and " + (Double.isNaN(d)
            ? "NaN (not a number)" : d > 0 ? "infinity" : "minus infinity") + " is not one; enter a number";
      }
    } else if (v instanceof String text) {
      int bad = TextValues.firstUnwritable(text);
      if (bad >= 0) {
        return "'" + a.getName() + "'" + of(owner) + " cannot hold " + TextValues.describe(text.charAt(bad))
            + ": a .wedge file could not keep it; remove it from the text";
      }
    }
    return null;
  }

  private static String of(EObject owner) {
    if (owner == null) {
      return "";
    }
    String type = owner.eClass().getName();
    if (owner instanceof Named n && n.getName() != null && !n.getName().isBlank()) {
      return " of " + type + " '" + n.getName() + "'";
    }
    return owner instanceof Identified i && i.getId() != null ? " of " + type + " " + i.getId() : " of a new " + type;
  }

  private static Collection<?> values(Object value) {
    return value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
  }
}
