package dev.wedge.report;

import java.util.List;
import java.util.Map;

import dev.wedge.analysis.Finding;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/**
 * What a section needs: the model, the options, the pilots the brief is about and their evidence, the open
 * findings of the analyses, how people are named, and the checks that could not run (each a sentence naming the
 * analysis and its plug-in: a brief never passes over them in silence).
 */
public record BriefContext(StrategyModel model, BriefOptions options, List<Pilot> pilots,
    Map<Pilot, PilotEvidence> evidence, List<Finding> findings, Privacy privacy, List<String> failedChecks) {

  /** The organization's name as the brief shows it. */
  public String organization() {
    String o = options.organization() != null && !options.organization().isBlank() ? options.organization()
        : model.getOrganization() != null && !model.getOrganization().isBlank() ? model.getOrganization()
        : model.getName();
    return o == null ? "" : o;
  }
}
