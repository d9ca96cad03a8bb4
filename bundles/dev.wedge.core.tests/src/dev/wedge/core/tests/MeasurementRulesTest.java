package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.wedge.core.method.MeasurementRules;

/** Measurements are dated, and not after today. */
class MeasurementRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void todayAndEarlierAreFine() {
    assertEquals(Optional.empty(), MeasurementRules.refusal(TODAY, TODAY));
    assertEquals(Optional.empty(), MeasurementRules.refusal(LocalDate.of(2019, 1, 31), TODAY));
  }

  @Test
  void tomorrowIsRefusedWithTheReasonAndTheFix() {
    String why = MeasurementRules.refusal(TODAY.plusDays(1), TODAY).orElseThrow();
    assertTrue(why.contains("2026-11-30") && why.contains("1 day after today (2026-11-29)"), why);
    assertTrue(why.contains("check the date"), why);
  }

  @Test
  void nextMonthIsRefused() {
    String why = MeasurementRules.refusal(LocalDate.of(2026, 12, 11), TODAY).orElseThrow();
    assertTrue(why.contains("12 days after today"), why);
  }

  @Test
  void aMissingDateIsRefused() {
    assertTrue(MeasurementRules.refusal(null, TODAY).orElseThrow().contains("needs the date"));
  }
}
