package dev.wedge.analysis.tests;

import static dev.wedge.analysis.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.ObjectAnalysis;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.model.AiUse;
import dev.wedge.model.Initiative;
import dev.wedge.model.Intent;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/** Incremental runs, isolation of misbehaving analyses, switching off, quick fixes. */
class AnalysisEngineTest {

  private final List<AnalysisEngine> engines = new ArrayList<>();

  @AfterEach
  void dispose() {
    engines.forEach(AnalysisEngine::dispose);
  }

  private static AnalysisDescriptor descriptor(String id, Analysis a) {
    return new AnalysisDescriptor(id, id, "Test", "", Severity.WARNING, true, "test.plugin." + id, () -> a);
  }

  private AnalysisEngine engine(StrategyModel m, long timeoutMs, AnalysisDescriptor... analyses) {
    AnalysisEngine e = new AnalysisEngine(m, AnalysisRegistry.of(List.of(analyses)), () -> TODAY, timeoutMs);
    engines.add(e);
    return e;
  }

  /** Counts checks; reports initiatives whose name starts with "bad". */
  static final class CountingCheck extends ObjectAnalysis<Initiative> {
    final List<String> checked = Collections.synchronizedList(new ArrayList<>());

    CountingCheck() {
      super(WedgePackage.Literals.INITIATIVE);
    }

    @Override
    public void check(Initiative i, AnalysisContext ctx) {
      checked.add(i.getName());
      if (i.getName().startsWith("bad")) {
        ctx.report("bad name " + i.getName(), i);
      }
    }
  }

  @Test
  void anEditReExaminesOnlyTheObjectsItTouched() throws Exception {
    StrategyModel m = model();
    for (int k = 0; k < 50; k++) {
      initiative(m, "ok " + k, AiUse.CONTENT_CREATION, Intent.EFFICIENCY);
    }
    CountingCheck check = new CountingCheck();
    AnalysisEngine e = engine(m, 5000, descriptor("count", check));
    e.start();
    assertTrue(e.awaitIdle(5000));
    assertEquals(50, check.checked.size(), "the first run examines everything");
    check.checked.clear();

    Initiative third = m.getInitiatives().get(3);
    third.setName("bad idea");
    assertTrue(e.awaitIdle(5000));
    assertEquals(List.of("bad idea"), check.checked, "only the edited initiative was examined again");
    assertEquals(1, e.snapshot().findings().size());

    check.checked.clear();
    m.getInitiatives().remove(third);
    assertTrue(e.awaitIdle(5000));
    assertTrue(e.snapshot().findings().isEmpty(), "findings of deleted objects disappear");
    assertEquals(List.of(), check.checked);

    m.getStakeholders().add(F.createStakeholder());
    assertTrue(e.awaitIdle(5000));
    assertEquals(List.of(), check.checked, "an edit the analysis does not depend on runs nothing");
  }

  @Test
  void aThrowingAnalysisIsReportedWithItsPluginAndTheOthersGoOn() {
    StrategyModel m = model();
    initiative(m, "bad one", AiUse.RESEARCH, Intent.EFFICIENCY);
    Analysis broken = ctx -> {
      throw new IllegalStateException("boom");
    };
    AnalysisEngine e = engine(m, 5000, descriptor("broken", broken), descriptor("count", new CountingCheck()));
    FindingsSnapshot s = e.runNow();
    assertEquals(1, s.findings().size(), "the other analysis still reports");
    assertEquals(1, s.failures().size());
    String message = s.failures().get(0).message();
    assertTrue(message.contains("'broken' of plug-in test.plugin.broken") && message.contains("IllegalStateException: boom")
        && message.contains("switched off for this session"), message);
    assertFalse(e.isActive("broken"));
    assertEquals(1, e.runNow().failures().size(), "it stays off for the session");
  }

  @Test
  void anAnalysisThatRunsTooLongIsStoppedAndTheOthersAreNotHeldUp() {
    StrategyModel m = model();
    initiative(m, "bad one", AiUse.RESEARCH, Intent.EFFICIENCY);
    Analysis slow = ctx -> {
      long end = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < end) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    };
    AnalysisEngine e = engine(m, 300, descriptor("slow", slow), descriptor("count", new CountingCheck()));
    long t = System.currentTimeMillis();
    FindingsSnapshot s = e.runNow();
    assertTrue(System.currentTimeMillis() - t < 5000, "the run ends at the time limit");
    assertEquals(1, s.findings().size());
    assertTrue(s.failures().get(0).reason().contains("took longer than 300 ms"), s.failures().toString());
  }

  @Test
  void malformedFindingsAreRejected() {
    StrategyModel m = model();
    Analysis noMessage = ctx -> ctx.report(Severity.WARNING, " ");
    Analysis foreign = ctx -> ctx.report("about something else", F.createInitiative());
    AnalysisEngine e = engine(m, 5000, descriptor("no-message", noMessage), descriptor("foreign", foreign));
    FindingsSnapshot s = e.runNow();
    assertTrue(s.findings().isEmpty());
    assertEquals(2, s.failures().size());
    assertTrue(s.failures().stream().anyMatch(f -> f.reason().equals("reported a finding without a message")));
    assertTrue(s.failures().stream().anyMatch(f -> f.reason().contains("not in the model")));
  }

  @Test
  void anAnalysisThatChangesTheModelIsStoppedAndTheChangeUndone() throws Exception {
    StrategyModel m = model();
    Initiative i = initiative(m, "untouched", AiUse.RESEARCH, Intent.EFFICIENCY);
    Analysis vandal = ctx -> ctx.model().getInitiatives().get(0).setName("vandalised");
    AnalysisEngine e = engine(m, 5000, descriptor("vandal", vandal));
    e.start();
    assertTrue(e.awaitIdle(5000));
    assertEquals("untouched", i.getName(), "the change was reverted");
    assertTrue(e.snapshot().failures().get(0).reason().startsWith("changed the model ('name' of Initiative)"),
        e.snapshot().failures().toString());
  }

  @Test
  void analysesSwitchedOffInTheModelStopReporting() throws Exception {
    StrategyModel m = model();
    initiative(m, "bad one", AiUse.RESEARCH, Intent.EFFICIENCY);
    AnalysisEngine e = engine(m, 5000, descriptor("count", new CountingCheck()));
    e.start();
    assertTrue(e.awaitIdle(5000));
    assertEquals(1, e.snapshot().findings().size());
    m.getDisabledAnalyses().add("count");
    assertTrue(e.awaitIdle(5000));
    assertTrue(e.snapshot().findings().isEmpty());
    m.getDisabledAnalyses().clear();
    assertTrue(e.awaitIdle(5000));
    assertEquals(1, e.snapshot().findings().size(), "switched back on, it runs again");
  }

  @Test
  void aQuickFixIsAnUndoableCommand() throws Exception {
    StrategyModel m = model();
    ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    domain.getResourceSet().getResources().add(m.eResource());
    Initiative quiz = initiative(m, "Quiz", AiUse.ASSESSMENT, Intent.EFFICIENCY);
    quiz.setRiskArea(dev.wedge.model.RiskArea.LEARNING_OUTCOMES);
    Finding f = Models.findings(m, "dev.wedge.governance.ai-act").get(0);
    domain.getCommandStack().execute(f.fix().command(domain));
    assertEquals(dev.wedge.model.RiskClass.HIGH, quiz.getRiskClass());
    domain.getCommandStack().undo();
    assertEquals(dev.wedge.model.RiskClass.UNASSESSED, quiz.getRiskClass());
    factory.dispose();
  }

  @Test
  void findingsFollowCommandsOnTheSession() throws Exception {
    StrategyModel m = model();
    ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    domain.getResourceSet().getResources().add(m.eResource());
    Initiative i = initiative(m, "fine", AiUse.RESEARCH, Intent.EFFICIENCY);
    AtomicInteger published = new AtomicInteger();
    AnalysisEngine e = engine(m, 5000, descriptor("count", new CountingCheck()));
    e.addListener(s -> published.incrementAndGet());
    e.start();
    assertTrue(e.awaitIdle(5000));
    domain.getCommandStack().execute(SetCommand.create(domain, i, WedgePackage.Literals.NAMED__NAME, "bad after all"));
    assertTrue(e.awaitIdle(5000));
    assertEquals(1, e.snapshot().findings().size());
    domain.getCommandStack().undo();
    assertTrue(e.awaitIdle(5000));
    assertTrue(e.snapshot().findings().isEmpty());
    assertTrue(published.get() >= 3);
    factory.dispose();
  }
}
