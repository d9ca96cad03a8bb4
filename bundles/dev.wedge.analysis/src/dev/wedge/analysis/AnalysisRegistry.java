package dev.wedge.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** The analyses contributed to {@code dev.wedge.analyses} (or given by a test or a benchmark). */
public final class AnalysisRegistry {

  public static final String EXTENSION_POINT = "dev.wedge.analyses";

  private final List<AnalysisDescriptor> analyses;

  private AnalysisRegistry(List<AnalysisDescriptor> analyses) {
    this.analyses = List.copyOf(analyses);
  }

  public static AnalysisRegistry of(List<AnalysisDescriptor> analyses) {
    return new AnalysisRegistry(analyses);
  }

  /** Every analysis installed; a malformed contribution is logged and left out, naming its plug-in. */
  public static AnalysisRegistry installed() {
    Map<String, AnalysisDescriptor> byId = new LinkedHashMap<>();
    if (Platform.getExtensionRegistry() != null) {
      for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
        if (!"analysis".equals(e.getName())) {
          continue;
        }
        String plugin = e.getContributor().getName();
        String id = e.getAttribute("id");
        try {
          Severity severity = e.getAttribute("severity") == null ? Severity.WARNING
              : Severity.ofWord(e.getAttribute("severity"));
          boolean enabled = e.getAttribute("enabledByDefault") == null
              || Boolean.parseBoolean(e.getAttribute("enabledByDefault"));
          if (id == null || byId.containsKey(id)) {
            throw new IllegalArgumentException(id == null ? "no id" : "the id " + id + " is used twice");
          }
          byId.put(id, new AnalysisDescriptor(id, orElse(e.getAttribute("name"), id),
              orElse(e.getAttribute("category"), "Other"), orElse(e.getAttribute("description"), ""), severity,
              enabled, plugin, () -> create(e)));
        } catch (IllegalArgumentException bad) {
          Platform.getLog(AnalysisRegistry.class).error("The analysis '" + id + "' of plug-in " + plugin
              + " is left out: " + bad.getMessage());
        }
      }
    }
    List<AnalysisDescriptor> list = new ArrayList<>(byId.values());
    list.sort(Comparator.comparing(AnalysisDescriptor::category).thenComparing(AnalysisDescriptor::name));
    return new AnalysisRegistry(list);
  }

  private static Analysis create(IConfigurationElement e) {
    try {
      return (Analysis) e.createExecutableExtension("class");
    } catch (CoreException | ClassCastException ex) {
      throw new IllegalStateException("cannot create " + e.getAttribute("class") + ": " + ex.getMessage(), ex);
    }
  }

  private static String orElse(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }

  public List<AnalysisDescriptor> all() {
    return analyses;
  }

  public Optional<AnalysisDescriptor> find(String id) {
    return analyses.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
