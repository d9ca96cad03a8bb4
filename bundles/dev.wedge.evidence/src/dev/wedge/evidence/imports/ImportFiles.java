package dev.wedge.evidence.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading import files within a size limit (50 MB unless {@code -Dwedge.import.maxSize=200MB} or
 * {@code wedge import --max-size} says otherwise), with their SHA-256; refusals are sentences naming the file, the
 * problem and the fix.
 */
public final class ImportFiles {

  /** The limit when nothing else is said: about a million CSV rows. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1000 * 1000;
  /** The system property that sets the limit ({@code -Dwedge.import.maxSize=200MB}, also in {@code WEDGE_VMARGS}). */
  public static final String MAX_SIZE_PROPERTY = "wedge.import.maxSize";

  private static final Pattern SIZE = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(b|kb|k|mb|m|gb|g)?\\s*$");

  private ImportFiles() {
  }

  /** The limit in effect: the system property if set and valid, else {@link #DEFAULT_MAX_BYTES}. */
  public static long maxBytes() {
    String p = System.getProperty(MAX_SIZE_PROPERTY);
    if (p != null) {
      long v = parseSize(p);
      if (v > 0) {
        return v;
      }
    }
    return DEFAULT_MAX_BYTES;
  }

  /** "200MB", "1.5 GB", "800k", "5000000" in bytes (decimal units); -1 when it is not a size. */
  public static long parseSize(String s) {
    Matcher m = s == null ? null : SIZE.matcher(s);
    if (m == null || !m.matches()) {
      return -1;
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    double factor = switch (unit) {
      case "kb", "k" -> 1e3;
      case "mb", "m" -> 1e6;
      case "gb", "g" -> 1e9;
      default -> 1;
    };
    double bytes = v * factor;
    return bytes >= 1 && bytes < Long.MAX_VALUE ? (long) bytes : -1;
  }

  /** "50 MB", "812 kB", "120 bytes". */
  public static String describe(long bytes) {
    if (bytes >= 1e9) {
      return trim(bytes / 1e9) + " GB";
    }
    if (bytes >= 1e6) {
      return trim(bytes / 1e6) + " MB";
    }
    if (bytes >= 1e3) {
      return trim(bytes / 1e3) + " kB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  private static String trim(double v) {
    return v >= 100 || v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Checks that {@code file} is a readable regular file within {@code max} bytes; returns its size. */
  public static long check(Path file, long max) throws ImportException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new ImportException("Cannot import " + name + ": it is a folder, not a file.");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ImportException("Cannot import " + name + ": the file does not exist (" + file.toAbsolutePath()
          + ").");
    } catch (AccessDeniedException e) {
      throw new ImportException("Cannot import " + name + ": you are not allowed to read it.");
    } catch (IOException e) {
      throw new ImportException("Cannot import " + name + ": it cannot be read (" + e.getMessage() + ").", e);
    }
    if (size > max) {
      throw tooLarge(name, size, max);
    }
    if (!Files.isReadable(file)) {
      throw new ImportException("Cannot import " + name + ": you are not allowed to read it.");
    }
    return size;
  }

  static ImportException tooLarge(String name, long size, long max) {
    return new ImportException("Cannot import " + name + ": it is " + (size > 0 ? describe(size) + ", " : "")
        + "more than the import limit of " + describe(max) + ". Split it into smaller files, or raise the limit"
        + " (wedge import --max-size " + describe(Math.max(size, max) * 2).replace(" ", "").replace("kB", "KB")
        + "; for the workbench, start it with -D" + MAX_SIZE_PROPERTY + "=...).");
  }

  /** The bytes of {@code file}, within {@code max}. */
  public static byte[] read(Path file, long max) throws ImportException {
    check(file, max);
    String name = file.getFileName().toString();
    try (InputStream in = bounded(Files.newInputStream(file), name, max)) {
      return in.readAllBytes();
    } catch (LimitExceeded e) {
      throw e.exception;
    } catch (IOException e) {
      throw new ImportException("Cannot import " + name + ": it cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Thrown by a bounded stream when it passes its limit; carries the sentence. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final transient ImportException exception;

    LimitExceeded(ImportException exception) {
      super(exception.getMessage());
      this.exception = exception;
    }
  }

  /** {@code in}, failing with {@link LimitExceeded} once more than {@code max} bytes have been read. */
  static InputStream bounded(InputStream in, String name, long max) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws LimitExceeded {
        count += n;
        if (count > max) {
          throw new LimitExceeded(tooLarge(name, -1, max));
        }
      }
    };
  }
}
