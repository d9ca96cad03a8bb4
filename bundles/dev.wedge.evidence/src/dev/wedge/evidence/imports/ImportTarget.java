package dev.wedge.evidence.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.CohortMapping;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.ImportSource;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;

/**
 * What an import reads a file for: the metric (its name, unit and a reference value for plausibility), today (dates
 * after it are refused), the model's time zone and currency, the cohort mapping remembered for the source, the
 * files already imported into the metric, and where subject keys come from.
 *
 * @param reference      a typical value of the metric (its baseline, else its target, else the median of its
 *                       measurements); values more than ten times larger or smaller are flagged; null: no check
 * @param referenceWords how the reference is named to the user: "its baseline, 94 days"
 * @param zone           the zone in which instants are bucketed into days; null when {@code zoneProblem} says why not
 * @param earlier        SHA-256 of files already imported into the metric, with "hris.csv on 2026-04-02"
 * @param earlierSalts   fingerprints of the salts earlier subject keys of the metric were made with
 * @param zoneOfModel    whether the zone is the model's own (false: this computer's, the model names none)
 */
public record ImportTarget(String metricName, String unit, Double reference, String referenceWords, String currency,
    LocalDate today, ZoneId zone, String zoneProblem, String source, Map<String, Cohort> remembered,
    Map<String, String> earlier, List<String> earlierSalts, Keys keys, boolean zoneOfModel) {

  /** Where subject keys come from; opened only when a subject is imported. */
  @FunctionalInterface
  public interface Keys {
    SubjectKeys get() throws ImportException;

    /** The user's salt file ({@link SubjectKeys#defaultFile()}). */
    static Keys user() {
      return () -> SubjectKeys.open(SubjectKeys.defaultFile());
    }
  }

  /** A target without a metric (tests, previews): no plausibility check, no remembered mapping. */
  public static ImportTarget plain(LocalDate today, ZoneId zone, Keys keys) {
    return new ImportTarget(null, null, null, null, null, today, zone, null, null, Map.of(), Map.of(), List.of(), keys,
        true);
  }

  /** The target of importing into {@code metric} from {@code source} (null: no source named yet). */
  public static ImportTarget of(BusinessMetric metric, String source, LocalDate today, Keys keys) {
    StrategyModel model = metric.eContainer() instanceof StrategyModel m ? m : null;
    String unit = metric.getUnit() == null || metric.getUnit().isBlank() ? "" : " " + metric.getUnit().strip();
    Double reference = null;
    String words = null;
    if (metric.getBaseline() != null && metric.getBaseline() != 0 && Double.isFinite(metric.getBaseline())) {
      reference = metric.getBaseline();
      words = "its baseline, " + number(reference) + unit;
    } else if (metric.getTarget() != null && metric.getTarget() != 0 && Double.isFinite(metric.getTarget())) {
      reference = metric.getTarget();
      words = "its target, " + number(reference) + unit;
    } else {
      List<Double> values = new ArrayList<>();
      for (Measurement x : metric.getMeasurements()) {
        if (x.getValue() != 0 && Double.isFinite(x.getValue())) {
          values.add(Math.abs(x.getValue()));
        }
      }
      if (!values.isEmpty()) {
        Collections.sort(values);
        reference = values.get(values.size() / 2);
        words = "the median of its " + values.size() + " measurements, " + number(reference) + unit;
      }
    }
    ZoneId zone = null;
    String zoneProblem = null;
    String tz = model == null ? null : model.getTimeZone();
    if (tz == null || tz.isBlank()) {
      zone = ZoneId.systemDefault();
    } else {
      try {
        zone = ZoneId.of(tz.strip());
      } catch (DateTimeException e) {
        zoneProblem = "the model's time zone '" + tz + "' is not a time zone: set it to an IANA name such as"
            + " Europe/Oslo (or leave it empty for this computer's)";
      }
    }
    Map<String, Cohort> remembered = new LinkedHashMap<>();
    if (model != null && source != null) {
      for (ImportSource s : model.getImportSources()) {
        if (source.equalsIgnoreCase(s.getName())) {
          for (CohortMapping c : s.getCohorts()) {
            if (c.getValue() != null && c.getCohort() != null) {
              remembered.put(c.getValue(), c.getCohort());
            }
          }
        }
      }
    }
    Map<String, String> earlier = new LinkedHashMap<>();
    List<String> salts = new ArrayList<>();
    for (ImportRecord r : metric.getImports()) {
      if (r.getSha256() != null) {
        earlier.putIfAbsent(r.getSha256().toLowerCase(Locale.ROOT), (r.getFileName() == null ? "a file" : r.getFileName())
            + (r.getImportedAt() == null ? "" : " on " + r.getImportedAt().substring(0, Math.min(10,
                r.getImportedAt().length()))));
      }
      if (r.getSubjectKeySalt() != null && !r.getSubjectKeySalt().isBlank() && !salts.contains(r.getSubjectKeySalt())) {
        salts.add(r.getSubjectKeySalt());
      }
    }
    return new ImportTarget(metric.getName(), metric.getUnit(), reference, words, model == null ? null
        : model.getCurrency(), today, zone, zoneProblem, source, remembered, earlier, salts, keys, tz != null
            && !tz.isBlank());
  }

  /** Why {@code value} looks implausible for the metric, or null. */
  public String implausible(double value) {
    if (reference == null || value == 0) {
      return null;
    }
    double r = Math.abs(reference);
    double v = Math.abs(value);
    if (v > 10 * r) {
      return number(value) + " is more than ten times " + referenceWords;
    }
    if (v < r / 10) {
      return number(value) + " is less than a tenth of " + referenceWords;
    }
    return null;
  }

  /** A number as people write it: 94, 81.5, 0.085, without float noise. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    return s;
  }
}
