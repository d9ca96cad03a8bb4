package dev.wedge.analysis.tests;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.model.*;
import dev.wedge.model.resource.WedgeResourceFactory;

/** Small models for analysis tests, and a way to run the installed analyses on them. */
final class Models {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final WedgeFactory F = WedgeFactory.eINSTANCE;

  private Models() {
  }

  /** An empty model in a resource (objects get ids), with a governance section. */
  static StrategyModel model() {
    StrategyModel m = F.createStrategyModel();
    m.setName("test");
    m.setGovernance(F.createGovernance());
    new WedgeResourceFactory().createResource(URI.createURI("mem:/test.wedge")).getContents().add(m);
    return m;
  }

  static BusinessMetric metric(StrategyModel m, String name) {
    BusinessMetric x = F.createBusinessMetric();
    x.setName(name);
    x.setUnit("days");
    x.setDirection(Direction.DECREASE); // the target (70) is below the baseline
    x.setBaseline(90.0);
    x.setTarget(70.0);
    x.setStandardDeviation(20.0);
    m.getMetrics().add(x);
    measure(x, TODAY.minusDays(3), 80, Cohort.ALL);
    return x;
  }

  static Measurement measure(BusinessMetric metric, LocalDate date, double value, Cohort cohort) {
    Measurement x = F.createMeasurement();
    x.setDate(date);
    x.setValue(value);
    x.setCohort(cohort);
    metric.getMeasurements().add(x);
    return x;
  }

  static Initiative initiative(StrategyModel m, String name, AiUse use, Intent intent) {
    Initiative i = F.createInitiative();
    i.setName(name);
    i.setUse(use);
    i.setIntent(intent);
    m.getInitiatives().add(i);
    return i;
  }

  static MetricLink link(Initiative i, BusinessMetric metric, String hypothesis) {
    MetricLink l = F.createMetricLink();
    l.setMetric(metric);
    l.setHypothesis(hypothesis);
    i.getLinks().add(l);
    return l;
  }

  static Stakeholder stakeholder(StrategyModel m, String name, StakeholderGroup group, Stance stance, int influence) {
    Stakeholder s = F.createStakeholder();
    s.setName(name);
    s.setGroup(group);
    s.setStance(stance);
    s.setInfluence(influence);
    m.getStakeholders().add(s);
    return s;
  }

  static Concern concern(Stakeholder s, RootCause cause) {
    Concern c = F.createConcern();
    c.setDescription("worried");
    c.setRootCause(cause);
    s.getConcerns().add(c);
    return c;
  }

  static ResponseAction action(Stakeholder s, Concern c, ResponseKind kind) {
    ResponseAction a = F.createResponseAction();
    a.setDescription("do something");
    a.setConcern(c);
    a.setKind(kind);
    s.getActions().add(a);
    return a;
  }

  /** A pilot with everything in order: sponsor, agreed criterion, six weeks, big enough groups. */
  static Pilot goodPilot(StrategyModel m, BusinessMetric metric, Stakeholder sponsor) {
    Pilot p = F.createPilot();
    p.setName("Pilot");
    p.setSponsor(sponsor);
    p.setPrimaryMetric(metric);
    p.setStartDate(TODAY.minusDays(14));
    p.setDesign(PilotDesign.COMPARISON_GROUP);
    p.setParticipants(100);
    p.setComparisonSize(100);
    p.setTargetEffect(10.0);
    p.setStatus(PilotStatus.RUNNING);
    p.setFrozenOn(p.getStartDate());
    SuccessCriterion c = F.createSuccessCriterion();
    c.setMetric(metric);
    c.setComparator(Comparator.BEATS_COMPARISON_BY);
    c.setThreshold(10);
    c.setAgreedOn(p.getStartDate().minusDays(7));
    c.getAgreedBy().add(sponsor);
    p.getCriteria().add(c);
    m.getPilots().add(p);
    Measurement x = measure(metric, p.getStartDate(), 90, Cohort.PILOT);
    x.setPilot(p);
    return p;
  }

  /** Runs the installed analyses once and returns the findings of one of them. */
  static List<Finding> findings(StrategyModel m, String analysisId) {
    return run(m).findings().stream().filter(f -> f.analysisId().equals(analysisId)).toList();
  }

  static FindingsSnapshot run(StrategyModel m) {
    AnalysisEngine engine = new AnalysisEngine(m, AnalysisRegistry.installed(), () -> TODAY, 5000);
    try {
      return engine.runNow();
    } finally {
      engine.dispose();
    }
  }
}
