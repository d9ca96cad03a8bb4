package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.List;

import dev.wedge.core.method.AiActRisk;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.model.Consultation;
import dev.wedge.model.Governance;
import dev.wedge.model.Initiative;
import dev.wedge.model.LearnerDataItem;
import dev.wedge.model.Pilot;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** The minimum three before anything scales, per pilot; the learner-data answer; the AI Act high-risk uses. */
public final class GovernanceSection implements ReportSection {

  /**
   * "Governance ready": what the gate's minimum three say, never read as a verdict on scaling; the evidence's side
   * is {@link dev.wedge.evidence.Headline#stageGate}'s ("governance ready; the evidence: criteria inconclusive, so not
   * ready to scale").
   */
  static String governanceReady(dev.wedge.evidence.PilotEvidence e) {
    return "Governance ready; the evidence: " + dev.wedge.evidence.Headline.stageGate(e);
  }

  /** {@link #governanceReady(dev.wedge.evidence.PilotEvidence)} in the brief's language. */
  static String governanceReady(dev.wedge.evidence.PilotEvidence e, BriefText t) {
    return t.get("governance.ready", dev.wedge.evidence.Sentences.of(t.locale()).stageGate(e));
  }

  @Override
  public void write(Html out, BriefContext c) {
    BriefText t = BriefText.of(c.options());
    out.section("governance", t.get("section.governance"));
    List<List<String>> rows = new ArrayList<>();
    for (Pilot p : c.pilots()) {
      List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p, t.locale());
      rows.add(java.util.Arrays.asList(c.privacy().text(p.getName()), mark(gaps, GovernanceGate.Kind.REVIEW_STEP, t),
          mark(gaps, GovernanceGate.Kind.LEARNER_DATA, t), mark(gaps, GovernanceGate.Kind.LEGAL, t),
          gaps.isEmpty() ? governanceReady(c.evidence().get(p), t) : Words.capital(c.privacy().text(
              GovernanceGate.describe(gaps))) + "."));
    }
    if (!rows.isEmpty()) {
      out.table("governance", t.get("governance.caption"), List.of(t.get("governance.pilot"),
          t.get("governance.review"), t.get("governance.data"), t.get("governance.legal"),
          t.get("governance.missing")), rows);
    }
    Governance g = c.model().getGovernance();
    if (g != null) {
      if (g.getDataStatement() != null && !g.getDataStatement().isBlank()) {
        out.element("p", "statement", t.get("governance.statement", c.privacy().text(g.getDataStatement())));
      }
      List<LearnerDataItem> data = g.getLearnerData();
      long personal = data.stream().filter(LearnerDataItem::isPersonal).count();
      long noAccess = data.stream().filter(d -> d.getAccess() == null || d.getAccess().isBlank()).count();
      StringBuilder sb = new StringBuilder();
      sb.append(t.get("governance.kinds", t.count(data.size()), t.count((int) personal)));
      if (noAccess > 0) {
        sb.append(t.get("governance.noAccess", t.count((int) noAccess)));
      }
      sb.append(t.get("governance.steps", t.count(g.getReviewSteps().size()), g.getReviewSteps().size()));
      for (Consultation k : g.getConsultations()) {
        sb.append(t.get("governance.consulted", Words.capital(k.getParty() == null ? t.get("governance.aParty")
            : k.getParty()), k.getDate() == null ? "" : t.get("decision.on", t.german() ? t.date(k.getDate())
                : String.valueOf(k.getDate())), t.german() ? t.word(k.getOutcome(), Words.word(k.getOutcome()))
                    : Words.word(k.getOutcome()).toLowerCase(java.util.Locale.ROOT)));
      }
      out.element("p", null, sb.toString().trim());
    }
    List<Initiative> high = AiActRisk.listedIn(c.model());
    if (!high.isEmpty()) {
      out.element("p", "risk", t.get("governance.aiAct", String.join("; ", high.stream()
          .map(i -> t.get("governance.use", c.privacy().text(i.getName()), AiActRisk.use(i, t.locale()), t.german()
              ? t.word(i.getRiskClass(), Words.word(i.getRiskClass())) : Words.word(i.getRiskClass())
                  .toLowerCase(java.util.Locale.ROOT))).toList())));
    }
    out.endSection();
  }

  private static String mark(List<GovernanceGate.Gap> gaps, GovernanceGate.Kind kind, BriefText t) {
    if (gaps.stream().anyMatch(x -> x.kind() == GovernanceGate.Kind.INITIATIVE)) {
      return t.get("governance.noInitiative");
    }
    return gaps.stream().anyMatch(x -> x.kind() == kind) ? t.get("governance.markMissing")
        : t.get("governance.inPlace");
  }
}
