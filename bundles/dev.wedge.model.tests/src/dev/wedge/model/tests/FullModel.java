package dev.wedge.model.tests;

import java.time.LocalDate;

import dev.wedge.model.*;

/** A small model that sets every class and most features of the shared model. */
final class FullModel {

  private FullModel() {
  }

  static StrategyModel build() {
    WedgeFactory f = WedgeFactory.eINSTANCE;
    StrategyModel m = f.createStrategyModel();
    m.setName("Acme L&D");
    m.setOrganization("Acme Corp");
    m.setDescription("Everything in one file");
    m.setFormatVersion(ModelVersion.CURRENT);
    m.getDisabledAnalyses().add("some.analysis");

    BusinessGoal goal = f.createBusinessGoal();
    goal.setName("Grow revenue");
    goal.setOwner("CRO");
    m.getGoals().add(goal);

    Stakeholder cfo = f.createStakeholder();
    cfo.setName("Dana CFO");
    cfo.setRole("Chief Financial Officer");
    cfo.setGroup(StakeholderGroup.SENIOR_LEADER);
    cfo.setInfluence(5);
    cfo.setInterest(2);
    cfo.setStance(Stance.SKEPTIC);
    cfo.setSuccessAnswer("New hires productive 10 days sooner");
    cfo.setAwareness(4);
    cfo.setDesire(2);
    Concern concern = f.createConcern();
    concern.setDescription("No business case");
    concern.setRootCause(RootCause.CREDIBILITY);
    concern.setSeverity(Level.HIGH);
    cfo.getConcerns().add(concern);
    ResponseAction action = f.createResponseAction();
    action.setDescription("Share pilot data");
    action.setKind(ResponseKind.EVIDENCE);
    action.setConcern(concern);
    action.setOwner("Head of L&D");
    action.setDueDate(LocalDate.of(2026, 3, 1));
    action.setStatus(ActionStatus.PLANNED);
    cfo.getActions().add(action);
    m.getStakeholders().add(cfo);

    BusinessMetric ttp = f.createBusinessMetric();
    ttp.setName("Time to productivity");
    ttp.setKind(MetricKind.TIME_TO_PRODUCTIVITY);
    ttp.setUnit("days");
    ttp.setDirection(Direction.DECREASE);
    ttp.setGoal(goal);
    ttp.setOwner(cfo);
    ttp.setBaseline(90.0);
    ttp.setBaselineDate(LocalDate.of(2026, 1, 1));
    ttp.setTarget(70.0);
    ttp.setTargetDate(LocalDate.of(2026, 6, 30));
    ttp.setValuePerUnit(450.0);
    ttp.setCadenceDays(14);
    ttp.setStandardDeviation(20.0);
    m.getMetrics().add(ttp);

    Initiative init = f.createInitiative();
    init.setName("AI onboarding coach");
    init.setUse(AiUse.COACHING);
    init.setIntent(Intent.STRATEGIC);
    init.setUsesAiContent(true);
    init.setStatus(InitiativeStatus.ACTIVE);
    init.setBusinessProblem("Slow ramp-up");
    init.setReframing("We're using an AI coach to close the product gap that is slowing time to productivity");
    init.setRiskArea(RiskArea.LEARNING_OUTCOMES);
    init.setRiskClass(RiskClass.HIGH);
    init.setRiskNote("Scores are advisory only");
    MetricLink link = f.createMetricLink();
    link.setMetric(ttp);
    link.setHypothesis("Practice shortens ramp-up");
    link.setGap("product gap");
    link.setExpectedChange(-15.0);
    init.getLinks().add(link);
    m.getInitiatives().add(init);

    Pilot pilot = f.createPilot();
    pilot.setName("Onboarding pilot");
    pilot.setBusinessProblem("Slow ramp-up");
    pilot.setProblemKind(ProblemKind.SKILLS_GAP);
    pilot.setSponsor(cfo);
    pilot.setInitiative(init);
    pilot.setPrimaryMetric(ttp);
    pilot.setStartDate(LocalDate.of(2026, 2, 2));
    pilot.setDurationWeeks(6);
    pilot.setDesign(PilotDesign.DIFFERENCE_IN_DIFFERENCES);
    pilot.setParticipants(64);
    pilot.setComparisonSize(64);
    pilot.setTargetEffect(10.0);
    pilot.setStatus(PilotStatus.RUNNING);
    pilot.setFrozenOn(LocalDate.of(2026, 2, 2));
    SuccessCriterion crit = f.createSuccessCriterion();
    crit.setDescription("10 days faster than comparison");
    crit.setMetric(ttp);
    crit.setComparator(Comparator.BEATS_COMPARISON_BY);
    crit.setThreshold(10);
    crit.getAgreedBy().add(cfo);
    crit.setAgreedOn(LocalDate.of(2026, 1, 20));
    crit.setSource(cfo);
    pilot.getCriteria().add(crit);
    Rebaseline rb = f.createRebaseline();
    rb.setDate(LocalDate.of(2026, 2, 20));
    rb.setReason("Cohort changed");
    rb.setChange("threshold 12 -> 10");
    rb.setCriterion(crit);
    pilot.getRebaselines().add(rb);
    CostLine cost = f.createCostLine();
    cost.setDescription("Licences");
    cost.setCategory(CostCategory.TOOLS);
    cost.setAmount(12000);
    pilot.getCosts().add(cost);
    BenefitLine benefit = f.createBenefitLine();
    benefit.setDescription("Faster ramp-up");
    benefit.setMetric(ttp);
    benefit.setUnitsChange(10.0);
    benefit.setConfidence(0.6);
    benefit.setIsolation(0.8);
    pilot.getBenefits().add(benefit);
    pilot.setDecision(Decision.ITERATE);
    pilot.setDecisionRationale("Promising");
    pilot.setDecisionDate(LocalDate.of(2026, 3, 20));
    m.getPilots().add(pilot);

    Measurement meas = f.createMeasurement();
    meas.setDate(LocalDate.of(2026, 2, 16));
    meas.setValue(82.5);
    meas.setCohort(Cohort.PILOT);
    meas.setPilot(pilot);
    meas.setSource("HRIS");
    meas.setNote("week 2");
    ttp.getMeasurements().add(meas);
    ImportRecord record = f.createImportRecord();
    record.setFormat(ImportFormat.CSV);
    record.setFileName("hris-2026-02.csv");
    record.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    record.setImportedAt("2026-02-17T09:15:00Z");
    record.setSource("hris");
    record.setSettings("UTF-8, ',', decimal point, dates day-first");
    record.setMapping("date 'Datum', value 'TTP (Tage)', cohort 'Standort'");
    record.setRowsRead(3);
    record.setRowsImported(1);
    record.setRowsRefused(2);
    record.getNotes().add("2 rows refused");
    record.setSubjectKeySalt("s1:4f2a");
    ttp.getImports().add(record);
    meas.setImportRecord(record);
    ImportSource source = f.createImportSource();
    source.setName("hris");
    CohortMapping mapping = f.createCohortMapping();
    mapping.setValue("Pilot Ume\u00e5");
    mapping.setCohort(Cohort.PILOT);
    source.getCohorts().add(mapping);
    m.getImportSources().add(source);

    Governance gov = f.createGovernance();
    gov.setDataStatement("We use completion and quiz data; L&D analysts only");
    ReviewStep review = f.createReviewStep();
    review.setName("SME review");
    review.setWorkflow(init);
    review.setReviewer(cfo);
    review.setReviewerRole("SME");
    gov.getReviewSteps().add(review);
    LearnerDataItem data = f.createLearnerDataItem();
    data.setName("Quiz scores");
    data.setPersonal(true);
    data.setPurpose("Adapt practice");
    data.setAccess("L&D analysts");
    data.setRetention("12 months");
    data.getUsedBy().add(init);
    gov.getLearnerData().add(data);
    Consultation c = f.createConsultation();
    c.setParty("Legal");
    c.setWho("J. Counsel");
    c.setDate(LocalDate.of(2026, 1, 10));
    c.setOutcome(ConsultationOutcome.APPROVED_WITH_CONDITIONS);
    c.setNote("DPIA needed before scale");
    c.getInitiatives().add(init);
    gov.getConsultations().add(c);
    m.setGovernance(gov);

    MaturityAssessment mat = f.createMaturityAssessment();
    mat.setStage(MaturityStage.RECENTLY_STARTED);
    mat.setAssessedOn(LocalDate.of(2026, 1, 5));
    EffortShare share = f.createEffortShare();
    share.setUse(AiUse.CONTENT_CREATION);
    share.setPercent(45);
    mat.getEfforts().add(share);
    m.setMaturity(mat);
    return m;
  }
}
