package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.List;

import dev.wedge.evidence.Headline;
import dev.wedge.evidence.Isolation;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.evidence.Roi;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** One headline per pilot in the language of the business, the criteria agreed up front, and how strong it is. */
public final class HeadlinesSection implements ReportSection {

  @Override
  public void write(Html out, BriefContext c) {
    if (c.pilots().isEmpty()) {
      return;
    }
    out.section("headlines", "What the pilots showed");
    for (Pilot p : c.pilots()) {
      PilotEvidence e = c.evidence().get(p);
      out.open("div", "pilot");
      out.element("h3", null, p.getName() == null ? "Unnamed pilot" : c.privacy().text(p.getName()));
      out.element("p", "headline", Words.capital(c.privacy().text(Headline.of(e))) + ".");
      List<String> facts = new ArrayList<>();
      if (p.getBusinessProblem() != null) {
        facts.add("Problem: " + c.privacy().text(p.getBusinessProblem()));
      }
      facts.add("Sponsor: " + (p.getSponsor() == null ? "none named" : c.privacy().person(p.getSponsor())));
      facts.add("Status: " + Words.word(p.getStatus()) + (p.getDecision() != null
          && p.getDecision() != dev.wedge.model.Decision.UNDECIDED ? ", decided: " + Words.word(p.getDecision()) : ""));
      out.element("p", "facts", String.join(" \u00b7 ", facts));
      if (e.effect() != null) {
        Isolation iso = e.effect().isolation();
        out.element("p", "strength strength-" + iso.strength().name().toLowerCase(java.util.Locale.ROOT),
            "Evidence strength: " + Words.word(iso.strength()).toLowerCase(java.util.Locale.ROOT) + " \u2014 "
                + iso.description() + " (" + iso.caveat() + ").");
      } else {
        out.element("p", "strength", "No measured effect yet: " + e.effectNote() + ".");
      }
      List<List<String>> rows = new ArrayList<>();
      for (PilotEvidence.CriterionResult r : e.criteria()) {
        rows.add(java.util.Arrays.asList(c.privacy().text(r.criterion().getDescription()),
            Words.capital(r.verdict().word()), c.privacy().text(r.explanation()), r.criterion().getAgreedBy().stream()
                .map(c.privacy()::person).reduce((a, b) -> a + ", " + b).orElse("")));
      }
      if (!rows.isEmpty()) {
        out.table("criteria", List.of("Success criterion (agreed before the start)", "Result", "Why", "Agreed by"),
            rows);
      }
      Roi roi = e.roi();
      if (roi.costs() > 0) {
        out.element("p", "roi", "Fully loaded costs " + Words.money(roi.costs()) + "; benefits counted "
            + Words.money(roi.benefits()) + " a year (confidence-adjusted, most conservative); BCR "
            + String.format(java.util.Locale.ROOT, "%.2f", roi.bcr()) + ", ROI " + Words.percent(roi.roiPercent())
            + (Double.isInfinite(roi.paybackMonths()) ? "" : ", payback " + Words.number(Math.round(
                roi.paybackMonths() * 10) / 10.0) + " months") + ".");
      }
      out.close("div");
    }
    out.endSection();
  }
}
