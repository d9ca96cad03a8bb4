package dev.wedge.evidence.imports;

import java.time.LocalDate;

import dev.wedge.model.Cohort;

/** One measurement read from a file, with the line (or statement number) it came from. */
public record ImportedRow(int line, LocalDate date, double value, Cohort cohort, String source, String note) {
}
