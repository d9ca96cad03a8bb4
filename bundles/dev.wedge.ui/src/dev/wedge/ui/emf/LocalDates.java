package dev.wedge.ui.emf;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates as the user reads and types them: shown in the user's format locale ("1 Nov 2026", "01.11.2026",
 * "Nov 1, 2026"), accepted in ISO (2026-11-01), in the locale's short, medium and long forms, and as day.month.year
 * with dots (a form no locale reads month first). Parsing is strict: 2026-02-30 is refused, not moved to a nearby day.
 */
public final class LocalDates {

  private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 1);

  private LocalDates() {
  }

  /** The locale dates are shown and read in (the user's format locale). */
  public static Locale locale() {
    return Locale.getDefault(Locale.Category.FORMAT);
  }

  public static String format(LocalDate date) {
    return format(date, locale());
  }

  /** The date in the locale's medium form (readable, with a four-digit year). */
  public static String format(LocalDate date, Locale locale) {
    return date == null ? "" : formatter(FormatStyle.MEDIUM, locale).format(date);
  }

  public static LocalDate parse(String text) {
    return parse(text, locale());
  }

  /**
   * Reads a date typed by the user; {@code null} for an empty text.
   *
   * @throws IllegalArgumentException with a sentence that names the text and the forms that are understood
   */
  public static LocalDate parse(String text, Locale locale) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return null;
    }
    for (DateTimeFormatter f : readers(locale)) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new IllegalArgumentException("'" + t + "' is not a date: write it as " + EXAMPLE + " or "
        + formatter(FormatStyle.SHORT, locale).format(EXAMPLE));
  }

  private static List<DateTimeFormatter> readers(Locale locale) {
    List<DateTimeFormatter> out = new ArrayList<>();
    out.add(DateTimeFormatter.ISO_LOCAL_DATE);
    for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG}) {
      out.add(strict(loose(pattern(style, locale)), locale));
    }
    String shortForm = loose(pattern(FormatStyle.SHORT, locale));
    if (shortForm.contains("uu") && !shortForm.contains("uuu")) {
      out.add(strict(shortForm.replace("uu", "uuuu"), locale)); // the short form with the year written in full
    }
    out.add(strict("d.M.uuuu", locale));
    return out;
  }

  /** The locale's pattern for {@code style}, read strictly (year of era made a proleptic year). */
  private static DateTimeFormatter formatter(FormatStyle style, Locale locale) {
    return strict(pattern(style, locale), locale);
  }

  private static String pattern(FormatStyle style, Locale locale) {
    return toProlepticYear(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
        locale));
  }

  /** Reads one or two digits where the pattern writes two ("1.11.26" as well as "01.11.26"). */
  private static String loose(String pattern) {
    return pattern.replaceAll("(?<!d)dd(?!d)", "d").replaceAll("(?<!M)MM(?!M)", "M");
  }

  private static DateTimeFormatter strict(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
  }

  /** 'y' (year of era) needs an era under strict resolution; 'u' is the same number without one. */
  private static String toProlepticYear(String pattern) {
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }
}
