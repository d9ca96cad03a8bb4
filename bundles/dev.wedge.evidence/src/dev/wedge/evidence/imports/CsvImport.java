package dev.wedge.evidence.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.wedge.model.Cohort;

/**
 * Measurements from a CSV file (Commons CSV): which column holds the date, the value, the cohort (or one cohort for
 * every row), the source and a note; dates and decimal separators as common locales write them. Rows that cannot be
 * read are listed with their line and the reason; the good ones are returned for the caller to import in one step.
 */
public final class CsvImport {

  /** How dates are written. */
  public enum DateStyle {
    ISO("yyyy-MM-dd", "2026-03-31"), DAY_MONTH_YEAR("dd/MM/yyyy", "31/03/2026"), MONTH_DAY_YEAR("MM/dd/yyyy",
        "03/31/2026"), DOTTED("dd.MM.yyyy", "31.03.2026");

    private final DateTimeFormatter formatter;
    private final String example;

    DateStyle(String pattern, String example) {
      this.formatter = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), Locale.ROOT)
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);
      this.example = example;
    }

    public String example() {
      return example;
    }

    LocalDate parse(String s) {
      String t = s.trim();
      if (this != ISO && t.length() >= 8 && t.length() <= 10) {
        // allow single-digit days and months (1/3/2026)
        String[] parts = t.split("[/.]");
        if (parts.length == 3 && parts[0].length() <= 2 && parts[1].length() <= 2) {
          t = pad(parts[0]) + t.charAt(parts[0].length()) + pad(parts[1]) + t.charAt(parts[0].length()) + parts[2];
        }
      }
      return LocalDate.parse(t, formatter);
    }

    private static String pad(String s) {
      return s.length() == 1 ? "0" + s : s;
    }
  }

  /** How numbers are written: 1,234.5 (point) or 1.234,5 (comma). */
  public enum DecimalStyle {
    POINT, COMMA
  }

  /**
   * Which column is what (0-based; -1 = not in the file).
   *
   * @param fixedCohort the cohort of every row when {@code cohort} is -1
   */
  public record Mapping(int date, int value, int cohort, Cohort fixedCohort, int source, int note, DateStyle dates,
      DecimalStyle decimals, char delimiter, boolean header) {
  }

  private CsvImport() {
  }

  /** A first guess at the mapping from the first lines: delimiter, header, columns named like date/value/cohort. */
  public static Mapping guess(String firstLines) {
    String first = firstLines.lines().findFirst().orElse("");
    char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
    List<String> cells = split(first, delimiter);
    boolean header = cells.stream().anyMatch(c -> c.trim().matches("(?i)[a-z _]+") && !c.isBlank());
    int date = 0;
    int value = 1;
    int cohort = -1;
    int source = -1;
    int note = -1;
    if (header) {
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i).trim().toLowerCase(Locale.ROOT);
        if (c.contains("date") || c.equals("day") || c.equals("when")) {
          date = i;
        } else if (c.contains("value") || c.contains("score") || c.equals("days") || c.contains("rate")) {
          value = i;
        } else if (c.contains("cohort") || c.contains("group")) {
          cohort = i;
        } else if (c.contains("source")) {
          source = i;
        } else if (c.contains("note") || c.contains("comment")) {
          note = i;
        }
      }
    }
    DecimalStyle decimals = delimiter == ';' ? DecimalStyle.COMMA : DecimalStyle.POINT;
    DateStyle dates = DateStyle.ISO;
    String data = firstLines.lines().skip(header ? 1 : 0).findFirst().orElse("");
    List<String> sample = split(data, delimiter);
    if (date < sample.size()) {
      String d = sample.get(date).trim();
      if (d.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
        dates = DateStyle.DOTTED;
      } else if (d.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        int firstPart = Integer.parseInt(d.substring(0, d.indexOf('/')));
        dates = firstPart > 12 || delimiter == ';' ? DateStyle.DAY_MONTH_YEAR : DateStyle.MONTH_DAY_YEAR;
      }
    }
    return new Mapping(date, value, cohort, Cohort.ALL, source, note, dates, decimals, delimiter, header);
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  private static List<String> split(String line, char delimiter) {
    try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(line))) {
      List<String> out = new ArrayList<>();
      for (CSVRecord r : p) {
        r.forEach(out::add);
        break;
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of(line);
    }
  }

  /** Reads every row with {@code mapping}. */
  public static ImportResult read(Reader reader, Mapping mapping) throws IOException {
    List<ImportedRow> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> header = List.of();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    try (CSVParser parser = format.parse(reader instanceof BufferedReader ? reader : new BufferedReader(reader, 1 << 16))) {
      boolean first = true;
      for (CSVRecord r : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (first && mapping.header()) {
          first = false;
          List<String> h = new ArrayList<>();
          r.forEach(h::add);
          header = List.copyOf(h);
          continue;
        }
        first = false;
        ImportedRow row = row(r, line, mapping, problems);
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      problems.add(new ImportProblem(0, "the file is not valid CSV: " + e.getMessage()));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(0, header.isEmpty() ? "the file is empty" : "the file has a header but no rows"));
    }
    return new ImportResult(header, List.copyOf(rows), List.copyOf(problems));
  }

  private static ImportedRow row(CSVRecord r, int line, Mapping m, List<ImportProblem> problems) {
    String dateText = cell(r, m.date());
    String valueText = cell(r, m.value());
    if (dateText == null || valueText == null) {
      problems.add(new ImportProblem(line, "the row has " + r.size() + " column" + (r.size() == 1 ? "" : "s")
          + "; the " + (dateText == null ? "date" : "value") + " is expected in column "
          + ((dateText == null ? m.date() : m.value()) + 1)));
      return null;
    }
    LocalDate date;
    try {
      date = m.dates().parse(dateText);
    } catch (DateTimeParseException e) {
      problems.add(new ImportProblem(line, "'" + dateText + "' is not a date like " + m.dates().example()));
      return null;
    }
    double value;
    try {
      value = number(valueText, m.decimals());
    } catch (NumberFormatException e) {
      problems.add(new ImportProblem(line, "'" + valueText + "' is not a number"
          + (m.decimals() == DecimalStyle.COMMA ? " like 1.234,5" : " like 1,234.5")));
      return null;
    }
    Cohort cohort = m.fixedCohort() == null ? Cohort.ALL : m.fixedCohort();
    if (m.cohort() >= 0) {
      String c = cell(r, m.cohort());
      cohort = cohort(c);
      if (cohort == null) {
        problems.add(new ImportProblem(line, "'" + c + "' is not a cohort (pilot, comparison or all)"));
        return null;
      }
    }
    return new ImportedRow(line, date, value, cohort, blankToNull(cell(r, m.source())), blankToNull(cell(r, m.note())));
  }

  private static String cell(CSVRecord r, int column) {
    return column < 0 || column >= r.size() ? null : r.get(column);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** "1,234.5" or "1.234,5" (and "12,5" with a comma style) to a double. */
  public static double number(String text, DecimalStyle style) {
    String t = text.trim().replace("\u00a0", "").replace(" ", "").replace("'", "");
    if (t.isEmpty()) {
      throw new NumberFormatException("empty");
    }
    if (style == DecimalStyle.COMMA) {
      t = t.replace(".", "").replace(',', '.');
    } else {
      t = t.replace(",", "");
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    double d = Double.parseDouble(t);
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new NumberFormatException(text);
    }
    return d;
  }

  static Cohort cohort(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "", "all", "everyone", "total" -> Cohort.ALL;
      case "pilot", "treatment", "test", "participants" -> Cohort.PILOT;
      case "comparison", "control", "baseline group" -> Cohort.COMPARISON;
      default -> null;
    };
  }
}
