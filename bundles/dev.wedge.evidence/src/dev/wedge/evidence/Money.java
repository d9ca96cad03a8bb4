package dev.wedge.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.StrategyModel;

/**
 * Amounts with the model's currency (its ISO 4217 code): "EUR 76,000", "USD 1,250.50". A model without a currency
 * says so beside each amount rather than leaving the reader to guess.
 */
public final class Money {

  private final String currency;

  private Money(String currency) {
    this.currency = currency == null || currency.isBlank() ? "" : currency.trim().toUpperCase(Locale.ROOT);
  }

  public static Money of(String currency) {
    return new Money(currency);
  }

  /** The currency of the model {@code o} belongs to. */
  public static Money of(EObject o) {
    EObject root = o == null ? null : EcoreUtil.getRootContainer(o);
    return new Money(root instanceof StrategyModel m ? m.getCurrency() : null);
  }

  /** The ISO 4217 code, or "" when the model has none. */
  public String currency() {
    return currency;
  }

  /** Whether the code is one ISO 4217 knows. */
  public boolean known() {
    try {
      return !currency.isEmpty() && java.util.Currency.getInstance(currency) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** "EUR 76,000" (whole amounts from 100 up), "EUR 12.50", "EUR -5,000"; NaN: "n/a". */
  public String format(double amount) {
    if (Double.isNaN(amount)) {
      return "n/a";
    }
    if (Double.isInfinite(amount)) {
      return amount > 0 ? "unbounded" : "-unbounded";
    }
    String n = number(amount);
    return currency.isEmpty() ? n + " (no currency set)" : currency + " " + n;
  }

  /** The amount without the currency: "76,000", "12.50". */
  public static String number(double amount) {
    BigDecimal d = new BigDecimal(Double.toString(amount));
    boolean whole = Math.abs(amount) >= 100 || d.stripTrailingZeros().scale() <= 0;
    return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", d.setScale(whole ? 0 : 2, RoundingMode.HALF_EVEN));
  }
}
