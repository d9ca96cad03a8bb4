package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wedge.model.Cohort;
import dev.wedge.model.ImportFormat;

/**
 * What reading a file gave, before anything is imported: how it was read (one line to confirm), the questions still
 * open, every row with its raw text beside what it was read as, the rows refused with their line and reason, and
 * notes. The dialog and {@code wedge import} show the same preview; nothing is imported while it is not
 * {@link #ready()}.
 */
public final class ImportPreview {

  private final ImportFormat format;
  private final String fileName;
  private final String sha256;
  private final long bytes;
  private final String settings;
  private final String mapping;
  private final List<Question> questions;
  private final List<PreviewRow> rows;
  private final List<ImportProblem> fileProblems;
  private final List<String> notes;
  private final String fatal;
  private final String source;
  private final Map<String, Cohort> cohorts;
  private final Map<String, Integer> cohortCounts;
  private final String subjectSalt;
  private final Object details;
  private final int read;

  ImportPreview(ImportFormat format, String fileName, String sha256, long bytes, String settings, String mapping,
      List<Question> questions, List<PreviewRow> rows, List<ImportProblem> fileProblems, List<String> notes,
      String fatal, String source, Map<String, Cohort> cohorts, Map<String, Integer> cohortCounts, String subjectSalt,
      Object details) {
    this(format, fileName, sha256, bytes, settings, mapping, questions, rows, fileProblems, notes, fatal, source,
        cohorts, cohortCounts, subjectSalt, details, -1);
  }

  /** @param read how many rows (statements) the file has; -1: the rows and the rows that could not be parsed */
  ImportPreview(ImportFormat format, String fileName, String sha256, long bytes, String settings, String mapping,
      List<Question> questions, List<PreviewRow> rows, List<ImportProblem> fileProblems, List<String> notes,
      String fatal, String source, Map<String, Cohort> cohorts, Map<String, Integer> cohortCounts, String subjectSalt,
      Object details, int read) {
    this.format = format;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.bytes = bytes;
    this.settings = settings;
    this.mapping = mapping;
    this.questions = List.copyOf(questions);
    this.rows = List.copyOf(rows);
    this.fileProblems = List.copyOf(fileProblems);
    this.notes = List.copyOf(notes);
    this.fatal = fatal;
    this.source = source;
    this.cohorts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cohorts));
    this.cohortCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cohortCounts));
    this.subjectSalt = subjectSalt;
    this.details = details;
    this.read = read;
  }

  /** A file that cannot be imported at all, and why. */
  public static ImportPreview fatal(ImportFormat format, String fileName, String sha256, long bytes, String why) {
    return new ImportPreview(format, fileName, sha256, bytes, "", "", List.of(), List.of(), List.of(), List.of(),
        why, null, Map.of(), Map.of(), null, null);
  }

  public ImportFormat format() {
    return format;
  }

  public String fileName() {
    return fileName;
  }

  public String sha256() {
    return sha256;
  }

  public long bytes() {
    return bytes;
  }

  /** How the file was read: "ISO-8859-1 (detected), separator ',', header row, decimal comma, dates day-first". */
  public String settings() {
    return settings;
  }

  /** What each column (or statement property) gave: "date 'Datum', value 'Wert', cohort 'Standort' (...)". */
  public String mapping() {
    return mapping;
  }

  /** Everything inferred, in one line for the user to confirm. */
  public String inferredLine() {
    return settings + (mapping.isEmpty() ? "" : "; " + mapping);
  }

  /** What only the user can answer; nothing is imported while one is open. */
  public List<Question> questions() {
    return questions;
  }

  /** Every data row read (refused ones included). */
  public List<PreviewRow> rows() {
    return rows;
  }

  /** Why the file cannot be imported at all (empty, not CSV, no value column), or null. */
  public String fatal() {
    return fatal;
  }

  /** Whether the rows can be imported: nothing fatal, no open question. */
  public boolean ready() {
    return fatal == null && questions.isEmpty();
  }

  /** What else was noticed (timestamps read as UTC, a partial statement page, unreadable bytes). */
  public List<String> notes() {
    return notes;
  }

  /** The source whose cohort mapping was used (and is remembered on import). */
  public String source() {
    return source;
  }

  /** The cohort mapping used: every value of the cohort column and what it stands for (null: left out). */
  public Map<String, Cohort> cohorts() {
    return cohorts;
  }

  /** How many rows have each value of the cohort column. */
  public Map<String, Integer> cohortCounts() {
    return cohortCounts;
  }

  /** The values of the cohort column that are not mapped yet, with how many rows have each. */
  public Map<String, Integer> unmappedCohorts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    cohortCounts.forEach((v, n) -> {
      if (!cohorts.containsKey(v)) {
        out.put(v, n);
      }
    });
    return out;
  }

  /** Fingerprint of the salt the subject keys were made with, or null when none was imported. */
  public String subjectSalt() {
    return subjectSalt;
  }

  /** The reader's own details ({@link CsvImport.Details}, {@link XapiImport.Details}). */
  public Object details() {
    return details;
  }

  /** Rows (statements) in the file; for xAPI also those without a score, which are no measurements. */
  public int rowsRead() {
    if (read >= 0) {
      return read;
    }
    return rows.size() + (int) fileProblems.stream().filter(p -> p.line() > 0).count();
  }

  /** The rows that would be imported (none while a question is open). */
  public List<ImportedRow> importable() {
    if (!ready()) {
      return List.of();
    }
    List<ImportedRow> out = new ArrayList<>();
    for (PreviewRow r : rows) {
      if (r.importable()) {
        out.add(new ImportedRow(r.line(), r.date(), r.value(), r.cohort(), source, r.note(), r.subject()));
      }
    }
    return out;
  }

  /** Rows refused, with their line and reason, and problems of the file itself (line 0). */
  public List<ImportProblem> problems() {
    List<ImportProblem> out = new ArrayList<>(fileProblems);
    for (PreviewRow r : rows) {
      if (r.refusal() != null) {
        out.add(new ImportProblem(r.line(), r.where(), r.refusal()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(ImportProblem::line));
    return out;
  }

  /** Rows refused as wrong (a value that is not a number, a future date, ...), each listed with its reason. */
  public int rowsRefused() {
    return (int) (rows.stream().filter(r -> r.refusal() != null && !leftOut(r.refusal())).count() + fileProblems
        .stream().filter(p -> p.line() > 0 && !leftOut(p.reason())).count());
  }

  /**
   * Rows not imported on purpose, not because they are wrong: a statement its LRS voided, a statement already read
   * (the same id), rows the user chose to leave out (a cohort mapped to leave-out, values far off left out).
   */
  public int rowsLeftOut() {
    return (int) rows.stream().filter(r -> r.refusal() != null && leftOut(r.refusal())).count();
  }

  /** Whether {@code reason} says a row is left out on purpose ({@link #rowsLeftOut()}) rather than refused. */
  public static boolean leftOut(String reason) {
    return reason != null && (reason.startsWith("left out: ") || reason.startsWith("voided ") || reason.startsWith(
        "the same statement as "));
  }

  /** Rows whose value looks implausible for the metric. */
  public List<PreviewRow> flagged() {
    return rows.stream().filter(r -> r.flag() != null).toList();
  }

  /** The sentence the dialog and the command line show first: "120 rows can be imported; 3 are refused (below)." */
  public String summary() {
    if (fatal != null) {
      return fatal;
    }
    if (!questions.isEmpty()) {
      return questions.size() == 1 ? "One question first: " + questions.get(0).text()
          : questions.size() + " questions first; the first: " + questions.get(0).text();
    }
    int n = importable().size();
    int refused = rowsRefused();
    int left = rowsLeftOut();
    boolean statements = format == ImportFormat.XAPI;
    return n + (statements ? n == 1 ? " statement" : " statements" : n == 1 ? " row" : " rows") + " can be imported"
        + (left == 0 ? "" : "; " + left + " left out on purpose (voided, repeated or as chosen)")
        + (refused == 0 ? "."
        : "; " + refused + (refused == 1 ? " is" : " are") + " refused (listed with " + (refused == 1 ? "its line"
            : "their lines") + " and the reason).");
  }
}
