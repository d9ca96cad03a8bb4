package dev.wedge.core.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Which Wedge and which plug-ins produced an output: {@code wedge version}, the About dialog, the brief (its
 * metadata and its last line) and the JSON of {@code analyze}, {@code evidence} and {@code report} all say it the
 * same way, through this class.
 *
 * <p>A <em>plug-in</em> is an installed bundle that uses Wedge (it requires a Wedge bundle or imports one of its
 * packages) and is not part of Wedge. A plug-in that is installed but could not be loaded (a missing or too old
 * requirement) is listed apart, with the reason: it never goes missing silently.
 */
public final class Provenance {

  /** The bundle whose version is Wedge's version. */
  public static final String WEDGE_BUNDLE = "dev.wedge.core";

  /**
   * A bundle: Wedge itself, a plug-in, or the contributor of an analysis or a section.
   *
   * @param id      the bundle's symbolic name ({@code dev.wedge} for Wedge itself)
   * @param name    its name for people ({@code Bundle-Name})
   * @param version major.minor.micro
   * @param build   the full version, qualifier included
   * @param vendor  {@code Bundle-Vendor}, or empty
   */
  public record Component(String id, String name, String version, String build, String vendor) {

    /** "Acme Data Governance 1.2.0". */
    public String label() {
      return name + " " + version;
    }
  }

  /** A plug-in that is installed but not loaded, and why (one sentence). */
  public record Unloaded(Component plugin, String reason) {
  }

  /** One analysis or report section that contributed to an output, with the bundle it comes from. */
  public record Contribution(String kind, String id, Component from) {
  }

  private Provenance() {
  }

  /** Wedge itself: the version of its core bundle. */
  public static Component wedge() {
    Bundle b = bundle(WEDGE_BUNDLE);
    if (b == null) {
      return new Component("dev.wedge", "Wedge", "(version unknown)", "(version unknown)", "Wedge");
    }
    Component c = component(b);
    return new Component("dev.wedge", "Wedge", c.version(), c.build(), c.vendor());
  }

  /** The installed, loaded plug-ins, by name. */
  public static List<Component> plugins() {
    List<Component> out = new ArrayList<>();
    for (Bundle b : bundles()) {
      BundleRevision rev = b.adapt(BundleRevision.class);
      if (isFragment(rev) || isWedge(b)) {
        continue;
      }
      BundleWiring wiring = b.adapt(BundleWiring.class);
      if (wiring != null && usesWedge(wiring)) {
        out.add(component(b));
      }
    }
    out.sort(Comparator.comparing(Component::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Component::id));
    return out;
  }

  /** Plug-ins that are installed but could not be loaded, each with the requirement that is not met. */
  public static List<Unloaded> unloadedPlugins() {
    List<Unloaded> out = new ArrayList<>();
    Bundle[] all = bundles();
    for (Bundle b : all) {
      if (b.getState() != Bundle.INSTALLED || isWedge(b) || b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
        continue;
      }
      String requires = b.getHeaders("").get(Constants.REQUIRE_BUNDLE);
      String imports = b.getHeaders("").get(Constants.IMPORT_PACKAGE);
      if (!mentionsWedge(requires) && !mentionsWedge(imports)) {
        continue;
      }
      out.add(new Unloaded(component(b), unmet(b, all)));
    }
    out.sort(Comparator.comparing(u -> u.plugin().id()));
    return out;
  }

  /** The bundle {@code id} as a component; its version is "(not installed)" when there is no such bundle. */
  public static Component of(String id) {
    if (id == null) {
      return new Component("(unknown)", "(unknown)", "(unknown)", "(unknown)", "");
    }
    Bundle b = bundle(id);
    return b == null ? new Component(id, id, "(not installed)", "(not installed)", "") : component(b);
  }

  /**
   * "Wedge 1.0.0 with Acme Data Governance 1.2.0 and Readiness interviews 1.0.0": Wedge and the plug-ins among
   * {@code contributors} (bundle ids; Wedge's own are left out), or all installed plug-ins when it is null.
   */
  public static String sentence(Collection<String> contributors) {
    List<Component> plugins = contributors == null ? plugins() : pluginsAmong(contributors);
    StringBuilder b = new StringBuilder(wedge().label());
    for (int i = 0; i < plugins.size(); i++) {
      b.append(i == 0 ? " with " : i == plugins.size() - 1 ? " and " : ", ").append(plugins.get(i).label());
    }
    return b.toString();
  }

  /** The plug-ins (not Wedge's own bundles) among the bundle ids, each once, in the order given. */
  public static List<Component> pluginsAmong(Collection<String> bundleIds) {
    Set<String> seen = new LinkedHashSet<>();
    List<Component> out = new ArrayList<>();
    for (String id : bundleIds) {
      if (id != null && seen.add(id)) {
        Bundle b = bundle(id);
        if (b == null ? !id.startsWith("dev.wedge.") : !isWedge(b)) {
          out.add(of(id));
        }
      }
    }
    return out;
  }

  /**
   * Writes the field {@code "producedBy"}: Wedge's version, the installed plug-ins (and those that could not be
   * loaded), and each contribution (analysis or section) with the name and version of the bundle it comes from.
   */
  public static void writeJson(JsonGenerator g, List<Contribution> contributions) throws java.io.IOException {
    Component w = wedge();
    g.writeObjectFieldStart("producedBy");
    g.writeStringField("wedge", w.version());
    g.writeStringField("build", w.build());
    g.writeStringField("sentence", sentence(null));
    g.writeArrayFieldStart("plugins");
    for (Component c : plugins()) {
      writeComponent(g, c);
    }
    g.writeEndArray();
    List<Unloaded> unloaded = unloadedPlugins();
    if (!unloaded.isEmpty()) {
      g.writeArrayFieldStart("notLoaded");
      for (Unloaded u : unloaded) {
        g.writeStartObject();
        g.writeStringField("id", u.plugin().id());
        g.writeStringField("version", u.plugin().build());
        g.writeStringField("reason", u.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    for (String kind : kinds(contributions)) {
      g.writeArrayFieldStart(kind);
      for (Contribution c : contributions) {
        if (c.kind().equals(kind)) {
          g.writeStartObject();
          g.writeStringField("id", c.id());
          g.writeStringField("plugin", c.from().id());
          g.writeStringField("pluginName", c.from().name());
          g.writeStringField("version", c.from().version());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@code wedge version}'s text: Wedge, its plug-ins, and those that could not be loaded. */
  public static List<String> describe() {
    Component w = wedge();
    List<String> lines = new ArrayList<>();
    lines.add("Wedge " + w.version() + " (build " + w.build() + ")");
    List<Component> plugins = plugins();
    if (plugins.isEmpty()) {
      lines.add("plug-ins: none installed");
    } else {
      lines.add("plug-ins:");
      for (Component c : plugins) {
        lines.add("  " + c.label() + "  (" + c.id() + " " + c.build() + (c.vendor().isEmpty() ? "" : ", " + c.vendor())
            + ")");
      }
    }
    List<Unloaded> unloaded = unloadedPlugins();
    if (!unloaded.isEmpty()) {
      lines.add("installed but not loaded:");
      for (Unloaded u : unloaded) {
        lines.add("  " + u.plugin().id() + " " + u.plugin().build() + ": " + u.reason());
      }
    }
    return lines;
  }

  private static List<String> kinds(List<Contribution> contributions) {
    List<String> kinds = new ArrayList<>();
    for (Contribution c : contributions) {
      if (!kinds.contains(c.kind())) {
        kinds.add(c.kind());
      }
    }
    return kinds;
  }

  private static void writeComponent(JsonGenerator g, Component c) throws java.io.IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    g.writeStringField("version", c.version());
    g.writeStringField("build", c.build());
    g.writeStringField("vendor", c.vendor());
    g.writeEndObject();
  }

  private static Component component(Bundle b) {
    Version v = b.getVersion();
    String name = b.getHeaders().get(Constants.BUNDLE_NAME);
    String vendor = b.getHeaders().get(Constants.BUNDLE_VENDOR);
    return new Component(b.getSymbolicName(), name == null || name.isBlank() ? b.getSymbolicName() : name,
        v.getMajor() + "." + v.getMinor() + "." + v.getMicro(), v.toString(), vendor == null ? "" : vendor);
  }

  /** Wedge's own bundles: named dev.wedge.* and from Wedge's vendor (the example consultancy's plug-in is not). */
  private static boolean isWedge(Bundle b) {
    if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith("dev.wedge.")) {
      return false;
    }
    Bundle core = bundle(WEDGE_BUNDLE);
    String vendor = b.getHeaders().get(Constants.BUNDLE_VENDOR);
    String wedgeVendor = core == null ? "Wedge" : core.getHeaders().get(Constants.BUNDLE_VENDOR);
    return vendor != null && vendor.equals(wedgeVendor);
  }

  private static boolean usesWedge(BundleWiring wiring) {
    for (BundleWire w : wiring.getRequiredWires(null)) {
      Bundle provider = w.getProviderWiring().getBundle();
      if (provider != wiring.getBundle() && isWedge(provider)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFragment(BundleRevision rev) {
    return rev != null && (rev.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
  }

  private static boolean mentionsWedge(String header) {
    return header != null && header.contains("dev.wedge.");
  }

  /** The first requirement of {@code b} that no installed, loaded bundle meets, as a sentence. */
  private static String unmet(Bundle b, Bundle[] all) {
    try {
      ManifestElement[] required = ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE,
          b.getHeaders("").get(Constants.REQUIRE_BUNDLE));
      for (ManifestElement e : required == null ? new ManifestElement[0] : required) {
        if (Constants.RESOLUTION_OPTIONAL.equals(e.getDirective(Constants.RESOLUTION_DIRECTIVE))) {
          continue;
        }
        String range = e.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE);
        VersionRange r = range == null ? null : new VersionRange(range);
        Bundle match = null;
        Bundle other = null;
        for (Bundle c : all) {
          if (e.getValue().equals(c.getSymbolicName())) {
            if (r == null || r.includes(c.getVersion())) {
              match = c;
            } else {
              other = c;
            }
          }
        }
        if (match == null) {
          return "it requires " + e.getValue() + (range == null ? "" : " " + range) + ", but "
              + (other == null ? "that is not installed" : "the installed one is " + other.getVersion());
        }
        if (match.getState() == Bundle.INSTALLED) {
          return "it requires " + e.getValue() + ", which is installed but could not be loaded either";
        }
      }
      ManifestElement[] imports = ManifestElement.parseHeader(Constants.IMPORT_PACKAGE,
          b.getHeaders("").get(Constants.IMPORT_PACKAGE));
      for (ManifestElement e : imports == null ? new ManifestElement[0] : imports) {
        if (Constants.RESOLUTION_OPTIONAL.equals(e.getDirective(Constants.RESOLUTION_DIRECTIVE))) {
          continue;
        }
        String range = e.getAttribute(Constants.VERSION_ATTRIBUTE);
        VersionRange r = range == null ? null : new VersionRange(range);
        for (String pkg : e.getValueComponents()) {
          if (!exported(pkg, r, all)) {
            return "it imports the package " + pkg + (range == null ? "" : " " + range)
                + ", which no loaded bundle exports";
          }
        }
      }
    } catch (BundleException | IllegalArgumentException e) {
      return "its manifest cannot be read (" + e.getMessage() + ")";
    }
    String ee = b.getHeaders("").get(Constants.BUNDLE_REQUIREDEXECUTIONENVIRONMENT);
    return "a requirement is not met" + (ee == null ? "" : " (it needs " + ee + ")")
        + "; start Wedge with -consoleLog for the details";
  }

  private static boolean exported(String pkg, VersionRange range, Bundle[] all) {
    for (Bundle c : all) {
      BundleWiring w = c.adapt(BundleWiring.class);
      if (w == null) {
        continue;
      }
      for (BundleCapability cap : w.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
        if (pkg.equals(cap.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
            && (range == null || range.includes((Version) cap.getAttributes().get(
                PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Bundle[] bundles() {
    BundleContext ctx = context();
    return ctx == null ? new Bundle[0] : ctx.getBundles();
  }

  private static Bundle bundle(String id) {
    Bundle found = null;
    for (Bundle b : bundles()) {
      if (id.equals(b.getSymbolicName()) && (found == null || b.getVersion().compareTo(found.getVersion()) > 0
          && b.getState() != Bundle.INSTALLED)) {
        found = b;
      }
    }
    return found;
  }

  private static BundleContext context() {
    // dev.wedge.core is lazily activated: loading this class started it, so it has a context
    Bundle self = FrameworkUtil.getBundle(Provenance.class);
    return self == null ? null : self.getBundleContext();
  }
}
