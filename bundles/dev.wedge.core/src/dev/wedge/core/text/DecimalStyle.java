package dev.wedge.core.text;

/** How numbers are written: 1,234.5 (decimal point) or 1.234,5 (decimal comma); a file's style, or a locale's. */
public enum DecimalStyle {
  POINT("decimal point", "point", "1,234.5"), COMMA("decimal comma", "comma", "1.234,5");

  private final String words;
  private final String option;
  private final String example;

  DecimalStyle(String words, String option, String example) {
    this.words = words;
    this.option = option;
    this.example = example;
  }

  /** "decimal comma". */
  public String words() {
    return words;
  }

  /** As {@code wedge import --decimal} takes it: "point" or "comma". */
  public String option() {
    return option;
  }

  public String example() {
    return example;
  }

  /** From "point"/"comma" (also "." and ","), or null. */
  public static DecimalStyle ofOption(String s) {
    if (s == null) {
      return null;
    }
    return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "point", ".", "dot" -> POINT;
      case "comma", "," -> COMMA;
      default -> null;
    };
  }
}
