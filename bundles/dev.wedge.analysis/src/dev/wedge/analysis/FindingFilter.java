package dev.wedge.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.engine.AnalysisFailure;

/**
 * Which findings the Findings view shows: the severities ticked, a text (in the message, the objects' names or the
 * analysis' name, case ignored), one analysis and one plug-in (null: any).
 *
 * @param analysisId the analysis whose findings are shown, or null for every analysis
 * @param plugin     the contributor (plug-in) whose analyses' findings are shown, or null for every plug-in
 */
public record FindingFilter(Set<Severity> severities, String text, String analysisId, String plugin) {

  /** Everything. */
  public static final FindingFilter ALL = new FindingFilter(EnumSet.allOf(Severity.class), "", null, null);

  public FindingFilter {
    severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
    text = text == null ? "" : text.strip();
  }

  public FindingFilter withSeverities(Set<Severity> s) {
    return new FindingFilter(s, text, analysisId, plugin);
  }

  public FindingFilter withText(String t) {
    return new FindingFilter(severities, t, analysisId, plugin);
  }

  public FindingFilter withAnalysis(String id) {
    return new FindingFilter(severities, text, id, plugin);
  }

  public FindingFilter withPlugin(String p) {
    return new FindingFilter(severities, text, analysisId, p);
  }

  /** Whether anything is filtered out at all. */
  public boolean isEverything() {
    return equals(ALL);
  }

  /**
   * Whether {@code f} is shown.
   *
   * @param registry    the analyses installed, for the analysis' name and plug-in
   * @param objectLabel the name the user sees for an object
   */
  public boolean accepts(Finding f, AnalysisRegistry registry, Function<EObject, String> objectLabel) {
    if (!severities.contains(f.severity())) {
      return false;
    }
    AnalysisDescriptor d = registry.find(f.analysisId()).orElse(null);
    if (analysisId != null && !analysisId.equals(f.analysisId())) {
      return false;
    }
    if (plugin != null && (d == null || !plugin.equals(d.contributor()))) {
      return false;
    }
    if (text.isEmpty()) {
      return true;
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    if (contains(f.message(), wanted) || (d != null && contains(d.name(), wanted))) {
      return true;
    }
    for (EObject o : f.objects()) {
      if (contains(objectLabel.apply(o), wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a failed analysis is shown: it matches the analysis, the plug-in and the text; it is an error. */
  public boolean accepts(AnalysisFailure a) {
    if (!severities.contains(Severity.ERROR)) {
      return false;
    }
    if (analysisId != null && !analysisId.equals(a.analysisId())) {
      return false;
    }
    if (plugin != null && !plugin.equals(a.plugin())) {
      return false;
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    return text.isEmpty() || contains(a.message(), wanted) || contains(a.analysisName(), wanted);
  }

  private static boolean contains(String s, String lowerCaseText) {
    return s != null && s.toLowerCase(Locale.ROOT).contains(lowerCaseText);
  }
}
