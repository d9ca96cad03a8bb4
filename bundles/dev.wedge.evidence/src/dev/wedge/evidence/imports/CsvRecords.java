package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.Numbers;

/**
 * The records of a CSV text split by one separator (Apache Commons CSV, quotes respected), each with the line it
 * starts on; blank records are dropped, and where the text stops being valid CSV the rest is not read and a problem
 * says so. {@link #separator(String)} finds the separator that splits a text most consistently.
 */
final class CsvRecords {

  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  final List<String[]> records = new ArrayList<>();
  final List<Integer> lines = new ArrayList<>();
  final List<ImportProblem> problems = new ArrayList<>();
  private int[] lineStarts;

  CsvRecords(String text, char separator) {
    indexLines(text);
    parse(text, separator);
  }

  private void indexLines(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Where a record's own text starts: Commons CSV gives the position after the previous record, before the empty
   * lines it skipped, so a record after a blank line would otherwise be said to be on the blank line.
   */
  private static long firstCharacter(String text, long position) {
    long p = position;
    while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) {
      p++;
    }
    return p;
  }

  private int lineAt(long charPosition) {
    int i = Arrays.binarySearch(lineStarts, (int) charPosition);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  static CSVFormat format(char separator) {
    return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
  }

  /** The separator that splits the records most consistently into more than one column, or null. */
  static Character separator(String text) {
    Character best = null;
    double bestScore = -1;
    int bestWidth = 0;
    for (char s : SEPARATORS) {
      Map<Integer, Integer> widths = new HashMap<>();
      int n = 0;
      try (CSVParser p = CSVParser.parse(new StringReader(text), format(s))) {
        for (CSVRecord r : p) {
          if (n++ == 500) {
            break;
          }
          widths.merge(r.size(), 1, Integer::sum);
        }
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        continue; // this separator does not make the file valid CSV
      }
      if (n == 0) {
        continue;
      }
      int modal = 0;
      int modalCount = 0;
      for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
        if (e.getValue() > modalCount || e.getValue() == modalCount && e.getKey() > modal) {
          modal = e.getKey();
          modalCount = e.getValue();
        }
      }
      if (modal < 2) {
        continue;
      }
      double score = (double) modalCount / Math.min(n, 500);
      if (score > bestScore + 1e-9 || Math.abs(score - bestScore) < 1e-9 && modal > bestWidth) {
        best = s;
        bestScore = score;
        bestWidth = modal;
      }
    }
    return best;
  }

  private void parse(String text, char separator) {
    try (CSVParser p = CSVParser.parse(new StringReader(text), format(separator))) {
      for (CSVRecord r : p) {
        String[] cells = r.values();
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
          blank &= cells[i].isEmpty();
        }
        if (blank) {
          continue;
        }
        records.add(cells);
        lines.add(lineAt(firstCharacter(text, r.getCharacterPosition())));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      int from = lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
      problems.add(new ImportProblem(from, "from here on the file is not valid CSV (a quoted cell is not"
          + " closed, or a '\"' stands inside a cell that is not quoted), so the rest of the file is not read: correct"
          + " the quotes and import again"));
    }
  }

  /** Whether the first record is a header: none of its cells is a number or a date (and rows follow). */
  boolean looksLikeHeader() {
    if (records.size() < 2) {
      return false;
    }
    for (String cell : records.get(0)) {
      if (!cell.isEmpty() && (Dates.shape(cell).kind() != Dates.Kind.NONE || Numbers.evidence(cell)
          != Numbers.Evidence.NONE)) {
        return false;
      }
    }
    return true;
  }
}
