package dev.wedge.analysis.builtin;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.common.util.Enumerator;

import dev.wedge.core.text.Localized;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Named;
import dev.wedge.model.provider.WedgeEditPlugin;

/** How built-in analyses name things in their messages. */
final class Names {

  private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

  private Names() {
  }

  static String of(EObject o) {
    if (o instanceof Named n && n.getName() != null && !n.getName().isBlank()) {
      return t("name.quoted", n.getName());
    }
    return o == null ? "?" : t("name.unnamed", text().german() ? o.eClass().getName()
        : o.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
  }

  /** The analyses' sentences in the workbench's language (the findings are made where the workbench shows them). */
  static Localized text() {
    return Localized.of(Names.class, Localized.workbench());
  }

  /** The sentence {@code key} of {@code sentences.properties} in the workbench's language. */
  static String t(String key, Object... args) {
    return text().get(key, args);
  }

  /** A value of the model's choices in a sentence: "credibility"; in German the model's own label, "Glaubw\u00fcrdigkeit". */
  static String word(Enumerator e, String english) {
    return text().german() ? WedgeEditPlugin.INSTANCE.getString("_UI_" + ((Enum<?>) e).getDeclaringClass()
        .getSimpleName() + "_" + ((Enum<?>) e).name() + "_literal") : english;
  }

  static String number(double d) {
    synchronized (NUMBER) {
      return text().number(NUMBER.format(d));
    }
  }

  static String amount(double d, BusinessMetric metric) {
    String unit = metric == null || metric.getUnit() == null ? "" : metric.getUnit();
    return number(d) + (unit.isEmpty() ? "" : unit.equals("%") ? t("percent", "") : " " + unit);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String percent(long part, long whole) {
    return t("percent", whole == 0 ? 0 : Math.round(100.0 * part / whole));
  }
}
