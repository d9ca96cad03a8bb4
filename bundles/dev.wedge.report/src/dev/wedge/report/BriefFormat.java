package dev.wedge.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The format a brief is written in, from {@code --format} and the name given to {@code --out}: a name ending in .pdf
 * or .html (.htm) gives the format when none is asked for, and contradicts one that is asked for, which is refused
 * rather than writing HTML into a file named .pdf. Without either, PDF.
 */
public final class BriefFormat {

  private BriefFormat() {
  }

  /**
   * "pdf" or "html".
   *
   * @param format the {@code --format} given, or null
   * @param out    the {@code --out} given, or null
   * @throws IllegalArgumentException with the sentence to print, when the two contradict each other
   */
  public static String of(String format, String out) {
    String implied = out == null || Files.isDirectory(Path.of(out)) ? null : implied(out);
    if (format == null) {
      return implied == null ? "pdf" : implied;
    }
    if (implied != null && !implied.equals(format)) {
      String fixed = out.replaceFirst("\\.[^.]+$", "." + format);
      throw new IllegalArgumentException("--out " + out + " names " + (implied.equals("pdf") ? "a PDF" : "an HTML")
          + " file but --format is " + format + ": write it to " + fixed + ", or use --format " + implied);
    }
    return format;
  }

  /** "pdf" for a name ending in .pdf, "html" for .html or .htm, else null. */
  static String implied(String out) {
    Path name = Path.of(out).getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".pdf") ? "pdf" : n.endsWith(".html") || n.endsWith(".htm") ? "html" : null;
  }
}
