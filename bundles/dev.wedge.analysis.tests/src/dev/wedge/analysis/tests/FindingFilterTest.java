package dev.wedge.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.FindingFilter;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/** What the Findings view's filter bar keeps: severities, a text, one analysis, one plug-in. */
class FindingFilterTest {

  private static final AnalysisRegistry REGISTRY = AnalysisRegistry.of(List.of(
      new AnalysisDescriptor("wedge.metricless", "Initiative without a business metric", "Strategy", "", Severity.ERROR,
          true, "dev.wedge.analysis", () -> null),
      new AnalysisDescriptor("acme.readiness", "Readiness score below three", "Readiness", "", Severity.WARNING, true,
          "com.acme.readiness", () -> null)));

  private final StrategyModel model = Models.model();
  private final Pilot pilot = pilot("Role-play coach for broker sales");
  private final Function<EObject, String> names = o -> o instanceof Pilot p ? p.getName() : "";

  private final Finding metricless = new Finding("wedge.metricless", "Strategy", Severity.ERROR,
      "AI course drafting drives no business metric", List.of(), null);
  private final Finding readiness = new Finding("acme.readiness", "Readiness", Severity.WARNING,
      "Readiness is 2 of 5", List.of(pilot), null);

  private Pilot pilot(String name) {
    Pilot p = Models.F.createPilot();
    p.setName(name);
    model.getPilots().add(p);
    return p;
  }

  private List<Finding> kept(FindingFilter f) {
    return List.of(metricless, readiness).stream().filter(x -> f.accepts(x, REGISTRY, names)).toList();
  }

  @Test
  void everythingPassesTheEmptyFilter() {
    assertTrue(FindingFilter.ALL.isEverything());
    assertEquals(List.of(metricless, readiness), kept(FindingFilter.ALL));
  }

  @Test
  void severitiesTickedAreKept() {
    assertEquals(List.of(readiness), kept(FindingFilter.ALL.withSeverities(EnumSet.of(Severity.WARNING))));
    assertEquals(List.of(), kept(FindingFilter.ALL.withSeverities(EnumSet.noneOf(Severity.class))));
    assertFalse(FindingFilter.ALL.withSeverities(EnumSet.of(Severity.WARNING)).isEverything());
  }

  @Test
  void textIsLookedForInTheMessageTheObjectsAndTheAnalysisNameIgnoringCase() {
    assertEquals(List.of(metricless), kept(FindingFilter.ALL.withText("COURSE drafting")));
    assertEquals(List.of(readiness), kept(FindingFilter.ALL.withText("broker sales")), "the pilot's name");
    assertEquals(List.of(metricless), kept(FindingFilter.ALL.withText("without a business")), "the analysis' name");
    assertEquals(List.of(), kept(FindingFilter.ALL.withText("churn")));
    assertEquals(List.of(metricless, readiness), kept(FindingFilter.ALL.withText("   ")), "blanks are no filter");
  }

  @Test
  void oneAnalysisOrOnePluginIsKept() {
    assertEquals(List.of(readiness), kept(FindingFilter.ALL.withAnalysis("acme.readiness")));
    assertEquals(List.of(metricless), kept(FindingFilter.ALL.withPlugin("dev.wedge.analysis")));
    assertEquals(List.of(), kept(FindingFilter.ALL.withPlugin("com.acme.readiness").withAnalysis("wedge.metricless")));
  }

  @Test
  void aFailedAnalysisIsAnErrorOfItsPlugin() {
    AnalysisFailure failed = new AnalysisFailure("acme.readiness", "Readiness score below three", "com.acme.readiness",
        "threw a NullPointerException");
    assertTrue(FindingFilter.ALL.accepts(failed));
    assertTrue(FindingFilter.ALL.withPlugin("com.acme.readiness").withText("readiness score").accepts(failed));
    assertFalse(FindingFilter.ALL.withPlugin("dev.wedge.analysis").accepts(failed));
    assertFalse(FindingFilter.ALL.withSeverities(EnumSet.of(Severity.WARNING, Severity.ADVICE)).accepts(failed));
  }
}
