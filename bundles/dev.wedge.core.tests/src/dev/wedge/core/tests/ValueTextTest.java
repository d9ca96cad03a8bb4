package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import dev.wedge.core.text.ValueText;
import dev.wedge.core.text.ValueText.Outcome;
import dev.wedge.core.text.ValueText.Reading;
import dev.wedge.model.WedgePackage;

/**
 * Typed values read as the imports read cells: numbers and dates as the JDK's CLDR data and ICU4J write them for
 * de-DE, en-US, fr-FR and de-CH, the decimal-mark examples of ISO 80000-1 and of the Swiss, French, German and US
 * conventions, and the two kinds of ambiguity (a mark before exactly three digits; a day and a month both 12 or less).
 */
class ValueTextTest {

  private static final Locale DE = Locale.forLanguageTag("de-DE");
  private static final Locale US = Locale.forLanguageTag("en-US");
  private static final Locale FR = Locale.forLanguageTag("fr-FR");
  private static final Locale CH = Locale.forLanguageTag("de-CH");
  private static final List<Locale> LOCALES = List.of(DE, US, FR, CH);

  /** Values whose formatted text has both marks, several grouping marks, or a fraction other than three digits. */
  private static final double[] VALUES = {0.5, 12.75, 81.5, 1234.5, 98765.25, 1234567.89, -2500.75, 0.125, 42, 999,
      7, 1_000_000, 2_500_000, -0.25, 12_345_678, 76.3};

  @Test
  void numbersAsTheJdkWritesThemInEachLocaleReadBack() {
    for (Locale locale : LOCALES) {
      NumberFormat f = NumberFormat.getInstance(locale);
      for (double v : VALUES) {
        String text = f.format(v);
        for (Locale reader : LOCALES) {
          assertEquals(v, value(ValueText.number(text, reader)), text + " (" + locale + ") read in " + reader);
        }
      }
    }
  }

  @Test
  void numbersAsIcuWritesThemInEachLocaleReadBack() {
    for (Locale locale : LOCALES) {
      com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getInstance(locale);
      for (double v : VALUES) {
        String text = f.format(v);
        assertEquals(v, value(ValueText.number(text, locale)), text + " (ICU, " + locale + ")");
      }
    }
  }

  @Test
  void percentagesAsEachLocaleWritesThemAreTheNumberBeforeTheSign() {
    for (Locale locale : LOCALES) {
      String text = NumberFormat.getPercentInstance(locale).format(0.85); // "85 %" with a no-break space in de, fr
      assertEquals(85.0, value(ValueText.number(text, locale)), text + " (" + locale + ")");
    }
  }

  @Test
  void anAmountWithACurrencyIsRefusedWithTheAmountToType() {
    String text = NumberFormat.getCurrencyInstance(DE).format(1234.5); // 1.234,50 €
    Reading r = ValueText.number(text, DE);
    assertEquals(Outcome.WRONG, r.outcome());
    assertEquals("'" + text + "' has a currency (EUR): type the amount alone, as 1234,5; the model's amounts are all"
        + " in its own currency", r.sentence());
    Reading swiss = ValueText.number(NumberFormat.getCurrencyInstance(CH).format(1234.5), CH);
    assertTrue(swiss.sentence().contains("has a currency (CHF)"), swiss.sentence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // ISO 80000-1 and the conventions of the decimal-mark article: one value, five ways of writing it
      "1,234,567.89|1234567.89", "1.234.567,89|1234567.89", "1 234 567,89|1234567.89", "1'234'567.89|1234567.89",
      "1 234 567.89|1234567.89", "0,85|0.85", "81,50|81.5", "81.50|81.5", "-1.234,5|-1234.5", "(1,234.50)|-1234.5",
      "1.5e3|1500", "\u2212 12,5|-12.5", "1,23,45,678.5|12345678.5"})
  void everyConventionWithOneReadingIsReadInEveryLocale(String text, double expected) {
    for (Locale locale : LOCALES) {
      assertEquals(expected, value(ValueText.number(text, locale)), text + " in " + locale);
    }
  }

  @Test
  void aMarkBeforeExactlyThreeDigitsIsAskedAboutInEveryLocale() {
    for (Locale locale : LOCALES) {
      for (String text : new String[] {"1,234", "1.234", "425,000", "-12.500"}) {
        Reading r = ValueText.number(text, locale);
        assertEquals(Outcome.AMBIGUOUS, r.outcome(), text + " in " + locale + ": " + r.sentence());
      }
    }
    assertEquals("'1,234' can be read two ways: 1234 (the ',' groups thousands) or 1,234 (the ',' is the decimal"
        + " mark). Write 1234 for the one, 1,2340 for the other", ValueText.number("1,234", DE).sentence());
    assertEquals("'1.234' can be read two ways: 1234 (the '.' groups thousands) or 1.234 (the '.' is the decimal"
        + " mark). Write 1234 for the one, 1.2340 for the other", ValueText.number("1.234", US).sentence());
    assertEquals(1234.0, value(ValueText.number("1234", DE)), "the first suggestion reads as it says");
    assertEquals(1.234, value(ValueText.number("1,2340", DE)), "so does the second");
    assertEquals(1.234, value(ValueText.number("1.2340", US)));
  }

  @Test
  void wrongNumbersAreRefusedWithHowToWriteThem() {
    assertEquals("'ninety' is not a number: write it as 1234,5", ValueText.number("ninety", DE).sentence());
    assertEquals("'ninety' is not a number: write it as 1234.5", ValueText.number("ninety", US).sentence());
    assertEquals(81.5, value(ValueText.number("81.50", DE)), "one reading only (a decimal point): taken in de-DE too");
    assertEquals(Outcome.WRONG, ValueText.number("12.", US).outcome());
    assertEquals(Outcome.WRONG, ValueText.number("NaN", US).outcome());
    assertEquals(Outcome.WRONG, ValueText.number("#N/A", US).outcome());
    assertEquals(Outcome.EMPTY, ValueText.number("  ", US).outcome());
  }

  @Test
  void wholeNumbersAreCountsOfZeroOrMore() {
    assertEquals(40L, ValueText.wholeNumber("40", DE).value());
    assertEquals(1_200_000L, ValueText.wholeNumber("1.200.000", DE).value());
    assertEquals("'lots' is not a whole number", ValueText.wholeNumber("lots", US).sentence());
    assertEquals("'2,5' is not a whole number", ValueText.wholeNumber("2,5", DE).sentence());
    assertEquals("'-3' is not a whole number of 0 or more", ValueText.wholeNumber("-3", US).sentence());
    assertEquals(Outcome.AMBIGUOUS, ValueText.wholeNumber("1,200", US).outcome());
  }

  @Test
  void valuesOfTheModelsTypes() {
    assertEquals(40, ValueText.read(EcorePackage.Literals.EINT, "40", US).value());
    assertEquals("a value is needed here: a whole number", ValueText.read(EcorePackage.Literals.EINT, " ", US)
        .sentence());
    assertEquals(Outcome.EMPTY, ValueText.read(EcorePackage.Literals.EDOUBLE_OBJECT, "", DE).outcome());
    assertEquals(2.5, ValueText.read(EcorePackage.Literals.EDOUBLE, "2,5", DE).value());
    assertEquals("'3000000000' is too large for a whole number here (at most 2147483647)",
        ValueText.read(EcorePackage.Literals.EINT, "3000000000", US).sentence());
    assertEquals(LocalDate.of(2026, 11, 1), ValueText.read(WedgePackage.Literals.DATE, "01.11.2026", US).value());
    assertEquals(" keeps its spaces ", ValueText.read(EcorePackage.Literals.ESTRING, " keeps its spaces ", US)
        .value());
    assertEquals(Boolean.TRUE, ValueText.read(EcorePackage.Literals.EBOOLEAN_OBJECT, "true", US).value());
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameValueInEveryLocale() {
    Random random = new Random(17);
    List<Double> values = new ArrayList<>(List.of(1.234, 12.345, -999.125, 0.001, 1e-7, 123456.789, 1e18, -0.0,
        81.5));
    for (int i = 0; i < 2000; i++) {
      values.add(Math.round((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9)) * 1000) / 1000.0);
    }
    for (Locale locale : LOCALES) {
      for (double v : values) {
        String text = ValueText.format(v, locale);
        assertEquals(v == 0 ? 0.0 : v, value(ValueText.number(text, locale)), text + " in " + locale);
      }
    }
    assertEquals("1234,5", ValueText.format(1234.5, DE));
    assertEquals("1234.5", ValueText.format(1234.5, CH));
    assertEquals("1,2340", ValueText.format(1.234, FR));
    assertEquals("94", ValueText.format(94.0, FR));
  }

  @Test
  void datesAsTheJdkWritesThemInEachLocaleReadBackOrAreAskedAbout() {
    int read = 0;
    int asked = 0;
    for (Locale locale : LOCALES) {
      for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG}) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
          String text = f.format(d);
          Reading r = ValueText.date(text, locale);
          boolean slashes = text.indexOf('/') >= 0; // en-US M/d/yy and fr-FR dd/MM/y
          if (slashes && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
            assertEquals(Outcome.AMBIGUOUS, r.outcome(), text + " (" + locale + ", " + style + ")");
            asked++;
          } else {
            assertEquals(d, r.value(), text + " (" + locale + ", " + style + "): " + r.sentence());
            read++;
          }
        }
      }
    }
    assertEquals(2 * 12 * 11, asked, "in each of the two locales that write slashes, 11 days of every month (1 to 12,"
        + " but not the month's own number)");
    assertEquals(4 * 3 * 365 - asked, read);
  }

  @Test
  void aDayAndAMonthBothTwelveOrLessAreAskedAboutInEveryLocale() {
    for (Locale locale : LOCALES) {
      Reading r = ValueText.date("03/04/2026", locale);
      assertEquals(Outcome.AMBIGUOUS, r.outcome(), locale.toString());
      assertEquals("'03/04/2026' can be read two ways: 3 April 2026 (day first) or 4 March 2026 (month first)."
          + " Write 2026-04-03 for the one, 2026-03-04 for the other", r.sentence());
      assertEquals(LocalDate.of(2026, 3, 16), ValueText.date("16/03/2026", locale).value(), "only day-first fits");
      assertEquals(LocalDate.of(2026, 3, 16), ValueText.date("03/16/2026", locale).value(), "only month-first fits");
      assertEquals(LocalDate.of(2026, 2, 2), ValueText.date("02/02/2026", locale).value(), "the same either way");
      assertEquals(LocalDate.of(2026, 4, 3), ValueText.date("03.04.2026", locale).value(), "dots: day first");
    }
  }

  @Test
  void wrongDatesAreRefusedWithUnmistakableFormsToWrite() {
    assertEquals("'30.02.2026' is not a date: write it as 2026-11-01 or 01.11.26 (no such day in the calendar)",
        ValueText.date("30.02.2026", DE).sentence());
    assertEquals("'next week' is not a date: write it as 2026-11-01 or Nov 1, 2026", ValueText.date("next week",
        US).sentence(), "the US short form 11/1/26 is not suggested: it is one of the ambiguous ones");
    assertEquals("'31/31/2026' is not a date: write it as 2026-11-01 or 1 nov. 2026 (no such day in the calendar)",
        ValueText.date("31/31/2026", FR).sentence());
    assertEquals(LocalDate.of(2026, 5, 4), ValueText.date("4. Mai 2026", CH).value());
    assertEquals(LocalDate.of(2026, 2, 1), ValueText.date("1 févr. 2026", FR).value());
    assertEquals(LocalDate.of(2026, 8, 15), ValueText.date("15 août 2026", FR).value());
    assertEquals(LocalDate.of(2026, 11, 1), ValueText.date("November 1, 2026", DE).value());
  }

  private static double value(Reading r) {
    assertEquals(Outcome.VALUE, r.outcome(), r.sentence());
    return (Double) r.value();
  }
}
