package dev.wedge.evidence.imports;

import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.wedge.model.Cohort;

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
    return new XapiReading(fileName, options, target).run(in, maxBytes);
  }

  static Set<String> lower(Set<String> s) {
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
