package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.wedge.core.session.NewModelDefaults;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/** The General preferences' currency and time zone for new models: checked, refused in a sentence, applied. */
class NewModelDefaultsTest {

  @Test
  void isoCodesAndIanaZonesAreTakenEmptyMeansTheDefault() {
    assertNull(NewModelDefaults.currencyProblem("EUR"));
    assertNull(NewModelDefaults.currencyProblem(" sek "));
    assertNull(NewModelDefaults.currencyProblem(""));
    assertNull(NewModelDefaults.timeZoneProblem("Europe/Oslo"));
    assertNull(NewModelDefaults.timeZoneProblem(""));
  }

  @Test
  void aWrongValueIsRefusedWithWhatToWriteInstead() {
    assertEquals("'EURO' is not a currency code (ISO 4217): write three letters, such as EUR.",
        NewModelDefaults.currencyProblem("EURO"));
    assertEquals("'Europe/Osol' is not a time zone: write an IANA name, such as Europe/Oslo.",
        NewModelDefaults.timeZoneProblem("Europe/Osol"));
  }

  @Test
  void theDefaultsSetAreGivenToTheNewModelAndEmptyOnesLeaveTheTemplatesValues() {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    m.setCurrency("USD");
    m.setTimeZone("America/Chicago");
    new NewModelDefaults("nok", "").applyTo(m);
    assertEquals("NOK", m.getCurrency());
    assertEquals("America/Chicago", m.getTimeZone());
    new NewModelDefaults("", "Europe/Berlin").applyTo(m);
    assertEquals("NOK", m.getCurrency());
    assertEquals("Europe/Berlin", m.getTimeZone());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NewModelDefaults("XX", "").applyTo(m));
    assertEquals(NewModelDefaults.currencyProblem("XX"), e.getMessage());
    assertEquals("NOK", m.getCurrency(), "a refused value changes nothing");
  }
}
