package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wedge.core.method.MeasurementRules;
import dev.wedge.model.Cohort;
import dev.wedge.model.ImportFormat;

/**
 * Measurements from xAPI statements exported by a learning record store, read by the xAPI specification (1.0.3,
 * adlnet/xAPI-Spec): a JSON array of statements, an LRS {@code StatementResult} ({@code {"statements": [...],
 * "more": "..."}}) or newline-delimited JSON, streamed one statement at a time (Jackson) within the size limit.
 *
 * <ul>
 * <li>Voided statements (the object of a {@code voided} statement's {@code StatementRef}) are left out; the same
 * statement id twice is imported once; SubStatements are refused (they describe what has not happened).</li>
 * <li>Timestamps are ISO 8601 as xAPI allows them (offsets {@code Z}, {@code +05:30}, {@code +0530}, {@code +05},
 * fractions of a second); one without an offset is read as UTC, and counted in a note. The instant is put on the
 * day it was in the model's time zone.</li>
 * <li>The score: {@code scaled} (−1..1) as a percentage; without it, {@code raw} scaled by {@code min} and
 * {@code max}; a raw score without both is refused for a percentage, with the sentence. Or raw scores as they are.
 * Non-finite numbers and scaled scores outside −1..1 are refused.</li>
 * <li>The verbs: every verb with a score is counted, with what leaving it out does to the mean, so that nothing is
 * dropped silently; failed attempts are included unless the user leaves them out.</li>
 * <li>Actors are never stored: a measurement keeps a salted subject key of the actor's identifier
 * ({@link SubjectKeys}).</li>
 * <li>Duplicate keys in an object and anything that is not JSON make the file fail with the place named; a
 * statement that is not an object is refused with its number, and the rest is read.</li>
 * </ul>
 */
public final class XapiImport {

  /** Which score makes the value. */
  public enum Score {
    /** scaled (or raw scaled by min and max), as a percentage. */
    SCALED("scaled", "scores as percentages (scaled, or raw scaled by min and max)"),
    /** raw, as it is. */
    RAW("raw", "raw scores as they are");

    private final String option;
    private final String words;

    Score(String option, String words) {
      this.option = option;
      this.words = words;
    }

    public String option() {
      return option;
    }

    public String words() {
      return words;
    }

    public static Score ofOption(String s) {
      if (s == null) {
        return null;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "scaled", "percent", "percentage" -> SCALED;
        case "raw" -> RAW;
        default -> null;
      };
    }
  }

  /**
   * What the user said.
   *
   * @param cohort the cohort of every statement (null: all)
   * @param verbs  the verbs to import (their short names, like "passed"); null: every verb with a score
   * @param source the source name (null: from the file name)
   * @param implausible whether scores far from the metric's reference are imported (null: asked)
   */
  public record Options(Cohort cohort, Score score, Set<String> verbs, String source, boolean again,
      CsvOptions.Implausible implausible) {

    public static Options defaults() {
      return new Options(null, Score.SCALED, null, null, false, null);
    }

    public Options withCohort(Cohort c) {
      return new Options(c, score, verbs, source, again, implausible);
    }

    public Options withScore(Score s) {
      return new Options(cohort, s, verbs, source, again, implausible);
    }

    public Options withVerbs(Set<String> v) {
      return new Options(cohort, score, v == null ? null : Set.copyOf(v), source, again, implausible);
    }

    public Options withSource(String s) {
      return new Options(cohort, score, verbs, s, again, implausible);
    }

    public Options withAgain(boolean a) {
      return new Options(cohort, score, verbs, source, a, implausible);
    }

    /** Whether scores far from the metric's reference are imported or left out (null: asked). */
    public Options withImplausible(CsvOptions.Implausible i) {
      return new Options(cohort, score, verbs, source, again, i);
    }
  }

  /**
   * How one verb contributes: statements, how many have a usable score, their mean, and the mean of the import
   * without this verb (when it is included) or with it (when it is left out).
   */
  public record VerbCount(String verb, String id, int statements, int scored, double mean, boolean included,
      double importMean, double meanOtherwise) {
  }

  /** The xAPI side of a preview. */
  public record Details(String shape, int statements, int notObjects, int voided, int voiding, int duplicates,
      int subStatements, int withoutScore, int withoutOffset, String more, Score score, List<VerbCount> verbs,
      String zone) {
  }

  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  private XapiImport() {
  }

  /** A timestamp read by xAPI's rules: the instant, and whether its offset was missing (read as UTC), or why not. */
  public record Timestamp(Instant instant, boolean noOffset, String refusal) {
  }

  /** Reads an ISO 8601 timestamp as xAPI allows it. */
  public static Timestamp timestamp(String text) {
    return XapiTimestamps.read(text);
  }

  /** Reads {@code in} (the whole file, streamed; closed by the caller) with {@code options}. */
  public static ImportPreview analyse(InputStream in, String fileName, long maxBytes, Options options,
      ImportTarget target) {
    return new Reading(fileName, options, target).run(in, maxBytes);
  }

  /** One statement considered for import. */
  private record Candidate(int index, int line, String id, String verb, String verbId, String rawTime,
      LocalDate date, String rawScore, Double value, String subject, String note, String refusal) {
  }

  private static final class Reading {
    private final String fileName;
    private final Options o;
    private final ImportTarget target;
    private final List<Candidate> candidates = new ArrayList<>();
    private final XapiJson json;
    private final Set<String> voidedIds = new HashSet<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final XapiVerbs verbTable = new XapiVerbs();
    private int voiding;
    private int duplicates;
    private int subStatements;
    private int withoutScore;
    private int withoutOffset;
    private int groups;
    private SubjectKeys keys;
    private String keysProblem;
    private boolean keysTried;

    Reading(String fileName, Options options, ImportTarget target) {
      this.fileName = fileName;
      this.o = options;
      this.target = target;
      this.json = new XapiJson(fileName, this::statement);
    }

    ImportPreview run(InputStream raw, long maxBytes) {
      MessageDigest digest = ImportFiles.digest();
      long[] count = {0};
      InputStream in = new DigestInputStream(ImportFiles.bounded(new java.io.FilterInputStream(raw) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            count[0] += n;
          }
          return n;
        }

        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            count[0]++;
          }
          return b;
        }
      }, fileName, maxBytes), digest);
      String fatal = null;
      if (target.zone() == null) {
        fatal = "Cannot import " + fileName + ": " + target.zoneProblem() + ".";
      }
      if (fatal == null) {
        fatal = json.parse(in);
      }
      try {
        in.transferTo(java.io.OutputStream.nullOutputStream()); // the rest, for the SHA-256 of the whole file
      } catch (ImportFiles.LimitExceeded e) {
        fatal = e.exception.getMessage();
      } catch (IOException e) {
        fatal = fatal != null ? fatal : "Cannot import " + fileName + ": it cannot be read (" + e.getMessage() + ").";
      }
      String sha = HexFormat.of().formatHex(digest.digest());
      if (fatal != null) {
        return ImportPreview.fatal(ImportFormat.XAPI, fileName, sha, count[0], fatal);
      }
      return result(sha, count[0]);
    }

    private void statement(JsonNode s, int index, int line) {
      String verbId = XapiJson.text(s.path("verb").path("id"));
      String verb = shortVerb(verbId);
      String id = XapiJson.text(s.path("id"));
      if (VOIDED.equals(verbId)) {
        voiding++;
        JsonNode obj = s.path("object");
        if ("StatementRef".equals(XapiJson.text(obj.path("objectType"))) && obj.path("id").isTextual()) {
          voidedIds.add(obj.path("id").asText().toLowerCase(Locale.ROOT));
        }
        return;
      }
      if (id != null) {
        Integer earlier = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), index);
        if (earlier != null) {
          duplicates++;
          candidates.add(new Candidate(index, line, id, verb, verbId, XapiJson.text(s.path("timestamp")), null, null,
              null, null, null, "the same statement as statement " + earlier + " (id " + id + "): imported once"));
          return;
        }
      }
      JsonNode score = s.path("result").path("score");
      boolean hasScore = score.isObject() && (score.has("scaled") || score.has("raw"));
      if ("SubStatement".equals(XapiJson.text(s.path("object").path("objectType")))) {
        subStatements++;
        if (hasScore) {
          verbTable.count(verb, verbId, false);
        }
        candidates.add(new Candidate(index, line, id, verb, verbId, XapiJson.text(s.path("timestamp")), null, null,
            null, null, null, "its object is a SubStatement: it says what is planned or possible, not what happened, so"
                + " it is no measurement"));
        return;
      }
      if (!hasScore) {
        withoutScore++;
        verbTable.count(verb, verbId, false);
        return;
      }
      verbTable.count(verb, verbId, true);
      String note = XapiJson.name(s.path("object").path("definition").path("name"));
      if (XapiActor.isGroup(s.path("actor"))) {
        groups++;
      }
      String subject = XapiActor.subject(s.path("actor"), this::keys);
      String rawTime = XapiJson.text(s.path("timestamp"));
      Timestamp ts = timestamp(rawTime);
      if (ts.instant() == null && rawTime == null && s.path("stored").isTextual()) {
        rawTime = XapiJson.text(s.path("stored"));
        ts = timestamp(rawTime);
      }
      String refusal = null;
      LocalDate date = null;
      if (ts.instant() == null) {
        refusal = ts.refusal();
      } else {
        if (ts.noOffset()) {
          withoutOffset++;
        }
        date = ts.instant().atZone(target.zone()).toLocalDate();
        Optional<String> future = MeasurementRules.refusal(date, target.today());
        if (future.isPresent()) {
          refusal = future.get();
        }
      }
      String rawScore = score.toString();
      Double value = null;
      Object v = XapiScore.value(score, o.score());
      if (v instanceof String why) {
        refusal = refusal == null ? why : refusal;
      } else {
        value = (Double) v;
      }
      candidates.add(new Candidate(index, line, id, verb, verbId, rawTime, date, rawScore, value, subject, note,
          refusal));
    }

    private SubjectKeys keys() {
      if (!keysTried) {
        keysTried = true;
        try {
          keys = target.keys() == null ? null : target.keys().get();
        } catch (ImportException e) {
          keysProblem = e.getMessage();
        }
      }
      return keys;
    }

    private ImportPreview result(String sha, long bytes) {
      Set<String> chosen = o.verbs() == null ? null : lower(o.verbs());
      List<PreviewRow> rows = new ArrayList<>();
      Cohort cohort = o.cohort() == null ? Cohort.ALL : o.cohort();
      for (Candidate c : candidates) {
        String refusal = c.refusal();
        if (refusal == null && c.id() != null && voidedIds.contains(c.id().toLowerCase(Locale.ROOT))) {
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
      List<VerbCount> verbs = verbTable.table(rows, chosen, this::meanOfVerb);
      List<String> notes = new ArrayList<>();
      List<Question> questions = new ArrayList<>();
      if (keysProblem != null) {
        return ImportPreview.fatal(ImportFormat.XAPI, fileName, sha, bytes, keysProblem);
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
            + String.join(", ", verbTable.withUnscored()) + "): not measurements.");
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
        verbTable.verbs().forEach(v -> unknown.remove(v.toLowerCase(Locale.ROOT)));
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
      for (Candidate c : candidates) {
        if (verb.equals(c.verb()) && c.refusal() == null && c.value() != null && (c.id() == null || !voidedIds
            .contains(c.id().toLowerCase(Locale.ROOT)))) {
          sum += c.value();
          n++;
        }
      }
      return new double[] {n == 0 ? Double.NaN : sum / n, n};
    }
  }

  private static Set<String> lower(Set<String> s) {
    Set<String> out = new LinkedHashSet<>();
    s.forEach(x -> out.add(x.strip().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The last segment of a verb IRI ({@code http://adlnet.gov/expapi/verbs/passed} → passed). */
  public static String shortVerb(String id) {
    if (id == null || id.isBlank()) {
      return "(no verb)";
    }
    String v = id.strip();
    while (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    int cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf('#'));
    return cut >= 0 && cut < v.length() - 1 ? v.substring(cut + 1) : v;
  }
}
