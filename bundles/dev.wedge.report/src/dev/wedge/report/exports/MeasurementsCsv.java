package dev.wedge.report.exports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;

/**
 * Every measurement of a model as one table for a spreadsheet ({@link CsvFiles}): the metric (id and name), the
 * date, the value and unit, the cohort, the pilot, the source and the note. Subject keys stay in the model: a table
 * that leaves Wedge names no learner, not even by key.
 */
public final class MeasurementsCsv {

  /** The header row. */
  public static final List<String> HEADER = List.of("metric id", "metric", "date", "value", "unit", "cohort",
      "pilot", "source", "note");

  private MeasurementsCsv() {
  }

  /** The table of {@code model}'s measurements, metric by metric, each metric's in date order. */
  public static String of(StrategyModel model) throws IOException {
    return CsvFiles.text(HEADER, out -> {
      for (BusinessMetric m : model.getMetrics()) {
        List<Measurement> sorted = m.getMeasurements().stream().sorted(java.util.Comparator.comparing(
            Measurement::getDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        for (Measurement x : sorted) {
          out.printRecord(m.getId(), m.getName(), x.getDate() == null ? null : x.getDate().toString(),
              CsvFiles.number(x.getValue()), m.getUnit(), x.getCohort() == null ? null : x.getCohort().getLiteral()
                  .toLowerCase(Locale.ROOT), x.getPilot() == null ? null : x.getPilot().getName(), x.getSource(),
              x.getNote());
        }
      }
    });
  }

  /** How many rows {@link #of} writes. */
  public static int count(StrategyModel model) {
    return model.getMetrics().stream().mapToInt(m -> m.getMeasurements().size()).sum();
  }
}
