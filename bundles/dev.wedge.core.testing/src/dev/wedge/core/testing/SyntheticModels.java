package dev.wedge.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.wedge.model.*;

/**
 * Synthetic models of a given size for benchmarks: the same mix of objects as a real model (metrics with many
 * measurements, initiatives linked to metrics, pilots with criteria and costs, stakeholders with concerns), scaled.
 */
public final class SyntheticModels {

  private SyntheticModels() {
  }

  /** A model of about {@code objects} objects, deterministic for a given seed. */
  public static StrategyModel ofSize(int objects, long seed) {
    // per "unit" of 100 objects: 1 metric + 40 measurements, 12 initiatives + 12 links, 1 pilot (+2 criteria,
    // 3 costs, 1 benefit), 6 stakeholders (+6 concerns, +6 actions), 4 review/data items, 1 goal, ...
    int units = Math.max(1, (int) Math.round(objects / 93.8)); // a unit is about 94 objects
    return build(units, units * 12, seed);
  }

  /** A model with exactly {@code initiatives} initiatives (and the rest scaled to them). */
  public static StrategyModel withInitiatives(int initiatives, long seed) {
    return build(Math.max(1, initiatives / 12), initiatives, seed);
  }

  private static StrategyModel build(int units, int initiatives, long seed) {
    Random r = new Random(seed);
    WedgeFactory f = WedgeFactory.eINSTANCE;
    StrategyModel m = f.createStrategyModel();
    m.setName("Synthetic " + units * 100);
    m.setOrganization("Benchmark Corp");
    Governance gov = f.createGovernance();
    m.setGovernance(gov);
    MaturityAssessment mat = f.createMaturityAssessment();
    mat.setStage(MaturityStage.RECENTLY_STARTED);
    m.setMaturity(mat);
    List<BusinessGoal> goals = new ArrayList<>();
    List<BusinessMetric> metrics = new ArrayList<>();
    List<Stakeholder> stakeholders = new ArrayList<>();
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int u = 0; u < units; u++) {
      BusinessGoal g = f.createBusinessGoal();
      g.setName("Goal " + u);
      m.getGoals().add(g);
      goals.add(g);
      BusinessMetric metric = f.createBusinessMetric();
      metric.setName("Metric " + u);
      metric.setKind(MetricKind.values()[u % MetricKind.values().length]);
      metric.setUnit("days");
      metric.setDirection(u % 2 == 0 ? Direction.DECREASE : Direction.INCREASE);
      metric.setGoal(g);
      metric.setBaseline(50.0 + r.nextInt(50));
      metric.setTarget(metric.getBaseline() * 0.8);
      metric.setValuePerUnit(100.0);
      metric.setStandardDeviation(10.0);
      for (int i = 0; i < 40; i++) {
        Measurement x = f.createMeasurement();
        x.setDate(start.plusDays(7L * i));
        // measured values have a few decimals, as in real extracts (not 17 significant digits)
        x.setValue(Math.round((metric.getBaseline() + r.nextGaussian() * 5) * 100) / 100.0);
        x.setCohort(Cohort.values()[i % 3]);
        x.setSource("HRIS");
        metric.getMeasurements().add(x);
      }
      m.getMetrics().add(metric);
      metrics.add(metric);
      for (int s = 0; s < 6; s++) {
        Stakeholder st = f.createStakeholder();
        st.setName("Stakeholder " + u + "-" + s);
        st.setGroup(StakeholderGroup.values()[s % 5]);
        st.setInfluence(1 + r.nextInt(5));
        st.setInterest(1 + r.nextInt(5));
        st.setStance(Stance.values()[r.nextInt(5)]);
        Concern c = f.createConcern();
        c.setDescription("Concern");
        c.setRootCause(RootCause.values()[s % 5]);
        st.getConcerns().add(c);
        ResponseAction a = f.createResponseAction();
        a.setDescription("Action");
        a.setKind(ResponseKind.values()[s % ResponseKind.values().length]);
        a.setConcern(c);
        st.getActions().add(a);
        m.getStakeholders().add(st);
        stakeholders.add(st);
      }
    }
    for (int i = 0; i < initiatives; i++) {
      Initiative init = f.createInitiative();
      init.setName("Initiative " + i);
      init.setUse(AiUse.values()[i % AiUse.values().length]);
      init.setIntent(i % 3 == 0 ? Intent.STRATEGIC : Intent.EFFICIENCY);
      init.setUsesAiContent(i % 2 == 0);
      init.setStatus(InitiativeStatus.ACTIVE);
      if (i % 10 != 0) {
        MetricLink link = f.createMetricLink();
        link.setMetric(metrics.get(r.nextInt(metrics.size())));
        link.setHypothesis(i % 7 == 0 ? null : "Because practice helps");
        init.getLinks().add(link);
      }
      m.getInitiatives().add(init);
      if (i % 4 == 0) {
        ReviewStep rs = f.createReviewStep();
        rs.setName("Review " + i);
        rs.setWorkflow(init);
        gov.getReviewSteps().add(rs);
      }
    }
    for (int u = 0; u < units; u++) {
      Pilot p = f.createPilot();
      p.setName("Pilot " + u);
      p.setInitiative(m.getInitiatives().get(r.nextInt(m.getInitiatives().size())));
      p.setPrimaryMetric(metrics.get(u));
      p.setSponsor(stakeholders.get(r.nextInt(stakeholders.size())));
      p.setStartDate(start.plusDays(r.nextInt(300)));
      p.setDesign(PilotDesign.COMPARISON_GROUP);
      p.setParticipants(20 + r.nextInt(100));
      p.setComparisonSize(20 + r.nextInt(100));
      p.setTargetEffect(5.0);
      p.setStatus(PilotStatus.values()[u % PilotStatus.values().length]);
      for (int c = 0; c < 2; c++) {
        SuccessCriterion sc = f.createSuccessCriterion();
        sc.setMetric(metrics.get(u));
        sc.setComparator(Comparator.BEATS_COMPARISON_BY);
        sc.setThreshold(5);
        sc.getAgreedBy().add(p.getSponsor());
        sc.setAgreedOn(p.getStartDate().minusDays(7));
        p.getCriteria().add(sc);
      }
      for (int c = 0; c < 3; c++) {
        CostLine cost = f.createCostLine();
        cost.setDescription("Cost " + c);
        cost.setCategory(CostCategory.values()[c]);
        cost.setAmount(1000 + r.nextInt(9000));
        p.getCosts().add(cost);
      }
      BenefitLine b = f.createBenefitLine();
      b.setDescription("Benefit");
      b.setMetric(metrics.get(u));
      b.setUnitsChange(100.0);
      b.setConfidence(0.7);
      p.getBenefits().add(b);
      m.getPilots().add(p);
      LearnerDataItem d = f.createLearnerDataItem();
      d.setName("Data " + u);
      d.setPersonal(u % 2 == 0);
      d.setPurpose("Purpose");
      d.setAccess(u % 5 == 0 ? null : "L&D analysts");
      gov.getLearnerData().add(d);
    }
    return m;
  }

  /** Number of objects in {@code model}, the root included. */
  public static int count(StrategyModel model) {
    int[] n = {1};
    model.eAllContents().forEachRemaining(o -> n[0]++);
    return n[0];
  }
}
