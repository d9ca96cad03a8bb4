package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;
import dev.wedge.model.*;

/** Inputs checked at the edge, and the dates of the stage gate, from the session's clock. */
class EdgeRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @TempDir
  Path dir;

  private final ModelSessions sessions = new ModelSessions();
  private ModelSession session;
  private Pilot pilot;

  @BeforeEach
  void open() throws Exception {
    sessions.setClock(Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    session = sessions.create(dir.resolve("m.wedge"), ModelTemplates.instantiate(ModelTemplates.STARTER, "m", null));
    pilot = session.getModel().getPilots().get(0);
  }

  @AfterEach
  void close() {
    sessions.release(session);
  }

  private boolean set(Object owner, EStructuralFeature f, Object value) {
    return session.execute(SetCommand.create(session.getEditingDomain(), owner, f, value));
  }

  @Test
  void todayComesFromTheClockInTheModelsTimeZone() {
    assertEquals(TODAY, session.today());
    sessions.setClock(Clock.fixed(TODAY.atTime(23, 30).toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
    session.getModel().setTimeZone("Europe/Oslo");
    assertEquals(TODAY.plusDays(1), session.today(), "23:30 UTC is past midnight in Oslo");
  }

  @Test
  void sharesTypedAsPercentagesAreRefusedWithTheFix() {
    BenefitLine b = WedgeFactory.eINSTANCE.createBenefitLine();
    assertTrue(session.execute(AddCommand.create(session.getEditingDomain(), pilot, WedgePackage.Literals.PILOT__BENEFITS,
        b)));
    assertFalse(set(b, WedgePackage.Literals.BENEFIT_LINE__CONFIDENCE, 80.0));
    assertEquals("A confidence of 80 is not a share: shares run from 0 to 1, so 80% is 0.8.", session.lastRefusal());
    assertFalse(set(b, WedgePackage.Literals.BENEFIT_LINE__ISOLATION, 60.0));
    assertTrue(session.lastRefusal().contains("60% is 0.6"), session.lastRefusal());
    assertTrue(set(b, WedgePackage.Literals.BENEFIT_LINE__CONFIDENCE, 0.8));
    assertFalse(set(pilot, WedgePackage.Literals.PILOT__PLANNED_TO_APPLY, 1.5));
  }

  @Test
  void negativeAmountsAreRefused() {
    CostLine c = WedgeFactory.eINSTANCE.createCostLine();
    assertTrue(session.execute(AddCommand.create(session.getEditingDomain(), pilot, WedgePackage.Literals.PILOT__COSTS,
        c)));
    assertFalse(set(c, WedgePackage.Literals.COST_LINE__AMOUNT, -5000.0));
    assertEquals("A cost of -5,000 cannot be negative: enter costs as positive amounts, and a saving as a benefit line.",
        session.lastRefusal());
    assertFalse(set(pilot, WedgePackage.Literals.PILOT__PARTICIPANTS, -3));
    assertFalse(set(pilot, WedgePackage.Literals.PILOT__DURATION_WEEKS, 0));
    assertFalse(set(pilot.getPrimaryMetric(), WedgePackage.Literals.BUSINESS_METRIC__STANDARD_DEVIATION, 0.0));
  }

  @Test
  void aDirectionThatContradictsTheTargetIsRefused() {
    BusinessMetric m = WedgeFactory.eINSTANCE.createBusinessMetric();
    m.setName("Time to productivity");
    m.setDirection(Direction.DECREASE);
    m.setBaseline(94.0);
    assertTrue(session.execute(AddCommand.create(session.getEditingDomain(), session.getModel(),
        WedgePackage.Literals.STRATEGY_MODEL__METRICS, m)));
    assertFalse(set(m, WedgePackage.Literals.BUSINESS_METRIC__TARGET, 100.0));
    assertEquals("'Time to productivity' is to decrease, but its target (100) is above its baseline (94): change the"
        + " direction to 'increase' or correct the target.", session.lastRefusal());
    assertTrue(set(m, WedgePackage.Literals.BUSINESS_METRIC__TARGET, 70.0));
    assertFalse(set(m, WedgePackage.Literals.BUSINESS_METRIC__DIRECTION, Direction.INCREASE));
  }

  @Test
  void measurementsDatedAfterTodayAreRefusedInEdits() {
    BusinessMetric m = pilot.getPrimaryMetric();
    Measurement x = WedgeFactory.eINSTANCE.createMeasurement();
    x.setDate(TODAY.plusMonths(1));
    assertFalse(session.execute(AddCommand.create(session.getEditingDomain(), m,
        WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, x)));
    assertTrue(session.lastRefusal().contains("after today (2026-11-29)"), session.lastRefusal());
    x.setDate(TODAY);
    assertTrue(session.execute(AddCommand.create(session.getEditingDomain(), m,
        WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, x)));
    assertFalse(set(x, WedgePackage.Literals.MEASUREMENT__DATE, TODAY.plusDays(1)));
  }

  @Test
  void aPilotDoesNotStartBeforeItsStartDateUnlessTheMoveIsRecorded() {
    assertTrue(set(pilot, WedgePackage.Literals.PILOT__START_DATE, TODAY.plusDays(6)));
    assertFalse(session.execute(PilotRules.start(session.getEditingDomain(), pilot, TODAY)));
    assertTrue(session.lastRefusal().contains("is planned to start on 2026-12-05, 6 days from today"),
        session.lastRefusal());
    assertEquals(PilotStatus.DRAFT, pilot.getStatus() == null ? PilotStatus.DRAFT : pilot.getStatus());
    assertTrue(session.execute(PilotRules.startEarly(session.getEditingDomain(), pilot, TODAY, "the cohort was hired"
        + " a week early")));
    assertEquals(TODAY, pilot.getStartDate());
    assertEquals(PilotStatus.RUNNING, pilot.getStatus());
    Rebaseline r = pilot.getRebaselines().get(pilot.getRebaselines().size() - 1);
    assertEquals("startDate: 2026-12-05 \u2192 2026-11-29", r.getChange());
    assertEquals("the cohort was hired a week early", r.getReason());
    // the start date of a running pilot is part of its frozen plan
    assertFalse(set(pilot, WedgePackage.Literals.PILOT__START_DATE, TODAY.minusDays(30)));
  }

  @Test
  void aDecisionBeforeThePilotsEndNeedsTheReasonItStopsEarly() {
    assertTrue(set(pilot, WedgePackage.Literals.PILOT__START_DATE, TODAY.minusWeeks(2)));
    pilot.setDurationWeeks(6);
    assertFalse(session.execute(PilotRules.decide(session.getEditingDomain(), pilot, Decision.STOP, "no", TODAY)));
    assertTrue(session.lastRefusal().contains("needs the reason it stops early"), session.lastRefusal());
    assertTrue(session.execute(PilotRules.decide(session.getEditingDomain(), pilot, Decision.STOP, "no",
        "the product it trained for was withdrawn", TODAY)));
    assertEquals("the product it trained for was withdrawn", pilot.getEarlyStopReason());
    assertEquals(Decision.STOP, pilot.getDecision());
  }
}
