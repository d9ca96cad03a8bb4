package dev.wedge.core.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

import dev.wedge.model.Identified;
import dev.wedge.model.Named;
import dev.wedge.model.resource.WedgeResource;

/** Sorts what EMF reports while loading into fatal and recoverable problems, each as one sentence. */
final class LoadProblems {

  private static final java.util.regex.Pattern LOCATION = java.util.regex.Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$");

  private LoadProblems() {
  }

  static List<LoadProblem> classify(Resource resource, Map<Object, Object> options) {
    List<LoadProblem> problems = new ArrayList<>();
    for (Resource.Diagnostic d : resource.getErrors()) {
      problems.add(LoadProblem.fatal(d.getLine(), describe(d)));
    }
    for (Resource.Diagnostic d : resource.getWarnings()) {
      problems.add(LoadProblem.recoverable(d.getLine(), describe(d)));
    }
    if (!problems.isEmpty() && problems.stream().anyMatch(LoadProblem::fatal)) {
      return problems;
    }
    Set<String> pluginNamespaces = new LinkedHashSet<>();
    if (options.get(XMLResource.OPTION_EXTENDED_META_DATA) instanceof ExtendedMetaData emd) {
      for (EPackage demanded : emd.demandedPackages()) {
        if (demanded.getNsURI() != null && !demanded.getNsURI().isEmpty()) {
          pluginNamespaces.add(demanded.getNsURI());
        }
      }
    }
    if (resource instanceof XMLResource xml) {
      for (Map.Entry<EObject, AnyType> e : xml.getEObjectToExtensionMap().entrySet()) {
        Set<String> unknown = new LinkedHashSet<>();
        collectNames(e.getValue().getAnyAttribute(), unknown, pluginNamespaces, false);
        collectNames(e.getValue().getMixed(), unknown, pluginNamespaces, true);
        if (!unknown.isEmpty()) {
          problems.add(LoadProblem.recoverable(-1, "unknown field" + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown) + " on " + label(e.getKey())
              + " kept as it is and written back on save"));
        }
      }
    }
    for (String ns : pluginNamespaces) {
      problems.add(LoadProblem.recoverable(-1, "content of a plug-in that is not installed (namespace " + ns
          + ") kept as it is and written back on save"));
    }
    problems.addAll(duplicateIds(resource));
    return problems;
  }

  private static void collectNames(FeatureMap map, Set<String> names, Set<String> pluginNamespaces,
      boolean elements) {
    for (FeatureMap.Entry entry : map) {
      EStructuralFeature f = entry.getEStructuralFeature();
      if (entry.getValue() instanceof EObject o && pluginNamespaces.contains(o.eClass().getEPackage().getNsURI())) {
        continue; // reported once per namespace
      }
      if (elements && (f.getEContainingClass() == null || isMixedText(f))) {
        continue;
      }
      names.add("'" + f.getName() + "'");
    }
  }

  private static boolean isMixedText(EStructuralFeature f) {
    return f instanceof EAttribute && f.getEType() instanceof EDataType && "text".equals(f.getName())
        || f.getName().equals("comment") || f.getName().equals("processingInstruction") || f.getName().equals("cDATA");
  }

  private static List<LoadProblem> duplicateIds(Resource resource) {
    List<LoadProblem> out = new ArrayList<>();
    if (resource instanceof WedgeResource wedge) {
      for (String id : wedge.getDuplicateIds()) {
        out.add(LoadProblem.fatal(-1, "two or more objects have the same id '" + id
            + "', so references to it are ambiguous"));
      }
    }
    return out;
  }

  static LoadProblem fromException(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause
        && !(cause instanceof org.xml.sax.SAXParseException)) {
      cause = cause.getCause();
    }
    if (cause instanceof org.xml.sax.SAXParseException sax) {
      return LoadProblem.fatal(sax.getLineNumber(), notWellFormed(sax));
    }
    return LoadProblem.fatal(-1, "it cannot be read (" + Words.of(e) + ")");
  }

  private static String describe(Resource.Diagnostic d) {
    if (d instanceof PackageNotFoundException p) {
      return "it uses the namespace " + p.uri() + ", which neither Wedge nor an installed plug-in provides";
    }
    if (d instanceof ClassNotFoundException c) {
      return "unknown type '" + c.getName() + "'";
    }
    if (d instanceof UnresolvedReferenceException u) {
      String where = u.getObject() == null ? "" : " (" + feature(u.getFeature()) + " of " + label(u.getObject()) + ")";
      return "a reference points to '" + u.getReference() + "', which is not in the file" + where;
    }
    if (d instanceof IllegalValueException v) {
      if (v.getValue() instanceof EObject target) {
        String expected = v.getFeature() == null ? "another kind of object"
            : "a " + v.getFeature().getEType().getName();
        return feature(v.getFeature()) + " of " + label(v.getObject()) + " refers to " + label(target)
            + ", but it must refer to " + expected;
      }
      return "'" + shorten(String.valueOf(v.getValue())) + "' is not a valid " + expected(v.getFeature()) + " for "
          + feature(v.getFeature()) + " of " + label(v.getObject());
    }
    if (d instanceof FeatureNotFoundException f) {
      return "unknown field '" + f.getName() + "' on " + label(f.getObject());
    }
    if (d instanceof Exception ex && ex.getCause() instanceof org.xml.sax.SAXParseException sax) {
      return notWellFormed(sax);
    }
    if (d instanceof org.eclipse.emf.ecore.xmi.XMIException x && x.getCause() == null) {
      // its own message, without the "(location, line, column)" EMF appends: the line is reported separately
      return Words.clean(LOCATION.matcher(FormatProbe.firstLine(x.getMessage())).replaceAll(""));
    }
    if (d instanceof Throwable t) {
      return Words.of(t);
    }
    return Words.clean(FormatProbe.firstLine(d.getMessage()));
  }

  static String notWellFormed(org.xml.sax.SAXParseException sax) {
    String words = Words.of(sax);
    if (words.contains("has a depth of")) {
      return "its elements are nested more than " + String.format(java.util.Locale.ROOT, "%,d",
          dev.wedge.model.resource.XmlLimits.MAX_DEPTH) + " levels deep, more than a .wedge file ever is";
    }
    return words.startsWith("it is not UTF-8") ? words : "it is not a well-formed XML file (" + words + ")";
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private static String expected(EStructuralFeature feature) {
    if (feature == null) {
      return "value";
    }
    if (feature.getEType() instanceof EEnum e) {
      List<String> literals = e.getELiterals().stream().map(l -> l.getLiteral()).toList();
      return "value (one of " + String.join(", ", literals) + ")";
    }
    Class<?> c = feature.getEType().getInstanceClass();
    if (c == int.class || c == Integer.class) {
      return "whole number";
    }
    if (c == double.class || c == Double.class) {
      return "number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true/false value";
    }
    if (c == java.time.LocalDate.class) {
      return "date (yyyy-MM-dd)";
    }
    return "value";
  }

  private static String feature(EStructuralFeature f) {
    return f == null ? "a field" : "'" + f.getName() + "'";
  }

  static String label(EObject o) {
    if (o == null) {
      return "an object";
    }
    String type = o.eClass().getName();
    if (o instanceof Named n && n.getName() != null && !n.getName().isBlank()) {
      return type + " '" + n.getName() + "'";
    }
    if (o instanceof Identified i && i.getId() != null) {
      return type + " " + i.getId();
    }
    return type;
  }
}
