package dev.wedge.analysis;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Analyses switched off for every model (Window › Preferences › Analyses), and the time an analysis may take. Stored
 * in the instance preferences; without an instance area (the command line) the defaults apply.
 */
public final class AnalysisPreferences {

  public static final String NODE = "dev.wedge.analysis";
  public static final String DISABLED = "disabled";
  public static final String TIMEOUT_MS = "timeoutMs";
  public static final long DEFAULT_TIMEOUT_MS = 2000;

  private AnalysisPreferences() {
  }

  private static IEclipsePreferences node() {
    try {
      return InstanceScope.INSTANCE.getNode(NODE);
    } catch (IllegalStateException | NoClassDefFoundError e) {
      return null; // no instance area
    }
  }

  public static Set<String> disabled() {
    IEclipsePreferences n = node();
    String v = n == null ? "" : n.get(DISABLED, "");
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(v.split("\\s+")).filter(s -> !s.isBlank()).forEach(out::add);
    return out;
  }

  public static void setDisabled(Set<String> ids) {
    IEclipsePreferences n = node();
    if (n != null) {
      n.put(DISABLED, String.join(" ", ids));
      try {
        n.flush();
      } catch (org.osgi.service.prefs.BackingStoreException e) {
        // kept in memory for this session
      }
    }
  }

  public static long timeoutMillis() {
    IEclipsePreferences n = node();
    return n == null ? DEFAULT_TIMEOUT_MS : n.getLong(TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
  }
}
