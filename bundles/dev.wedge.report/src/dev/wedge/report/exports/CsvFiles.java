package dev.wedge.report.exports;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.wedge.core.persistence.TempFiles;

/**
 * How Wedge writes a table for spreadsheets: RFC 4180 (Apache Commons CSV: comma, CRLF, a cell quoted when it holds a
 * comma, a quote or a line break), UTF-8 without a byte-order mark, one header row, dates ISO 8601, numbers with a
 * decimal point and no grouping. A file is written beside the target and renamed over it, so a reader never sees
 * half of it.
 */
public final class CsvFiles {

  /** The format written (and read back by the tests). */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CsvFiles() {
  }

  /** One row of cells; null cells are written empty. */
  public interface Rows {
    void write(CSVPrinter out) throws IOException;
  }

  /** The text of a table with {@code header}. */
  public static String text(List<String> header, Rows rows) throws IOException {
    StringBuilder b = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(b, FORMAT)) {
      p.printRecord(header);
      rows.write(p);
    }
    return b.toString();
  }

  /** Writes {@code text} to {@code target} as UTF-8 through a temporary file beside it, renamed into place. */
  public static void write(Path target, String text) throws IOException {
    Path tmp = TempFiles.beside(target, ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(text);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** 81.5, 1250, 0.125: the shortest decimal that reads back as the value, without exponent or grouping. */
  public static String number(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) {
      return null;
    }
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
