package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.wedge.model.Cohort;
import dev.wedge.model.ImportFormat;

import dev.wedge.evidence.imports.XapiImport.Details;
import dev.wedge.evidence.imports.XapiImport.VerbCount;

/**
 * The preview of an xAPI reading: the rows (voided statements and those of verbs left out taken away, implausible
 * scores flagged or left out), the verb table, the notes (a further page at the LRS, timestamps read as UTC, voided
 * statements, statements without a score, groups, another salt), the questions (the same file again, implausible
 * scores) and how the file was read, in one line.
 */
final class XapiPreviewBuilder {

  private final XapiReading reading;
  private final String fileName;
  private final XapiImport.Options o;
  private final ImportTarget target;
  private final XapiJson json;

  XapiPreviewBuilder(XapiReading reading) {
    this.reading = reading;
    this.fileName = reading.fileName;
    this.o = reading.o;
    this.target = reading.target;
    this.json = reading.json;
  }

  ImportPreview build(String sha, long bytes) {
    int voiding = reading.voiding;
    int duplicates = reading.duplicates;
    int subStatements = reading.subStatements;
    int withoutScore = reading.withoutScore;
    int withoutOffset = reading.withoutOffset;
    int groups = reading.groups;
    SubjectKeys keys = reading.keys;
    Set<String> chosen = o.verbs() == null ? null : XapiImport.lower(o.verbs());
    List<PreviewRow> rows = new ArrayList<>();
    Cohort cohort = o.cohort() == null ? Cohort.ALL : o.cohort();
    for (XapiReading.Candidate c : reading.candidates) {
      String refusal = c.refusal();
      if (refusal == null && c.id() != null && reading.voidedIds.contains(c.id().toLowerCase(Locale.ROOT))) {
        refusal = "voided (a later statement voids it)";
      }
      boolean included = chosen == null || chosen.contains(c.verb().toLowerCase(Locale.ROOT));
      if (!included && refusal == null) {
        continue; // left out by the verb filter: counted in the verb table
      }
      rows.add(new PreviewRow(c.line(), "statement " + c.index(), c.rawTime(), c.date(), c.rawScore(), c.value(),
          null, cohort, c.subject(), c.note(), c.verb(), refusal, null));
    }
    // flags
    for (int i = 0; i < rows.size(); i++) {
      PreviewRow r = rows.get(i);
      if (r.refusal() == null && r.value() != null) {
        String why = target.implausible(r.value());
        if (why != null) {
          r = r.flagged(why);
          rows.set(i, o.implausible() == CsvOptions.Implausible.LEAVE_OUT ? r.refused("left out: " + why) : r);
        }
      }
    }
    // verb table
    List<VerbCount> verbs = reading.verbTable.table(rows, chosen, this::meanOfVerb);
    List<String> notes = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    if (reading.keysProblem != null) {
      return ImportPreview.fatal(ImportFormat.XAPI, fileName, sha, bytes, reading.keysProblem);
    }
    if (json.more != null && !json.more.isBlank()) {
      notes.add("This is one page of a longer result: the LRS has more statements at '" + json.more + "'. Fetch"
          + " that page (and the ones after it) and import them too, or the measurements are partial.");
    }
    if (withoutOffset > 0) {
      notes.add(withoutOffset + (withoutOffset == 1 ? " timestamp has" : " timestamps have") + " no time zone"
          + " offset and " + (withoutOffset == 1 ? "was" : "were") + " read as UTC.");
    }
    int voided = (int) rows.stream().filter(r -> r.refusal() != null && r.refusal().startsWith("voided")).count();
    if (voiding > 0) {
      notes.add(voiding + (voiding == 1 ? " voiding statement" : " voiding statements") + " read; " + voided
          + (voided == 1 ? " statement is" : " statements are") + " voided and left out.");
    }
    if (withoutScore > 0) {
      notes.add(withoutScore + (withoutScore == 1 ? " statement has" : " statements have") + " no score ("
          + String.join(", ", reading.verbTable.withUnscored()) + "): not measurements.");
    }
    if (groups > 0) {
      notes.add(groups + (groups == 1 ? " statement's actor is a group" : " statements' actors are groups")
          + ": no subject key (a group is not one person).");
    }
    if (keys != null && !target.earlierSalts().isEmpty() && !target.earlierSalts().contains(keys.fingerprint())) {
      notes.add("Earlier imports into this metric made their subject keys with another salt: the same person gets"
          + " a different key, so before and after will not pair. Use the salt file of those imports ("
          + SubjectKeys.FILE_ENV + ").");
    }
    if (chosen != null) {
      Set<String> unknown = new LinkedHashSet<>(chosen);
      reading.verbTable.verbs().forEach(v -> unknown.remove(v.toLowerCase(Locale.ROOT)));
      if (!unknown.isEmpty()) {
        notes.add("No statement has the verb " + String.join(", ", unknown) + ".");
      }
    }
    if (target.earlier().containsKey(sha) && !o.again()) {
      questions.add(new Question(Question.Topic.AGAIN, "This very file (the same SHA-256) was already imported"
          + " into " + (target.metricName() == null ? "the metric" : "'" + target.metricName() + "'") + ": "
          + target.earlier().get(sha) + ". Importing it again counts each of its statements twice.", List.of(
              new Question.Answer("import it again", "again"))));
    }
    List<PreviewRow> flagged = rows.stream().filter(r -> r.flag() != null).toList();
    if (!flagged.isEmpty() && o.implausible() == null) {
      questions.add(new Question(Question.Topic.IMPLAUSIBLE, flagged.size() + (flagged.size() == 1 ? " score is"
          : " scores are") + " far from what " + (target.metricName() == null ? "the metric" : "'"
              + target.metricName() + "'") + " measures (" + target.referenceWords() + "; the first: "
          + ImportTarget.number(flagged.get(0).value()) + ", " + flagged.get(0).where() + "). Scores in another"
          + " unit, or the wrong metric, look like this. Import them anyway, or leave them out?", List.of(
              new Question.Answer("import them", "import"), new Question.Answer("leave them out", "leave-out"))));
    } else if (!flagged.isEmpty() && o.implausible() == CsvOptions.Implausible.IMPORT) {
      notes.add(flagged.size() + (flagged.size() == 1 ? " score" : " scores") + " far from "
          + target.referenceWords() + ", imported on purpose (first: " + flagged.get(0).where() + ").");
    }
    String source = o.source() != null && !o.source().isBlank() ? o.source().strip()
        : target.source() != null ? target.source() : CsvImport.sourceOf(fileName);
    String verbWords = chosen == null ? "every verb with a score" : "verbs " + String.join(", ", chosen);
    String settings = "xAPI, " + json.shape + ", " + json.statements + (json.statements == 1 ? " statement"
        : " statements") + ", " + o.score().words() + ", " + verbWords + ", days in " + target.zone().getId()
        + (target.zoneOfModel()
            ? "" : " (this computer's; the model names no time zone)");
    String mapping = "date from timestamp, value from result.score, note from the activity's name, "
        + (keys != null ? "subject from the actor (as salted keys), " : "") + "cohort " + cohort.getLiteral()
            .toLowerCase(Locale.ROOT) + " for every statement";
    Details details = new Details(json.shape, json.statements, json.notObjects, voided, voiding, duplicates,
        subStatements, withoutScore, withoutOffset, json.more, o.score(), List.copyOf(verbs), target.zone().getId());
    return new ImportPreview(ImportFormat.XAPI, fileName, sha, bytes, settings, mapping, questions, rows,
        json.problems, notes, null, source, Map.of(), Map.of(), keys == null ? null : keys.fingerprint(), details,
        json.statements);
  }

  /** {mean, count} of the usable scores of {@code verb}, whether it is included or not. */
  private double[] meanOfVerb(String verb) {
    double sum = 0;
    int n = 0;
    for (XapiReading.Candidate c : reading.candidates) {
      if (verb.equals(c.verb()) && c.refusal() == null && c.value() != null && (c.id() == null || !reading.voidedIds
          .contains(c.id().toLowerCase(Locale.ROOT)))) {
        sum += c.value();
        n++;
      }
    }
    return new double[] {n == 0 ? Double.NaN : sum / n, n};
  }
}
