package dev.wedge.core.persistence;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.util.regex.Pattern;

/**
 * A problem reported by a library, as words a user can act on: never the name of an exception class, a parser's
 * message code or an object's {@code toString()}.
 */
public final class Words {

  /** {@code java.io.IOException: }, {@code org.eclipse.emf...Resource$IOWrappedException: } and the like. */
  private static final Pattern CLASS_PREFIX = Pattern.compile("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:\\$[\\w$]+)*:\\s*");
  /** A qualified class name anywhere, with an optional identity hash ({@code dev.wedge.model.impl.XImpl@4a6ad34a}). */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:[a-z_][\\w$]*\\.){2,}[A-Z][\\w$]*(?:\\$[\\w$]+)*(?:@[0-9a-f]+)?(?:\\s*\\([^)]*\\))?");
  /** {@code JAXP00010003: }, {@code cvc-...: } */
  private static final Pattern CODE_PREFIX = Pattern.compile("\\b(?:JAXP\\d+|[A-Z]{2,}\\d{3,}):\\s*");

  private Words() {
  }

  /** The problem {@code t} stands for, as the end of a sentence ("it cannot be read (…)"). */
  public static String of(Throwable t) {
    if (t == null) {
      return "no details";
    }
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof CharConversionException || c instanceof CharacterCodingException
          || c.getMessage() != null && c.getMessage().contains("UTF-8 sequence")) {
        return "it is not UTF-8 text; a .wedge file is always UTF-8 (was it saved in another encoding, or is it not"
            + " a text file?)";
      }
      if (c instanceof StackOverflowError) {
        return "its content is nested too deeply";
      }
      if (c instanceof OutOfMemoryError) {
        return "Wedge ran out of memory";
      }
    }
    Throwable deepest = t;
    while (deepest.getCause() != null && deepest.getCause() != deepest && deepest.getMessage() == null) {
      deepest = deepest.getCause();
    }
    if (deepest instanceof FileSystemException fse && fse.getReason() != null) {
      return clean(fse.getReason()) + (fse.getFile() == null ? "" : " (" + fse.getFile() + ")");
    }
    String m = deepest.getMessage();
    if (m == null || m.isBlank()) {
      return describeType(deepest);
    }
    String cleaned = clean(FormatProbe.firstLine(m));
    return cleaned.isBlank() ? describeType(deepest) : cleaned;
  }

  /** {@code message} without class names and message codes. */
  public static String clean(String message) {
    if (message == null) {
      return "";
    }
    String m = CLASS_PREFIX.matcher(message).replaceAll("");
    m = CODE_PREFIX.matcher(m).replaceAll("");
    m = CLASS_NAME.matcher(m).replaceAll("an object");
    m = m.strip();
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /** Whether {@code text} shows a Java class name (tests use it on every message). */
  public static boolean showsClassName(String text) {
    return text != null && (CLASS_NAME.matcher(text).find()
        || Pattern.compile("\\b\\w*(?:Exception|Error)\\b").matcher(text).find());
  }

  private static String describeType(Throwable t) {
    if (t instanceof java.io.EOFException) {
      return "the file ends too early";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NullPointerException || t instanceof IllegalStateException
        || t instanceof IllegalArgumentException || t instanceof ClassCastException
        || t instanceof IndexOutOfBoundsException) {
      return "an internal error";
    }
    return "an unexpected problem";
  }
}
