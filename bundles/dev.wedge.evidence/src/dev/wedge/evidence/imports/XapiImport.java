package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern TIMESTAMP = Pattern.compile(
      "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$");

  private XapiImport() {
  }

  /** A timestamp read by xAPI's rules: the instant, and whether its offset was missing (read as UTC), or why not. */
  public record Timestamp(Instant instant, boolean noOffset, String refusal) {
  }

  /** Reads an ISO 8601 timestamp as xAPI allows it. */
  public static Timestamp timestamp(String text) {
    if (text == null || text.isBlank()) {
      return new Timestamp(null, false, "it has no timestamp");
    }
    Matcher m = TIMESTAMP.matcher(text.strip());
    if (!m.matches()) {
      return new Timestamp(null, false, "'" + text + "' is not an ISO 8601 timestamp (like 2026-03-02T10:15:00Z)");
    }
    try {
      int nanos = 0;
      if (m.group(7) != null) {
        String f = (m.group(7) + "000000000").substring(0, 9);
        nanos = Integer.parseInt(f);
      }
      LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null
              ? 0 : Integer.parseInt(m.group(6)), nanos);
      String o = m.group(8);
      if (o == null) {
        return new Timestamp(local.toInstant(ZoneOffset.UTC), true, null);
      }
      ZoneOffset offset;
      if (o.equalsIgnoreCase("Z")) {
        offset = ZoneOffset.UTC;
      } else {
        String digits = o.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.substring(0, 2));
        int min = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = o.charAt(0) == '-' ? -1 : 1;
        offset = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
      }
      return new Timestamp(local.toInstant(offset), false, null);
    } catch (DateTimeException e) {
      return new Timestamp(null, false, "'" + text + "' is not a valid time");
    }
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
    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private final Set<String> voidedIds = new HashSet<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, String> verbIds = new LinkedHashMap<>();
    private final Map<String, int[]> verbStatements = new LinkedHashMap<>();
    private int statements;
    private int notObjects;
    private int voiding;
    private int duplicates;
    private int subStatements;
    private int withoutScore;
    private int withoutOffset;
    private int groups;
    private String more;
    private String shape;
    private SubjectKeys keys;
    private String keysProblem;
    private boolean keysTried;

    Reading(String fileName, Options options, ImportTarget target) {
      this.fileName = fileName;
      this.o = options;
      this.target = target;
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
        fatal = parse(in);
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

    /** Parses the file; returns why it cannot be imported, or null. */
    private String parse(InputStream in) {
      JsonFactory factory = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature
          .STRICT_DUPLICATE_DETECTION).disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
              .maxNumberLength(100).build()).build();
      factory.setCodec(MAPPER);
      try (JsonParser p = factory.createParser(in)) {
        JsonToken t = p.nextToken();
        if (t == null) {
          return fileName + " is empty.";
        }
        if (t == JsonToken.START_ARRAY) {
          shape = "a statement array";
          array(p);
          if (p.nextToken() != null) {
            return "Cannot import " + fileName + ": " + where(p.currentLocation()) + "there is more after the"
                + " array of statements; a file holds one array, one StatementResult or one statement per line.";
          }
          return null;
        }
        if (t != JsonToken.START_OBJECT) {
          return "Cannot import " + fileName + ": it is not xAPI statements (expected a JSON array of statements, an"
              + " LRS StatementResult {\"statements\": [...]}, or one statement per line).";
        }
        JsonLocation start = p.currentTokenLocation();
        t = p.nextToken();
        if (t == JsonToken.FIELD_NAME && ("statements".equals(p.currentName()) || "more".equals(p.currentName()))) {
          shape = "an LRS StatementResult";
          boolean hadStatements = false;
          while (t == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            t = p.nextToken();
            if ("statements".equals(name)) {
              if (t != JsonToken.START_ARRAY) {
                return "Cannot import " + fileName + ": its \"statements\" is not an array.";
              }
              array(p);
              hadStatements = true;
            } else if ("more".equals(name)) {
              more = t == JsonToken.VALUE_STRING ? p.getText() : null;
            } else {
              p.skipChildren();
            }
            t = p.nextToken();
          }
          if (!hadStatements) {
            return "Cannot import " + fileName + ": the StatementResult has no \"statements\".";
          }
          if (p.nextToken() != null) {
            return "Cannot import " + fileName + ": " + where(p.currentLocation()) + "there is more after the"
                + " StatementResult.";
          }
          return null;
        }
        // one statement, or the first of newline-delimited JSON
        ObjectNode first = MAPPER.createObjectNode();
        while (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          first.set(name, p.readValueAsTree());
          t = p.nextToken();
        }
        statement(first, ++statements, start.getLineNr());
        shape = "one statement";
        while ((t = p.nextToken()) != null) {
          shape = "newline-delimited JSON";
          int index = ++statements;
          int line = p.currentTokenLocation().getLineNr();
          if (t == JsonToken.START_OBJECT) {
            statement(p.readValueAsTree(), index, line);
          } else {
            notObject(p, t, index, line);
          }
        }
        return null;
      } catch (StreamConstraintsException e) {
        return "Cannot import " + fileName + ": " + where(e.getLocation()) + "the JSON is nested or its numbers are"
            + " longer than xAPI statements ever are (" + e.getOriginalMessage() + ").";
      } catch (JsonParseException e) {
        String m = e.getOriginalMessage();
        String why = m != null && m.startsWith("Duplicate field") ? "an object names the key " + m.substring(
            m.indexOf('\'')) + " twice, so which value is meant cannot be told"
            : m != null && m.contains("Non-standard token") ? "a number is written as '" + m.replaceAll(
                ".*token '([^']*)'.*", "$1") + "', which JSON does not allow (a score must be a finite number)"
                : "it is not valid JSON (" + m + ")";
        return "Cannot import " + fileName + ": " + where(e.getLocation()) + why + ". Correct the export and import"
            + " again.";
      } catch (ImportFiles.LimitExceeded e) {
        return e.exception.getMessage();
      } catch (JsonProcessingException e) {
        return "Cannot import " + fileName + ": " + where(e.getLocation()) + "it is not valid JSON ("
            + e.getOriginalMessage() + ").";
      } catch (IOException e) {
        return "Cannot import " + fileName + ": it cannot be read (" + e.getMessage() + ").";
      }
    }

    private static String where(JsonLocation l) {
      return l == null || l.getLineNr() <= 0 ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
    }

    /** Reads the statements of an array, the parser on its START_ARRAY. */
    private void array(JsonParser p) throws IOException {
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonParseException(p, "the array of statements is not closed (the file ends inside it)");
        }
        int index = ++statements;
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
          statement(p.readValueAsTree(), index, line);
        } else {
          notObject(p, t, index, line);
        }
      }
    }

    private void notObject(JsonParser p, JsonToken t, int index, int line) throws IOException {
      String what = switch (t) {
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "true or false";
        case VALUE_NULL -> "null";
        default -> "not an object";
      };
      p.skipChildren();
      notObjects++;
      fileProblems.add(new ImportProblem(line, "statement " + index, "it is " + what + ", not a statement object;"
          + " the statements after it are read"));
    }

    private void statement(JsonNode s, int index, int line) {
      String verbId = text(s.path("verb").path("id"));
      String verb = shortVerb(verbId);
      String id = text(s.path("id"));
      if (VOIDED.equals(verbId)) {
        voiding++;
        JsonNode obj = s.path("object");
        if ("StatementRef".equals(text(obj.path("objectType"))) && obj.path("id").isTextual()) {
          voidedIds.add(obj.path("id").asText().toLowerCase(Locale.ROOT));
        }
        return;
      }
      if (id != null) {
        Integer earlier = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), index);
        if (earlier != null) {
          duplicates++;
          candidates.add(new Candidate(index, line, id, verb, verbId, text(s.path("timestamp")), null, null, null,
              null, null, "the same statement as statement " + earlier + " (id " + id + "): imported once"));
          return;
        }
      }
      JsonNode score = s.path("result").path("score");
      boolean hasScore = score.isObject() && (score.has("scaled") || score.has("raw"));
      if ("SubStatement".equals(text(s.path("object").path("objectType")))) {
        subStatements++;
        if (hasScore) {
          count(verb, verbId, false);
        }
        candidates.add(new Candidate(index, line, id, verb, verbId, text(s.path("timestamp")), null, null, null,
            null, null, "its object is a SubStatement: it says what is planned or possible, not what happened, so"
                + " it is no measurement"));
        return;
      }
      if (!hasScore) {
        withoutScore++;
        count(verb, verbId, false);
        return;
      }
      count(verb, verbId, true);
      String note = name(s.path("object").path("definition").path("name"));
      String subject = subject(s.path("actor"));
      String rawTime = text(s.path("timestamp"));
      Timestamp ts = timestamp(rawTime);
      if (ts.instant() == null && rawTime == null && s.path("stored").isTextual()) {
        rawTime = text(s.path("stored"));
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
      Object v = value(score);
      if (v instanceof String why) {
        refusal = refusal == null ? why : refusal;
      } else {
        value = (Double) v;
      }
      candidates.add(new Candidate(index, line, id, verb, verbId, rawTime, date, rawScore, value, subject, note,
          refusal));
    }

    /** The value of a score object: a Double, or the sentence why not. */
    private Object value(JsonNode score) {
      JsonNode scaled = score.path("scaled");
      JsonNode raw = score.path("raw");
      JsonNode min = score.path("min");
      JsonNode max = score.path("max");
      for (String k : new String[] {"scaled", "raw", "min", "max"}) {
        JsonNode n = score.path(k);
        if (!n.isMissingNode() && !n.isNull() && (!n.isNumber() || !Double.isFinite(n.asDouble()))) {
          return "its " + k + " score is not a finite number (" + (n.isNumber() ? n.asText() : n.toString()) + ")";
        }
      }
      if (scaled.isNumber() && (scaled.asDouble() < -1 || scaled.asDouble() > 1)) {
        return "its scaled score " + scaled + " is outside -1..1, the range xAPI gives it (" + Math.round(scaled
            .asDouble() * 100) + "% cannot be a score)";
      }
      if (min.isNumber() && max.isNumber() && min.asDouble() >= max.asDouble()) {
        return "its score's min (" + min + ") is not below its max (" + max + ")";
      }
      if (raw.isNumber() && (min.isNumber() && raw.asDouble() < min.asDouble() || max.isNumber() && raw.asDouble()
          > max.asDouble())) {
        return "its raw score " + raw + " is outside its min..max (" + (min.isNumber() ? min : "") + ".." + (max
            .isNumber() ? max : "") + ")";
      }
      if (o.score() == Score.RAW) {
        if (!raw.isNumber()) {
          return "it has a scaled score (" + scaled + ") but no raw score: import scaled scores as percentages";
        }
        return raw.asDouble();
      }
      // in decimal, as the statement writes them: 0.55 is 55 %, not 55.00000000000001
      if (scaled.isNumber()) {
        return scaled.decimalValue().movePointRight(2).doubleValue();
      }
      if (raw.isNumber() && min.isNumber() && max.isNumber()) {
        return raw.decimalValue().subtract(min.decimalValue()).movePointRight(2).divide(max.decimalValue().subtract(
            min.decimalValue()), java.math.MathContext.DECIMAL64).doubleValue();
      }
      return "its raw score " + raw + " has no " + (min.isNumber() ? "max" : max.isNumber() ? "min" : "min and max")
          + ", so it cannot be scaled to a percentage: import raw scores if the metric counts points";
    }

    private void count(String verb, String verbId, boolean scored) {
      verbIds.putIfAbsent(verb, verbId);
      int[] c = verbStatements.computeIfAbsent(verb, k -> new int[2]);
      c[0]++;
      if (scored) {
        c[1]++;
      }
    }

    private String subject(JsonNode actor) {
      if (!actor.isObject()) {
        return null;
      }
      if ("Group".equals(text(actor.path("objectType")))) {
        groups++;
        return null; // a group is not a person: no subject
      }
      String mbox = text(actor.path("mbox"));
      String sha1 = text(actor.path("mbox_sha1sum"));
      String openid = text(actor.path("openid"));
      JsonNode account = actor.path("account");
      if (mbox == null && sha1 == null && openid == null && !account.isObject()) {
        return null;
      }
      SubjectKeys k = keys();
      if (k == null) {
        return null;
      }
      if (mbox != null) {
        return k.ofEmail(mbox);
      }
      if (sha1 != null) {
        return k.ofMboxSha1(sha1);
      }
      if (openid != null) {
        return k.ofOpenId(openid);
      }
      String home = text(account.path("homePage"));
      String name = text(account.path("name"));
      return home == null || name == null ? null : k.ofAccount(home, name);
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
      List<VerbCount> verbs = new ArrayList<>();
      double[] all = mean(rows, null, false);
      for (Map.Entry<String, int[]> e : verbStatements.entrySet()) {
        String verb = e.getKey();
        boolean included = chosen == null || chosen.contains(verb.toLowerCase(Locale.ROOT));
        double[] own = meanOfVerb(verb);
        double otherwise;
        if (included) {
          otherwise = mean(rows, verb, true)[0];
        } else {
          double[] with = meanOfVerb(verb);
          otherwise = all[1] + with[1] == 0 ? Double.NaN : (all[0] * all[1] + with[0] * with[1]) / (all[1] + with[1]);
        }
        verbs.add(new VerbCount(verb, verbIds.get(verb), e.getValue()[0], (int) own[1], own[0], included, all[0],
            otherwise));
      }
      List<String> notes = new ArrayList<>();
      List<Question> questions = new ArrayList<>();
      if (keysProblem != null) {
        return ImportPreview.fatal(ImportFormat.XAPI, fileName, sha, bytes, keysProblem);
      }
      if (more != null && !more.isBlank()) {
        notes.add("This is one page of a longer result: the LRS has more statements at '" + more + "'. Fetch that"
            + " page (and the ones after it) and import them too, or the measurements are partial.");
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
            + String.join(", ", verbStatements.entrySet().stream().filter(e -> e.getValue()[1] < e.getValue()[0])
                .map(Map.Entry::getKey).toList()) + "): not measurements.");
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
        verbStatements.keySet().forEach(v -> unknown.remove(v.toLowerCase(Locale.ROOT)));
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
      String settings = "xAPI, " + shape + ", " + statements + (statements == 1 ? " statement" : " statements") + ", "
          + o.score().words() + ", " + verbWords + ", days in " + target.zone().getId() + (target.zoneOfModel()
              ? "" : " (this computer's; the model names no time zone)");
      String mapping = "date from timestamp, value from result.score, note from the activity's name, "
          + (keys != null ? "subject from the actor (as salted keys), " : "") + "cohort " + cohort.getLiteral()
              .toLowerCase(Locale.ROOT) + " for every statement";
      Details details = new Details(shape, statements, notObjects, voided, voiding, duplicates, subStatements,
          withoutScore, withoutOffset, more, o.score(), List.copyOf(verbs), target.zone().getId());
      return new ImportPreview(ImportFormat.XAPI, fileName, sha, bytes, settings, mapping, questions, rows,
          fileProblems, notes, null, source, Map.of(), Map.of(), keys == null ? null : keys.fingerprint(), details,
          statements);
    }

    /** {mean, count} of the importable rows, without {@code verb} when {@code without}. */
    private static double[] mean(List<PreviewRow> rows, String verb, boolean without) {
      double sum = 0;
      int n = 0;
      for (PreviewRow r : rows) {
        if (r.refusal() == null && r.value() != null && (!without || !verb.equals(r.verb()))) {
          sum += r.value();
          n++;
        }
      }
      return new double[] {n == 0 ? Double.NaN : sum / n, n};
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

  private static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /** A language map's English text, else its first. */
  private static String name(JsonNode map) {
    if (!map.isObject()) {
      return null;
    }
    for (String k : new String[] {"en-US", "en-GB", "en"}) {
      if (map.path(k).isTextual()) {
        return map.path(k).asText();
      }
    }
    var it = map.elements();
    while (it.hasNext()) {
      JsonNode n = it.next();
      if (n.isTextual()) {
        return n.asText();
      }
    }
    return null;
  }
}
