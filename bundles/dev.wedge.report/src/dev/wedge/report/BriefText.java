package dev.wedge.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The brief's own sentences in the brief's language ({@link BriefOptions#language()}), never the JVM's: read from
 * {@code dev/wedge/report/brief.properties} (English) and {@code brief_de.properties} (German) with
 * {@link MessageFormat} placeholders, and numbers and dates written as that language writes them ("1,234.5" and
 * "19 October 2026"; "1.234,5" and "19. Oktober 2026").
 */
public final class BriefText {

  /** The languages a brief is written in, as {@code --language} takes them. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  private static final String BUNDLE = "dev.wedge.report.brief";

  private final Locale locale;
  private final ResourceBundle bundle;

  private BriefText(Locale locale) {
    this.locale = locale;
    // the base file is English: a German brief must not fall back to the JVM's default locale
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BriefText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The sentences of a brief in {@code locale}'s language. */
  public static BriefText of(Locale locale) {
    return new BriefText(supported(locale));
  }

  /** The sentences of the brief {@code options} describe. */
  public static BriefText of(BriefOptions options) {
    return of(options.language());
  }

  /** {@code locale} as a language Wedge writes briefs in: German for any German, else English. */
  static Locale supported(Locale locale) {
    return locale != null && locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
  }

  /** The language of {@code --language}: "en" or "de"; null for any other word. */
  public static Locale language(String tag) {
    return switch (tag) {
      case "en" -> Locale.ENGLISH;
      case "de" -> Locale.GERMAN;
      default -> null;
    };
  }

  public Locale locale() {
    return locale;
  }

  /** The language tag of the HTML and the PDF ("en", "de"). */
  public String tag() {
    return locale.getLanguage();
  }

  public boolean german() {
    return tag().equals("de");
  }

  /** The sentence {@code key} with its placeholders filled. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("the brief has no sentence '" + key + "' in " + locale.getDisplayLanguage(
          Locale.ENGLISH) + " (dev/wedge/report/brief" + (german() ? "_de" : "") + ".properties)", e);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** The locale numbers are written in: the root locale's "1,234.5" in English, "1.234,5" in German. */
  public Locale numbers() {
    return german() ? Locale.GERMAN : Locale.ROOT;
  }

  /** "19 October 2026", "19. Oktober 2026". */
  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern(german() ? "d. MMMM yyyy" : "d MMMM yyyy", locale));
  }

  /** "July 2026", "Juli 2026". */
  public String month(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
  }

  /** A number as the brief writes it: whole, or with one decimal; "–" for none. */
  public String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "\u2013";
    }
    return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(numbers(), "%,.0f", v)
        : String.format(numbers(), "%,.1f", v);
  }

  /** A number with {@code decimals} decimals, without grouping ("1.25", "1,25"). */
  public String decimals(double v, int decimals) {
    return String.format(numbers(), "%." + decimals + "f", v);
  }

  /** "12%", "−60%" ("12 %" in German). */
  public String percent(double v) {
    return Double.isNaN(v) ? "\u2013" : String.format(numbers(), german() ? "%.0f\u00a0%%" : "%.0f%%", v)
        .replace('-', '\u2212');
  }

  /** A count as the brief writes it: "1500" in English (as it always has), "1.500" in German. */
  public String count(int n) {
    return german() ? String.format(Locale.GERMAN, "%,d", n) : Integer.toString(n);
  }

  /**
   * A value of the model's choices as the brief names it: "Evaluating", "Scale" (the English of
   * {@code sections.Words}); in German from the bundle's {@code word.TYPE.VALUE}.
   */
  public String word(Enum<?> e, String english) {
    if (e == null || !german()) {
      return english;
    }
    String key = "word." + e.getDeclaringClass().getSimpleName() + "." + e.name();
    return bundle.containsKey(key) ? bundle.getString(key) : english;
  }

  /** A name in the language's quotation marks: \u201cname\u201d, \u201ename\u201c. */
  public String quote(String name) {
    return german() ? "\u201e" + name + "\u201c" : "\u201c" + name + "\u201d";
  }

  /** The running footer's English page counter in the style sheet, as the brief's language says it. */
  static String pageCounter(String css, BriefText t) {
    String english = of(Locale.ENGLISH).get("brief.pageCounter");
    if (!css.contains(english)) {
      throw new IllegalStateException("the brief's style sheet has no page counter " + english + " to translate");
    }
    return css.replace(english, t.get("brief.pageCounter"));
  }

  /** Whether a page's text holds the title the appendix opens with, in any language of the brief. */
  static boolean opensAppendix(String pageText) {
    return LANGUAGES.stream().anyMatch(l -> pageText.contains(of(language(l)).get("appendix.title")));
  }
}
