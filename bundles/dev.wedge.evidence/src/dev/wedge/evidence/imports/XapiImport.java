package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.wedge.model.Cohort;

/**
 * Measurements from xAPI statements exported by a learning record store (a JSON array of statements, or an LRS
 * answer {"statements": [...]}), read one at a time (Jackson streaming): the statement's timestamp, its verb and its
 * result score. Who the actor was is never kept (learner privacy): a measurement says when, how much, and from which
 * verb.
 */
public final class XapiImport {

  /** Which score to take: scaled (-1..1, as a percentage) or raw. */
  public enum Score {
    SCALED_PERCENT, RAW
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private XapiImport() {
  }

  /**
   * @param verbs  verbs to keep (the last segment of the verb id, e.g. "passed", or the English display name); empty
   *               keeps every statement with a score
   */
  public static ImportResult read(InputStream in, Cohort cohort, Score score, Set<String> verbs) throws IOException {
    List<ImportedRow> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    try (JsonParser p = new JsonFactory(MAPPER).createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new ImportResult(List.of(), List.of(), List.of(new ImportProblem(0, "the file is empty")));
      }
      if (t == JsonToken.START_OBJECT) {
        // an LRS answer: {"statements": [...], "more": "..."}
        while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != null) {
          if (t == JsonToken.FIELD_NAME && "statements".equals(p.currentName())) {
            t = p.nextToken();
            break;
          }
          p.nextToken();
          p.skipChildren();
        }
      }
      if (t != JsonToken.START_ARRAY) {
        return new ImportResult(List.of(), List.of(), List.of(new ImportProblem(0,
            "the file is not a list of xAPI statements (expected a JSON array, or an object with \"statements\")")));
      }
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        index++;
        JsonNode s = p.readValueAsTree();
        ImportedRow row = row(s, index, cohort, score, verbs, problems);
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(new ImportProblem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "the file is not valid JSON: " + e.getOriginalMessage()));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(0, "no statement with a score" + (verbs.isEmpty() ? "" : " and one of the verbs "
          + String.join(", ", verbs))));
    }
    return new ImportResult(List.of("timestamp", "verb", "score"), List.copyOf(rows), List.copyOf(problems));
  }

  private static ImportedRow row(JsonNode s, int index, Cohort cohort, Score score, Set<String> verbs,
      List<ImportProblem> problems) {
    String verbId = s.path("verb").path("id").asText("");
    String display = s.path("verb").path("display").path("en-US").asText(
        s.path("verb").path("display").path("en").asText(""));
    String verb = verbId.contains("/") ? verbId.substring(verbId.lastIndexOf('/') + 1) : verbId;
    if (!verbs.isEmpty() && !verbs.contains(verb.toLowerCase(Locale.ROOT)) && !verbs.contains(display.toLowerCase(Locale.ROOT))) {
      return null;
    }
    JsonNode sc = s.path("result").path("score");
    JsonNode v = score == Score.SCALED_PERCENT ? sc.path("scaled") : sc.path("raw");
    if (!v.isNumber()) {
      if (!verbs.isEmpty()) {
        problems.add(new ImportProblem(index, "statement " + index + " (" + verb + ") has no "
            + (score == Score.SCALED_PERCENT ? "scaled" : "raw") + " score"));
      }
      return null;
    }
    String ts = s.path("timestamp").asText(null);
    if (ts == null) {
      problems.add(new ImportProblem(index, "statement " + index + " has no timestamp"));
      return null;
    }
    OffsetDateTime when;
    try {
      when = OffsetDateTime.parse(ts);
    } catch (DateTimeParseException e) {
      problems.add(new ImportProblem(index, "statement " + index + ": '" + ts + "' is not an ISO 8601 timestamp"));
      return null;
    }
    double value = score == Score.SCALED_PERCENT ? v.asDouble() * 100 : v.asDouble();
    String object = s.path("object").path("definition").path("name").path("en-US").asText(null);
    return new ImportedRow(index, when.toLocalDate(), value, cohort, "xAPI " + (display.isEmpty() ? verb : display),
        object);
  }
}
