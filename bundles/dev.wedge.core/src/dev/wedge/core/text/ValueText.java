package dev.wedge.core.text;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
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

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One value typed by a person (a form field, a table cell), read with the rules the imports use ({@link Numbers},
 * {@link Dates}) and written back so that it reads again as the same value. What only one reading fits is taken
 * whatever the locale ({@code 81,50} is 81.5, {@code 16/03/2026} is 16 March); what two readings fit is never
 * decided by the locale: {@code 1,234} (a thousand and more, or one point two) and {@code 03/04/2026} (3 April or
 * 4 March) come back {@linkplain Outcome#AMBIGUOUS ambiguous}, with a sentence giving both readings and how to write
 * each so that it cannot be misread. Wrong text comes back {@linkplain Outcome#WRONG wrong}, with a sentence naming
 * the text and how to write it. The locale gives the month names read, the forms suggested and the forms written.
 */
public final class ValueText {

  /** What became of a text. */
  public enum Outcome {
    /** Read as one value. */
    VALUE,
    /** Nothing was typed: no value (null). */
    EMPTY,
    /** Two readings fit, differently: nothing is read, the sentence asks which. */
    AMBIGUOUS,
    /** No reading fits: the sentence says what is wrong and how to write it. */
    WRONG
  }

  /** A text read: its value (null unless {@link Outcome#VALUE}), or the sentence why not. */
  public record Reading(Object value, Outcome outcome, String sentence) {

    /** Whether the text gives a value or no value at all (an empty optional field). */
    public boolean ok() {
      return outcome == Outcome.VALUE || outcome == Outcome.EMPTY;
    }

    /**
     * The value.
     *
     * @throws IllegalArgumentException with the sentence, when the text is ambiguous or wrong
     */
    public Object orThrow() {
      if (!ok()) {
        throw new IllegalArgumentException(sentence);
      }
      return value;
    }

    static Reading of(Object value) {
      return new Reading(value, Outcome.VALUE, null);
    }

    static Reading empty() {
      return new Reading(null, Outcome.EMPTY, null);
    }

    static Reading wrong(String sentence) {
      return new Reading(null, Outcome.WRONG, sentence);
    }

    static Reading ambiguous(String sentence) {
      return new Reading(null, Outcome.AMBIGUOUS, sentence);
    }
  }

  private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 1);

  private ValueText() {
  }

  /** How {@code locale} writes numbers: a decimal comma (de-DE, fr-FR) or a decimal point (en-US, de-CH). */
  public static DecimalStyle style(Locale locale) {
    return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? DecimalStyle.COMMA
        : DecimalStyle.POINT;
  }

  /**
   * Reads {@code text} as a value of {@code type}: text, a date, a whole number, a number, or what EMF reads for
   * other types (yes/no, enum literals). An empty text is no value, except for a type that needs one (a primitive).
   */
  public static Reading read(EDataType type, String text, Locale locale) {
    Class<?> c = type.getInstanceClass();
    if (c == String.class) {
      return text == null || text.isEmpty() ? Reading.empty() : Reading.of(text);
    }
    String t = Numbers.strip(text);
    if (t.isEmpty()) {
      return c != null && c.isPrimitive() ? Reading.wrong("a value is needed here: " + kind(c)) : Reading.empty();
    }
    if (c == LocalDate.class) {
      return date(t, locale);
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      Reading r = wholeNumber(t, locale);
      if (r.outcome() == Outcome.VALUE && (c == int.class || c == Integer.class)) {
        long v = (Long) r.value();
        return v > Integer.MAX_VALUE ? Reading.wrong("'" + t + "' is too large for a whole number here (at most "
            + Integer.MAX_VALUE + ")") : Reading.of((int) v);
      }
      return r;
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      Reading r = number(t, locale);
      if (r.outcome() == Outcome.VALUE && (c == float.class || c == Float.class)) {
        return Reading.of(((Double) r.value()).floatValue());
      }
      return r;
    }
    Object v;
    try {
      v = EcoreUtil.createFromString(type, t);
    } catch (RuntimeException e) {
      v = null;
    }
    return v == null ? Reading.wrong("'" + t + "' is not " + kind(c)) : Reading.of(v);
  }

  /**
   * Reads a number: digits with a decimal point or comma, grouped by the other mark, by spaces or apostrophes, with a
   * sign or a percent sign (85 % is 85). A currency is refused (the model's amounts are all in its currency).
   */
  public static Reading number(String text, Locale locale) {
    String t = Numbers.strip(text);
    if (t.isEmpty()) {
      return Reading.empty();
    }
    Numbers.Parsed p;
    switch (Numbers.evidence(t)) {
      case AMBIGUOUS -> {
        return Reading.ambiguous(ambiguity(t, locale));
      }
      case COMMA -> p = Numbers.parse(t, DecimalStyle.COMMA);
      case POINT, PLAIN -> p = Numbers.parse(t, DecimalStyle.POINT);
      default -> {
        p = Numbers.parse(t, style(locale));
        if (p.ok()) {
          break;
        }
        if (p.refusal().equals("'" + t + "' is not a number")) {
          return Reading.wrong("'" + t + "' is not a number: write it as " + format(1234.5, locale));
        }
        return Reading.wrong(p.refusal());
      }
    }
    if (!p.ok()) {
      return Reading.wrong(p.refusal());
    }
    if (p.currency() != null) {
      return Reading.wrong("'" + t + "' has a currency (" + p.currency() + "): type the amount alone, as "
          + format(Math.abs(p.value()), locale) + "; the model's amounts are all in its own currency");
    }
    return Reading.of(p.value());
  }

  /** Reads a whole number of 0 or more (a count, a score), as a {@code Long}; see {@link #number}. */
  public static Reading wholeNumber(String text, Locale locale) {
    String t = Numbers.strip(text);
    Reading r = number(t, locale);
    if (r.outcome() == Outcome.WRONG) {
      return Reading.wrong("'" + t + "' is not a whole number");
    }
    if (r.outcome() != Outcome.VALUE) {
      return r;
    }
    double v = (Double) r.value();
    if (v != Math.rint(v) || Math.abs(v) > Long.MAX_VALUE / 2.0) {
      return Reading.wrong("'" + t + "' is not a whole number");
    }
    if (v < 0) {
      return Reading.wrong("'" + t + "' is not a whole number of 0 or more");
    }
    return Reading.of((long) v);
  }

  /**
   * Reads a date: ISO (2026-11-01), day.month.year with dots, a month by name (in English, German or the locale's
   * language: "Nov 1, 2026", "1. November 2026", "1 nov. 2026"), and day and month with slashes or dashes when only
   * one order fits (16/03/2026). Strict: 30.02.2026 is refused, not moved to 2 March.
   */
  public static Reading date(String text, Locale locale) {
    String t = Numbers.strip(text);
    if (t.isEmpty()) {
      return Reading.empty();
    }
    Dates.Shape s = Dates.shape(t);
    Dates.Parsed p = switch (s.kind()) {
      case ISO, DOTTED, NAMED -> Dates.parse(t, null);
      case NUMERIC -> {
        if (s.onlyMonthFirst()) {
          yield Dates.parse(t, Dates.Order.MONTH_FIRST);
        }
        if (s.onlyDayFirst() || s.sameEitherWay() || s.a() > 12) {
          yield Dates.parse(t, Dates.Order.DAY_FIRST);
        }
        yield null;
      }
      default -> localeForm(t, locale);
    };
    if (p == null) {
      return Reading.ambiguous(dateAmbiguity(t, s));
    }
    if (p.date() != null) {
      return Reading.of(p.date());
    }
    String detail = s.kind() == Dates.Kind.NONE ? "" : " (no such day in the calendar)";
    return Reading.wrong("'" + t + "' is not a date: write it as " + EXAMPLE + " or " + suggestion(locale) + detail);
  }

  /** The date in the locale's medium form (readable, with a four-digit year; it reads back as the same day). */
  public static String format(LocalDate date, Locale locale) {
    return date == null ? "" : formatter(FormatStyle.MEDIUM, locale).format(date);
  }

  /**
   * The number with the locale's decimal mark and no grouping (1234,5 in de-DE, 1234.5 in en-US), in as many digits
   * as the value needs; a fraction of exactly three digits after 1 to 999 gets a fourth (1,2340), so that it cannot
   * be read as a thousand.
   */
  public static String format(double value, Locale locale) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    int dot = plain.indexOf('.');
    if (dot >= 0) {
      String integer = plain.substring(plain.startsWith("-") ? 1 : 0, dot);
      if (plain.length() - dot - 1 == 3 && !integer.equals("0")) {
        plain = plain + "0";
      }
      plain = plain.replace('.', style(locale) == DecimalStyle.COMMA ? ',' : '.');
    }
    return plain;
  }

  private static String ambiguity(String t, Locale locale) {
    Numbers.Parsed asComma = Numbers.parse(t, DecimalStyle.COMMA);
    Numbers.Parsed asPoint = Numbers.parse(t, DecimalStyle.POINT);
    char mark = t.indexOf(',') >= 0 ? ',' : '.';
    double grouped = mark == ',' ? asPoint.value() : asComma.value();
    double decimal = mark == ',' ? asComma.value() : asPoint.value();
    String decimalWords = new BigDecimal(Double.toString(decimal)).stripTrailingZeros().toPlainString().replace('.',
        style(locale) == DecimalStyle.COMMA ? ',' : '.');
    return "'" + t + "' can be read two ways: " + format(grouped, locale) + " (the '" + mark + "' groups thousands)"
        + " or " + decimalWords + " (the '" + mark + "' is the decimal mark). Write " + format(grouped, locale)
        + " for the one, " + format(decimal, locale) + " for the other";
  }

  private static String dateAmbiguity(String t, Dates.Shape s) {
    LocalDate dayFirst = dateOrNull(s.year(), s.b(), s.a());
    LocalDate monthFirst = dateOrNull(s.year(), s.a(), s.b());
    return "'" + t + "' can be read two ways: " + words(dayFirst) + " (day first) or " + words(monthFirst)
        + " (month first). Write " + dayFirst + " for the one, " + monthFirst + " for the other";
  }

  private static LocalDate dateOrNull(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String words(LocalDate d) {
    return d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
  }

  /** The short form of the locale when it is unmistakable (01.11.26), else its medium form (Nov 1, 2026). */
  private static String suggestion(Locale locale) {
    String shortForm = formatter(FormatStyle.SHORT, locale).format(EXAMPLE);
    Dates.Shape s = Dates.shape(shortForm);
    return s.kind() == Dates.Kind.DOTTED || s.kind() == Dates.Kind.ISO ? shortForm : format(EXAMPLE, locale);
  }

  /** A date in one of the locale's own forms with a month name (the short, medium and long forms), or not. */
  private static Dates.Parsed localeForm(String t, Locale locale) {
    for (DateTimeFormatter f : readers(locale)) {
      try {
        return new Dates.Parsed(LocalDate.parse(t, f), null);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return new Dates.Parsed(null, "'" + t + "' is not a date");
  }

  private static List<DateTimeFormatter> readers(Locale locale) {
    List<DateTimeFormatter> out = new ArrayList<>();
    for (FormatStyle style : new FormatStyle[] {FormatStyle.MEDIUM, FormatStyle.LONG}) {
      out.add(strict(loose(pattern(style, locale)), locale));
    }
    return out;
  }

  private static DateTimeFormatter formatter(FormatStyle style, Locale locale) {
    return strict(pattern(style, locale), locale);
  }

  private static String pattern(FormatStyle style, Locale locale) {
    return toProlepticYear(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
        locale));
  }

  /** Reads one or two digits where the pattern writes two ("1 nov." as well as "01 nov."). */
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

  private static String kind(Class<?> c) {
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return "a whole number";
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return "a number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "yes or no";
    }
    if (c == LocalDate.class) {
      return "a date";
    }
    return "a valid value";
  }
}
