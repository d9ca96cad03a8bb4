package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.List;

import dev.wedge.core.method.PilotRules;
import dev.wedge.evidence.Effect;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.Isolation;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Money;
import dev.wedge.evidence.Roi;
import dev.wedge.evidence.RoiBasis;
import dev.wedge.evidence.Sentences;
import dev.wedge.model.Decision;
import dev.wedge.model.DecisionOverride;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/**
 * One headline per pilot in the language of the business: the criteria agreed up front with the rule that judged them,
 * the evidence rating with the reasons that capped it, n per group, the decision (and any override or early stop),
 * ROI in the model's currency and scrap learning.
 */
public final class HeadlinesSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    if (c.pilots().isEmpty()) {
      return;
    }
    BriefText t = BriefText.of(c.options());
    Sentences words = Sentences.of(t.locale());
    out.section("headlines", t.get("section.headlines"));
    for (Pilot p : c.pilots()) {
      PilotEvidence e = c.evidence().get(p);
      out.open("div", "pilot");
      out.element("h3", null, p.getName() == null ? t.get("headlines.unnamed") : c.privacy().text(p.getName()));
      out.element("p", "headline", Words.capital(c.privacy().text(words.headline(e))) + ".");
      List<String> facts = new ArrayList<>();
      if (p.getBusinessProblem() != null) {
        facts.add(t.get("headlines.problem", c.privacy().text(p.getBusinessProblem())));
      }
      facts.add(t.get("headlines.sponsor", p.getSponsor() == null ? t.get("headlines.noSponsor")
          : c.privacy().person(p.getSponsor())));
      facts.add(t.get("headlines.status", t.word(p.getStatus(), Words.word(p.getStatus())), decision(p, e, c)));
      out.element("p", "facts", String.join(" \u00b7 ", facts));
      EvidenceRating rating = e.rating();
      out.element("p", "rating rating-" + rating.level(), t.get("headlines.rating", words.label(rating),
          rating.binding().isEmpty() ? "" : t.get("headlines.cappedBy", String.join("; ", rating.binding().stream()
              .map(EvidenceRating.Reason::text).toList()))));
      if (e.effect() != null) {
        Isolation iso = e.effect().isolation();
        // coloured by the rating (design and data), never by the design alone
        int level = rating.level();
        out.element("p", "strength strength-" + (level >= 4 ? "strong" : level == 3 ? "moderate" : level > 0 ? "weak"
            : "weakest"), t.get("headlines.method", method(e.effect(), words), words.caveat(iso),
                words.groups(e.effect().groups()), e.effectNote().isEmpty() ? "" : "; " + e.effectNote()));
      } else {
        out.element("p", "strength", t.get("headlines.noEffect", e.effectNote()));
      }
      List<List<String>> rows = new ArrayList<>();
      for (PilotEvidence.CriterionResult r : e.criteria()) {
        rows.add(java.util.Arrays.asList(c.privacy().text(r.criterion().getDescription()),
            Words.capital(words.verdict(r.verdict())) + (r.rule() == DecisionRule.POINT_ESTIMATE
                ? t.get("headlines.pointEstimate") : ""), c.privacy().text(r.explanation()),
            r.criterion().getAgreedBy().stream().map(c.privacy()::person).reduce((x, y) -> x + ", " + y).orElse("")));
      }
      if (!rows.isEmpty()) {
        out.table("criteria", t.get("headlines.criteria.caption", p.getName()), List.of(
            t.get("headlines.criteria.criterion"), t.get("headlines.criteria.result"), t.get("headlines.criteria.why"),
            t.get("headlines.criteria.agreedBy")), rows);
      }
      Roi roi = e.roi();
      Money money = Money.of(c.model());
      RoiBasis basis = RoiBasis.of(e, money, t.locale());
      if (roi.costs() > 0) {
        String costsLabel = words.costsLabel(roi);
        // German writes its nouns with a capital inside a sentence too
        String costs = basis.label().isEmpty() ? costsLabel : basis.label() + (t.german() ? costsLabel
            : Character.toLowerCase(costsLabel.charAt(0)) + costsLabel.substring(1));
        boolean projected = basis.kind() == RoiBasis.Kind.PROJECTION;
        out.element("p", "roi", t.get("headlines.roi", costs, words.money(money, roi.costs()),
            t.get(projected ? "headlines.roi.projected" : "headlines.roi.counted"), words.money(money,
                roi.benefits()), t.decimals(roi.bcr(), 2), t.get(projected ? "headlines.roi.projectedRoi"
                    : "headlines.roi.roi"), t.percent(roi.roiPercent()), Double.isInfinite(roi.paybackMonths()) ? ""
                        : t.get("headlines.roi.payback", t.number(Math.round(roi.paybackMonths() * 10) / 10.0)),
            roi.paybackNote().isEmpty() ? "" : " (" + (roi.paybackBeyondHorizon() && !Double.isInfinite(
                roi.paybackMonths()) ? Roi.paybackBeyondWhy(t.locale()) : roi.paybackNote(t.locale())) + ")",
            basis.measured().isEmpty() ? "" : "; " + basis.measured()));
      }
      if (!basis.inputs().isEmpty()) {
        out.element("p", "roi-inputs", t.get("headlines.roiInputs", c.privacy().text(String.join("; ",
            basis.inputs()))));
      }
      if (e.scrap().known()) {
        out.element("p", "scrap", t.get("headlines.scrap", e.scrap().sentence(money)));
      }
      List<String> notes = e.notes().stream().filter(n -> !n.equals(e.effectNote())
          && !n.equals(roi.costsNote(t.locale())) && !n.equals(roi.paybackNote(t.locale()))).toList();
      if (!notes.isEmpty()) {
        out.element("p", "notes", t.get("headlines.notes", c.privacy().text(String.join("; ", notes))));
      }
      out.close("div");
    }
    out.endSection();
  }

  /** "difference in differences of four means (four-cell variance)": the isolation and the test run. */
  static String method(Effect f) {
    String d = f.isolation().description();
    return f.analysis().startsWith(d) ? f.analysis() : d + ", " + f.analysis();
  }

  /** {@link #method(Effect)} in {@code words}' language (the test run as the analysis names it). */
  static String method(Effect f, Sentences words) {
    if (!words.german()) {
      return method(f);
    }
    // the isolation and the test, both in German (the effect was computed in the brief's language)
    return BriefText.of(words.german() ? java.util.Locale.GERMAN : java.util.Locale.ENGLISH).get("headlines.test",
        words.description(f.isolation()), f.analysis());
  }

  /** ", decided: scale", with what an override or an early stop recorded, and a decision the evidence does not back. */
  static String decision(Pilot p, PilotEvidence e, BriefContext c) {
    if (p.getDecision() == null || p.getDecision() == Decision.UNDECIDED) {
      return "";
    }
    BriefText t = BriefText.of(c.options());
    StringBuilder sb = new StringBuilder(t.get("decision.decided", t.word(p.getDecision(),
        Words.word(p.getDecision()))));
    DecisionOverride o = PilotRules.currentOverride(p);
    if (o != null) {
      sb.append(t.get(o.getDecision() == Decision.SCALE ? "decision.scaledAlthough" : "decision.decidedAlthough",
          o.getEvidence() == null ? t.get("decision.notSupported") : t.get("decision.were", o.getEvidence()),
          c.privacy().text(o.getReason()), c.privacy().person(o.getBy()), o.getDate() == null ? ""
              : t.get("decision.on", t.german() ? t.date(o.getDate()) : String.valueOf(o.getDate()))));
    } else if (p.getDecision() == Decision.SCALE && e.verdict() != PilotEvidence.Verdict.MET) {
      sb.append(t.get("decision.noOverride", c.privacy().text(Sentences.of(t.locale()).criteriaReading(e))));
    }
    if (p.getEarlyStopReason() != null && !p.getEarlyStopReason().isBlank()) {
      sb.append(t.get("decision.early", c.privacy().text(p.getEarlyStopReason())));
    }
    return sb.toString();
  }
}
