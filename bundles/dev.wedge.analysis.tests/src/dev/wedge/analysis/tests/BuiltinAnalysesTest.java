package dev.wedge.analysis.tests;

import static dev.wedge.analysis.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.model.*;

/** Each built-in analysis on a small model that triggers it and on one that does not. */
class BuiltinAnalysesTest {

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> findings.toString());
    return findings.get(0);
  }

  private static void none(List<Finding> findings) {
    assertTrue(findings.isEmpty(), () -> findings.toString());
  }

  private static void mentions(Finding f, String... parts) {
    for (String p : parts) {
      assertTrue(f.message().contains(p), () -> "'" + p + "' not in: " + f.message());
    }
  }

  /** A model that passes every check, to break one thing at a time. */
  private static StrategyModel healthy() {
    StrategyModel m = model();
    BusinessMetric ttp = metric(m, "Time to productivity");
    Stakeholder cfo = stakeholder(m, "Dana", StakeholderGroup.SENIOR_LEADER, Stance.SUPPORTER, 5);
    cfo.setSuccessAnswer("Two weeks sooner");
    Initiative i = initiative(m, "Onboarding paths", AiUse.DELIVERY, Intent.STRATEGIC);
    link(i, ttp, "Practice shortens ramp-up");
    goodPilot(m, ttp, cfo);
    m.getGovernance().setDataStatement("LMS data, analysts only");
    return m;
  }

  @Test
  void aHealthyModelHasOnlyThePortfolioSummary() {
    List<Finding> all = run(healthy()).findings();
    assertEquals(1, all.size(), () -> all.toString());
    assertEquals("dev.wedge.portfolio.skew", all.get(0).analysisId());
    assertEquals(Severity.ADVICE, all.get(0).severity());
  }

  @Test
  void initiativeWithoutMetric() {
    StrategyModel m = healthy();
    Initiative lonely = initiative(m, "Course translation", AiUse.TRANSLATION, Intent.EFFICIENCY);
    Finding f = only(findings(m, "dev.wedge.initiative.no-metric"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(lonely, f.primaryObject());
    mentions(f, "'Course translation'", "first problem to solve");
    link(lonely, m.getMetrics().get(0), "x");
    none(findings(m, "dev.wedge.initiative.no-metric"));
  }

  @Test
  void linkWithoutHypothesis() {
    StrategyModel m = healthy();
    MetricLink l = m.getInitiatives().get(0).getLinks().get(0);
    l.setHypothesis(" ");
    mentions(only(findings(m, "dev.wedge.link.no-hypothesis")), "'Onboarding paths'", "'Time to productivity'");
    l.setHypothesis("because");
    none(findings(m, "dev.wedge.link.no-hypothesis"));
  }

  @Test
  void portfolioWithoutStrategicWorkOrAllEfficiency() {
    StrategyModel m = model();
    initiative(m, "Drafting", AiUse.CONTENT_CREATION, Intent.EFFICIENCY);
    initiative(m, "Summaries", AiUse.RESEARCH, Intent.EFFICIENCY);
    List<Finding> f = findings(m, "dev.wedge.portfolio.skew");
    assertEquals(3, f.size(), () -> f.toString());
    assertTrue(f.stream().anyMatch(x -> x.severity() == Severity.WARNING && x.message().contains("100% of the"
        + " portfolio is content creation and research (survey: 51%)")));
    assertTrue(f.stream().anyMatch(x -> x.message().startsWith("All 2 initiatives are about efficiency")));
    Finding summary = f.stream().filter(x -> x.severity() == Severity.ADVICE).findFirst().orElseThrow();
    mentions(summary, "content creation 50% (30%)", "research 50% (21%)", "reporting 0% (11%)", "delivery 0% (11%)",
        "strategic intent 0% of 2");
    initiative(m, "Dashboard", AiUse.REPORTING, Intent.STRATEGIC);
    assertEquals(1, findings(m, "dev.wedge.portfolio.skew").size(), "only the summary is left");
  }

  @Test
  void pilotWithoutSponsor() {
    StrategyModel m = healthy();
    m.getPilots().get(0).setSponsor(null);
    mentions(only(findings(m, "dev.wedge.pilot.no-sponsor")), "no sponsor");
    none(findings(healthy(), "dev.wedge.pilot.no-sponsor"));
  }

  @Test
  void pilotWithoutCriterionIsAnErrorOnceAgreed() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    p.getCriteria().clear();
    assertEquals(Severity.ERROR, only(findings(m, "dev.wedge.pilot.no-criterion")).severity());
    p.setStatus(PilotStatus.DRAFT);
    assertEquals(Severity.WARNING, only(findings(m, "dev.wedge.pilot.no-criterion")).severity());
    none(findings(healthy(), "dev.wedge.pilot.no-criterion"));
  }

  @Test
  void criteriaAgreedAfterTheStartOrEditedAfterTheFreeze() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    SuccessCriterion c = p.getCriteria().get(0);
    c.setAgreedOn(p.getStartDate().plusDays(3));
    mentions(only(findings(m, "dev.wedge.pilot.criteria-timing")), "after the start");
    c.setAgreedOn(p.getStartDate().minusDays(3));
    c.setLastEditedOn(p.getStartDate().plusDays(5));
    mentions(only(findings(m, "dev.wedge.pilot.criteria-timing")), "no re-baseline recorded");
    Rebaseline r = F.createRebaseline();
    r.setCriterion(c);
    r.setReason("cohort changed");
    p.getRebaselines().add(r);
    none(findings(m, "dev.wedge.pilot.criteria-timing"));
  }

  @Test
  void durationOtherThanAboutSixWeeksNeedsAReason() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    p.setDurationWeeks(12);
    mentions(only(findings(m, "dev.wedge.pilot.duration")), "12 weeks");
    p.setDurationReason("two reporting cycles");
    none(findings(m, "dev.wedge.pilot.duration"));
    p.setDurationReason(null);
    p.setDurationWeeks(7);
    none(findings(m, "dev.wedge.pilot.duration"));
  }

  @Test
  void pilotMetricWithoutBaseline() {
    StrategyModel m = healthy();
    m.getMetrics().get(0).setBaseline(null);
    mentions(only(findings(m, "dev.wedge.pilot.no-baseline")), "no baseline");
    none(findings(healthy(), "dev.wedge.pilot.no-baseline"));
  }

  @Test
  void comparisonDesignWithoutComparisonSize() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    p.setComparisonSize(0);
    only(findings(m, "dev.wedge.pilot.comparison-size"));
    p.setDesign(PilotDesign.PRE_POST);
    none(findings(m, "dev.wedge.pilot.comparison-size"));
  }

  @Test
  void sampleSizeCheckUsesTheDomainFormula() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    // sigma 20, target 10 days: delta/sigma = 0.5 -> 64 per group (G*Power, two independent means); with 40 per
    // group the smallest detectable effect is d = 0.6343 (G*Power sensitivity), 12.69 days
    p.setParticipants(40);
    p.setComparisonSize(40);
    Finding f = only(findings(m, "dev.wedge.pilot.sample-size"));
    mentions(f, "to detect 10 days", "needs 64 per group and has 40", "can only detect 12.69 days or more");
    p.setParticipants(64);
    p.setComparisonSize(64);
    none(findings(m, "dev.wedge.pilot.sample-size"));
    p.setTargetEffect(null);
    assertEquals(Severity.ADVICE, only(findings(m, "dev.wedge.pilot.sample-size")).severity());
  }

  @Test
  void aPilotOfOnePersonIsAFindingNotAFailedCheck() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    for (PilotDesign design : PilotDesign.values()) {
      p.setDesign(design);
      p.setParticipants(1);
      dev.wedge.analysis.engine.FindingsSnapshot s = run(m);
      assertEquals(List.of(), s.failures(), design.getName());
      Finding f = only(s.findings().stream().filter(x -> x.analysisId().equals("dev.wedge.pilot.sample-size"))
          .toList());
      assertEquals("Pilot 'Pilot' is too small: a group of one person cannot show an effect; each group needs at"
          + " least 2, and far more to detect 10 days.", f.message());
    }
  }

  @Test
  void hurriedRoiInputsAreFindings() {
    StrategyModel m = healthy();
    m.setCurrency("EUR");
    Pilot p = m.getPilots().get(0);
    BenefitLine b = F.createBenefitLine();
    b.setDescription("Faster ramp-up");
    b.setAnnualValue(10_000.0);
    b.setConfidence(0.8);
    b.setIsolation(70); // 70% typed as 70
    p.getBenefits().add(b);
    mentions(only(findings(m, "dev.wedge.pilot.roi-inputs")), "'Faster ramp-up' is not counted in the ROI",
        "an attributed share of 70 is not a share from 0 to 1 (70% is 0.7)", "enter shares from 0 to 1");
    b.setIsolation(0.7);
    none(findings(m, "dev.wedge.pilot.roi-inputs"));
    b.setAnnualValue(null);
    mentions(only(findings(m, "dev.wedge.pilot.roi-inputs")), "'Faster ramp-up' is not counted in the ROI: no value",
        "enter its annual value");
    b.setAnnualValue(10_000.0);
    p.setPlannedToApply(75.0); // scrap learning: 75% typed as 75
    mentions(only(findings(m, "dev.wedge.pilot.roi-inputs")), "records 75 as the share planning to apply",
        "(75% is 0.75)");
    p.setPlannedToApply(0.75);
    CostLine c = F.createCostLine();
    c.setDescription("Refund");
    c.setAmount(-5000);
    c.setCategory(CostCategory.DELIVERY);
    p.getCosts().add(c);
    Finding negative = only(findings(m, "dev.wedge.pilot.roi-inputs"));
    assertEquals(Severity.ERROR, negative.severity());
    mentions(negative, "the cost line 'Refund' is -5000: a cost is a positive amount");
    none(findings(m, "dev.wedge.model.no-currency"));
    m.setCurrency(null);
    mentions(only(findings(m, "dev.wedge.model.no-currency")), "amounts but no currency", "ISO 4217");
  }

  @Test
  void aTargetAgainstTheDirectionOrBeforeTheBaselineDateIsAnError() {
    StrategyModel m = healthy();
    BusinessMetric metric = m.getMetrics().get(0);
    metric.setDirection(Direction.INCREASE); // baseline 90, target 70: read from a file, no edit guard saw it
    Finding f = only(findings(m, "dev.wedge.metric.target"));
    assertEquals(Severity.ERROR, f.severity());
    mentions(f, "is to increase, but its target (70) is below its baseline (90)");
    metric.setDirection(Direction.DECREASE);
    none(findings(m, "dev.wedge.metric.target"));
    metric.setBaselineDate(TODAY.minusDays(10));
    metric.setTargetDate(TODAY.minusDays(20));
    mentions(only(findings(m, "dev.wedge.metric.target")), "its target date (" + TODAY.minusDays(20) + ") before its"
        + " baseline date (" + TODAY.minusDays(10) + ")");
  }

  @Test
  void aMeasurementFarOutsideThePlausibleRangeIsAFinding() {
    StrategyModel m = healthy();
    BusinessMetric metric = m.getMetrics().get(0); // baseline 90 days
    none(findings(m, "dev.wedge.metric.suspicious-values"));
    Measurement typo = measure(metric, TODAY.minusDays(2), 950, Cohort.ALL);
    Finding f = only(findings(m, "dev.wedge.metric.suspicious-values"));
    mentions(f, "a measurement far outside its plausible range: 950 on " + TODAY.minusDays(2)
        + " (more than ten times its baseline, 90 days)", "typo or a unit mix-up");
    assertTrue(f.objects().contains(typo));
    typo.setValue(95);
    none(findings(m, "dev.wedge.metric.suspicious-values"));
    metric.setUnit("%");
    metric.setBaseline(60.0);
    typo.setValue(120);
    mentions(only(findings(m, "dev.wedge.metric.suspicious-values")), "120 on", "outside 0 to 100 %");
  }

  @Test
  void scaleWithoutTheEvidenceOrAnOverrideIsAnError() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    p.setDecision(Decision.SCALE);
    Finding f = only(findings(m, "dev.wedge.pilot.scale-without-override"));
    assertEquals(Severity.ERROR, f.severity());
    mentions(f, "is decided 'scale' although its criterion is inconclusive", "no override records why");
    DecisionOverride o = F.createDecisionOverride();
    o.setDecision(Decision.SCALE);
    o.setReason("The sales kick-off cannot wait");
    o.setBy(p.getSponsor());
    p.getOverrides().add(o);
    none(findings(m, "dev.wedge.pilot.scale-without-override"));
  }

  @Test
  void pilotMeasurementsMustStartOnDayOne() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    BusinessMetric metric = p.getPrimaryMetric();
    metric.getMeasurements().removeIf(x -> x.getCohort() == Cohort.PILOT);
    mentions(only(findings(m, "dev.wedge.pilot.late-measurement")), "no measurement of the pilot cohort");
    measure(metric, p.getStartDate().plusDays(10), 85, Cohort.PILOT).setPilot(p);
    mentions(only(findings(m, "dev.wedge.pilot.late-measurement")), "first measurement is from");
    measure(metric, p.getStartDate().plusDays(1), 88, Cohort.PILOT).setPilot(p);
    none(findings(m, "dev.wedge.pilot.late-measurement"));
  }

  @Test
  void groupWithoutSuccessAnswer() {
    StrategyModel m = healthy();
    stakeholder(m, "Tom", StakeholderGroup.MANAGER, Stance.SKEPTIC, 3);
    Stakeholder anna = stakeholder(m, "Anna", StakeholderGroup.MANAGER, Stance.NEUTRAL, 2);
    mentions(only(findings(m, "dev.wedge.resistance.no-success-answer")), "managers (2)");
    anna.setSuccessAnswer("Fewer escalations");
    none(findings(m, "dev.wedge.resistance.no-success-answer"));
  }

  @Test
  void influentialSkepticWithoutAction() {
    StrategyModel m = healthy();
    Stakeholder cfo = m.getStakeholders().get(0);
    cfo.setStance(Stance.SKEPTIC);
    mentions(only(findings(m, "dev.wedge.resistance.skeptic-without-action")), "'Dana' is skeptical", "5/5");
    action(cfo, concern(cfo, RootCause.CREDIBILITY), ResponseKind.EVIDENCE);
    none(findings(m, "dev.wedge.resistance.skeptic-without-action"));
    cfo.setInfluence(2);
    cfo.getActions().clear();
    none(findings(m, "dev.wedge.resistance.skeptic-without-action"));
  }

  @Test
  void aSkepticWhoseAnswerIsAlreadyACriterionIsNotToldToAskAgain() {
    StrategyModel m = healthy();
    Stakeholder cfo = m.getStakeholders().get(0);
    cfo.setStance(Stance.SKEPTIC);
    cfo.setSuccessAnswer(null);
    mentions(only(findings(m, "dev.wedge.resistance.skeptic-without-action")), "ask what success looks like");
    cfo.setSuccessAnswer("Payback inside a year");
    mentions(only(findings(m, "dev.wedge.resistance.skeptic-without-action")), "make that answer a success criterion");
    SuccessCriterion c = F.createSuccessCriterion();
    c.setSource(cfo);
    m.getPilots().get(0).getCriteria().add(c);
    Finding f = only(findings(m, "dev.wedge.resistance.skeptic-without-action"));
    mentions(f, "already a success criterion of", "plan a response to their concerns");
    assertFalse(f.message().contains("ask what success looks like"), f.message());
  }

  @Test
  void distributionNamesTheDominantCauseAndItsAnswer() {
    StrategyModel m = healthy();
    none(findings(m, "dev.wedge.resistance.distribution"));
    Stakeholder a = stakeholder(m, "A", StakeholderGroup.IT_LEGAL, Stance.SKEPTIC, 3);
    concern(a, RootCause.GOVERNANCE);
    concern(a, RootCause.GOVERNANCE);
    concern(m.getStakeholders().get(0), RootCause.CREDIBILITY);
    mentions(only(findings(m, "dev.wedge.resistance.distribution")), "mostly from governance (2 of 3",
        "what answers it: Bring IT and legal in as partners, early", "credibility 1, governance 2");
  }

  @Test
  void responseThatDoesNotAnswerTheRootCauseOffersAFix() {
    StrategyModel m = healthy();
    Stakeholder dpo = stakeholder(m, "Claire", StakeholderGroup.IT_LEGAL, Stance.SKEPTIC, 4);
    ResponseAction a = action(dpo, concern(dpo, RootCause.GOVERNANCE), ResponseKind.TRAINING);
    Finding f = only(findings(m, "dev.wedge.resistance.response-mismatch"));
    mentions(f, "(training) does not answer a governance concern", "Bring IT and legal in as partners");
    assertNotNull(f.fix());
    assertEquals(a, f.primaryObject());
    a.setKind(ResponseKind.GOVERNANCE_PARTNERSHIP);
    none(findings(m, "dev.wedge.resistance.response-mismatch"));
  }

  @Test
  void firstAdkarBarrier() {
    StrategyModel m = healthy();
    Stakeholder s = m.getStakeholders().get(0);
    none(findings(m, "dev.wedge.resistance.adkar-barrier"));
    s.setAwareness(5);
    s.setDesire(4);
    s.setKnowledge(2);
    s.setAbility(1);
    mentions(only(findings(m, "dev.wedge.resistance.adkar-barrier")), "Knowledge (2/5)");
    s.setKnowledge(4);
    s.setAbility(4);
    s.setReinforcement(4);
    none(findings(m, "dev.wedge.resistance.adkar-barrier"));
  }

  @Test
  void metricWithoutBaselineOrTarget() {
    StrategyModel m = healthy();
    BusinessMetric x = metric(m, "Churn");
    x.setBaseline(null);
    x.setTarget(null);
    mentions(only(findings(m, "dev.wedge.metric.no-baseline")), "'Churn' has no baseline");
    mentions(only(findings(m, "dev.wedge.metric.no-target")), "'Churn' has no target");
  }

  @Test
  void metricNotMeasuredWithinItsCadence() {
    StrategyModel m = healthy();
    BusinessMetric x = metric(m, "Churn");
    x.setCadenceDays(30);
    x.getMeasurements().clear();
    mentions(only(findings(m, "dev.wedge.metric.stale")), "never been measured");
    measure(x, TODAY.minusDays(45), 11, Cohort.ALL);
    mentions(only(findings(m, "dev.wedge.metric.stale")), "45 days ago (expected every 30 days)");
    measure(x, TODAY.minusDays(10), 11, Cohort.ALL);
    none(findings(m, "dev.wedge.metric.stale"));
  }

  @Test
  void aiContentWithoutReviewStepIsAnErrorWhenLive() {
    StrategyModel m = healthy();
    Initiative i = m.getInitiatives().get(0);
    i.setUsesAiContent(true);
    i.setStatus(InitiativeStatus.ACTIVE);
    assertEquals(Severity.ERROR, only(findings(m, "dev.wedge.governance.no-review-step")).severity());
    i.setStatus(InitiativeStatus.IDEA);
    assertEquals(Severity.WARNING, only(findings(m, "dev.wedge.governance.no-review-step")).severity());
    ReviewStep r = F.createReviewStep();
    r.setWorkflow(i);
    m.getGovernance().getReviewSteps().add(r);
    none(findings(m, "dev.wedge.governance.no-review-step"));
  }

  @Test
  void aiContentNotRecordedIsAskedAboutOnceTheInitiativeIsPilotedOrLive() {
    StrategyModel m = healthy();
    Initiative i = m.getInitiatives().get(0);
    i.unsetUsesAiContent();
    i.setStatus(InitiativeStatus.IDEA);
    m.getPilots().forEach(p -> p.setInitiative(null));
    none(findings(m, "dev.wedge.governance.no-review-step"));
    i.setStatus(InitiativeStatus.ACTIVE);
    mentions(only(findings(m, "dev.wedge.governance.no-review-step")), "does not say whether it puts AI content",
        "unknown");
    i.setUsesAiContent(false);
    none(findings(m, "dev.wedge.governance.no-review-step"));
  }

  @Test
  void learnerDataWithoutAccessOrPurpose() {
    StrategyModel m = healthy();
    LearnerDataItem d = F.createLearnerDataItem();
    d.setName("Quiz scores");
    d.setPersonal(true);
    d.setPurpose("adapt practice");
    m.getGovernance().getLearnerData().add(d);
    mentions(only(findings(m, "dev.wedge.governance.learner-data")), "no named access", "personal data");
    d.setAccess("L&D analysts");
    none(findings(m, "dev.wedge.governance.learner-data"));
  }

  @Test
  void noLearnerDataAnswer() {
    StrategyModel m = healthy();
    m.getInitiatives().get(0).setUsesAiContent(true);
    none(findings(m, "dev.wedge.governance.no-data-answer"));
    m.getGovernance().setDataStatement("");
    mentions(only(findings(m, "dev.wedge.governance.no-data-answer")), "who has access");
  }

  @Test
  void scalingWithoutLegal() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    p.setInitiative(m.getInitiatives().get(0));
    p.setDecision(Decision.SCALE);
    Finding f = only(findings(m, "dev.wedge.governance.scale-without-legal"));
    assertEquals(Severity.ERROR, f.severity());
    Consultation c = F.createConsultation();
    c.setParty("Legal");
    c.setOutcome(ConsultationOutcome.PENDING);
    c.getInitiatives().add(p.getInitiative());
    m.getGovernance().getConsultations().add(c);
    only(findings(m, "dev.wedge.governance.scale-without-legal"));
    c.setOutcome(ConsultationOutcome.APPROVED);
    none(findings(m, "dev.wedge.governance.scale-without-legal"));
  }

  @Test
  void aiActHighRiskAreas() {
    StrategyModel m = healthy();
    Initiative quiz = initiative(m, "Adaptive quiz", AiUse.ASSESSMENT, Intent.EFFICIENCY);
    quiz.setRiskArea(RiskArea.LEARNING_OUTCOMES);
    Finding f = only(findings(m, "dev.wedge.governance.ai-act"));
    mentions(f, "Annex III, point 3", "unassessed");
    assertNotNull(f.fix());
    quiz.setRiskClass(RiskClass.HIGH);
    mentions(only(findings(m, "dev.wedge.governance.ai-act")), "no risk note");
    quiz.setRiskNote("Scores are advisory; humans decide");
    none(findings(m, "dev.wedge.governance.ai-act"));
  }

  @Test
  void pilotJudgedOnSeveralMetrics() {
    StrategyModel m = healthy();
    Pilot p = m.getPilots().get(0);
    SuccessCriterion c = F.createSuccessCriterion();
    c.setMetric(metric(m, "Win rate"));
    p.getCriteria().add(c);
    mentions(only(findings(m, "dev.wedge.focus.one-metric")), "2 metrics");
    none(findings(healthy(), "dev.wedge.focus.one-metric"));
  }

  @Test
  void manyPilotsNoneDecided() {
    StrategyModel m = healthy();
    BusinessMetric x = m.getMetrics().get(0);
    Stakeholder s = m.getStakeholders().get(0);
    goodPilot(m, x, s);
    none(findings(m, "dev.wedge.focus.no-decided-pilot"));
    Pilot third = goodPilot(m, x, s);
    mentions(only(findings(m, "dev.wedge.focus.no-decided-pilot")), "3 pilots and none decided");
    third.setStatus(PilotStatus.DECIDED);
    none(findings(m, "dev.wedge.focus.no-decided-pilot"));
  }
}
