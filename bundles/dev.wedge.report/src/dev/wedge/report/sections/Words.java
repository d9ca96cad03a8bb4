package dev.wedge.report.sections;

import java.util.Locale;

/** Numbers and words as the brief writes them. */
final class Words {

  private Words() {
  }

  static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "\u2013";
    }
    return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.1f", v);
  }

  static String percent(double v) {
    return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%.0f%%", v).replace('-', '\u2212');
  }

  static String word(Enum<?> e) {
    if (e == null) {
      return "";
    }
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String capital(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
