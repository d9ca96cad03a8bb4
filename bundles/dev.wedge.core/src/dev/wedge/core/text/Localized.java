package dev.wedge.core.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences of a headless bundle in a language: English from {@code sentences.properties} beside the class that
 * writes them, German from {@code sentences_de.properties} beside it (the bundle's own, not a fragment's: the command
 * line and the brief read them without a workbench). The workbench asks in its language ({@link #workbench()}, which
 * Equinox sets from {@code osgi.nl}); the brief in its {@code --language}. {@code {0}}, {@code {1}} ... are filled in
 * as they are, numbers included ("1500", never "1,500"), and a quote is just a quote, so the English reads exactly as
 * it did when it was written into the code.
 */
public final class Localized {

  private final Locale locale;
  private final ResourceBundle bundle;
  private final String name;

  private Localized(String name, ClassLoader loader, Locale locale) {
    this.locale = german(locale) ? Locale.GERMAN : Locale.ENGLISH;
    this.name = name;
    // the base file is English: English must not fall back to the JVM's default locale's file
    this.bundle = ResourceBundle.getBundle(name, this.locale, loader,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The sentences in {@code owner}'s package ({@code owner/../sentences.properties}) in {@code locale}'s language. */
  public static Localized of(Class<?> owner, Locale locale) {
    return new Localized(owner.getPackageName() + ".sentences", owner.getClassLoader(), locale);
  }

  /** The language a piece of work on this thread asked for ({@link #in}), or null. */
  private static final ThreadLocal<Locale> ASKED = new ThreadLocal<>();

  /**
   * The workbench's language: the default locale, which the product sets from {@code -nl} or {@code osgi.nl}; while
   * {@link #in} runs work on this thread, the language that work asked for.
   */
  public static Locale workbench() {
    Locale asked = ASKED.get();
    return asked != null ? asked : Locale.getDefault();
  }

  /**
   * Runs {@code work} on this thread with its sentences in {@code locale}'s language (null: the workbench's), for what
   * is written for someone other than the workbench: the brief's findings in its {@code --language}.
   */
  public static <T, E extends Exception> T in(Locale locale, Work<T, E> work) throws E {
    Locale before = ASKED.get();
    ASKED.set(locale == null ? before : locale);
    try {
      return work.run();
    } finally {
      if (before == null) {
        ASKED.remove();
      } else {
        ASKED.set(before);
      }
    }
  }

  /** Work that {@link #in} runs in a language. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /** Whether {@code locale} is one Wedge writes German for. */
  public static boolean german(Locale locale) {
    return locale != null && locale.getLanguage().equals("de");
  }

  /** German or English. */
  public Locale locale() {
    return locale;
  }

  public boolean german() {
    return locale == Locale.GERMAN;
  }

  /** The sentence {@code key} with {@code {0}}, {@code {1}} ... replaced by {@code args}. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no sentence '" + key + "' in " + name.replace('.', '/')
          + (german() ? "_de" : "") + ".properties", e);
    }
    return fill(pattern, args);
  }

  /** {@code pattern} with {@code {n}} replaced by the n-th argument, literally. */
  static String fill(String pattern, Object... args) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        if (n >= args.length) {
          throw new IllegalArgumentException("the sentence '" + pattern + "' wants {" + n + "}, given " + args.length);
        }
        sb.append(args[n]);
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** A decimal number as the language writes it: "1.5" and "1,234.5"; "1,5" and "1.234,5". */
  public String number(String english) {
    return german() ? english.replace(",", "\u0000").replace('.', ',').replace('\u0000', '.') : english;
  }
}
