package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wedge.core.method.MeasurementRules;
import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.core.text.Numbers;
import dev.wedge.model.Cohort;

/**
 * The rows of a CSV file read with what was decided for the file: the date in its order, the value in its decimal
 * style and the model's currency, the cohort by its mapping, the subject as a salted key; each row refused with its
 * reason (a date after today is refused as typing it in would be), and values far from the metric's reference
 * flagged and asked about.
 */
final class CsvRows {

  private CsvRows() {
  }

  /**
   * One record read; {@code date} or {@code value} below 0 while a question about the columns is open (then nothing
   * is read or refused yet).
   */
  static PreviewRow row(String[] rec, int line, Integer date, Integer value, int cohort, int subject, int note,
      DecimalStyle decimal, Dates.Order order, Map<String, Cohort> mapping, SubjectKeys keys,
      Map<String, String> keyCache, ColumnProfile[] profiles, Cohort fixedCohort, ImportTarget target) {
    String where = "line " + line;
    String rawDate = cell(rec, date);
    String rawValue = cell(rec, value);
    String rawCohort = cohort >= 0 ? cell(rec, cohort) : null;
    String noteText = note >= 0 ? blankToNull(cell(rec, note)) : null;
    String subjectKey = null;
    if (subject >= 0 && keys != null) {
      String s = cell(rec, subject);
      if (s != null && !s.isBlank()) {
        subjectKey = keyCache.computeIfAbsent(s.strip(), keys::ofCell);
      }
    }
    Cohort c = fixedCohort == null ? Cohort.ALL : fixedCohort;
    boolean leftOut = false;
    if (cohort >= 0) {
      String v = rawCohort == null ? "" : rawCohort;
      c = mapping.get(v);
      leftOut = mapping.containsKey(v) && c == null;
    }
    java.time.LocalDate d = null;
    Double x = null;
    String refusal = null;
    if (date < 0 || value < 0) {
      // a question about the columns is open: nothing is read or refused yet
    } else if (rawDate == null || rawValue == null) {
      int missing = rawDate == null ? date : value;
      refusal = "the row has " + rec.length + (rec.length == 1 ? " cell" : " cells") + "; the "
          + (rawDate == null ? "date" : "value") + " is expected in column " + (missing + 1) + " ("
          + profiles[missing].label() + ")";
    } else {
      Dates.Parsed pd = Dates.parse(rawDate, order);
      if (pd.date() != null) {
        d = pd.date();
        Optional<String> future = MeasurementRules.refusal(d, target.today());
        if (future.isPresent()) {
          refusal = future.get();
        }
      } else if (order != null || Dates.shape(rawDate).kind() != Dates.Kind.NUMERIC) {
        refusal = pd.refusal();
      }
      if (decimal != null) {
        Numbers.Parsed pv = Numbers.parse(rawValue, decimal);
        if (pv.ok()) {
          if (!Numbers.sameCurrency(pv.currency(), target.currency())) {
            refusal = refusal != null ? refusal : "'" + rawValue + "' is in " + pv.currency() + "; the model's"
                + " amounts are in " + target.currency() + ": convert it before importing";
          } else {
            x = pv.value();
          }
        } else if (refusal == null) {
          refusal = pv.refusal();
        }
      }
      if (refusal == null && leftOut) {
        refusal = "left out: its cohort '" + rawCohort + "' is mapped to be left out";
      }
    }
    return new PreviewRow(line, where, rawDate, d, rawValue, x, rawCohort, c, subjectKey, noteText, null, refusal,
        null);
  }

  private static String cell(String[] rec, Integer column) {
    if (column == null || column < 0) {
      return null;
    }
    return column < rec.length ? rec[column] : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * Flags the values of {@code rows} that are far from the metric's reference; {@code implausible} says what to do
   * with them (null: ask).
   */
  static void flagImplausible(List<PreviewRow> rows, ImportTarget target, CsvOptions.Implausible implausible,
      List<Question> questions, List<String> notes) {
    List<PreviewRow> flagged = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      PreviewRow row = rows.get(i);
      if (row.refusal() == null && row.value() != null) {
        String why = target.implausible(row.value());
        if (why != null) {
          row = row.flagged(why);
          if (implausible == CsvOptions.Implausible.LEAVE_OUT) {
            row = row.refused("left out: " + why);
          }
          rows.set(i, row);
          flagged.add(row);
        }
      }
    }
    if (!flagged.isEmpty()) {
      if (implausible == null) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, flagged.size()); i++) {
          PreviewRow f = flagged.get(i);
          sb.append(i == 0 ? "" : "; ").append('\'').append(f.rawValue()).append("' (").append(f.where())
              .append(')');
        }
        questions.add(new Question(Question.Topic.IMPLAUSIBLE, flagged.size() + (flagged.size() == 1
            ? " value is" : " values are") + " far from what " + (target.metricName() == null ? "the metric"
                : "'" + target.metricName() + "'") + " measures (" + target.referenceWords() + "): " + sb
            + (flagged.size() > 3 ? " and " + (flagged.size() - 3) + " more" : "") + ". A misread decimal mark or"
            + " unit looks like this. Import them anyway, or leave them out?", List.of(new Question.Answer(
                "import them", "import"), new Question.Answer("leave them out", "leave-out"))));
      } else if (implausible == CsvOptions.Implausible.IMPORT) {
        notes.add(flagged.size() + (flagged.size() == 1 ? " value" : " values") + " far from "
            + target.referenceWords() + ", imported on purpose (first: '" + flagged.get(0).rawValue() + "', "
            + flagged.get(0).where() + ").");
      }
    }
  }
}
