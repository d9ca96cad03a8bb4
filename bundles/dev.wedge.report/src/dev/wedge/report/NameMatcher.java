package dev.wedge.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.SpoofChecker;

/**
 * Finds people's names in any text, however they are written: in any case, with any kind or amount of white space
 * between their parts (a line break, a no-break space, an ideographic space), with zero-width characters, soft
 * hyphens or bidirectional marks inside, in full-width or other compatibility forms, with look-alike letters of
 * other scripts (a Cyrillic {@code а} for a Latin {@code a}, as Unicode's confusables define them, through ICU4J's
 * {@link SpoofChecker}), composed or decomposed accents, and with any dash or apostrophe. A name is found only as a
 * whole word: what comes before and after it is not a letter, mark or digit of any script (so {@code Åsa} is found
 * in "Åsa's", and {@code Ann} is not found in "Annika" or "Ånnika").
 *
 * <p>It works on a folded copy of the text, kept in step with the original, so what it replaces is exactly the
 * original's characters.
 */
final class NameMatcher {

  private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

  private final Map<String, String> wholeByFolded = new HashMap<>();
  private final Map<String, String> partByFolded = new HashMap<>();
  /** The folded names by their first word, longest first. */
  private final Map<String, List<String>> byFirstWord = new HashMap<>();

  /**
   * {@code names}: a name as written in the model and what replaces it (found in any case); {@code parts}: parts of
   * names, found only when written with a capital (so that "Mark" is hidden and "mark the date" is not).
   */
  NameMatcher(Map<String, String> names, Map<String, String> parts) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      String folded = collapse(fold(e.getKey()).text());
      if (!folded.isBlank() && wordAt(folded, 0) > 0) {
        wholeByFolded.putIfAbsent(folded, e.getValue());
      }
    }
    for (Map.Entry<String, String> e : parts.entrySet()) {
      String folded = collapse(fold(e.getKey()).text());
      if (!folded.isBlank() && wordAt(folded, 0) > 0 && !wholeByFolded.containsKey(folded)) {
        partByFolded.putIfAbsent(folded, e.getValue());
      }
    }
    for (String key : wholeByFolded.keySet()) {
      byFirstWord.computeIfAbsent(key.substring(0, wordAt(key, 0)), k -> new ArrayList<>()).add(key);
    }
    for (String key : partByFolded.keySet()) {
      byFirstWord.computeIfAbsent(key.substring(0, wordAt(key, 0)), k -> new ArrayList<>()).add(key);
    }
    for (List<String> l : byFirstWord.values()) {
      l.sort(Comparator.comparingInt(String::length).reversed()); // "anna-karin öberg" before "anna-karin"
    }
  }

  /** {@code text} with every name and e-mail address found replaced. */
  String replace(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Folded f = fold(text);
    String s = f.text();
    List<int[]> found = new ArrayList<>(); // folded start, folded end (exclusive), index of the replacement
    List<String> replacements = new ArrayList<>();
    emails(s, found, replacements);
    if (!byFirstWord.isEmpty()) {
      int i = 0;
      int nextEmail = 0;
      while (i < s.length()) {
        if (nextEmail < found.size() && i >= found.get(nextEmail)[0]) {
          i = Math.max(i, found.get(nextEmail)[1]); // inside an e-mail address: replaced whole
          nextEmail++;
          continue;
        }
        int w = wordAt(s, i);
        if (w == 0) {
          i++;
          continue;
        }
        int end = i + w;
        if (i == 0 || boundary(s.codePointBefore(i), s.codePointAt(i))) {
          List<String> candidates = byFirstWord.get(s.substring(i, end));
          if (candidates != null) {
            for (String name : candidates) {
              int matched = matchAt(s, i, name);
              String r = matched < 0 ? null : replacementFor(name, text, f.start(i));
              if (r != null && (nextEmail >= found.size() || matched <= found.get(nextEmail)[0])) {
                found.add(nextEmail, new int[] {i, matched});
                replacements.add(nextEmail, r);
                nextEmail++;
                end = matched;
                break;
              }
            }
          }
        }
        i = end;
      }
    }
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int k = 0; k < found.size(); k++) {
      int from = f.start(found.get(k)[0]);
      int to = f.end(found.get(k)[1] - 1);
      if (from < copied) {
        continue;
      }
      String r = replacements.get(k);
      out.append(text, copied, from).append(r);
      copied = to;
      for (String echo : new String[] {", " + r, " (" + r + ")", " \u2013 " + r, " - " + r}) {
        if (text.regionMatches(true, copied, echo, 0, echo.length())) { // "Dana Whitfield, Chief Financial Officer"
          copied += echo.length();
          break;
        }
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  private String replacementFor(String name, String text, int originalStart) {
    String whole = wholeByFolded.get(name);
    if (whole != null) {
      return whole;
    }
    int first = text.codePointAt(originalStart);
    return Character.isUpperCase(first) || Character.isTitleCase(first) ? partByFolded.get(name) : null;
  }

  /**
   * Where {@code name} (folded, one space between words) ends when it starts at {@code i} of {@code s} as whole
   * words, any run of spaces standing for its spaces; -1 when it does not.
   */
  private static int matchAt(String s, int i, String name) {
    int j = i;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c == ' ') {
        if (j >= s.length() || s.charAt(j) != ' ') {
          return -1;
        }
        while (j < s.length() && s.charAt(j) == ' ') {
          j++;
        }
      } else {
        if (j >= s.length() || s.charAt(j) != c) {
          return -1;
        }
        j++;
      }
    }
    return j < s.length() && !boundary(s.codePointBefore(j), s.codePointAt(j)) ? -1 : j;
  }

  /** The e-mail addresses in {@code s} (folded), in order: each around an '@', in letters of any script. */
  private static void emails(String s, List<int[]> found, List<String> replacements) {
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int from = at;
      while (from > 0 && localChar(s.charAt(from - 1))) {
        from--;
      }
      int to = at + 1;
      int dots = 0;
      while (to < s.length() && (domainChar(s.charAt(to)) || s.charAt(to) == '.' && to + 1 < s.length()
          && domainChar(s.charAt(to + 1)))) {
        dots += s.charAt(to) == '.' ? 1 : 0;
        to++;
      }
      if (from < at && dots > 0 && (found.isEmpty() || found.get(found.size() - 1)[1] <= from)) {
        found.add(new int[] {from, to});
        replacements.add("an e-mail address");
        at = to - 1;
      }
    }
  }

  private static boolean localChar(char c) {
    return isWordChar(c) || Character.isSurrogate(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  private static boolean domainChar(char c) {
    return isWordChar(c) || Character.isSurrogate(c) || c == '-';
  }

  /** How many chars the word starting at {@code i} has (letters, marks and digits of any script), 0 if none. */
  private static int wordAt(String s, int i) {
    if (i < s.length() && unspaced(s.codePointAt(i))) {
      return Character.charCount(s.codePointAt(i)); // in Chinese, Japanese, Thai ... any character may start a name
    }
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (!isWordChar(cp) || unspaced(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j - i;
  }

  /** Whether a word may end between {@code before} and {@code after}. */
  private static boolean boundary(int before, int after) {
    return !isWordChar(before) || !isWordChar(after) || unspaced(before) || unspaced(after);
  }

  /** A letter of a script written without spaces between words. */
  private static boolean unspaced(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, BOPOMOFO, YI -> true;
      default -> false;
    };
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK;
  }

  /** Whether {@code text} holds one of the names or an e-mail address (however written). */
  boolean findsIn(String text) {
    return text != null && !replace(text).equals(text);
  }

  /** A folded text and, for each of its chars, where the original code point it came from starts and ends. */
  record Folded(String text, int[] starts, int[] ends) {
    int start(int foldedIndex) {
      return starts[foldedIndex];
    }

    int end(int foldedIndex) {
      return ends[foldedIndex];
    }
  }

  /**
   * Folds {@code s} code point by code point: compatibility forms and case folded (NFKC_Casefold-like, through NFKC
   * and lower case), look-alikes mapped to their skeleton, accents decomposed, white space to one space, dashes to
   * '-', apostrophes to '\'', invisible characters dropped.
   */
  static Folded fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int[] starts = new int[s.length() * 4 + 8];
    int[] ends = new int[starts.length];
    int n = 0;
    for (int i = 0; i < s.length();) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      String piece = foldCodePoint(cp);
      for (int k = 0; k < piece.length(); k++) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
          ends = java.util.Arrays.copyOf(ends, n * 2);
        }
        sb.append(piece.charAt(k));
        starts[n] = i;
        ends[n] = next;
        n++;
      }
      i = next;
    }
    return new Folded(sb.toString(), starts, ends);
  }

  /** The folded form of each code point of the Basic Multilingual Plane, once made (briefs fold every text). */
  private static final String[] FOLDED_BMP = new String[0x10000];

  private static String foldCodePoint(int cp) {
    if (cp < FOLDED_BMP.length) {
      String known = FOLDED_BMP[cp];
      if (known == null) {
        known = foldUncached(cp);
        FOLDED_BMP[cp] = known;
      }
      return known;
    }
    return foldUncached(cp);
  }

  private static String foldUncached(int cp) {
    if (invisible(cp)) {
      return "";
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return " ";
    }
    int type = Character.getType(cp);
    if (type == Character.DASH_PUNCTUATION) {
      return "-";
    }
    if (cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u0060' || cp == '\u00B4' || cp == '\uFF07') {
      return "'";
    }
    String c = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    String skeleton = SKELETONS.getSkeleton(c);
    return Normalizer.normalize(skeleton, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
  }

  /** Zero-width and formatting characters, soft hyphens, variation selectors: not seen, so not part of a name. */
  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT || cp == '\u00AD' || cp == '\u034F' || cp >= 0xFE00 && cp <= 0xFE0F
        || cp >= 0xE0100 && cp <= 0xE01EF || cp == '\u115F' || cp == '\u1160' || cp == '\u3164';
  }

  /** Runs of spaces as one, without spaces at the ends. */
  private static String collapse(String s) {
    return s.trim().replaceAll(" +", " ");
  }
}
