package dev.wedge.report.sections;

import java.util.ArrayList;
import java.util.List;

import dev.wedge.evidence.PilotSchedule;
import dev.wedge.core.method.GovernanceGate;
import dev.wedge.evidence.EvidenceRating;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.DecisionRule;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.Stance;
import dev.wedge.report.BriefContext;
import dev.wedge.report.BriefText;
import dev.wedge.evidence.Sentences;
import dev.wedge.report.Html;
import dev.wedge.report.ReportSection;

/** "One metric, one pilot": the next step, and at most two after it. */
public final class NextActionSection implements ReportSection {

  /** The next actions, most important first. */
  public static List<String> actions(BriefContext c) {
    List<String> actions = new ArrayList<>();
    BriefText t = BriefText.of(c.options());
    Sentences words = Sentences.of(t.locale());
    for (Pilot p : c.pilots()) {
      PilotEvidence e = c.evidence().get(p);
      String name = t.quote(c.privacy().text(p.getName()));
      List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p, t.locale());
      boolean done = p.getStatus() == PilotStatus.DECIDED;
      if (!done && e.verdict() == PilotEvidence.Verdict.MET && !gaps.isEmpty()) {
        actions.add(t.get("next.closeGaps", name, c.privacy().text(GovernanceGate.describe(gaps))));
      } else if (!done && e.verdict() == PilotEvidence.Verdict.MET
          && e.rating().level() < dev.wedge.evidence.Headline.CREDITED_FROM) {
        actions.add(t.get("next.tooWeak", name, words.label(e.rating()), c.privacy().text(String.join("; ",
            e.rating().binding().stream().map(EvidenceRating.Reason::text).toList()))));
      } else if (!done && e.verdict() == PilotEvidence.Verdict.MET) {
        actions.add(t.get("next.scale", name, String.valueOf(e.rating().level()), words.name(e.rating())));
      } else if (!done && p.getStatus() != PilotStatus.RUNNING && e.verdict() == PilotEvidence.Verdict.INCONCLUSIVE
          && p.getStatus() != null && p.getStatus().getValue() >= PilotStatus.EVALUATING_VALUE) {
        String settle = e.criteria().stream().filter(r -> r.verdict() == PilotEvidence.Verdict.INCONCLUSIVE
            && !r.settle().isEmpty()).map(PilotEvidence.CriterionResult::settle).findFirst().orElse(t.get("next.moreData"));
        actions.add(t.get("next.notYet", name, c.privacy().text(words.criteriaReading(e)), settle));
      } else if (!done && e.verdict() == PilotEvidence.Verdict.NOT_MET && p.getStatus() != PilotStatus.RUNNING) {
        actions.add(t.get("next.stop", name, c.privacy().text(words.criteriaReading(e))));
      } else if (p.getStatus() == PilotStatus.RUNNING) {
        actions.add(t.get("next.keepMeasuring", p.getPrimaryMetric() == null ? t.get("next.primaryMetric")
            : t.german() ? t.quote(p.getPrimaryMetric().getName())
            : p.getPrimaryMetric().getName().toLowerCase(java.util.Locale.ROOT), name, t.german()
                ? t.date(PilotSchedule.decisionDate(p)) : String.valueOf(PilotSchedule.decisionDate(p)),
            e.verdict() == PilotEvidence.Verdict.MET ? "" : t.get("next.soFar", c.privacy().text(
                words.criteriaReading(e)))));
      } else if (p.getStatus() == null || p.getStatus().getValue() < PilotStatus.RUNNING_VALUE) {
        String skeptic = c.model().getStakeholders().stream()
            .filter(s -> s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT).findFirst()
            .map(c.privacy()::person).orElse(t.get("next.skeptics"));
        actions.add(t.get("next.agree", name, skeptic));
      }
    }
    List<Initiative> unlinked = c.model().getInitiatives().stream()
        .filter(i -> i.getLinks().stream().noneMatch(l -> l.getMetric() != null)).toList();
    if (!unlinked.isEmpty()) {
      actions.add(t.get("next.tie", t.count(unlinked.size()), unlinked.size(), c.privacy().text(unlinked.get(0)
          .getName())));
    }
    return actions;
  }

  /**
   * Every pilot at a glance beside the next step: its criteria under their rule, its evidence rating with what capped
   * it, and n per group, so no recommendation reads stronger than its evidence.
   */
  static void glance(Html out, BriefContext c) {
    List<List<String>> rows = new ArrayList<>();
    BriefText t = BriefText.of(c.options());
    Sentences words = Sentences.of(t.locale());
    for (Pilot p : c.pilots()) {
      PilotEvidence e = c.evidence().get(p);
      EvidenceRating r = e.rating();
      String criteria = e.criteria().isEmpty() ? t.get("next.noneAgreed") : Words.capital(words.verdict(e.verdict()))
          + (words.criteriaCounts(e).isEmpty() ? "" : " (" + words.criteriaCounts(e) + ")")
          + (e.criteria().stream().anyMatch(x -> x.rule() == DecisionRule.POINT_ESTIMATE)
              ? t.get("next.someWeaker") : "") + (e.provisional() ? t.get("next.provisional") : "");
      String decided = HeadlinesSection.decision(p, e, c);
      rows.add(java.util.Arrays.asList(c.privacy().text(p.getName()), criteria + (decided.isEmpty() ? ""
          : "; " + decided.substring(2)), words.label(r) + (r.binding().isEmpty() ? "" : ": " + String.join("; ",
              r.binding().stream().map(EvidenceRating.Reason::text).toList())),
          e.effect() == null ? "\u2013" : words.groups(e.effect().groups())));
    }
    if (!rows.isEmpty()) {
      out.table("glance", t.get("next.glance.caption"), List.of(t.get("next.glance.pilot"),
          t.get("next.glance.criteria"), t.get("next.glance.evidence"), t.get("next.glance.n")), rows);
    }
  }

  private static final java.util.regex.Pattern ANALYSIS = java.util.regex.Pattern.compile("^The analysis '(.+?)' of ");

  /** "Not checked: 'Pilot too small to detect its effect' could not run, so ... (see Open points)." */
  static String notChecked(List<String> failedChecks) {
    List<String> names = new ArrayList<>();
    for (String f : failedChecks) {
      java.util.regex.Matcher m = ANALYSIS.matcher(f);
      names.add(m.find() ? "\u2018" + m.group(1) + "\u2019" : null);
    }
    boolean named = !names.contains(null);
    int n = failedChecks.size();
    return "Not checked: " + (named ? String.join(", ", names) : n == 1 ? "one check" : n + " checks")
        + (n == 1 ? " could not run, so what it looks for" : " could not run, so what they look for")
        + " is not in this brief and the next step may be missing something (see Open points).";
  }

  @Override
  public void write(Html out, BriefContext c) {
    List<String> actions = actions(c);
    if (actions.isEmpty() && c.failedChecks().isEmpty()) {
      return;
    }
    out.section("next", BriefText.of(c.options()).get("section.next"));
    if (!actions.isEmpty()) {
      out.element("p", "next", actions.get(0));
    }
    if (!c.failedChecks().isEmpty()) { // on page 1, not only under the open points: the next step may miss it
      out.element("p", "failed", notChecked(c.failedChecks()));
    }
    if (actions.size() > 1) {
      out.open("ul", "then");
      for (String a : actions.subList(1, Math.min(3, actions.size()))) {
        out.element("li", null, a);
      }
      out.close("ul");
    }
    glance(out, c);
    out.endSection();
  }
}
