package dev.wedge.evidence.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.wedge.model.Cohort;

/**
 * What the values of a cohort column stand for: the user's mapping (an option or the dialog) first, then what was
 * remembered for the source from earlier imports, then the wording alone (pilot, control, Vergleich, gesamt...).
 * Values that none of these map are asked about, never guessed.
 */
final class CohortMapping {

  private static final Map<String, Cohort> KNOWN = known();

  private final Map<String, Cohort> chosen;
  private final Map<String, Cohort> remembered;

  CohortMapping(Map<String, Cohort> chosen, Map<String, Cohort> remembered) {
    this.chosen = chosen;
    this.remembered = remembered;
  }

  private static Map<String, Cohort> known() {
    Map<String, Cohort> m = new HashMap<>();
    for (String s : new String[] {"", "all", "everyone", "total", "overall", "gesamt", "alle", "insgesamt", "tous",
        "todos", "alla", "samtliga"}) {
      m.put(s, Cohort.ALL);
    }
    for (String s : new String[] {"pilot", "treatment", "test", "participants", "intervention", "pilot group",
        "pilotgruppe", "testgruppe", "versuchsgruppe", "teilnehmer", "pilotgrupp"}) {
      m.put(s, Cohort.PILOT);
    }
    for (String s : new String[] {"comparison", "control", "comparison group", "control group", "vergleich",
        "vergleichsgruppe", "kontrolle", "kontrollgruppe", "jämförelse", "jämförelsegrupp", "kontroll",
        "kontrollgrupp", "témoin", "contrôle", "groupe témoin"}) {
      m.put(s, Cohort.COMPARISON);
    }
    return Map.copyOf(m);
  }

  /** The cohort {@code value} stands for by its wording alone, or null. */
  static Cohort known(String value) {
    return value == null ? null : KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
  }

  /** What {@code value} is mapped to: present (null inside: left out), or null when not mapped. */
  Optional<Cohort> mapped(String value) {
    for (Map<String, Cohort> m : List.of(chosen, remembered)) {
      if (m.containsKey(value)) {
        return Optional.ofNullable(m.get(value));
      }
      for (Map.Entry<String, Cohort> e : m.entrySet()) {
        if (e.getKey().strip().equalsIgnoreCase(value.strip())) {
          return Optional.ofNullable(e.getValue());
        }
      }
    }
    Cohort k = known(value);
    return k == null ? null : Optional.of(k);
  }
}
