package dev.wedge.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.wedge.model.Consultation;
import dev.wedge.model.Initiative;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;

/**
 * Who is named in a brief. By default people are replaced by their role ("the Chief Financial Officer"), people
 * named only in free text (an initiative's owner, who was consulted) by "a named person"; with names allowed,
 * everything is as written.
 */
public final class Privacy {

  /** Subject keys as Wedge writes them ("sk1:" and 32 hex digits), wherever they were pasted. */
  private static final Pattern SUBJECT_KEY = Pattern.compile("\\bsk1:[0-9a-fA-F]{8,}\\b");

  private final boolean names;
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private Pattern pattern;
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
      replacements.put(s.getName().trim(), pseudonym);
    }
    // people named outside the stakeholder list: owners of initiatives and goals, who was consulted
    for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
      EObject o = it.next();
      if (o instanceof Initiative i) {
        other(i.getOwner());
      } else if (o instanceof Consultation c) {
        other(c.getWho());
      } else if (o instanceof dev.wedge.model.ResponseAction a) {
        other(a.getOwner());
      }
    }
    List<String> keys = new ArrayList<>(replacements.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed()); // "Dana Whitfield-Smith" before "Dana Whitfield"
    if (!keys.isEmpty()) {
      StringBuilder sb = new StringBuilder("\\b(?:");
      for (int i = 0; i < keys.size(); i++) {
        sb.append(i == 0 ? "" : "|").append(Pattern.quote(keys.get(i)));
      }
      pattern = Pattern.compile(sb.append(")\\b").toString());
    }
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
   * {@code text} with every known name replaced (or as is, with names allowed), and with every subject key replaced by
   * "a learner" in either case: the pseudonymous keys that pair a person's measurements are not for a reader.
   */
  public String text(String text) {
    if (text == null) {
      return null;
    }
    if (subjects != null) {
      text = subjects.matcher(text).replaceAll("a learner");
    }
    text = SUBJECT_KEY.matcher(text).replaceAll("a learner");
    if (names || pattern == null) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(replacements.get(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
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
    return names ? List.of() : List.copyOf(replacements.keySet());
  }
}
