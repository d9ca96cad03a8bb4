package dev.wedge.core.text;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;

/**
 * Counts in words: "1 error", "2 errors", "no pilots", with the plural rules of the language (ICU4J's MessageFormat,
 * so a translation gives its own forms, {@code {0, plural, one{# Fehler} other{# Fehler}}}).
 */
public final class Plurals {

  private Plurals() {
  }

  /** {@code n} and the noun in the form that number takes: "1 stakeholder", "16 stakeholders". */
  public static String count(long n, String one, String other) {
    return format("{0, plural, one{# " + quote(one) + "} other{# " + quote(other) + "}}", n);
  }

  /** As {@link #count}, with "no" for zero: "no pilots", "1 pilot", "3 pilots". */
  public static String countOrNo(long n, String one, String other) {
    return n == 0 ? "no " + other : count(n, one, other);
  }

  /** Only the noun, in the form {@code n} takes ("initiative" for 1, "initiatives" otherwise). */
  public static String noun(long n, String one, String other) {
    return format("{0, plural, one{" + quote(one) + "} other{" + quote(other) + "}}", n);
  }

  private static final java.util.regex.Pattern UNIT_NOUN =
      java.util.regex.Pattern.compile("^(.*?)([A-Za-z]*[a-rt-zA-RT-Z])s((?: / | per ).*)?$");

  /**
   * A unit after a formatted number, in the form the number takes: "1 day", "2 days", "1 point", "1 incident / 100
   * staff", "1 minute per claim"; units that are not an English plural noun ("%", "EUR", "NPS") are kept.
   */
  public static String unit(String number, String unit) {
    if (unit == null || unit.isBlank()) {
      return "";
    }
    String n = number.replace('\u2212', '-').replace("+", "");
    if (!n.equals("1") && !n.equals("-1")) {
      return unit;
    }
    java.util.regex.Matcher m = UNIT_NOUN.matcher(unit);
    return m.matches() ? m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3)) : unit;
  }

  /** Formats an ICU message pattern with plural (and other) arguments, in English. */
  public static String format(String pattern, Object... args) {
    return new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }

  /** A noun as literal text inside an ICU pattern (quotes and braces escaped). */
  private static String quote(String text) {
    return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'").replace("#", "'#'");
  }
}
