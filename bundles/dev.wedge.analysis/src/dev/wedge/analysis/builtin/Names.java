package dev.wedge.analysis.builtin;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Named;

/** How built-in analyses name things in their messages. */
final class Names {

  private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

  private Names() {
  }

  static String of(EObject o) {
    if (o instanceof Named n && n.getName() != null && !n.getName().isBlank()) {
      return "'" + n.getName() + "'";
    }
    return o == null ? "?" : "an unnamed " + o.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
  }

  static String number(double d) {
    synchronized (NUMBER) {
      return NUMBER.format(d);
    }
  }

  static String amount(double d, BusinessMetric metric) {
    String unit = metric == null || metric.getUnit() == null ? "" : metric.getUnit();
    return number(d) + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
  }
}
