package dev.wedge.evidence.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.evidence.Effect;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.Money;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.PilotPower;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.ScrapLearning;

/**
 * The JSON of {@code wedge evidence}, built in this one place: every figure as an exact decimal (no exponent), amounts with their currency, each estimate with its n per group, degrees of freedom and
 * standard error, each criterion with the rule applied, the rating with its reasons, and every note.
 */
public final class EvidenceJson {

  private EvidenceJson() {
  }

  public static String of(List<PilotEvidence> list, Money money) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("currency", money.currency().isEmpty() ? null : money.currency());
      g.writeArrayFieldStart("pilots");
      for (PilotEvidence e : list) {
        pilot(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void pilot(JsonGenerator g, PilotEvidence e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.pilot().getId());
    g.writeStringField("name", e.pilot().getName());
    g.writeStringField("headline", Headline.of(e));
    g.writeStringField("verdict", e.verdict().word());
    g.writeBooleanField("provisional", e.provisional());
    rating(g, e.rating());
    Effect f = e.effect();
    if (f == null) {
      g.writeNullField("effect");
    } else {
      g.writeObjectFieldStart("effect");
      g.writeStringField("metric", e.pilot().getPrimaryMetric().getName());
      number(g, "change", f.change());
      number(g, "lower", f.lower());
      number(g, "upper", f.upper());
      number(g, "level", f.level());
      number(g, "pValue", f.pValue());
      number(g, "standardError", f.se());
      number(g, "degreesOfFreedom", f.df());
      g.writeStringField("isolation", f.isolation().name());
      g.writeStringField("analysis", f.analysis());
      g.writeBooleanField("paired", f.paired());
      // how far the estimate can be trusted is the rating's, not the design's alone: a difference in differences on
      // two aggregates a group is not strong
      g.writeStringField("strength", e.rating().name());
      g.writeNumberField("strengthLevel", e.rating().level());
      g.writeStringField("caveat", f.isolation().caveat());
      counts(g, f);
      groups(g, f.groups());
      g.writeEndObject();
    }
    g.writeStringField("effectNote", e.effectNote());
    g.writeArrayFieldStart("criteria");
    for (PilotEvidence.CriterionResult c : e.criteria()) {
      g.writeStartObject();
      g.writeStringField("id", c.criterion().getId());
      g.writeStringField("description", c.criterion().getDescription());
      g.writeStringField("comparator", c.criterion().getComparator() == null ? null
          : c.criterion().getComparator().getLiteral());
      number(g, "threshold", c.criterion().getThreshold());
      g.writeStringField("rule", c.rule().getLiteral());
      g.writeStringField("ruleText", c.ruleText());
      g.writeStringField("verdict", c.verdict().word());
      number(g, "observed", c.observed());
      number(g, "lower", c.lower());
      number(g, "upper", c.upper());
      number(g, "standardError", c.se());
      number(g, "degreesOfFreedom", c.df());
      groups(g, c.groups());
      g.writeStringField("explanation", c.explanation());
      g.writeStringField("settle", c.settle());
      g.writeEndObject();
    }
    g.writeEndArray();
    PilotPower p = PilotPower.of(e.pilot());
    g.writeObjectFieldStart("power");
    g.writeBooleanField("checkable", p.checkable());
    g.writeBooleanField("adequate", p.adequate());
    g.writeStringField("analysis", p.analysis() == null ? null : p.analysis().description());
    g.writeNumberField("needed", p.needed());
    g.writeNumberField("neededComparison", p.neededComparison());
    g.writeNumberField("have", p.have());
    g.writeNumberField("haveComparison", p.haveComparison());
    number(g, "power", p.power());
    number(g, "detectable", p.detectable());
    // not the rating's smallest detectable effect, which is of the data (rating.reasons)
    g.writeStringField("detectableIs", p.checkable() ? "as designed: 80% power, from the metric's standard deviation"
        + " and the planned group sizes" : null);
    g.writeStringField("sentence", p.sentence());
    g.writeEndObject();
    Roi r = e.roi();
    g.writeObjectFieldStart("roi");
    number(g, "costs", r.costs());
    number(g, "benefits", r.benefits());
    number(g, "bcr", r.bcr());
    number(g, "roiPercent", r.roiPercent());
    number(g, "paybackMonths", r.paybackMonths());
    g.writeNumberField("horizonMonths", Roi.HORIZON_MONTHS);
    g.writeBooleanField("fullyLoaded", r.fullyLoaded());
    g.writeArrayFieldStart("missingCostCategories");
    for (var c : r.missing()) {
      g.writeString(c.getLiteral());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("benefitLines");
    for (Roi.BenefitFigure b : r.lines()) {
      g.writeStartObject();
      g.writeStringField("description", b.description());
      number(g, "raw", b.raw());
      number(g, "confidence", b.confidence());
      number(g, "isolation", b.isolation());
      number(g, "adjusted", b.adjusted());
      g.writeBooleanField("counted", b.counted());
      g.writeStringField("note", b.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    dev.wedge.evidence.RoiBasis basis = dev.wedge.evidence.RoiBasis.of(e, Money.of(e.pilot()));
    g.writeObjectFieldStart("roiBasis");
    g.writeStringField("kind", basis.kind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("sentence", basis.headline().replaceFirst("^; ", ""));
    g.writeStringField("atMeasuredEffect", basis.measured());
    g.writeArrayFieldStart("inputs");
    for (String input : basis.inputs()) {
      g.writeString(input);
    }
    g.writeEndArray();
    g.writeEndObject();
    ScrapLearning s = e.scrap();
    g.writeObjectFieldStart("scrapLearning");
    number(g, "scrapPercent", s.scrapPercent());
    g.writeStringField("measured", "intention to apply (end-of-pilot survey), not observed application");
    number(g, "costIfIntentionsHold", s.cost());
    number(g, "programCost", s.programCost());
    g.writeStringField("sentence", s.sentence(Money.of(e.pilot())));
    g.writeEndObject();
    g.writeArrayFieldStart("notes");
    for (String n : e.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The n of the estimate in the design's terms: a comparison has a pilot and a comparison group; before and after
   * (or a trend line) has the pilot cohort before and after, or the people measured in both; there is no comparison
   * group to count.
   */
  private static void counts(JsonGenerator g, Effect f) throws IOException {
    switch (f.isolation()) {
      case DIFFERENCE_IN_DIFFERENCES, COMPARISON_GROUP -> {
        g.writeNumberField("nPilot", f.nPilot());
        g.writeNumberField("nComparison", f.nComparison());
      }
      case PRE_POST, TREND_LINE, ESTIMATE -> {
        if (f.paired()) {
          g.writeNumberField("nPeople", f.nPilot());
        } else {
          g.writeNumberField("nBefore", f.nComparison());
          g.writeNumberField("nAfter", f.nPilot());
        }
      }
    }
  }

  private static void rating(JsonGenerator g, EvidenceRating r) throws IOException {
    g.writeObjectFieldStart("rating");
    g.writeNumberField("level", r.level());
    g.writeNumberField("of", 5);
    g.writeStringField("name", r.name());
    g.writeArrayFieldStart("reasons");
    for (EvidenceRating.Reason x : r.reasons()) {
      g.writeStartObject();
      g.writeNumberField("cap", x.cap());
      g.writeBooleanField("binding", x.cap() == r.level());
      g.writeStringField("text", x.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void groups(JsonGenerator g, List<Effect.Group> groups) throws IOException {
    g.writeArrayFieldStart("groups");
    for (Effect.Group x : groups) {
      g.writeStartObject();
      g.writeStringField("name", x.name());
      g.writeNumberField("n", x.n());
      number(g, "mean", x.mean());
      number(g, "sd", x.sd());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * A figure as an exact decimal: the shortest decimal that is exactly the double (no rounding to a long, which
   * saturated at 9.22e14 once scaled, and no exponent); NaN and infinity as null.
   */
  static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, decimal(v));
    }
  }

  public static BigDecimal decimal(double v) {
    BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
