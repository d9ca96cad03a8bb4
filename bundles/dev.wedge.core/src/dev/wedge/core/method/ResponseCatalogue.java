package dev.wedge.core.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import dev.wedge.core.text.Localized;
import dev.wedge.model.ResponseKind;
import dev.wedge.model.RootCause;
import dev.wedge.model.StakeholderGroup;

/**
 * What answers each root cause of resistance: data contributed through {@code dev.wedge.core.responseCatalogues},
 * so a consultancy can ship its own playbook. Wedge's built-in catalogue follows the method: credibility needs
 * evidence, quality a visible review process, change early involvement, ownership expert reviewers, governance IT
 * and legal as partners. A contributed catalogue with a higher priority replaces the responses for the root causes
 * it covers.
 */
public final class ResponseCatalogue {

  public static final String EXTENSION_POINT = "dev.wedge.core.responseCatalogues";

  /** One recommended response. */
  public record Response(RootCause rootCause, ResponseKind kind, String title, String description, String source) {
  }

  private static volatile ResponseCatalogue current;

  private final Map<RootCause, List<Response>> byCause;
  private final String name;

  private ResponseCatalogue(String name, Map<RootCause, List<Response>> byCause) {
    this.name = name;
    this.byCause = byCause;
  }

  /** The catalogue in effect (the contributed ones merged by priority); the built-in one outside OSGi. */
  public static ResponseCatalogue get() {
    ResponseCatalogue c = current;
    if (c == null) {
      c = read();
      current = c;
    }
    return c;
  }

  /** Forgets the merged catalogue (after plug-ins were added or removed; tests). */
  public static void reset() {
    current = null;
  }

  /** Which catalogue contributed the responses in effect, e.g. "Wedge method" or a consultancy's name. */
  public String name() {
    return name;
  }

  public List<Response> recommended(RootCause cause) {
    return byCause.getOrDefault(cause, List.of());
  }

  /** The first recommended response kind for {@code cause}. */
  public ResponseKind primaryKind(RootCause cause) {
    List<Response> r = recommended(cause);
    return r.isEmpty() ? null : r.get(0).kind();
  }

  /** Whether a response of {@code kind} answers {@code cause} (OTHER is never judged). */
  public boolean matches(RootCause cause, ResponseKind kind) {
    if (kind == null || cause == null || kind == ResponseKind.OTHER) {
      return true;
    }
    return recommended(cause).stream().anyMatch(r -> r.kind() == kind);
  }

  /** The root cause typical of a stakeholder group (senior leaders: credibility, managers: quality, ...). */
  public static RootCause typicalCause(StakeholderGroup group) {
    return switch (group) {
      case SENIOR_LEADER -> RootCause.CREDIBILITY;
      case MANAGER -> RootCause.QUALITY;
      case EMPLOYEE -> RootCause.CHANGE;
      case SUBJECT_MATTER_EXPERT -> RootCause.OWNERSHIP;
      case IT_LEGAL -> RootCause.GOVERNANCE;
    };
  }

  /** Wedge's own catalogue, from the method. */
  public static ResponseCatalogue builtin() {
    Map<RootCause, List<Response>> m = new EnumMap<>(RootCause.class);
    Localized t = Localized.of(ResponseCatalogue.class, Localized.workbench());
    String src = t.get("catalogue.source");
    for (Map.Entry<RootCause, ResponseKind> e : Map.of(RootCause.CREDIBILITY, ResponseKind.EVIDENCE,
        RootCause.QUALITY, ResponseKind.REVIEW_PROCESS, RootCause.CHANGE, ResponseKind.EARLY_INVOLVEMENT,
        RootCause.OWNERSHIP, ResponseKind.EXPERT_REVIEWER, RootCause.GOVERNANCE, ResponseKind.GOVERNANCE_PARTNERSHIP)
        .entrySet()) {
      String key = "catalogue." + e.getKey().name();
      m.put(e.getKey(), List.of(new Response(e.getKey(), e.getValue(), t.get(key + ".title"),
          t.get(key + ".text"), src)));
    }
    return new ResponseCatalogue(src, m);
  }

  private static ResponseCatalogue read() {
    ResponseCatalogue builtin = builtin();
    if (Platform.getExtensionRegistry() == null) {
      return builtin;
    }
    List<IConfigurationElement> catalogues = new ArrayList<>();
    for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
      if ("catalogue".equals(e.getName())) {
        catalogues.add(e);
      }
    }
    if (catalogues.isEmpty()) {
      return builtin;
    }
    catalogues.sort(Comparator.comparingInt(ResponseCatalogue::priority));
    Map<RootCause, List<Response>> merged = new EnumMap<>(RootCause.class);
    String name = builtin.name;
    for (IConfigurationElement catalogue : catalogues) { // ascending priority: later ones replace earlier ones
      Map<RootCause, List<Response>> mine = new EnumMap<>(RootCause.class);
      String catalogueName = shorten(catalogue.getAttribute("name"), MAX_TITLE);
      String plugin = catalogue.getContributor().getName();
      for (IConfigurationElement r : catalogue.getChildren("response")) {
        String title = r.getAttribute("title");
        String description = r.getAttribute("description");
        if (title == null || title.isBlank() || title.length() > MAX_TITLE
            || description != null && description.length() > MAX_DESCRIPTION) {
          Platform.getLog(ResponseCatalogue.class).warn("Response catalogue '" + catalogueName + "' of " + plugin
              + " has a response without a title or with a title over " + MAX_TITLE + " or a description over "
              + MAX_DESCRIPTION + " characters (left out)");
          continue;
        }
        try {
          RootCause cause = RootCause.valueOf(r.getAttribute("rootCause"));
          ResponseKind kind = ResponseKind.valueOf(r.getAttribute("kind"));
          mine.computeIfAbsent(cause, c -> new ArrayList<>()).add(new Response(cause, kind, r.getAttribute("title"),
              r.getAttribute("description") == null ? "" : r.getAttribute("description"), catalogueName));
        } catch (IllegalArgumentException | NullPointerException bad) {
          Platform.getLog(ResponseCatalogue.class).warn("Response catalogue '" + catalogueName + "' of "
              + catalogue.getContributor().getName() + " has a response with an unknown root cause or kind: "
              + r.getAttribute("rootCause") + " / " + r.getAttribute("kind") + " (ignored)");
        }
      }
      mine.entrySet().removeIf(e -> {
        if (e.getValue().size() <= MAX_PER_CAUSE) {
          return false;
        }
        Platform.getLog(ResponseCatalogue.class).warn("Response catalogue '" + catalogueName + "' of " + plugin
            + " gives " + e.getValue().size() + " responses for " + e.getKey() + ", more than the " + MAX_PER_CAUSE
            + " a playbook may give for one root cause (left out; the other catalogues' responses apply)");
        return true;
      });
      merged.putAll(mine);
      if (!mine.isEmpty() && priority(catalogue) > 0) {
        name = catalogueName;
      }
    }
    for (RootCause c : RootCause.values()) {
      merged.putIfAbsent(c, builtin.recommended(c));
    }
    merged.replaceAll((c, l) -> List.copyOf(l));
    return new ResponseCatalogue(name, merged);
  }

  /** Bounds of a playbook (a plug-in's data): more is left out, with a warning naming the plug-in. */
  static final int MAX_PER_CAUSE = 20;
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 2000;

  private static String shorten(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max) + "\u2026";
  }

  private static int priority(IConfigurationElement e) {
    try {
      return e.getAttribute("priority") == null ? 0 : Integer.parseInt(e.getAttribute("priority").trim());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }
}
