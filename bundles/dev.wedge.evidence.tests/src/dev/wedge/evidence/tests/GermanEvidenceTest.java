package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.Money;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.RoiBasis;
import dev.wedge.model.CostLine;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;

/**
 * The evidence computed in German ({@code PilotEvidence.of(pilot, today, Locale.GERMAN)}): every sentence of the
 * reasoning says in German what the English says, with the same numbers written as German writes them, and every
 * German sentence takes exactly the arguments the rules give it.
 */
class GermanEvidenceTest {

  static final Path EXAMPLE = SentencesTest.EXAMPLE;

  @Test
  void englishStaysAsItWas() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    for (Pilot p : model.getPilots()) {
      assertEquals(PilotEvidence.of(p, SentencesTest.TODAY), PilotEvidence.of(p, SentencesTest.TODAY,
          Locale.ENGLISH));
    }
  }

  @Test
  void theExamplesReasoningIsGermanWithTheEnglishNumbers() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    ownWords(model);
    Money money = Money.of(model);
    int reasons = 0;
    int criteria = 0;
    int inputs = 0;
    for (Pilot p : model.getPilots()) {
      PilotEvidence en = PilotEvidence.of(p, SentencesTest.TODAY);
      PilotEvidence de = PilotEvidence.of(p, SentencesTest.TODAY, Locale.GERMAN);
      // the same evidence: only the words differ
      assertEquals(en.rating().level(), de.rating().level());
      assertEquals(en.verdict(), de.verdict());
      assertEquals(en.rating().reasons().size(), de.rating().reasons().size());
      for (int i = 0; i < en.rating().reasons().size(); i++) {
        EvidenceRating.Reason e = en.rating().reasons().get(i);
        EvidenceRating.Reason d = de.rating().reasons().get(i);
        assertEquals(e.cap(), d.cap());
        sameSentence(e.text(), d.text());
        reasons++;
      }
      assertEquals(en.criteria().size(), de.criteria().size());
      for (int i = 0; i < en.criteria().size(); i++) {
        PilotEvidence.CriterionResult e = en.criteria().get(i);
        PilotEvidence.CriterionResult d = de.criteria().get(i);
        assertEquals(e.verdict(), d.verdict());
        assertEquals(e.observed(), d.observed());
        sameSentence(e.explanation(), d.explanation());
        sameSentence(e.settle(), d.settle());
        criteria++;
      }
      if (en.effect() != null) {
        sameSentence(en.effect().analysis(), de.effect().analysis());
      }
      sameSentence(en.effectNote(), de.effectNote());
      assertEquals(en.notes().size(), de.notes().size());
      for (int i = 0; i < en.notes().size(); i++) {
        sameSentence(en.notes().get(i), de.notes().get(i));
      }
      sameSentence(en.scrap().sentence(), de.scrap().sentence());
      List<String> enInputs = RoiBasis.of(en, money).inputs();
      List<String> deInputs = RoiBasis.of(de, money, Locale.GERMAN).inputs();
      assertEquals(enInputs.size(), deInputs.size());
      for (int i = 0; i < enInputs.size(); i++) {
        sameSentence(enInputs.get(i), deInputs.get(i));
        assertTrue(deInputs.get(i).contains("% Sicherheit \u00d7 ") && deInputs.get(i).contains(" im Jahr"),
            deInputs.get(i));
        inputs++;
      }
    }
    assertTrue(reasons >= 3 && criteria >= 3 && inputs >= 2, reasons + " reasons, " + criteria + " criteria, "
        + inputs + " ROI inputs: the example has fewer than it did");

    // the onboarding pilot, sentence by sentence
    Pilot onboarding = model.getPilots().get(0);
    PilotEvidence de = PilotEvidence.of(onboarding, SentencesTest.TODAY, Locale.GERMAN);
    List<String> texts = de.rating().reasons().stream().map(EvidenceRating.Reason::text).toList();
    assertTrue(texts.contains("Design: Differenz von Differenzen, nicht randomisiert"), texts.toString());
    String explanation = de.criteria().get(0).explanation();
    assertTrue(explanation.contains("95-%-Konfidenzintervall") && explanation.contains(" bis ")
        && explanation.contains("Freiheitsgrade"), explanation);
  }

  @Test
  void aPaybackBeyondTheFirstYearAndASettleSayItInGerman() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    Pilot p = model.getPilots().stream().filter(x -> !x.getCosts().isEmpty() && !x.getBenefits().isEmpty())
        .findFirst().orElseThrow();
    CostLine c = p.getCosts().get(0);
    c.setAmount(c.getAmount() * 40); // a payback far beyond the first year
    Roi en = Roi.of(p);
    Roi de = Roi.of(p, Locale.GERMAN);
    assertTrue(en.paybackBeyondHorizon(), en.paybackNote());
    String months = String.format(Locale.ROOT, "%.1f", en.paybackMonths());
    assertEquals("payback " + months + " months, beyond the 12 months of benefits counted: the first-year benefits"
        + " do not repay the costs", en.paybackNote());
    assertEquals("Amortisation nach " + months.replace('.', ',') + " Monaten, jenseits der 12 Monate gez\u00e4hlten"
        + " Nutzens: der Nutzen des ersten Jahres deckt die Kosten nicht", de.paybackNote(Locale.GERMAN));
    assertTrue(de.notes().contains(de.paybackNote(Locale.GERMAN)), de.notes().toString());
    assertEquals(en.paybackNote(), en.paybackNote(Locale.ENGLISH));
  }

  /** The German says what the English says: another sentence, the same numbers (1,234.5 written 1.234,5). */
  private static void sameSentence(String english, String german) {
    if (english.isEmpty()) {
      assertEquals("", german);
      return;
    }
    assertNotEquals(english, german);
    for (String own : OWN_WORDS) { // the model's names are the model's words, not the rules'
      english = english.replace(own, "");
      german = german.replace(own, "");
    }
    // a day as each language writes it: 2026-08-14, 14. August 2026
    english = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(english)
        .replaceAll(d -> Integer.parseInt(d.group(3)) + " " + d.group(1));
    assertEquals(numbers(english, "\\d[\\d,]*(\\.\\d+)?", true), numbers(german, "\\d[\\d.]*(,\\d+)?", false),
        english + "\n" + german);
    for (String word : List.of(" the ", " of ", " and ", " interval", " measured", " before ")) {
      assertFalse(german.contains(word), word + " in " + german);
    }
  }

  /** What the model says in its own words (names and descriptions of metrics, lines and volumes). */
  private static final List<String> OWN_WORDS = new ArrayList<>();

  private static void ownWords(StrategyModel model) {
    OWN_WORDS.clear();
    model.eAllContents().forEachRemaining(o -> o.eClass().getEAllAttributes().forEach(a -> {
      Object v = o.eGet(a);
      if (v instanceof String text && text.split(" ").length >= 3) {
        OWN_WORDS.add(text);
      }
    }));
    OWN_WORDS.sort(java.util.Comparator.comparingInt(String::length).reversed());
  }

  private static List<String> numbers(String text, String pattern, boolean english) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(pattern).matcher(text);
    while (m.find()) {
      String n = m.group().replaceFirst("[.,]$", "");
      out.add(english ? n.replace(",", "_").replace('.', ',').replace('_', '.') : n);
    }
    return out.stream().sorted().toList();
  }

  /** A key whose German leaves out an argument on purpose (the first part of the criteria names their total). */
  private static final List<String> LEAVES_OUT = List.of("criteria.some");

  @Test
  void everyGermanSentenceTakesTheArgumentsItsEnglishIsGiven() throws IOException {
    Properties german = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("../dev.wedge.evidence/src/dev/wedge/evidence/"
        + "sentences_de.properties"))) {
      german.load(in); // ISO-8859-1 with \\u escapes, as ResourceBundle reads it
    }
    Map<String, Integer> calls = new TreeMap<>();
    Map<String, Integer> families = new TreeMap<>();
    try (Stream<Path> sources = Files.walk(Path.of("../dev.wedge.evidence/src/dev/wedge/evidence"), 1)) {
      for (Path source : sources.filter(x -> x.toString().endsWith(".java")).toList()) {
        calls(Files.readString(source, StandardCharsets.UTF_8), calls, families);
      }
      // a key read as it stands, without arguments: String key = "group." + name
      Matcher read = Pattern.compile("\"([a-z]+\\.)\"\\s*\\+").matcher(Files.readString(Path.of(
          "../dev.wedge.evidence/src/dev/wedge/evidence/Sentences.java"), StandardCharsets.UTF_8));
      while (read.find()) {
        families.putIfAbsent(read.group(1), 0);
      }
    }
    assertTrue(calls.size() > 150, calls.size() + " keys found in the calls: the scan misses them");
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(german.stringPropertyNames())) {
      Integer args = calls.get(key);
      if (args == null) {
        args = families.entrySet().stream().filter(f -> key.startsWith(f.getKey())).map(Map.Entry::getValue)
            .findFirst().orElse(null);
      }
      if (args == null) {
        wrong.add(key + ": no sentence of the evidence asks for it");
        continue;
      }
      TreeSet<Integer> used = new TreeSet<>();
      Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(german.getProperty(key));
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
      }
      TreeSet<Integer> given = new TreeSet<>();
      for (int i = 0; i < args; i++) {
        given.add(i);
      }
      if (LEAVES_OUT.contains(key) ? !given.containsAll(used) : !used.equals(given)) {
        wrong.add(key + ": uses " + used + ", given " + given);
      }
    }
    for (String key : calls.keySet()) {
      if (!german.containsKey(key)) {
        wrong.add(key + ": asked for, not in sentences_de.properties");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theImportsGermanHasEveryKeyOfTheirEnglishWithItsPlaceholders() throws IOException {
    Properties english = new Properties();
    Properties german = new Properties();
    Path dir = Path.of("../dev.wedge.evidence/src/dev/wedge/evidence/imports");
    try (InputStream en = Files.newInputStream(dir.resolve("messages.properties"));
        InputStream de = Files.newInputStream(dir.resolve("messages_de.properties"))) {
      english.load(en);
      german.load(de);
    }
    assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      assertEquals(placeholders(english.getProperty(key)), placeholders(german.getProperty(key)), key);
      assertNotEquals(english.getProperty(key), german.getProperty(key), key);
    }
  }

  private static TreeSet<String> placeholders(String pattern) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d+\\}").matcher(pattern);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static final Pattern CALL = Pattern.compile("\\b(say|text|de)\\(");

  /** The keys of {@code say(english, key, args...)}, {@code text(key, args...)} and {@code de(key, args...)}. */
  private static void calls(String java, Map<String, Integer> calls, Map<String, Integer> families) {
    Matcher m = CALL.matcher(java);
    while (m.find()) {
      List<String> args = arguments(java, m.end());
      int k = m.group(1).equals("say") ? 1 : 0;
      if (args.size() <= k) {
        continue;
      }
      int given = args.size() - k - 1;
      for (String branch : branches(args.get(k))) {
        Matcher literal = Pattern.compile("^\"([a-zA-Z0-9_.]+)\"(\\s*\\+.*)?$", Pattern.DOTALL).matcher(branch);
        if (literal.matches()) {
          (literal.group(2) == null ? calls : families).merge(literal.group(1), given, Math::max);
        }
      }
    }
  }

  /** The branches of a key chosen by {@code a ? "x" : b ? "y" : "z"} ("x", "y", "z"), or the key itself. */
  private static List<String> branches(String expression) {
    List<String> parts = split(expression, '?');
    if (parts.size() == 1) {
      return List.of(expression.strip());
    }
    List<String> out = new ArrayList<>();
    for (int i = 1; i < parts.size(); i++) {
      List<String> pieces = split(parts.get(i), ':');
      out.addAll((i < parts.size() - 1 ? pieces.subList(0, 1) : pieces).stream().map(String::strip).toList());
    }
    return out;
  }

  /** The arguments of the call whose parenthesis opens before {@code from}, split at its own commas. */
  private static List<String> arguments(String java, int from) {
    int depth = 0;
    for (int i = from; i < java.length(); i++) {
      char c = java.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(java, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          String inside = java.substring(from, i);
          return inside.isBlank() ? List.of() : split(inside, ',');
        }
        depth--;
      }
    }
    return List.of();
  }

  /** {@code s} split at {@code at} where it stands outside brackets and literals. */
  private static List<String> split(String s, char at) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(s, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == at && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static int endOfLiteral(String s, int open) {
    char quote = s.charAt(open);
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == quote) {
        return i;
      }
    }
    return s.length();
  }
}
