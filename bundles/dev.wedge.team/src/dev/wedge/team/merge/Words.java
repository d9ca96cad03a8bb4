package dev.wedge.team.merge;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.Named;
import dev.wedge.model.SuccessCriterion;

/** Objects, fields and values in the method's words, for conflicts and differences. */
public final class Words {

  private static final int LABEL = 40;

  private Words() {
  }

  /** "Pilot 'Role-play coach'", "Success criterion 'Win rate at least 3 points…'". */
  public static String object(EObject o) {
    return kind(o) + label(o).map(l -> " '" + l + "'").orElse("");
  }

  /** The object's kind: "Pilot", "Success criterion". */
  public static String kind(EObject o) {
    if (o.eClass() == org.eclipse.emf.ecore.xml.type.XMLTypePackage.Literals.ANY_TYPE) {
      return "Plug-in object";
    }
    return sentence(o.eClass().getName());
  }

  static java.util.Optional<String> label(EObject o) {
    String text = null;
    if (o instanceof Named n && n.getName() != null && !n.getName().isBlank()) {
      text = n.getName();
    } else {
      for (String f : List.of("description", "name", "title", "date", "party")) {
        EStructuralFeature feature = o.eClass().getEStructuralFeature(f);
        if (feature instanceof EAttribute a && !a.isMany() && o.eGet(a) != null) {
          text = EcoreUtil.convertToString(a.getEAttributeType(), o.eGet(a));
          break;
        }
      }
      if (text == null) {
        text = Snapshot.idOf(o);
      }
    }
    return java.util.Optional.ofNullable(text).map(Words::shorten);
  }

  static String shorten(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    if (one.length() <= LABEL) {
      return one;
    }
    String cut = one.substring(0, LABEL - 1);
    int space = cut.lastIndexOf(' ');
    return (space > LABEL / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
  }

  /**
   * Where a conflict or difference is: the nearest named object ("Pilot 'Role-play coach'"), and for an object
   * inside it the field with the object ("threshold of 'Win rate…'").
   */
  static String[] place(EObject o, EStructuralFeature feature) {
    EObject named = o;
    while (named != null && !(named instanceof Named)) {
      named = named.eContainer();
    }
    if (named == null) {
      named = o;
    }
    String subject = object(named);
    if (named == o) {
      return new String[] { subject, feature == null ? null : feature(feature) };
    }
    String inner = o instanceof SuccessCriterion ? label(o).map(l -> "'" + l + "'").orElse("a criterion")
        : kind(o).toLowerCase(Locale.ROOT) + label(o).map(l -> " '" + l + "'").orElse("");
    return new String[] { subject, feature == null ? inner : feature(feature) + " of " + inner };
  }

  /** "primaryMetric" as "primary metric". */
  public static String feature(EStructuralFeature f) {
    return sentence(f.getName()).toLowerCase(Locale.ROOT);
  }

  static String sentence(String camel) {
    String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * A value as the user reads it, texts in full (a conflict keeps each side's whole text: it is shortened only in its
   * one-line message); object ids through {@code objects}.
   */
  static String value(EStructuralFeature f, Object v, Function<String, String> objects) {
    return value(f, v, objects, false);
  }

  /** As {@link #value(EStructuralFeature, Object, Function)}, texts in full unless {@code shorten}. */
  static String value(EStructuralFeature f, Object v, Function<String, String> objects, boolean shorten) {
    if (v == null) {
      return "not set";
    }
    if (v instanceof List<?> list) {
      if (list.isEmpty()) {
        return "none";
      }
      StringBuilder sb = new StringBuilder();
      for (Object x : list) {
        sb.append(sb.isEmpty() ? "" : ", ").append(value(f, x, objects, shorten));
      }
      return sb.toString();
    }
    if (f instanceof EAttribute a) {
      String s = EcoreUtil.convertToString(a.getEAttributeType(), v);
      return s == null ? "not set" : shorten ? shorten(s) : s.replace("\n", "\\n").replace("\r", "\\r");
    }
    return objects.apply(v.toString());
  }
}
