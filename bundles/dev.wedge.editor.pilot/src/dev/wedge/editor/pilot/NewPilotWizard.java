package dev.wedge.editor.pilot;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Comparator;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.ProblemKind;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import org.eclipse.osgi.util.NLS;

/**
 * The six questions of the method, in order: the business problem, the sponsor who owns it, the one metric, what
 * success looks like (asked of the skeptic), the design, the dates. It does not finish without a metric and a
 * criterion; on Finish the pilot is added as one undoable command.
 */
public class NewPilotWizard extends Wizard {

  private final ModelSession session;
  private final Pilot pilot = WedgeFactory.eINSTANCE.createPilot();
  private final SuccessCriterion criterion = WedgeFactory.eINSTANCE.createSuccessCriterion();
  final ProblemPage problem;
  final SponsorPage sponsor;
  final MetricPage metric;
  final CriterionPage success;
  final DesignPage design;
  final DatesPage dates;
  private Pilot created;

  public NewPilotWizard(ModelSession session) {
    this.session = session;
    problem = new ProblemPage(pilot);
    sponsor = new SponsorPage(session, pilot);
    metric = new MetricPage(session, pilot);
    success = new CriterionPage(session, pilot, criterion);
    design = new DesignPage(pilot);
    dates = new DatesPage(session, pilot);
    setWindowTitle(Messages.Wizard_Title);
    setNeedsProgressMonitor(false);
    pilot.setDurationWeeks(6);
    pilot.setDesign(PilotDesign.COMPARISON_GROUP);
    pilot.setProblemKind(ProblemKind.OTHER);
    pilot.setStatus(PilotStatus.DRAFT);
    criterion.setComparator(Comparator.BEATS_COMPARISON_BY);
  }

  @Override
  public void addPages() {
    addPage(problem);
    addPage(sponsor);
    addPage(metric);
    addPage(success);
    addPage(design);
    addPage(dates);
  }

  /** The pilot added on Finish, or null. */
  public Pilot created() {
    return created;
  }

  @Override
  public boolean performFinish() {
    if (pilot.getPrimaryMetric() == null || criterion.getDescription() == null
        || criterion.getDescription().isBlank()) {
      return false;
    }
    criterion.setMetric(pilot.getPrimaryMetric());
    criterion.setAgreedOn(session.today());
    criterion.setLastEditedOn(session.today());
    pilot.getCriteria().add(criterion);
    CompoundCommand add = new CompoundCommand(NLS.bind(Messages.Wizard_Command, pilot.getName()));
    add.append(AddCommand.create(session.getEditingDomain(), session.getModel(), Literals.STRATEGY_MODEL__PILOTS,
        pilot));
    if (!session.execute(add)) {
      pilot.getCriteria().remove(criterion);
      dates.setErrorMessage(session.lastRefusal());
      return false;
    }
    created = pilot;
    return true;
  }

  /** For tests: the draft pilot the pages fill in. */
  Pilot draft() {
    return pilot;
  }

  List<WizardPage> questions() {
    return List.of(problem, sponsor, metric, success, design, dates);
  }
}
