package dev.wedge.ui.emf;

import java.time.LocalDate;
import java.util.Locale;

import dev.wedge.core.text.ValueText;

/**
 * Dates as the user reads and types them: shown in the user's format locale ("1 Nov 2026", "01.11.2026",
 * "Nov 1, 2026"), read by {@link ValueText#date} (ISO, day.month.year with dots, month names, and day and month with
 * slashes only when one order fits; 03/04/2026 is asked about, never decided by the locale). Strict: 2026-02-30 is
 * refused, not moved to a nearby day.
 */
public final class LocalDates {

  private LocalDates() {
  }

  /** The locale dates and numbers are shown and read in (the user's format locale). */
  public static Locale locale() {
    return Locale.getDefault(Locale.Category.FORMAT);
  }

  public static String format(LocalDate date) {
    return format(date, locale());
  }

  /** The date in the locale's medium form (readable, with a four-digit year). */
  public static String format(LocalDate date, Locale locale) {
    return ValueText.format(date, locale);
  }

  public static LocalDate parse(String text) {
    return parse(text, locale());
  }

  /**
   * Reads a date typed by the user; {@code null} for an empty text.
   *
   * @throws IllegalArgumentException with a sentence that names the text and the forms that are understood, or the
   *         two readings of an ambiguous one
   */
  public static LocalDate parse(String text, Locale locale) {
    return (LocalDate) ValueText.date(text, locale).orThrow();
  }
}
