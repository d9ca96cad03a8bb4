package dev.wedge.evidence.imports;

import java.util.List;

/** What a file gave: the rows that can be imported and the ones that cannot (nothing is imported until you say). */
public record ImportResult(List<String> header, List<ImportedRow> rows, List<ImportProblem> problems) {

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
