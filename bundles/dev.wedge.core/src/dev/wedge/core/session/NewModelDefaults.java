package dev.wedge.core.session;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import dev.wedge.model.StrategyModel;

/**
 * The currency and time zone a new model starts with (Window › Preferences › General), checked as the user types
 * them: a wrong value is refused with the sentence saying what is wrong and what to write instead.
 *
 * @param currency an ISO 4217 code, or "" for the template's
 * @param timeZone an IANA time zone, or "" for the computer's
 */
public record NewModelDefaults(String currency, String timeZone) {

  public NewModelDefaults {
    currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    timeZone = timeZone == null ? "" : timeZone.strip();
  }

  /** Null when {@code code} is empty or an ISO 4217 currency code; else the sentence that refuses it. */
  public static String currencyProblem(String code) {
    String c = code == null ? "" : code.strip();
    if (c.isEmpty()) {
      return null;
    }
    try {
      Currency.getInstance(c.toUpperCase(Locale.ROOT));
      return null;
    } catch (IllegalArgumentException e) {
      return "'" + c + "' is not a currency code (ISO 4217): write three letters, such as EUR.";
    }
  }

  /** Null when {@code zone} is empty or an IANA time zone; else the sentence that refuses it. */
  public static String timeZoneProblem(String zone) {
    String z = zone == null ? "" : zone.strip();
    if (z.isEmpty()) {
      return null;
    }
    try {
      ZoneId.of(z);
      return null;
    } catch (DateTimeException e) {
      return "'" + z + "' is not a time zone: write an IANA name, such as Europe/Oslo.";
    }
  }

  /** Gives {@code model} the currency and time zone set (those left empty keep the template's values). */
  public void applyTo(StrategyModel model) {
    String c = currencyProblem(currency);
    String z = timeZoneProblem(timeZone);
    if (c != null || z != null) {
      throw new IllegalArgumentException(c != null ? c : z);
    }
    if (!currency.isEmpty()) {
      model.setCurrency(currency);
    }
    if (!timeZone.isEmpty()) {
      model.setTimeZone(timeZone);
    }
  }
}
