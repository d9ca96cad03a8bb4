package dev.wedge.evidence.imports;

import java.time.LocalDate;

import dev.wedge.model.Cohort;

/**
 * One measurement read from a file, ready to import, with the line (or statement number) it came from.
 *
 * @param subject the pseudonymous subject key (a salted hash, never the identifier itself), or null
 */
public record ImportedRow(int line, LocalDate date, double value, Cohort cohort, String source, String note,
    String subject) {

  public ImportedRow(int line, LocalDate date, double value, Cohort cohort, String source, String note) {
    this(line, date, value, cohort, source, note, null);
  }
}
