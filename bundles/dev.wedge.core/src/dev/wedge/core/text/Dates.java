package dev.wedge.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as spreadsheets write them: ISO ({@code 2026-03-02}, also with a time after it), day and month
 * with a separator ({@code 02.03.26}, {@code 2/3/2026}, {@code 02-03-2026}), whose order is decided by the data, and
 * month names ({@code 2-Mar-26}, {@code 2. März 2026}, {@code Mar 2, 2026}). Two-digit years are read as 20yy.
 */
public final class Dates {

  /** Which comes first in numeric dates that are not ISO. */
  public enum Order {
    DAY_FIRST("dates day-first", "day-first", "dd/mm/yyyy"), MONTH_FIRST("dates month-first", "month-first",
        "mm/dd/yyyy");

    private final String words;
    private final String option;
    private final String pattern;

    Order(String words, String option, String pattern) {
      this.words = words;
      this.option = option;
      this.pattern = pattern;
    }

    public String words() {
      return words;
    }

    /** As {@code wedge import --date-order} takes it. */
    public String option() {
      return option;
    }

    public String pattern() {
      return pattern;
    }

    public static Order ofOption(String s) {
      if (s == null) {
        return null;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "day-first", "dmy", "day", "dd/mm/yyyy", "dd.mm.yyyy" -> DAY_FIRST;
        case "month-first", "mdy", "month", "mm/dd/yyyy" -> MONTH_FIRST;
        default -> null;
      };
    }
  }

  /** The shape of one cell. */
  public enum Kind {
    /** yyyy-mm-dd (or yyyy/mm/dd), perhaps with a time: no question. */
    ISO,
    /** d.m.y: day first by convention wherever dots are used. */
    DOTTED,
    /** d/m/y or m/d/y (slashes or dashes): the order comes from the data. */
    NUMERIC,
    /** with a month name: no question. */
    NAMED,
    /** not a date. */
    NONE
  }

  /** One cell's parts: {@code a} and {@code b} are the first two numbers of a numeric date. */
  public record Shape(Kind kind, int a, int b, int year, boolean twoDigitYear, boolean time) {

    /** Whether the cell can only be day-first (its first number is above 12). */
    public boolean onlyDayFirst() {
      return kind == Kind.NUMERIC && a > 12 && b <= 12;
    }

    public boolean onlyMonthFirst() {
      return kind == Kind.NUMERIC && b > 12 && a <= 12;
    }

    /** Whether both orders read the cell as the same day (02/02/2026). */
    public boolean sameEitherWay() {
      return kind == Kind.NUMERIC && a == b;
    }
  }

  private static final Shape NONE = new Shape(Kind.NONE, 0, 0, 0, false, false);
  private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[AaPp][Mm])?"
      + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?";
  private static final Pattern ISO = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(" + TIME + ")$");
  private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(" + TIME
      + ")$");
  private static final Pattern DAY_NAME_YEAR = Pattern.compile(
      "^(\\d{1,2})\\.?[ -]([A-Za-z\u00e4\u00e9\u00fb]{3,9})\\.?[ -](\\d{4}|\\d{2})$");
  private static final Pattern NAME_DAY_YEAR = Pattern.compile("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})$");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mai", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("dez", 12));

  private Dates() {
  }

  /** The shape of {@code cell}. */
  public static Shape shape(String cell) {
    if (cell == null) {
      return NONE;
    }
    String t = cell.strip();
    if (t.length() < 6 || t.length() > 40) {
      return NONE;
    }
    char c0 = t.charAt(0);
    boolean digit = c0 >= '0' && c0 <= '9';
    if (!digit && !Character.isLetter(c0)) {
      return NONE;
    }
    if (digit && t.indexOf('-') < 0 && t.indexOf('/') < 0 && t.indexOf('.') < 0 && t.indexOf(' ') < 0) {
      return NONE; // digits alone are no date
    }
    Matcher m = digit && t.length() >= 8 && (t.charAt(4) == '-' || t.charAt(4) == '/' || t.charAt(4) == '.')
        ? ISO.matcher(t) : null;
    if (m != null && m.matches()) {
      return new Shape(Kind.ISO, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(1)), false, !m.group(5).isEmpty());
    }
    m = NUMERIC.matcher(t);
    if (digit && m.matches()) {
      boolean two = m.group(4).length() == 2;
      int year = Integer.parseInt(m.group(4)) + (two ? 2000 : 0);
      return new Shape(m.group(2).equals(".") ? Kind.DOTTED : Kind.NUMERIC, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(3)), year, two, !m.group(5).isEmpty());
    }
    m = DAY_NAME_YEAR.matcher(t);
    if (m.matches() && month(m.group(2)) > 0) {
      boolean two = m.group(3).length() == 2;
      return new Shape(Kind.NAMED, Integer.parseInt(m.group(1)), month(m.group(2)),
          Integer.parseInt(m.group(3)) + (two ? 2000 : 0), two, false);
    }
    m = NAME_DAY_YEAR.matcher(t);
    if (m.matches() && month(m.group(1)) > 0) {
      return new Shape(Kind.NAMED, Integer.parseInt(m.group(2)), month(m.group(1)), Integer.parseInt(m.group(3)),
          false, false);
    }
    return NONE;
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return -1;
    }
    Integer v = MONTHS.get(n.substring(0, 3));
    return v == null ? -1 : v;
  }

  /** A cell read as a date, or why not. */
  public record Parsed(LocalDate date, String refusal) {
  }

  /**
   * Reads {@code cell}; {@code order} decides numeric dates with slashes or dashes (null: not known yet, and such a
   * date is not read).
   */
  public static Parsed parse(String cell, Order order) {
    String t = cell == null ? "" : cell.strip();
    if (t.isEmpty()) {
      return new Parsed(null, "the date is empty");
    }
    Shape s = shape(t);
    int day;
    int month;
    switch (s.kind()) {
      case ISO -> {
        month = s.a();
        day = s.b();
      }
      case DOTTED -> {
        day = s.a();
        month = s.b();
      }
      case NAMED -> {
        day = s.a();
        month = s.b();
      }
      case NUMERIC -> {
        if (order == null && !s.sameEitherWay()) {
          return new Parsed(null, "'" + t + "' needs the date order (day-first or month-first)");
        }
        boolean dayFirst = order != Order.MONTH_FIRST;
        day = dayFirst ? s.a() : s.b();
        month = dayFirst ? s.b() : s.a();
      }
      default -> {
        return new Parsed(null, "'" + t + "' is not a date");
      }
    }
    try {
      return new Parsed(LocalDate.of(s.year(), month, day), null);
    } catch (DateTimeException e) {
      String how = switch (s.kind()) {
        case NUMERIC -> order == Order.MONTH_FIRST ? " (month first, as the other dates of the file are)"
            : " (day first, as the other dates of the file are)";
        case DOTTED -> " (day.month.year)";
        default -> "";
      };
      return new Parsed(null, "'" + t + "' is not a valid date" + how);
    }
  }
}
