package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wedge.core.method.MeasurementRules;
import dev.wedge.model.ImportFormat;

import dev.wedge.evidence.imports.XapiImport.Options;
import dev.wedge.evidence.imports.XapiImport.Timestamp;

/**
 * One reading of an xAPI file: each statement as it streams by, sorted into what can be a measurement (with its day,
 * score, subject key and note, or why it is refused) and what is counted (voiding statements, duplicates,
 * SubStatements, statements without a score or an offset, groups). {@link XapiPreviewBuilder} makes the preview of
 * it.
 */
final class XapiReading {
  final String fileName;
  final Options o;
  final ImportTarget target;
  final List<Candidate> candidates = new ArrayList<>();
  final XapiJson json;
  final Set<String> voidedIds = new HashSet<>();
  private final Map<String, Integer> seen = new HashMap<>();
  final XapiVerbs verbTable = new XapiVerbs();
  int voiding;
  int duplicates;
  int subStatements;
  int withoutScore;
  int withoutOffset;
  int groups;
  SubjectKeys keys;
  String keysProblem;
  private boolean keysTried;

  XapiReading(String fileName, Options options, ImportTarget target) {
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
    return new XapiPreviewBuilder(this).build(sha, count[0]);
  }

  private void statement(JsonNode s, int index, int line) {
    String verbId = XapiJson.text(s.path("verb").path("id"));
    String verb = XapiImport.shortVerb(verbId);
    String id = XapiJson.text(s.path("id"));
    if (XapiImport.VOIDED.equals(verbId)) {
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
    Timestamp ts = XapiImport.timestamp(rawTime);
    if (ts.instant() == null && rawTime == null && s.path("stored").isTextual()) {
      rawTime = XapiJson.text(s.path("stored"));
      ts = XapiImport.timestamp(rawTime);
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

/** One statement considered for import. */
record Candidate(int index, int line, String id, String verb, String verbId, String rawTime,
    LocalDate date, String rawScore, Double value, String subject, String note, String refusal) {
}
}
