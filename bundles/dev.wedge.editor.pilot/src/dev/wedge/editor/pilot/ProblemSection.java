package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.widgets.Composite;

import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage.Literals;

/** 1 · The business problem: the pilot's name, the problem and its kind, the sponsor, the initiative, the metric. */
final class ProblemSection {

  private final ComboViewer initiative;

  ProblemSection(PageContext page, Composite body) {
    Composite c = page.section(body, "1 \u00b7 The business problem", "A problem a business leader loses sleep over,"
        + " and the one number that shows it moving.", 1);
    Fields fields = page.fields();
    fields.text(c, "Pilot:", page.pilot(), Literals.NAMED__NAME, false);
    fields.text(c, "Problem:", page.pilot(), Literals.PILOT__BUSINESS_PROBLEM, true);
    fields.choice(c, "Kind:", page.pilot(), Literals.PILOT__PROBLEM_KIND, () -> Fields.literals(
        Literals.PILOT__PROBLEM_KIND), null);
    fields.choice(c, "Sponsor:", page.pilot(), Literals.PILOT__SPONSOR, () -> sponsors(page.model()),
        "(no sponsor yet)");
    initiative = fields.choice(c, "Initiative:", page.pilot(), Literals.PILOT__INITIATIVE, () -> new ArrayList<>(page
        .model().getInitiatives()), "(none)");
    fields.choice(c, "Primary metric:", page.pilot(), Literals.PILOT__PRIMARY_METRIC, () -> new ArrayList<>(page
        .model().getMetrics()), "(choose the one metric)");
  }

  /** Senior leaders first: a sponsor owns the problem and the budget. */
  static List<Object> sponsors(StrategyModel m) {
    List<Stakeholder> all = new ArrayList<>(m.getStakeholders());
    all.sort(java.util.Comparator.comparing((Stakeholder s) -> s.getGroup() == StakeholderGroup.SENIOR_LEADER ? 0 : 1));
    return new ArrayList<>(all);
  }

  ComboViewer initiative() {
    return initiative;
  }
}
