package dev.wedge.evidence.imports;

import java.time.LocalDate;

import dev.wedge.model.Cohort;

/**
 * One row of a file as the preview shows it: the raw text beside what it was read as, and why it is refused or
 * flagged. Parsed parts are null while a question that decides them is open.
 *
 * @param where   "line 4", "statement 3"
 * @param subject the subject key (never the raw identifier)
 * @param verb    the xAPI verb (null for CSV)
 * @param refusal why the row is not imported (null: it is)
 * @param flag    why the value looks implausible (null: it does not)
 */
public record PreviewRow(int line, String where, String rawDate, LocalDate date, String rawValue, Double value,
    String rawCohort, Cohort cohort, String subject, String note, String verb, String refusal, String flag) {

  public boolean importable() {
    return refusal == null && date != null && value != null && cohort != null;
  }

  PreviewRow refused(String why) {
    return new PreviewRow(line, where, rawDate, date, rawValue, value, rawCohort, cohort, subject, note, verb, why,
        flag);
  }

  PreviewRow flagged(String why) {
    return new PreviewRow(line, where, rawDate, date, rawValue, value, rawCohort, cohort, subject, note, verb, refusal,
        why);
  }
}
