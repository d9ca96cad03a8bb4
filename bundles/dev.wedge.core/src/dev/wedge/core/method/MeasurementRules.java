package dev.wedge.core.method;

import java.time.LocalDate;
import java.util.Optional;

import dev.wedge.core.text.Localized;

/**
 * What a measurement's date must satisfy before it enters a model, whichever way it comes (typed in an editor, pasted,
 * imported from CSV or xAPI): a measurement records something already observed, so it has a date and that date is not
 * after today. Headless; the edit guards and the imports share it so that they refuse the same dates with the same
 * sentence.
 */
public final class MeasurementRules {

  private MeasurementRules() {
  }

  /**
   * Why a measurement dated {@code date} is refused on {@code today}, as one sentence naming the problem and the fix;
   * empty when the date is fine.
   *
   * @param date the measurement's date (null: it has none)
   * @param today the session's today (from its clock, or {@code --today})
   */
  public static Optional<String> refusal(LocalDate date, LocalDate today) {
    if (date == null) {
      return Optional.of(Localized.of(MeasurementRules.class, Localized.workbench()).get("measurement.noDate"));
    }
    if (today != null && date.isAfter(today)) {
      long days = java.time.temporal.ChronoUnit.DAYS.between(today, date);
      return Optional.of(Localized.of(MeasurementRules.class, Localized.workbench()).get(days == 1
          ? "measurement.futureDay" : "measurement.future", date, days, today));
    }
    return Optional.empty();
  }
}
