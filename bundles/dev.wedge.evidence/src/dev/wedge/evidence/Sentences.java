package dev.wedge.evidence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import dev.wedge.model.BusinessMetric;

/**
 * The evidence's sentences in a language: English as {@link Headline}, {@link EvidenceRating}, {@link Isolation} and
 * {@link PilotEvidence.Verdict} say them (unchanged), German beside them from
 * {@code dev/wedge/evidence/sentences_de.properties}, with numbers as German writes them ("+1,7", "16.632"). The
 * German says exactly what the English says: the same rule for a causal verb, the same interval and caveats. The
 * reasoning ({@link PilotEvidence#of(dev.wedge.model.Pilot, java.time.LocalDate, Locale)}: the rating's reasons, the
 * criteria's explanations and settles, the notes, the ROI's and scrap learning's sentences) is written through
 * {@link #say}: each English sentence where it always was, beside the key of its German.
 */
public final class Sentences {

  private static final String BUNDLE = "dev.wedge.evidence.sentences";

  private final Locale locale;
  private final ResourceBundle german;

  private Sentences(Locale locale) {
    this.locale = locale;
    this.german = locale.getLanguage().equals("de") ? ResourceBundle.getBundle(BUNDLE, Locale.GERMAN,
        Sentences.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES)) : null;
  }

  /** The sentences in {@code locale}'s language: German for German, English for every other. */
  public static Sentences of(Locale locale) {
    return new Sentences(locale == null ? Locale.ENGLISH : locale);
  }

  /** Whether the sentences are German. */
  public boolean german() {
    return german != null;
  }

  private String de(String key, Object... args) {
    return new MessageFormat(german.getString(key), Locale.GERMAN).format(args);
  }

  /** A number as the evidence writes it: one decimal at most ("1.7", "1,7"), grouped from 100 up. */
  public String number(double d) {
    if (!german()) {
      return PilotEvidence.fmt(d);
    }
    return PilotEvidence.fmt(d).replace(",", "\u0000").replace('.', ',').replace('\u0000', '.');
  }

  /** An amount with its unit ("11 days"; "1,7 Prozentpunkte" for a percentage). */
  public String amount(double d, String unit) {
    if (!german()) {
      return PilotEvidence.amount(d, unit);
    }
    String n = number(d);
    return n + dev.wedge.core.text.Plurals.unit(n, unit);
  }

  /** The unit of a change of {@code m}: " points" for a percentage ("Prozentpunkte" in German). */
  public String unitOfChange(BusinessMetric m) {
    String u = PilotEvidence.unitOfChange(m);
    return german() && u.equals(" points") ? " " + de("unit.points") : u;
  }

  /** An amount of money with the currency's code: "EUR 16,632", "EUR 16.632". */
  public String money(Money money, double amount) {
    String s = money.format(amount);
    if (!german() || Double.isNaN(amount) || Double.isInfinite(amount)) {
      return s;
    }
    String n = Money.number(amount);
    return s.replace(n, n.replace(",", "\u0000").replace('.', ',').replace('\u0000', '.'));
  }

  /** "met", "erfüllt". */
  public String verdict(PilotEvidence.Verdict v) {
    return german() ? de("verdict." + v.name()) : v.word();
  }

  /** "2 of 5 (weak)", "2 von 5 (schwach)". */
  public String label(EvidenceRating r) {
    return german() ? de("rating.label", r.level(), de("rating." + r.level())) : r.label();
  }

  /** "weak", "schwach". */
  public String name(EvidenceRating r) {
    return german() ? de("rating." + r.level()) : r.name();
  }

  /** How the effect was isolated: "difference in differences", "Differenz-von-Differenzen-Vergleich". */
  public String description(Isolation i) {
    return german() ? de("isolation." + i.name()) : i.description();
  }

  /** What the isolation assumes. */
  public String caveat(Isolation i) {
    return german() ? de("caveat." + i.name()) : i.caveat();
  }

  /** The pilot's result in the language of the business: {@link Headline#of}, or its German. */
  public String headline(PilotEvidence e) {
    if (!german()) {
      return Headline.of(e);
    }
    BusinessMetric m = e.pilot().getPrimaryMetric();
    StringBuilder sb = new StringBuilder();
    Effect effect = e.effect();
    if (m == null || effect == null) {
      sb.append(de("headline.none"));
    } else {
      // the rule of Headline.of: a causal verb only when the interval excludes no change and the evidence is at
      // least weak
      boolean credited = e.rating().level() >= Headline.CREDITED_FROM;
      boolean shown = effect.significant() && credited;
      String unit = unitOfChange(m);
      String metric = m.getName() == null || m.getName().isEmpty() ? de("headline.metric")
          : "\u201e" + m.getName() + "\u201c";
      double base = Headline.baseline(e, m);
      String percent = Double.isNaN(base) || base == 0 ? "" : " (" + (effect.change() < 0 ? "\u2212" : "+")
          + String.format(Locale.GERMAN, "%.0f", Math.abs(effect.change() / base * 100)) + "\u00a0%)";
      String amount = amount(Math.abs(effect.change()), unit) + percent;
      if (shown) {
        String verb = effect.change() < 0 ? (effect.improvement() > 0 ? "cut" : "lowered") : "raised";
        sb.append(de("headline." + verb, metric, amount, de("against." + effect.isolation().name())));
      } else {
        sb.append(de("moved." + effect.isolation().name() + (effect.change() >= 0 ? ".up" : ".down"), metric,
            amount));
      }
      if (!effect.hasInterval()) {
        sb.append(de("headline.noInterval"));
      } else {
        String interval = minus(number(effect.lower())) + " " + de("headline.to") + " "
            + minus(number(effect.upper())) + unit;
        if (shown) {
          sb.append(de("headline.interval", interval));
        } else if (!effect.significant()) {
          sb.append(de("headline.includesZero", interval));
        } else {
          sb.append(de("headline.tooWeak", interval, label(e.rating())));
        }
      }
    }
    Roi roi = e.roi();
    if (roi != null && roi.costs() > 0 && roi.benefits() > 0) {
      sb.append(RoiBasis.of(e, Money.of(e.pilot()), locale).headline());
      if (!roi.fullyLoaded()) {
        sb.append(de("headline.notFullyLoaded", costWords(roi.missing())));
      }
    }
    if (e.provisional()) {
      sb.append(de("headline.provisional"));
    }
    return sb.toString();
  }

  /** "participants' time or tools", "Zeit der Teilnehmenden oder Werkzeuge". */
  public String costWords(java.util.List<dev.wedge.model.CostCategory> categories) {
    if (!german()) {
      return Roi.words(categories);
    }
    java.util.List<String> w = categories.stream().map(c -> de("cost." + c.name())).toList();
    return w.size() == 1 ? w.get(0) : String.join(", ", w.subList(0, w.size() - 1)) + " " + de("or") + " "
        + w.get(w.size() - 1);
  }

  /** The evidence's side of the stage gate: {@link Headline#stageGate}, or its German. */
  public String stageGate(PilotEvidence e) {
    if (!german()) {
      return Headline.stageGate(e);
    }
    if (e == null) {
      return de("gate.none");
    }
    if (e.verdict() != PilotEvidence.Verdict.MET) {
      return de("gate.notMet", verdict(e.verdict()));
    }
    if (e.rating().level() < Headline.CREDITED_FROM) {
      return de("gate.tooWeak", label(e.rating()));
    }
    return de("gate.met", label(e.rating()));
  }

  /** A sentence of the bundle, for {@link RoiBasis}'s German. */
  String text(String key, Object... args) {
    return de(key, args);
  }

  /**
   * {@code english} in English; in German the sentence {@code key} of the bundle with {@code args} (written as German
   * writes them). The rules say each sentence once in each language: the English as it always was, beside the key of
   * its German.
   */
  String say(String english, String key, Object... args) {
    return german() ? de(key, args) : english;
  }

  /** "1 degree of freedom", "1.2 degrees of freedom"; "1 Freiheitsgrad", "1,2 Freiheitsgrade". */
  public String degreesOfFreedom(double df) {
    if (!german()) {
      return PilotEvidence.degreesOfFreedom(df);
    }
    String n = number(df);
    return de(n.equals("1") ? "df.one" : "df.other", n);
  }

  /** A day as the evidence writes it: "2026-11-29" (ISO, as it always was), "29. November 2026". */
  public String date(java.time.LocalDate day) {
    return german() ? day.format(java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN))
        : String.valueOf(day);
  }

  /** The test an effect is estimated with ({@link Power.Analysis#description()}), or its German. */
  public String analysis(Power.Analysis a) {
    return german() ? de("analysis." + a.name()) : a.description();
  }

  /** How a criterion is decided ({@link PilotEvidence.CriterionResult#ruleText}), or its German. */
  public String ruleText(dev.wedge.model.DecisionRule rule) {
    return german() ? de(rule == dev.wedge.model.DecisionRule.POINT_ESTIMATE ? "rule.point" : "rule.interval")
        : PilotEvidence.CriterionResult.ruleText(rule);
  }

  /** A count as the evidence writes it: "1,500" ("%,d" of the root locale), "1.500". */
  String count(int n) {
    return String.format(german() ? Locale.GERMAN : Locale.ROOT, "%,d", n);
  }

  /** A number with {@code decimals} decimals, not grouped: "0.12", "0,12". */
  String decimals(double v, int decimals) {
    return String.format(german() ? Locale.GERMAN : Locale.ROOT, "%." + decimals + "f", v);
  }

  /** A percentage: "12%" as the evidence writes it, "12 %" in German. */
  String percent(double v) {
    return german() ? RoiBasis.percent(v).replace('.', ',').replaceFirst("%$", "\u00a0%") : RoiBasis.percent(v);
  }

  private static String minus(String number) {
    return number.replace('-', '\u2212');
  }

  /** "Fully loaded costs", "Voll erfasste Kosten", or what is missing from them. */
  public String costsLabel(Roi roi) {
    if (!german()) {
      return roi.costsLabel();
    }
    return roi.missing().isEmpty() ? de("costs.full") : de("costs.partial", costWords(roi.missing()));
  }

  /** The groups an effect compares with their n: "pilot before 12, pilot after 14" ({@link Effect#describe}). */
  public String groups(java.util.List<Effect.Group> groups) {
    if (!german()) {
      return Effect.describe(groups);
    }
    return String.join(", ", groups.stream().map(g -> group(g.name()) + " " + g.n()).toList());
  }

  private String group(String name) {
    String key = "group." + name.replace(' ', '_');
    return german.containsKey(key) ? german.getString(key) : name;
  }

  /** "1 of 2 met, 1 inconclusive" when the criteria differ, else "" ({@link PilotEvidence#criteriaCounts}). */
  public String criteriaCounts(PilotEvidence e) {
    if (!german()) {
      return e.criteriaCounts();
    }
    java.util.Map<PilotEvidence.Verdict, Integer> by = new java.util.EnumMap<>(PilotEvidence.Verdict.class);
    e.criteria().forEach(r -> by.merge(r.verdict(), 1, Integer::sum));
    if (by.size() < 2) {
      return "";
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    by.forEach((v, k) -> parts.add(parts.isEmpty() ? de("criteria.countsFirst", k, e.criteria().size(), verdict(v))
        : de("criteria.counts", k, verdict(v))));
    return String.join(", ", parts);
  }

  /** "its 2 criteria are met", and which is which when they differ ({@link PilotEvidence#criteriaReading}). */
  public String criteriaReading(PilotEvidence e) {
    if (!german()) {
      return e.criteriaReading();
    }
    int n = e.criteria().size();
    if (n == 0) {
      return de("criteria.none");
    }
    java.util.Map<PilotEvidence.Verdict, java.util.List<String>> by = new java.util.EnumMap<>(
        PilotEvidence.Verdict.class);
    int i = 0;
    for (PilotEvidence.CriterionResult r : e.criteria()) {
      i++;
      String d = r.criterion().getDescription();
      by.computeIfAbsent(r.verdict(), k -> new java.util.ArrayList<>()).add(d == null || d.isBlank()
          ? de("criteria.numbered", i) : d);
    }
    if (by.size() == 1) {
      return de("criteria.all", n, verdict(by.keySet().iterator().next()));
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    by.forEach((v, names) -> parts.add(de(parts.isEmpty() ? "criteria.someFirst" : "criteria.some", names.size(), n,
        verdict(v), String.join(", ", names.stream().map(x -> "\u201a" + x + "\u2018").toList()))));
    return String.join(", ", parts);
  }
}
