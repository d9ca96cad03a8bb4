package dev.wedge.analysis;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * Something an analysis found in a model.
 *
 * @param analysisId the analysis that reported it
 * @param category   its analysis' category (Strategy, Pilots, Resistance, ...)
 * @param severity   error, warning or advice
 * @param message    one sentence for the user
 * @param objects    the model objects it is about (the first is the one to show); may be empty for the whole model
 * @param fix        a quick fix, or null
 */
public record Finding(String analysisId, String category, Severity severity, String message, List<EObject> objects,
    Fix fix) {

  public Finding {
    objects = List.copyOf(objects);
  }

  /** The object to select when the user opens the finding, or null for the whole model. */
  public EObject primaryObject() {
    return objects.isEmpty() ? null : objects.get(0);
  }

  // identity without the fix: the same finding from two runs is equal

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && analysisId.equals(f.analysisId) && severity == f.severity
        && message.equals(f.message) && objects.equals(f.objects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(analysisId, severity, message, objects);
  }
}
