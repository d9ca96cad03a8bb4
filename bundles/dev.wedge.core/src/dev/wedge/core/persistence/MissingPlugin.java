package dev.wedge.core.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import dev.wedge.core.text.Localized;
import dev.wedge.model.WedgePackage;

/**
 * Data in a model that belongs to a plug-in that is not installed: one namespace, and how many of its objects and
 * fields the file holds. The data is kept and written back on save, but nothing reads it, so every place that uses
 * the model says so ({@code wedge analyze} and {@code wedge evidence} on stderr and in their JSON, the workbench in
 * the Findings view until dismissed), and {@code --fail-on missing-plugin} turns it into a failed check.
 *
 * @param namespace the namespace URI of the plug-in's package
 * @param objects   objects of that namespace in the file
 * @param fields    fields of that namespace on Wedge's objects
 */
public record MissingPlugin(String namespace, int objects, int fields) {

  /** The word {@code --fail-on} takes. */
  public static final String FAIL_ON = "missing-plugin";

  /** One sentence: what is missing, what happens to the data, what to do. */
  public String message() {
    // in the language of the workbench that shows it (the command line's, too)
    Localized t = Localized.of(MissingPlugin.class, Localized.workbench());
    StringBuilder what = new StringBuilder();
    if (objects > 0) {
      what.append(t.get(objects == 1 ? "missing.object" : "missing.objects", objects));
    }
    if (fields > 0) {
      what.append(what.length() > 0 ? t.get("missing.and") : "").append(t.get(fields == 1 ? "missing.field"
          : "missing.fields", fields));
    }
    return t.get("missing.plugin", namespace, what);
  }

  /** The plug-in namespaces of {@code resource} that no installed package provides, in the order found. */
  public static List<MissingPlugin> in(Resource resource) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
      EObject o = it.next();
      String ns = o.eClass().getEPackage() == null ? null : o.eClass().getEPackage().getNsURI();
      if (missing(ns) && !(o instanceof AnyType && o.eClass() == XMLTypePackage.Literals.ANY_TYPE)) {
        counts.computeIfAbsent(ns, k -> new int[2])[0]++;
        it.prune(); // its contents belong to the same plug-in
      }
    }
    if (resource instanceof XMLResource xml) {
      for (AnyType extension : xml.getEObjectToExtensionMap().values()) {
        countFields(extension.getAnyAttribute(), counts);
        countFields(extension.getMixed(), counts);
      }
    }
    List<MissingPlugin> out = new ArrayList<>();
    counts.forEach((ns, c) -> out.add(new MissingPlugin(ns, c[0], c[1])));
    return out;
  }

  /** As {@link #in(Resource)}, for a loaded model. */
  public static List<MissingPlugin> in(LoadedModel loaded) {
    return in(loaded.resource());
  }

  /** Whether {@code --fail-on word} fails on plug-in data nobody reads: {@code missing-plugin}, and the levels below errors. */
  public static boolean failsOn(String word) {
    return FAIL_ON.equals(word) || "warning".equals(word) || "advice".equals(word);
  }

  /** Says each on {@code err} ("wedge analyze: note: This model holds data of a plug-in ..."). */
  public static void printNotes(String command, List<MissingPlugin> missing, java.io.PrintStream err) {
    for (MissingPlugin m : missing) {
      err.println("wedge " + command + ": note: " + m.message());
    }
  }

  /** Writes the field {@code "missingPlugins"}: each namespace with its counts and the sentence. */
  public static void writeJson(com.fasterxml.jackson.core.JsonGenerator g, List<MissingPlugin> missing)
      throws java.io.IOException {
    g.writeArrayFieldStart("missingPlugins");
    for (MissingPlugin m : missing) {
      g.writeStartObject();
      g.writeStringField("namespace", m.namespace());
      g.writeNumberField("objects", m.objects());
      g.writeNumberField("fields", m.fields());
      g.writeStringField("message", m.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void countFields(FeatureMap map, Map<String, int[]> counts) {
    for (FeatureMap.Entry e : map) {
      EStructuralFeature f = e.getEStructuralFeature();
      String ns = ExtendedMetaData.INSTANCE.getNamespace(f);
      if (missing(ns)) {
        counts.computeIfAbsent(ns, k -> new int[2])[1]++;
      } else if (e.getValue() instanceof EObject o && o.eClass().getEPackage() != null
          && missing(o.eClass().getEPackage().getNsURI())) {
        counts.computeIfAbsent(o.eClass().getEPackage().getNsURI(), k -> new int[2])[0]++;
      }
    }
  }

  private static boolean missing(String ns) {
    if (ns == null || ns.isEmpty() || ns.equals(WedgePackage.eNS_URI) || ns.equals(XMLTypePackage.eNS_URI)
        || ns.equals(ExtendedMetaData.XMLNS_URI) || ns.equals(XMLResource.XML_SCHEMA_URI)
        || ns.equals("http://www.omg.org/XMI") || ns.equals("http://www.w3.org/XML/1998/namespace")) {
      return false;
    }
    EPackage installed = EPackage.Registry.INSTANCE.getEPackage(ns);
    return installed == null;
  }
}
