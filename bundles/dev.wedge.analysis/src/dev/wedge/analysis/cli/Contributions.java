package dev.wedge.analysis.cli;

import java.util.List;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.core.provenance.Provenance;

/** The analyses that ran in an engine, each with the plug-in (and version) it comes from. */
final class Contributions {

  private Contributions() {
  }

  static List<Provenance.Contribution> ran(AnalysisEngine engine) {
    return engine.descriptors().stream().filter(d -> engine.isActive(d.id()))
        .map(d -> new Provenance.Contribution("analyses", d.id(), Provenance.of(d.contributor())))
        .toList();
  }

  static List<Provenance.Contribution> of(List<AnalysisDescriptor> descriptors) {
    return descriptors.stream()
        .map(d -> new Provenance.Contribution("analyses", d.id(), Provenance.of(d.contributor()))).toList();
  }
}
