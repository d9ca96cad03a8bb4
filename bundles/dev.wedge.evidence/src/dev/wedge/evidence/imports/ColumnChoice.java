package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.wedge.evidence.imports.CsvImport.Role;

/**
 * Which column of a file is what, from the columns' content and names: the date column (the one whose cells parse
 * as dates and vary most, not an extract time), the value column (numbers that are not an identifier, preferably
 * named like the metric), the cohort, subject and note columns. A column given by the user is taken as given; what
 * the data leave open is a {@link Question}, and a choice made from the data is said in a note.
 */
final class ColumnChoice {

  private static final Pattern DATE_NAME = Pattern.compile(
      "(?i)^(date|datum|day|tag|fecha|data|dag|datum der messung|measured( on| at)?|measurement date|messdatum|period|"
          + "periode|week|woche|month|monat|as of|stichtag|observed( on)?|when)$");
  private static final Pattern EXTRACT_NAME = Pattern.compile(
      "(?i).*(updated|modified|changed|extract|export|loaded|created|timestamp|stamp|ge(ä|ae)ndert|aktualisiert|"
          + "erstellt|run).*");
  private static final Pattern VALUE_NAME = Pattern.compile(
      "(?i).*(value|wert|score|result|ergebnis|measure|messwert|amount|betrag|rate|quote|kpi|days|tage|dagar).*");
  private static final Pattern COHORT_NAME = Pattern.compile(
      "(?i).*(cohort|kohorte|group|gruppe|grupp|arm|condition|bedingung|standort|site|location|\\bort\\b|pilot).*");
  private static final Pattern SUBJECT_NAME = Pattern.compile(
      "(?i).*(employee.?(id|number|no)|person.?(id|nr)|personal.?(nr|nummer)|mitarbeiter.?(id|nr)|learner.?id|"
          + "user.?id|worker.?id|staff.?id|subject|pseudonym|e-?mail).*");
  private static final Pattern NOTE_NAME = Pattern.compile(
      "(?i)^(note|notes|comment|comments|remark|remarks|bemerkung|bemerkungen|notiz|notizen|kommentar|anmerkung|"
          + "anteckning|kommentar)$");

  private final String fileName;
  private final ImportTarget target;
  private final CohortMapping cohorts;
  private final List<Question> questions;
  private final List<String> notes;

  ColumnChoice(String fileName, ImportTarget target, CohortMapping cohorts, List<Question> questions,
      List<String> notes) {
    this.fileName = fileName;
    this.target = target;
    this.cohorts = cohorts;
    this.questions = questions;
    this.notes = notes;
  }

  /** The column {@code spec} names (a header, case-insensitively, or a number from 1), or null. */
  static Integer column(String spec, String[] names, String role) {
    if (spec == null || spec.equalsIgnoreCase("none")) {
      return null;
    }
    String s = spec.strip();
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null && names[i].equals(s)) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null && names[i].equalsIgnoreCase(s)) {
        return i;
      }
    }
    if (s.matches("\\d{1,4}")) {
      int n = Integer.parseInt(s) - 1;
      if (n >= 0 && n < names.length) {
        return n;
      }
    }
    return null;
  }

  static String noSuchColumn(String spec, String[] names, String role) {
    List<String> have = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      have.add(names[i] == null ? String.valueOf(i + 1) : "'" + names[i] + "'");
    }
    return "There is no column '" + spec + "' for the " + role + " (the file has " + String.join(", ", have)
        + "; a column can also be given by its number).";
  }

  /** Resolves an optional role: the chosen column, -1 for none, -2 when the named column does not exist. */
  int optional(String spec, String[] names, Role[] roles, String role,
        java.util.function.IntSupplier infer) {
    if (spec != null && spec.equalsIgnoreCase("none")) {
      return -1;
    }
    if (spec != null) {
      Integer c = column(spec, names, role);
      return c == null ? -2 : c;
    }
    return infer.getAsInt();
  }

  Object chooseDate(ColumnProfile[] profiles) {
    List<ColumnProfile> candidates = new ArrayList<>();
    for (ColumnProfile p : profiles) {
      if (p.isDate()) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty()) {
      return "No column of " + fileName + " holds dates (" + describeColumns(profiles) + "): a measurement needs"
          + " the date it was taken. Dates like 2026-03-02, 02.03.2026, 3/2/2026 or 2-Mar-26 are read.";
    }
    if (candidates.size() == 1) {
      return candidates.get(0).index;
    }
    List<ColumnProfile> measured = candidates.stream().filter(p -> p.name == null || !EXTRACT_NAME.matcher(p.name)
        .matches()).toList();
    List<ColumnProfile> pool = new ArrayList<>(measured.isEmpty() ? candidates : measured);
    pool.sort((a, b) -> Integer.compare(b.distinct(), a.distinct()));
    ColumnProfile top = pool.get(0);
    List<ColumnProfile> close = pool.stream().filter(p -> p.distinct() * 2 > top.distinct()).toList();
    List<String> demoted = candidates.stream().filter(p -> !pool.contains(p) || close.indexOf(p) < 0 && p != top)
        .map(ColumnProfile::label).toList();
    if (close.size() == 1) {
      if (!demoted.isEmpty()) {
        notes.add("Date column " + top.label() + " (" + top.distinct() + " different dates), not " + String.join(
            ", ", demoted) + " (" + (candidates.size() - 1 == 1 ? "it varies" : "they vary") + " less, or "
            + (candidates.size() - 1 == 1 ? "is" : "are") + " named like an extract time).");
      }
      return top.index;
    }
    List<ColumnProfile> named = close.stream().filter(p -> p.name != null && DATE_NAME.matcher(p.name).matches())
        .toList();
    if (named.size() == 1) {
      notes.add("Date column " + named.get(0).label() + " (named like one), not " + String.join(", ", close
          .stream().filter(p -> p != named.get(0)).map(ColumnProfile::label).toList()) + ".");
      return named.get(0).index;
    }
    questions.add(new Question(Question.Topic.DATE_COLUMN, "Which column holds the date each value was measured: "
        + String.join(" or ", close.stream().map(p -> p.label() + " (" + p.distinct() + " different dates)")
            .toList()) + "?", close.stream().map(p -> new Question.Answer(p.label(), p.name == null
                ? String.valueOf(p.index + 1) : p.name)).toList()));
    return -1;
  }

  Object chooseValue(ColumnProfile[] profiles, int date) {
    List<ColumnProfile> candidates = new ArrayList<>();
    for (ColumnProfile p : profiles) {
      if (p.index != date && p.isNumber() && !p.isDate() && !p.looksLikeId()) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty()) {
      return "No column of " + fileName + " holds numbers to import as values (" + describeColumns(profiles)
          + ").";
    }
    if (candidates.size() == 1) {
      return candidates.get(0).index;
    }
    int bestScore = -1;
    List<ColumnProfile> best = new ArrayList<>();
    for (ColumnProfile p : candidates) {
      int score = valueScore(p.name);
      if (score > bestScore) {
        bestScore = score;
        best.clear();
        best.add(p);
      } else if (score == bestScore) {
        best.add(p);
      }
    }
    if (bestScore > 0 && best.size() == 1) {
      notes.add("Value column " + best.get(0).label() + " (its name fits the metric), not " + String.join(", ",
          candidates.stream().filter(p -> p != best.get(0)).map(ColumnProfile::label).toList()) + ".");
      return best.get(0).index;
    }
    List<ColumnProfile> asked = bestScore > 0 ? best : candidates;
    questions.add(new Question(Question.Topic.VALUE_COLUMN, "Which column holds the values of " + (target
        .metricName() == null ? "the metric" : "'" + target.metricName() + "'") + ": " + String.join(" or ",
            asked.stream().map(p -> p.label() + (p.example == null ? "" : " (like " + p.example + ")")).toList())
        + "?", asked.stream().map(p -> new Question.Answer(p.label(), p.name == null ? String.valueOf(p.index + 1)
            : p.name)).toList()));
    return -1;
  }

  /** How well a header names the metric's values: its unit or name words (2 each), a generic value word (1). */
  int valueScore(String name) {
    if (name == null) {
      return 0;
    }
    String n = name.toLowerCase(Locale.ROOT);
    int score = 0;
    for (String words : new String[] {target.unit(), target.metricName()}) {
      if (words == null) {
        continue;
      }
      for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}%]+")) {
        if ((w.length() >= 3 || w.equals("%")) && n.contains(w)) {
          score += 2;
          break;
        }
      }
    }
    if (VALUE_NAME.matcher(name).matches()) {
      score++;
    }
    return score;
  }

  int chooseCohort(ColumnProfile[] profiles, Role[] roles) {
    int best = -1;
    int bestScore = 0;
    for (ColumnProfile p : profiles) {
      if (roles[p.index] != Role.IGNORED || p.filled == 0 || p.isNumber() || p.isDate() || p.valueCounts()
          .size() > 20 || p.tooMany) {
        continue;
      }
      int score = 0;
      for (String v : p.valueCounts().keySet()) {
        if (cohorts.mapped(v) != null && !v.isEmpty()) {
          score += 2;
        }
      }
      if (p.name != null && COHORT_NAME.matcher(p.name).matches()) {
        score += 3;
      }
      if (score > bestScore) {
        bestScore = score;
        best = p.index;
      }
    }
    return best;
  }

  int chooseSubject(ColumnProfile[] profiles, Role[] roles) {
    for (ColumnProfile p : profiles) {
      if (roles[p.index] == Role.IGNORED && p.filled > 0 && (p.name != null && SUBJECT_NAME.matcher(p.name)
          .matches() || p.emails * 2 > p.filled)) {
        return p.index;
      }
    }
    return -1;
  }

  int chooseNote(ColumnProfile[] profiles, Role[] roles) {
    for (ColumnProfile p : profiles) {
      if (roles[p.index] == Role.IGNORED && p.name != null && NOTE_NAME.matcher(p.name).matches()) {
        return p.index;
      }
    }
    return -1;
  }

  private static String describeColumns(ColumnProfile[] profiles) {
    List<String> out = new ArrayList<>();
    for (ColumnProfile p : profiles) {
      out.add(p.label() + (p.example == null ? "" : " like '" + p.example + "'"));
      if (out.size() == 6) {
        out.add("...");
        break;
      }
    }
    return String.join(", ", out);
  }
}
