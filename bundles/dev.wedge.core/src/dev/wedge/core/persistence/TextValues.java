package dev.wedge.core.persistence;

import java.util.Locale;

/** Which characters a .wedge file can hold: those of XML 1.0, in well-formed UTF-16 (no lone surrogates). */
public final class TextValues {

  private TextValues() {
  }

  /** The index of the first character {@code text} cannot be written with, or -1 when all can. */
  public static int firstUnwritable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 0x20 && ch <= 0xD7FF || ch == 0x9 || ch == 0xA || ch == 0xD || ch >= 0xE000 && ch <= 0xFFFD) {
        continue;
      }
      if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  /** Whether every character of {@code text} can be written. */
  public static boolean writable(String text) {
    return text == null || firstUnwritable(text) < 0;
  }

  /** "a control character (U+0007)", "an unpaired surrogate (U+D800)", "a non-character (U+FFFE)". */
  public static String describe(int codeUnit) {
    String hex = String.format(Locale.ROOT, "U+%04X", codeUnit);
    if (codeUnit < 0x20) {
      return "a control character (" + hex + ")";
    }
    if (codeUnit >= 0xD800 && codeUnit <= 0xDFFF) {
      return "half of a character (an unpaired surrogate, " + hex + ")";
    }
    return "a character that is not one (" + hex + ")";
  }
}
