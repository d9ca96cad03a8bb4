package dev.wedge.core.clipboard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.ENamedElement;

import dev.wedge.core.text.Plurals;
import dev.wedge.model.Named;

/** Model objects and their fields as a sentence names them: "business metric 'Time to productivity'". */
final class ObjectWords {

  private ObjectWords() {
  }

  /** "initiative 'Coach bot'", or the kind alone for an object without a name. */
  static String describe(EObject o) {
    String kind = words(o.eClass());
    if (o instanceof Named n && n.getName() != null && !n.getName().isBlank()) {
      return kind + " '" + n.getName() + "'";
    }
    return kind;
  }

  /** The object itself if it has a name, else the nearest named object holding it ("metric link of initiative 'X'"). */
  static String describeInContext(EObject o) {
    if (o instanceof Named) {
      return describe(o);
    }
    for (EObject c = o.eContainer(); c != null; c = c.eContainer()) {
      if (c instanceof Named && !(c instanceof dev.wedge.model.StrategyModel)) {
        return words(o.eClass()) + " of " + describe(c);
      }
    }
    return describe(o);
  }

  /** "BusinessMetric" as "business metric", "agreedBy" as "agreed by". */
  static String words(ENamedElement e) {
    String name = e.getName();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append(' ');
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static String plural(String noun) {
    return noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies"
        : noun.endsWith("s") ? noun + "es" : noun + "s";
  }

  /** "2 initiatives and 1 stakeholder". */
  static String count(Collection<? extends EObject> objects) {
    Map<EClass, Integer> byKind = new LinkedHashMap<>();
    for (EObject o : objects) {
      byKind.merge(o.eClass(), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    for (Map.Entry<EClass, Integer> e : byKind.entrySet()) {
      if (i > 0) {
        b.append(i == byKind.size() - 1 ? " and " : ", ");
      }
      String one = words(e.getKey());
      b.append(Plurals.count(e.getValue(), one, plural(one)));
      i++;
    }
    return b.toString();
  }
}
