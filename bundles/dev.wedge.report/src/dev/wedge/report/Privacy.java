package dev.wedge.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.Consultation;
import dev.wedge.model.Initiative;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;

/**
 * Who is named in a brief. By default people are replaced by their role ("Chief Financial Officer"), people named
 * only in free text (an initiative's owner, who was consulted) by "a named person", and e-mail addresses by "an
 * e-mail address"; with names allowed, everything is as written.
 *
 * <p>Names are found however they are written ({@link NameMatcher}: any case, white space, look-alike letters,
 * invisible characters, whole words of any script), the whole name and, written with a capital, each part of a name
 * of several parts ("Whitfield" alone, "Åsa" alone). The brief passes every text it writes through
 * {@link #text(String)} (headings, tables, captions, figures and their descriptions), not only the fields that are
 * meant to hold names.
 */
public final class Privacy {

  /** Words that are parts of names but not names on their own ("van der Berg": "Berg" is hidden, "van" is not). */
  private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
      "du", "la", "le", "bin", "ibn", "al", "el", "af", "av", "ten", "ter", "op", "mc", "st", "jr", "sr", "dr", "mr",
      "mrs", "ms", "prof");

  /** Subject keys as Wedge writes them ("sk1:" and 32 hex digits), wherever they were pasted. */
  private static final Pattern SUBJECT_KEY = Pattern.compile("\\bsk1:[0-9a-fA-F]{8,}\\b");

  private final boolean names;
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private final NameMatcher matcher;
  /** The model's subject keys ({@code Measurement.subject}): never in a brief, with or without names or personal data. */
  private final Pattern subjects;

  public Privacy(StrategyModel model, boolean includeNames) {
    this.names = includeNames;
    java.util.Set<String> subjectKeys = new java.util.TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (dev.wedge.model.BusinessMetric m : model.getMetrics()) {
      for (dev.wedge.model.Measurement x : m.getMeasurements()) {
        if (x.getSubject() != null && x.getSubject().strip().length() >= 3) {
          subjectKeys.add(x.getSubject().strip());
        }
      }
    }
    subjects = subjectKeys.isEmpty() ? null : Pattern.compile(String.join("|", subjectKeys.stream().map(Pattern::quote)
        .toList()));
    if (includeNames) {
      matcher = null;
      return;
    }
    Map<String, Integer> roleCount = new HashMap<>();
    for (Stakeholder s : model.getStakeholders()) {
      if (s.getRole() != null && !s.getRole().isBlank()) {
        roleCount.merge(s.getRole().trim(), 1, Integer::sum);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    int n = 0;
    for (Stakeholder s : model.getStakeholders()) {
      n++;
      if (s.getName() == null || s.getName().isBlank()) {
        continue;
      }
      String role = s.getRole() == null || s.getRole().isBlank() ? null : s.getRole().trim();
      String pseudonym;
      if (role == null) {
        pseudonym = "Stakeholder " + n;
      } else if (roleCount.get(role) > 1) {
        pseudonym = role + " " + seen.merge(role, 1, Integer::sum);
      } else {
        pseudonym = role;
      }
      replacements.putIfAbsent(s.getName().trim(), pseudonym);
    }
    // people named outside the stakeholder list: owners of initiatives and goals, who was consulted
    for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (o instanceof Initiative i) {
        other(i.getOwner());
      } else if (o instanceof dev.wedge.model.BusinessGoal g && g.getOwner() != null) {
        other(g.getOwner().split(",")[0]); // "Dana Whitfield, Chief Financial Officer"
      } else if (o instanceof Consultation c) {
        other(c.getWho());
      } else if (o instanceof dev.wedge.model.ResponseAction a) {
        other(a.getOwner());
      }
    }
    // each part of a name of several parts, when written with a capital: "Whitfield agreed", "ask Henrik"; not the
    // words of roles ("Head of Sales" written as an owner is a role, and "Head" is not a name)
    Set<String> roleWords = new HashSet<>();
    for (Stakeholder s : model.getStakeholders()) {
      if (s.getRole() != null) {
        for (String w : s.getRole().split("[^\\p{L}\\p{M}\\p{N}]+")) {
          roleWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : replacements.entrySet()) {
      String[] words = e.getKey().split("[\\s\\p{Z}]+");
      if (words.length < 2 || roleWords.containsAll(java.util.Arrays.stream(words)
          .map(w -> w.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "").toLowerCase(Locale.ROOT)).toList())) {
        continue;
      }
      for (String w : words) {
        String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$", "");
        String lower = bare.toLowerCase(Locale.ROOT);
        if (bare.codePointCount(0, bare.length()) < 3 || PARTICLES.contains(lower) || roleWords.contains(lower)) {
          continue;
        }
        String before = parts.putIfAbsent(bare, e.getValue());
        if (before != null && !before.equals(e.getValue())) {
          parts.put(bare, "a named person"); // two people share it
        }
      }
    }
    matcher = new NameMatcher(replacements, parts);
  }

  private void other(String person) {
    if (person != null && !person.isBlank() && !replacements.containsKey(person.trim())) {
      replacements.put(person.trim(), "a named person");
    }
  }

  public boolean includesNames() {
    return names;
  }

  /**
   * {@code text} with every known name (and every e-mail address) replaced (or as is, with names allowed), and with
   * every subject key replaced by "a learner" in either case: the pseudonymous keys that pair a person's measurements
   * are not for a reader.
   */
  public String text(String text) {
    if (text == null) {
      return null;
    }
    if (subjects != null) {
      text = subjects.matcher(text).replaceAll("a learner");
    }
    text = SUBJECT_KEY.matcher(text).replaceAll("a learner");
    if (names || matcher == null) {
      return text;
    }
    return matcher.replace(text);
  }

  /** How a person is shown: their name, or their pseudonym. */
  public String person(Stakeholder s) {
    if (s == null) {
      return "";
    }
    return names ? s.getName() : replacements.getOrDefault(s.getName() == null ? "" : s.getName().trim(), "a stakeholder");
  }

  /** The names this brief leaves out (for tests and the privacy note). */
  public List<String> hiddenNames() {
    return names ? List.of() : List.copyOf(new ArrayList<>(replacements.keySet()));
  }

  /** Whether {@code text} still holds one of the names this brief leaves out, however written (tests). */
  public boolean names(String text) {
    return !names && matcher.findsIn(text);
  }
}
