package dev.wedge.evidence.imports;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;

import dev.wedge.model.Cohort;

/**
 * What the user said about a CSV file (in the dialog or as {@code wedge import} options); every null is inferred
 * from the file. Columns are named by their header or by their number (1 is the first); {@code "none"} says the
 * file has no such column.
 *
 * @param cohortMap  cohort values and what they stand for; a value mapped to null is left out on purpose
 * @param fixedCohort the cohort of every row when there is no cohort column (null: all)
 * @param source     the name of the source, whose cohort mapping is remembered (null: from the file name)
 * @param again      import a file that was imported into the metric before
 */
public record CsvOptions(Charset encoding, Character separator, Boolean header, DecimalStyle decimal,
    Dates.Order dateOrder, String dateColumn, String valueColumn, String cohortColumn, String subjectColumn,
    String noteColumn, Cohort fixedCohort, Map<String, Cohort> cohortMap, Implausible implausible, String source,
    boolean again) {

  /** Whether to import values flagged as implausible. */
  public enum Implausible {
    IMPORT("import"), LEAVE_OUT("leave-out");

    private final String option;

    Implausible(String option) {
      this.option = option;
    }

    public String option() {
      return option;
    }

    public static Implausible ofOption(String s) {
      if (s == null) {
        return null;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "import", "keep", "accept" -> IMPORT;
        case "leave-out", "leave out", "skip", "omit" -> LEAVE_OUT;
        default -> null;
      };
    }
  }

  /** The value to map a cohort value to "leave these rows out". */
  public static final String LEAVE_OUT = "leave-out";

  public static CsvOptions infer() {
    return new CsvOptions(null, null, null, null, null, null, null, null, null, null, null, Map.of(), null, null,
        false);
  }

  public CsvOptions {
    cohortMap = cohortMap == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cohortMap));
  }

  public CsvOptions withEncoding(Charset v) {
    return new CsvOptions(v, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withSeparator(Character v) {
    return new CsvOptions(encoding, v, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withHeader(Boolean v) {
    return new CsvOptions(encoding, separator, v, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withDecimal(DecimalStyle v) {
    return new CsvOptions(encoding, separator, header, v, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withDateOrder(Dates.Order v) {
    return new CsvOptions(encoding, separator, header, decimal, v, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withDateColumn(String v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, v, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withValueColumn(String v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, v, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withCohortColumn(String v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, v,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withSubjectColumn(String v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        v, noteColumn, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withNoteColumn(String v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, v, fixedCohort, cohortMap, implausible, source, again);
  }

  public CsvOptions withFixedCohort(Cohort v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, v, cohortMap, implausible, source, again);
  }

  public CsvOptions withCohortMap(Map<String, Cohort> v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, v, implausible, source, again);
  }

  /** This mapping with {@code value} mapped to {@code cohort} (null: leave those rows out). */
  public CsvOptions withCohort(String value, Cohort cohort) {
    Map<String, Cohort> m = new LinkedHashMap<>(cohortMap);
    m.put(value, cohort);
    return withCohortMap(m);
  }

  public CsvOptions withImplausible(Implausible v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, v, source, again);
  }

  public CsvOptions withSource(String v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, v, again);
  }

  public CsvOptions withAgain(boolean v) {
    return new CsvOptions(encoding, separator, header, decimal, dateOrder, dateColumn, valueColumn, cohortColumn,
        subjectColumn, noteColumn, fixedCohort, cohortMap, implausible, source, v);
  }

  /**
   * Parses {@code --cohort-map "Pilot Umeå=pilot,Vergleich Malmö=comparison,Gesamt=all,Test=leave-out"}; a value
   * that contains ',' or '=' is written with a backslash before it.
   *
   * @throws IllegalArgumentException with a sentence naming the part that is wrong
   */
  public static Map<String, Cohort> parseCohortMap(String text) {
    Map<String, Cohort> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    StringBuilder part = new StringBuilder();
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        part.append('\\').append(text.charAt(++i));
      } else if (c == ',') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      int eq = -1;
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) == '\\') {
          i++;
        } else if (p.charAt(i) == '=') {
          eq = i;
        }
      }
      if (eq < 0) {
        throw new IllegalArgumentException("'" + p.strip() + "' in --cohort-map has no '=': write VALUE=pilot,"
            + " VALUE=comparison, VALUE=all or VALUE=" + LEAVE_OUT);
      }
      String value = p.substring(0, eq).replaceAll("\\\\(.)", "$1").strip();
      String cohort = p.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
      Cohort c = switch (cohort) {
        case "pilot" -> Cohort.PILOT;
        case "comparison", "control" -> Cohort.COMPARISON;
        case "all" -> Cohort.ALL;
        case LEAVE_OUT, "leave out", "skip" -> null;
        default -> throw new IllegalArgumentException("'" + p.strip() + "' in --cohort-map: '" + cohort
            + "' is not a cohort (pilot, comparison, all, or " + LEAVE_OUT + ")");
      };
      out.put(value, c);
    }
    return out;
  }
}
