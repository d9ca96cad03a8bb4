package dev.wedge.evidence.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Which character set a text file is in, and its text. A byte-order mark decides first; then a file that is valid
 * UTF-8 is UTF-8; otherwise ICU4J's {@link CharsetDetector} chooses among the single-byte sets spreadsheets write
 * (Windows-1252, ISO-8859-1, ISO-8859-15, and the other Windows and ISO sets for Central European, Cyrillic, Greek,
 * Turkish text). A byte the chosen set cannot read becomes U+FFFD and is counted: a file is never refused whole for
 * one byte.
 */
public final class TextDecoder {

  /** The character set chosen and why, with what it leaves unreadable and what remains to be asked. */
  public record Decoding(Charset charset, String how, int bomLength, int unreadable, int firstUnreadableLine,
      Question question) {

    /** "ISO-8859-1 (detected)". */
    public String describe() {
      return name(charset) + " (" + how + ")";
    }
  }

  /** Bytes that ISO-8859-15 reads differently from ISO-8859-1 and Windows-1252 (€ Š š Ž ž Œ œ Ÿ). */
  private static final int[] LATIN9_DIFFERS = {0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset LATIN9 = Charset.forName("ISO-8859-15");

  private TextDecoder() {
  }

  /** How Wedge names a character set to the user: "UTF-8", "Windows-1252", "ISO-8859-1". */
  public static String name(Charset c) {
    String n = c.name();
    if (n.toLowerCase(java.util.Locale.ROOT).startsWith("windows-")) {
      return "Windows-" + n.substring("windows-".length());
    }
    return n;
  }

  /** The character set named {@code name} ("latin1", "cp1252", "UTF-8", ...), or null when Java has none. */
  public static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip();
    switch (n.toLowerCase(java.util.Locale.ROOT).replace("_", "-")) {
      case "ansi", "cp1252", "windows1252", "win-1252", "winlatin1" -> n = "windows-1252";
      case "latin1", "latin-1", "iso8859-1", "iso-latin-1" -> n = "ISO-8859-1";
      case "latin9", "latin-9", "iso8859-15" -> n = "ISO-8859-15";
      case "utf8" -> n = "UTF-8";
      default -> {
        // as written
      }
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Chooses the character set of {@code bytes}. */
  public static Decoding detect(byte[] bytes) {
    int bom = bomLength(bytes);
    if (bom > 0) {
      Charset c = bytes[0] == (byte) 0xEF ? StandardCharsets.UTF_8
          : bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      return checked(bytes, c, "byte-order mark", null);
    }
    if (isUtf8(bytes)) {
      return new Decoding(StandardCharsets.UTF_8, ascii(bytes) ? "ASCII only" : "valid UTF-8", 0, 0, 0, null);
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    Charset chosen = null;
    for (CharsetMatch m : detector.detectAll()) {
      Charset c = charset(m.getName());
      if (c != null && singleByte(c)) {
        chosen = c;
        break;
      }
    }
    if (chosen == null) {
      chosen = WINDOWS_1252;
    }
    if (chosen.name().equals("ISO-8859-1") && hasC1(bytes)) {
      chosen = WINDOWS_1252; // bytes 0x80-0x9F are control characters in ISO-8859-1, printable in Windows-1252
    }
    Question question = null;
    if (chosen.name().equals("ISO-8859-1") || chosen.equals(WINDOWS_1252)) {
      int at = latin9Byte(bytes);
      if (at >= 0) {
        int b = bytes[at] & 0xFF;
        String asLatin1 = new String(new byte[] {(byte) b}, chosen);
        String asLatin9 = new String(new byte[] {(byte) b}, LATIN9);
        question = new Question(Question.Topic.ENCODING, "The file is not UTF-8, and byte " + String.format("0x%02X",
            b) + " (line " + lineOf(bytes, at) + ") is '" + asLatin1 + "' in " + name(chosen) + " but '" + asLatin9
            + "' in ISO-8859-15. Which character set was the file written in?", List.of(
                new Question.Answer(name(chosen) + " ('" + asLatin1 + "')", chosen.name()),
                new Question.Answer("ISO-8859-15 ('" + asLatin9 + "')", "ISO-8859-15")));
      }
    }
    return checked(bytes, chosen, "detected", question);
  }

  /** The decoding of {@code bytes} in {@code charset} as the user chose it. */
  public static Decoding chosen(byte[] bytes, Charset charset) {
    return checked(bytes, charset, "chosen", null);
  }

  private static Decoding checked(byte[] bytes, Charset c, String how, Question question) {
    int bom = bomLength(bytes);
    if (bom > 0 && !bomMatches(bytes, c)) {
      bom = 0;
    }
    int[] unreadable = unreadable(bytes, bom, c);
    return new Decoding(c, how, bom, unreadable[0], unreadable[1], question);
  }

  /** The text of {@code bytes} in the decoding's character set, without the byte-order mark. */
  public static String text(byte[] bytes, Decoding d) {
    CharsetDecoder decoder = d.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, d.bomLength(), bytes.length - d.bomLength())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not fail", e);
    }
  }

  static int bomLength(byte[] b) {
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return 3;
    }
    if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
      return 2;
    }
    return 0;
  }

  private static boolean bomMatches(byte[] b, Charset c) {
    String n = c.name().toUpperCase(java.util.Locale.ROOT);
    return b[0] == (byte) 0xEF ? n.equals("UTF-8") : n.startsWith("UTF-16");
  }

  private static boolean singleByte(Charset c) {
    String n = c.name().toLowerCase(java.util.Locale.ROOT);
    return n.startsWith("windows-125") || n.startsWith("iso-8859-") || n.equals("koi8-r");
  }

  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      d.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasC1(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80 && v <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  private static int latin9Byte(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int v = bytes[i] & 0xFF;
      for (int x : LATIN9_DIFFERS) {
        if (v == x) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** How many byte sequences {@code c} cannot read, and the line of the first (1-based; 0 when none). */
  private static int[] unreadable(byte[] bytes, int from, Charset c) {
    CharsetDecoder d = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    int count = 0;
    int first = -1;
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        count++;
        if (first < 0) {
          first = in.position();
        }
        in.position(in.position() + r.length());
      } else if (r.isOverflow()) {
        out.clear();
      } else {
        break;
      }
    }
    return new int[] {count, first < 0 ? 0 : lineOf(bytes, first)};
  }
}
