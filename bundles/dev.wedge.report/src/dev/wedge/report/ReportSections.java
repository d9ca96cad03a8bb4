package dev.wedge.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import dev.wedge.report.sections.AppendixSection;
import dev.wedge.report.sections.CoverSection;
import dev.wedge.report.sections.FindingsSection;
import dev.wedge.report.sections.GovernanceSection;
import dev.wedge.report.sections.HeadlinesSection;
import dev.wedge.report.sections.MetricsSection;
import dev.wedge.report.sections.NextActionSection;
import dev.wedge.report.sections.PortfolioSection;
import dev.wedge.report.sections.StrategyMapSection;

/**
 * The sections of the brief, in order: Wedge's own and those contributed to {@code dev.wedge.report.sections}. A
 * contribution with {@code replaces} takes the place (and order) of the section with that id; a contribution that
 * cannot be created is logged, naming its plug-in, and left out.
 */
public final class ReportSections {

  public static final String EXTENSION_POINT = "dev.wedge.report.sections";

  /** A section in effect. */
  /** The ids of sections that took the cover's place. */
  private static final java.util.Set<String> COVERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Whether {@code e} is the brief's cover (Wedge's, or one that replaces it): the page's header. */
  static boolean isCover(Entry e) {
    return e.id().equals("cover") || COVERS.contains(e.id());
  }

  public record Entry(String id, String name, int order, String contributor, ReportSection section) {
  }

  /** Wedge's appendix comes after every other section (contributed ones included): the body ends where it opens. */
  public static final int APPENDIX_ORDER = 1000;

  private ReportSections() {
  }

  /** Wedge's own sections (outside OSGi, and the base contributions replace). */
  public static List<Entry> builtin() {
    return List.of(new Entry("cover", "Cover", 10, "dev.wedge.report", new CoverSection()),
        new Entry("next", "The next step", 15, "dev.wedge.report", new NextActionSection()),
        new Entry("headlines", "What the pilots showed", 20, "dev.wedge.report", new HeadlinesSection()),
        new Entry("map", "Strategy map", 40, "dev.wedge.report", new StrategyMapSection()),
        new Entry("metrics", "Business metrics", 50, "dev.wedge.report", new MetricsSection()),
        new Entry("portfolio", "AI portfolio", 60, "dev.wedge.report", new PortfolioSection()),
        new Entry("governance", "Governance", 70, "dev.wedge.report", new GovernanceSection()),
        new Entry("findings", "Open points", 80, "dev.wedge.report", new FindingsSection()),
        new Entry("appendix", "Appendix", APPENDIX_ORDER, "dev.wedge.report", new AppendixSection()));
  }

  public static List<Entry> installed() {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry e : builtin()) {
      byId.put(e.id(), e);
    }
    if (Platform.getExtensionRegistry() != null) {
      for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
        String contributor = e.getContributor() instanceof org.eclipse.core.runtime.spi.RegistryContributor rc
            && rc.getActualName() != null ? rc.getActualName() : e.getContributor().getName();
        try {
          String id = e.getAttribute("id");
          String replaces = e.getAttribute("replaces");
          int order = parse(e.getAttribute("order"), 100);
          ReportSection s = (ReportSection) e.createExecutableExtension("class");
          if (replaces != null && byId.containsKey(replaces)) {
            Entry old = byId.remove(replaces);
            if (isCover(old)) {
              COVERS.add(id);
            }
            byId.put(id, new Entry(id, e.getAttribute("name"), e.getAttribute("order") == null ? old.order() : order,
                contributor, s));
          } else {
            byId.put(id, new Entry(id, e.getAttribute("name"), order, contributor, s));
          }
        } catch (CoreException | ClassCastException | IllegalArgumentException x) {
          ILog.of(ReportSections.class).error("The report section '" + e.getAttribute("id") + "' of " + contributor
              + " could not be created and is left out of the brief: " + x.getMessage(), x);
        }
      }
    }
    List<Entry> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparingInt(Entry::order));
    return all;
  }

  private static int parse(String s, int fallback) {
    try {
      return s == null ? fallback : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
