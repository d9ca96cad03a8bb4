package dev.wedge.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/** The parts the analysis engine is made of, each on its own: faults, the run's context, slots, model changes. */
class EnginePartsTest {

  private static final AnalysisDescriptor PILOTS = new AnalysisDescriptor("acme.pilots", "Acme pilots", "Acme",
      "checks pilots", Severity.WARNING, true, "Acme Data Governance 1.2.0", () -> null);

  @Test
  void aFaultIsSaidWithTheAnalysisOwnLineNotTheJdksThatThrewForIt() {
    NullPointerException e = new NullPointerException("pilot has no metric");
    e.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 233),
        new StackTraceElement("com.acme.PilotCheck", "analyze", "PilotCheck.java", 42)});
    assertEquals("threw NullPointerException: pilot has no metric (at com.acme.PilotCheck.analyze:42)",
        AnalysisFaults.describe(e));
    assertEquals("reported a finding without a message", AnalysisFaults.describe(new AnalysisFaults.BadFinding(
        "reported a finding without a message")), "the engine's own faults are their sentence");
  }

  @Test
  void theContextRefusesMalformedFindingsAndKeepsTheGoodOnes() {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    Pilot pilot = WedgeFactory.eINSTANCE.createPilot();
    model.getPilots().add(pilot);
    Pilot elsewhere = WedgeFactory.eINSTANCE.createPilot();
    RunContext ctx = new RunContext(model, new Slot(PILOTS), LocalDate.of(2026, 5, 4), o -> o.eContainer() == model
        || o == model);
    ctx.target = new ArrayList<>();
    assertEquals(LocalDate.of(2026, 5, 4), ctx.today());
    assertEquals(Severity.WARNING, ctx.severity());
    ctx.report(Severity.ERROR, "no success criterion", (dev.wedge.analysis.Fix) null, pilot);
    assertEquals(List.of("acme.pilots ERROR no success criterion"), ctx.target.stream().map(f -> f.analysisId() + " "
        + f.severity() + " " + f.message()).toList());
    assertEquals("reported a finding without a severity", assertThrows(AnalysisFaults.BadFinding.class,
        () -> ctx.report(null, "x", (dev.wedge.analysis.Fix) null, pilot)).getMessage());
    assertEquals("reported a finding about an object that is not in the model", assertThrows(
        AnalysisFaults.BadFinding.class, () -> ctx.report(Severity.ERROR, "x", (dev.wedge.analysis.Fix) null, elsewhere)).getMessage());
    assertEquals("reported a finding with a message of 2001 characters", assertThrows(AnalysisFaults.BadFinding.class,
        () -> ctx.report(Severity.ERROR, "x".repeat(2001), (dev.wedge.analysis.Fix) null, pilot)).getMessage());
  }

  @Test
  void aSlotTakesAPartialRunObjectByObjectAndForgetsDeletedObjects() {
    Pilot kept = WedgeFactory.eINSTANCE.createPilot();
    Pilot fixed = WedgeFactory.eINSTANCE.createPilot();
    Pilot deleted = WedgeFactory.eINSTANCE.createPilot();
    Slot s = new Slot(PILOTS);
    s.apply(new Slot.Result(true, null, Map.of(kept, List.of(finding("a")), fixed, List.of(finding("b")), deleted,
        List.of(finding("c")))), o -> true);
    assertEquals(3, s.byObject.size());
    s.apply(new Slot.Result(false, null, Map.of(fixed, List.of())), o -> o != deleted);
    assertEquals(List.of(kept), List.copyOf(s.byObject.keySet()), "fixed has no finding left; deleted is gone");
    s.fail("threw IllegalStateException");
    assertTrue(s.byObject.isEmpty());
    FindingsSnapshot snap = Slot.snapshot(List.of(s), 7);
    assertEquals(List.of(), snap.findings());
    assertEquals("Acme Data Governance 1.2.0", snap.failures().get(0).plugin());
  }

  @Test
  void aChangeIsUndoneFromItsNotification() {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    Pilot pilot = WedgeFactory.eINSTANCE.createPilot();
    pilot.setName("Claims coach");
    List<Notification> seen = new ArrayList<>();
    model.eAdapters().add(new AdapterImpl() {
      @Override
      public void notifyChanged(Notification n) {
        seen.add(n);
      }
    });
    pilot.eAdapters().add(new AdapterImpl() {
      @Override
      public void notifyChanged(Notification n) {
        seen.add(n);
      }
    });
    pilot.setName("Renamed by an analysis");
    model.getPilots().add(pilot);
    assertEquals(List.<EObject>of(pilot), ModelChanges.objects(seen.get(1)), "the object the add concerns");
    ModelChanges.revert(seen.get(1));
    assertTrue(model.getPilots().isEmpty());
    ModelChanges.revert(seen.get(0));
    assertEquals("Claims coach", pilot.getName());
  }

  private static Finding finding(String message) {
    return new Finding(PILOTS.id(), PILOTS.category(), Severity.WARNING, message, List.of(), null);
  }
}
