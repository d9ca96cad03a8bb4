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
    Composite c = page.section(body, Messages.Problem_Title, Messages.Problem_Description, 1);
    Fields fields = page.fields();
    fields.text(c, Messages.Problem_Pilot, page.pilot(), Literals.NAMED__NAME, false);
    fields.text(c, Messages.Problem_Problem, page.pilot(), Literals.PILOT__BUSINESS_PROBLEM, true);
    fields.choice(c, Messages.Common_Kind, page.pilot(), Literals.PILOT__PROBLEM_KIND, () -> Fields.literals(
        Literals.PILOT__PROBLEM_KIND), null);
    fields.choice(c, Messages.Problem_Sponsor, page.pilot(), Literals.PILOT__SPONSOR, () -> sponsors(page.model()),
        Messages.Problem_NoSponsor);
    initiative = fields.choice(c, Messages.Problem_Initiative, page.pilot(), Literals.PILOT__INITIATIVE,
        () -> new ArrayList<>(page
        .model().getInitiatives()), Messages.Common_None);
    fields.choice(c, Messages.Problem_Metric, page.pilot(), Literals.PILOT__PRIMARY_METRIC, () -> new ArrayList<>(page
        .model().getMetrics()), Messages.Problem_NoMetric);
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
