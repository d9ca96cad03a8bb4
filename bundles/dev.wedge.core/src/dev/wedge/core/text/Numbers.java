package dev.wedge.core.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Numbers as spreadsheets, HR systems and people write them: a decimal point or a decimal comma, thousands grouped by the
 * other mark, by spaces (also no-break and narrow no-break spaces) or by apostrophes (Swiss {@code 1'234.50}), with
 * a sign, a percent sign, parentheses for negatives or a currency symbol or code around them.
 *
 * <p>{@link #evidence(String)} says what one cell tells about the decimal style ({@code 81,50} decides a decimal
 * comma, {@code 1,234} alone could be either); {@link #parse(String, DecimalStyle)} reads a cell in a known style,
 * strictly: a grouping mark must separate groups of three digits, so {@code 81.50} is refused in the decimal-comma
 * style instead of becoming 8150. Imports decide the style from all of a file's values; {@link ValueText} reads one
 * typed value with the same rules.
 */
public final class Numbers {

  /** What a cell says about the decimal style. */
  public enum Evidence {
    /** Only a decimal point reads it (81.50, 1,234.5, 1'234.50, 1,234,567). */
    POINT,
    /** Only a decimal comma reads it (81,50, 1.234,5, 0,85, 1.234.567). */
    COMMA,
    /** Either reads it, differently: one mark followed by exactly three digits (1,234 or 1.234). */
    AMBIGUOUS,
    /** Both read it the same (whole numbers, with or without space or apostrophe grouping). */
    PLAIN,
    /** Not a number at all. */
    NONE
  }

  /** A cell read as a number, or why not. */
  public record Parsed(double value, String currency, String refusal) {

    public boolean ok() {
      return refusal == null;
    }
  }

  private static final Pattern EXPONENT = Pattern.compile("^(.*?)[eE]([+-]?\\d{1,4})$");
  private static final Pattern CURRENCY_CODE = Pattern.compile("^([A-Z]{3})\\s*(.*)$|^(.*?)\\s*([A-Z]{3})$");
  private static final String SYMBOLS = "€$£¥₹₽₺₩₪";

  private Numbers() {
  }

  /** What {@code cell} says about the decimal style. */
  public static Evidence evidence(String cell) {
    Core c = core(cell);
    if (c == null || c.mantissa.isEmpty()) {
      return Evidence.NONE;
    }
    String m = c.mantissa;
    int dots = count(m, '.');
    int commas = count(m, ',');
    boolean otherGrouping = hasOtherGrouping(m);
    if (dots > 0 && commas > 0) {
      char last = m.lastIndexOf('.') > m.lastIndexOf(',') ? '.' : ',';
      DecimalStyle s = last == '.' ? DecimalStyle.POINT : DecimalStyle.COMMA;
      return valid(m, s) ? (s == DecimalStyle.POINT ? Evidence.POINT : Evidence.COMMA) : Evidence.NONE;
    }
    if (dots == 0 && commas == 0) {
      return valid(m, DecimalStyle.POINT) ? Evidence.PLAIN : Evidence.NONE;
    }
    char mark = dots > 0 ? '.' : ',';
    DecimalStyle asDecimal = mark == '.' ? DecimalStyle.POINT : DecimalStyle.COMMA;
    DecimalStyle asGrouping = mark == '.' ? DecimalStyle.COMMA : DecimalStyle.POINT;
    boolean decimalReading = valid(m, asDecimal);
    boolean groupingReading = !otherGrouping && valid(m, asGrouping);
    if (decimalReading && groupingReading) {
      return Evidence.AMBIGUOUS;
    }
    if (decimalReading) {
      return asDecimal == DecimalStyle.POINT ? Evidence.POINT : Evidence.COMMA;
    }
    if (groupingReading) {
      return asGrouping == DecimalStyle.POINT ? Evidence.POINT : Evidence.COMMA;
    }
    return Evidence.NONE;
  }

  /** Reads {@code cell} in {@code style}; the refusal is a sentence naming the cell. */
  public static Parsed parse(String cell, DecimalStyle style) {
    String t = strip(cell);
    if (t.isEmpty()) {
      return refused("the value is empty");
    }
    String special = special(t);
    if (special != null) {
      return refused("'" + t + "' " + special);
    }
    Core c = core(t);
    if (c == null || c.mantissa.isEmpty() || !valid(c.mantissa, style)) {
      if (c != null && !c.mantissa.isEmpty() && evidence(t) != Evidence.NONE) {
        return refused("'" + t + "' is not a number with " + (style == DecimalStyle.COMMA
            ? "a decimal comma (like 1.234,5): there a '.' only groups thousands"
            : "a decimal point (like 1,234.5): there a ',' only groups thousands"));
      }
      return refused("'" + t + "' is not a number");
    }
    String digits = canonical(c.mantissa, style);
    BigDecimal d;
    try {
      d = new BigDecimal(digits + (c.exponent == null ? "" : "E" + c.exponent));
    } catch (NumberFormatException e) {
      return refused("'" + t + "' is not a number");
    }
    double v = d.doubleValue();
    if (Double.isInfinite(v)) {
      return refused("'" + t + "' is too large to be a measurement (it is not a finite number)");
    }
    if (c.negative) {
      v = -v;
    }
    return new Parsed(v == 0 ? 0.0 : v, c.currency, null);
  }

  private static Parsed refused(String why) {
    return new Parsed(Double.NaN, null, why);
  }

  /** Words and spreadsheet errors that are not numbers, with why. */
  private static String special(String t) {
    String l = t.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "").replace("\u2212", "");
    if (l.equals("nan")) {
      return "is not a number (NaN): a measurement needs a finite value";
    }
    if (l.equals("inf") || l.equals("infinity") || l.equals("\u221e")) {
      return "is infinite: a measurement needs a finite value";
    }
    if (t.startsWith("#") && (t.endsWith("!") || t.endsWith("?") || t.equalsIgnoreCase("#N/A"))) {
      return "is a spreadsheet error, not a value: correct the formula in the spreadsheet and export again";
    }
    return null;
  }

  /** The mantissa without sign, percent, currency; the exponent; or null when the cell has other characters. */
  private record Core(String mantissa, String exponent, boolean negative, String currency) {
  }

  private static Core core(String cell) {
    if (cell == null) {
      return null;
    }
    String t = strip(cell);
    String currency = null;
    // currency symbol or ISO code before or after
    if (!t.isEmpty() && SYMBOLS.indexOf(t.charAt(0)) >= 0) {
      currency = symbol(t.charAt(0));
      t = strip(t.substring(1));
    } else if (!t.isEmpty() && SYMBOLS.indexOf(t.charAt(t.length() - 1)) >= 0) {
      currency = symbol(t.charAt(t.length() - 1));
      t = strip(t.substring(0, t.length() - 1));
    } else if (t.length() > 3 && (Character.isUpperCase(t.charAt(0)) || Character.isUpperCase(t.charAt(t
        .length() - 1)))) {
      Matcher cm = CURRENCY_CODE.matcher(t);
      if (cm.matches()) {
        String code = cm.group(1) != null ? cm.group(1) : cm.group(4);
        String rest = cm.group(1) != null ? cm.group(2) : cm.group(3);
        if (!rest.isEmpty() && !code.equals("NAN") && !code.equals("INF")) {
          currency = code;
          t = strip(rest);
        }
      }
    }
    boolean negative = false;
    if (t.startsWith("(") && t.endsWith(")")) {
      negative = true;
      t = strip(t.substring(1, t.length() - 1));
    }
    if (t.endsWith("%")) {
      t = strip(t.substring(0, t.length() - 1));
    }
    if (t.startsWith("-") || t.startsWith("\u2212")) {
      if (negative) {
        return null;
      }
      negative = true;
      t = strip(t.substring(1));
    } else if (t.startsWith("+")) {
      t = strip(t.substring(1));
    }
    if (t.endsWith("%")) {
      t = strip(t.substring(0, t.length() - 1));
    }
    String exponent = null;
    if (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
      Matcher e = EXPONENT.matcher(t);
      if (e.matches() && !e.group(1).isEmpty()) {
        t = e.group(1);
        exponent = e.group(2);
      }
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',' && !isOtherGrouping(ch)) {
        return null;
      }
    }
    return new Core(t, exponent, negative, currency);
  }

  private static String symbol(char c) {
    return switch (c) {
      case '€' -> "EUR";
      case '£' -> "GBP";
      case '₹' -> "INR";
      case '₽' -> "RUB";
      case '₺' -> "TRY";
      case '₩' -> "KRW";
      case '₪' -> "ILS";
      case '$' -> "$";
      case '¥' -> "¥";
      default -> null;
    };
  }

  /** Whether {@code currency} (a code or a symbol's reading) can be the model's {@code modelCurrency}. */
  public static boolean sameCurrency(String currency, String modelCurrency) {
    if (currency == null || modelCurrency == null || modelCurrency.isBlank()) {
      return true;
    }
    String model = modelCurrency.strip().toUpperCase(Locale.ROOT);
    return switch (currency) {
      case "$" -> model.endsWith("D") || model.equals("MXN") || model.equals("CLP") || model.equals("ARS")
          || model.equals("COP");
      case "¥" -> model.equals("JPY") || model.equals("CNY");
      default -> currency.equals(model);
    };
  }

  /**
   * {@code s} without white space at either end, no-break spaces included (locales write {@code 85 %} and
   * {@code 1 234,5 €} with them, and {@link String#strip()} keeps them).
   */
  static String strip(String s) {
    if (s == null) {
      return "";
    }
    int from = 0;
    int to = s.length();
    while (from < to && blank(s.charAt(from))) {
      from++;
    }
    while (to > from && blank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean blank(char ch) {
    return Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u202f' || ch == '\u2007' || ch == '\u2009';
  }

  private static boolean isOtherGrouping(char ch) {
    return ch == ' ' || ch == '\u00a0' || ch == '\u202f' || ch == '\u2009' || ch == '\'' || ch == '\u2019';
  }

  private static boolean hasOtherGrouping(String m) {
    for (int i = 0; i < m.length(); i++) {
      if (isOtherGrouping(m.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code m} (digits and marks only) reads as a number in {@code style}: at most one decimal mark, after
   * every grouping mark; groups of three digits (or the Indian 2-2-3) between grouping marks; one kind of grouping.
   */
  static boolean valid(String m, DecimalStyle style) {
    char decimal = style == DecimalStyle.POINT ? '.' : ',';
    char grouping = style == DecimalStyle.POINT ? ',' : '.';
    int d = m.indexOf(decimal);
    if (d >= 0 && m.indexOf(decimal, d + 1) >= 0) {
      return false;
    }
    String integer = d >= 0 ? m.substring(0, d) : m;
    String fraction = d >= 0 ? m.substring(d + 1) : "";
    if (!fraction.chars().allMatch(Character::isDigit)) {
      return false;
    }
    if (integer.isEmpty()) {
      return !fraction.isEmpty();
    }
    if (d >= 0 && fraction.isEmpty()) {
      return false; // "12." or "12,": a mark with nothing after it
    }
    char used = 0;
    for (int i = 0; i < integer.length(); i++) {
      char ch = integer.charAt(i);
      if (ch >= '0' && ch <= '9') {
        continue;
      }
      if (ch != grouping && !isOtherGrouping(ch)) {
        return false;
      }
      char kind = isOtherGrouping(ch) ? (ch == '\u2019' ? '\'' : ch == '\u00a0' || ch == '\u202f' || ch == '\u2009'
          ? ' ' : ch) : ch;
      if (used != 0 && used != kind) {
        return false;
      }
      used = kind;
    }
    if (used == 0) {
      return true;
    }
    String[] groups = groups(integer);
    if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
      return false; // no leading zero before a grouping mark: 0,850 is a decimal
    }
    int last = groups.length - 1;
    if (groups[last].length() != 3) {
      return false;
    }
    boolean threes = true;
    boolean indian = used == ',';
    for (int i = 1; i < last; i++) {
      threes &= groups[i].length() == 3;
      indian &= groups[i].length() == 2;
    }
    if (!threes && indian && groups[0].length() > 2) {
      indian = false;
    }
    return threes || indian;
  }

  /** The runs of digits of {@code s} between other characters (empty runs included). */
  private static String[] groups(String s) {
    java.util.List<String> out = new java.util.ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return out.toArray(new String[0]);
  }

  /** {@code m} without grouping, with a '.' as the decimal mark. */
  private static String canonical(String m, DecimalStyle style) {
    char decimal = style == DecimalStyle.POINT ? '.' : ',';
    StringBuilder sb = new StringBuilder(m.length());
    for (int i = 0; i < m.length(); i++) {
      char ch = m.charAt(i);
      if (ch >= '0' && ch <= '9') {
        sb.append(ch);
      } else if (ch == decimal) {
        sb.append('.');
      }
    }
    if (sb.length() > 0 && sb.charAt(0) == '.') {
      sb.insert(0, '0');
    }
    return sb.toString();
  }
}
