package dev.wedge.editor.pilot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.PilotPower;
import dev.wedge.evidence.PilotSchedule;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Comparator;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.PilotDesign;
import dev.wedge.model.PilotStatus;
import dev.wedge.model.ProblemKind;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;

/**
 * The six questions of the method, in order: the business problem, the sponsor who owns it, the one metric, what
 * success looks like (asked of the skeptic), the design, the dates. It does not finish without a metric and a
 * criterion; on Finish the pilot is added as one undoable command.
 */
public class NewPilotWizard extends Wizard {

  private final ModelSession session;
  private final Pilot pilot = WedgeFactory.eINSTANCE.createPilot();
  private final SuccessCriterion criterion = WedgeFactory.eINSTANCE.createSuccessCriterion();
  final ProblemPage problem = new ProblemPage();
  final SponsorPage sponsor = new SponsorPage();
  final MetricPage metric = new MetricPage();
  final CriterionPage success = new CriterionPage();
  final DesignPage design = new DesignPage();
  final DatesPage dates = new DatesPage();
  private Pilot created;

  public NewPilotWizard(ModelSession session) {
    this.session = session;
    setWindowTitle("New Pilot");
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
    CompoundCommand add = new CompoundCommand("New pilot '" + pilot.getName() + "'");
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

  private static Text text(Composite c, String label, String hint, boolean multi) {
    Label l = new Label(c, SWT.NONE);
    l.setText(label);
    GridDataFactory.swtDefaults().align(SWT.FILL, multi ? SWT.TOP : SWT.CENTER).applyTo(l);
    Text t = new Text(c, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
    t.setMessage(hint);
    GridDataFactory.fillDefaults().grab(true, false).hint(360, multi ? 60 : SWT.DEFAULT).applyTo(t);
    return t;
  }

  private static Composite grid(Composite parent, int columns) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(c);
    return c;
  }

  private static String word(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static LabelProvider labels() {
    return new LabelProvider() {
      @Override
      public String getText(Object e) {
        if (e instanceof Stakeholder s) {
          return s.getName() + (s.getRole() == null ? "" : " \u2014 " + s.getRole())
              + (s.getStance() == null ? "" : " (" + s.getStance().getName().toLowerCase(Locale.ROOT) + ")");
        }
        if (e instanceof BusinessMetric m) {
          return m.getName() + (m.getUnit() == null ? "" : " [" + m.getUnit() + "]")
              + (m.getBaseline() == null ? "" : "  baseline " + Fields.format(Literals.BUSINESS_METRIC__BASELINE,
                  m.getBaseline()))
              + (m.getTarget() == null ? "" : " \u2192 target " + Fields.format(Literals.BUSINESS_METRIC__TARGET,
                  m.getTarget()));
        }
        if (e instanceof Initiative i) {
          return i.getName();
        }
        if (e instanceof Enum<?> en) {
          return word(en);
        }
        return e == null ? "(none)" : String.valueOf(e);
      }
    };
  }

  /** 1. What keeps a business leader awake. */
  final class ProblemPage extends WizardPage {
    Text name;
    Text description;
    ComboViewer kind;

    ProblemPage() {
      super("problem");
      setTitle("1 of 6 \u00b7 The business problem");
      setDescription("Start from a problem a business leader loses sleep over, not from the AI tool.");
      setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = grid(parent, 2);
      name = text(c, "Pilot name:", "e.g. Onboarding fast-track for new advisors", false);
      description = text(c, "The problem:", "e.g. New advisors take three months to write their first ten policies",
          true);
      new Label(c, SWT.NONE).setText("Kind:");
      kind = new ComboViewer(c, SWT.READ_ONLY);
      kind.setContentProvider(ArrayContentProvider.getInstance());
      kind.setLabelProvider(labels());
      kind.setInput(ProblemKind.VALUES);
      kind.setSelection(new StructuredSelection(pilot.getProblemKind()));
      name.addModifyListener(e -> update());
      description.addModifyListener(e -> update());
      kind.addSelectionChangedListener(e -> pilot.setProblemKind(
          (ProblemKind) ((IStructuredSelection) e.getSelection()).getFirstElement()));
      setControl(c);
    }

    private void update() {
      pilot.setName(name.getText().trim());
      pilot.setBusinessProblem(description.getText().trim());
      String problem = name.getText().isBlank() ? "Name the pilot."
          : description.getText().isBlank() ? "Describe the business problem in the leader's words." : null;
      setErrorMessage(problem);
      setPageComplete(problem == null);
    }
  }

  /** 2. Who owns it. */
  final class SponsorPage extends WizardPage {
    TableViewer people;
    ComboViewer initiative;

    SponsorPage() {
      super("sponsor");
      setTitle("2 of 6 \u00b7 The sponsor");
      setDescription("Who owns the problem and the budget? A pilot without a sponsor is an L&D project.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = grid(parent, 1);
      new Label(c, SWT.NONE).setText("Sponsor (senior leaders first):");
      people = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
      people.setContentProvider(ArrayContentProvider.getInstance());
      people.setLabelProvider(labels());
      people.setInput(ProblemSection.sponsors(session.getModel()));
      GridDataFactory.fillDefaults().grab(true, true).hint(400, 140).applyTo(people.getTable());
      new Label(c, SWT.NONE).setText("The initiative it tests:");
      initiative = new ComboViewer(c, SWT.READ_ONLY);
      initiative.setContentProvider(ArrayContentProvider.getInstance());
      initiative.setLabelProvider(labels());
      initiative.setInput(new ArrayList<>(session.getModel().getInitiatives()));
      GridDataFactory.fillDefaults().grab(true, false).applyTo(initiative.getControl());
      people.addSelectionChangedListener(e -> {
        pilot.setSponsor((Stakeholder) ((IStructuredSelection) e.getSelection()).getFirstElement());
        setMessage(pilot.getSponsor() == null ? null : "Ask " + pilot.getSponsor().getName()
            + " to agree the criteria on page 4.");
      });
      initiative.addSelectionChangedListener(e -> pilot.setInitiative(
          (Initiative) ((IStructuredSelection) e.getSelection()).getFirstElement()));
      setControl(c);
    }
  }

  /** 3. The one number. */
  final class MetricPage extends WizardPage {
    TableViewer metrics;
    Text effect;

    MetricPage() {
      super("metric");
      setTitle("3 of 6 \u00b7 The one business metric");
      setDescription("Which number does the sponsor already watch? One primary metric, in the business's units.");
      setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = grid(parent, 2);
      metrics = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
      metrics.setContentProvider(ArrayContentProvider.getInstance());
      metrics.setLabelProvider(labels());
      metrics.setInput(new ArrayList<>(session.getModel().getMetrics()));
      GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 140).applyTo(metrics.getTable());
      effect = text(c, "Change you are after:", "e.g. 10 (in the metric's unit)", false);
      metrics.addSelectionChangedListener(e -> update());
      effect.addModifyListener(e -> update());
      setControl(c);
    }

    private void update() {
      pilot.setPrimaryMetric((BusinessMetric) metrics.getStructuredSelection().getFirstElement());
      String problem = pilot.getPrimaryMetric() == null ? "Choose the primary metric: a pilot needs one." : null;
      try {
        pilot.setTargetEffect((Double) Fields.parse(Literals.PILOT__TARGET_EFFECT, effect.getText()));
      } catch (IllegalArgumentException e) {
        problem = "Change you are after: " + e.getMessage() + ".";
      }
      setErrorMessage(problem);
      setPageComplete(problem == null);
    }
  }

  /** 4. Success, in the skeptic's words. */
  final class CriterionPage extends WizardPage {
    TableViewer answers;
    Text description;
    ComboViewer comparator;
    Text threshold;
    CheckboxTableViewer agreed;

    CriterionPage() {
      super("criteria");
      setTitle("4 of 6 \u00b7 Success criteria, with the skeptic");
      setDescription("Ask the skeptic: \u201cwhat does success look like to you?\u201d Their answer becomes the"
          + " criterion, agreed before the start.");
      setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = grid(parent, 2);
      Label l = new Label(c, SWT.NONE);
      l.setText("Answers recorded (skeptics first) \u2014 select one to use it:");
      GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
      answers = new TableViewer(c, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
      answers.setContentProvider(ArrayContentProvider.getInstance());
      answers.setLabelProvider(new LabelProvider() {
        @Override
        public String getText(Object e) {
          Stakeholder s = (Stakeholder) e;
          return s.getName() + (s.getStance() == null ? "" : " (" + s.getStance().getName().toLowerCase(Locale.ROOT)
              + ")") + ": \u201c" + s.getSuccessAnswer() + "\u201d";
        }
      });
      answers.setInput(session.getModel().getStakeholders().stream()
          .filter(s -> s.getSuccessAnswer() != null && !s.getSuccessAnswer().isBlank())
          .sorted(java.util.Comparator.comparing((Stakeholder s) -> s.getStance() == Stance.SKEPTIC
              || s.getStance() == Stance.OPPONENT ? 0 : 1)).toList());
      GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(460, 80).applyTo(answers.getTable());
      description = text(c, "Criterion:", "e.g. Pilot cohort productive at least 10 days sooner than the comparison"
          + " group", true);
      new Label(c, SWT.NONE).setText("Comparator:");
      comparator = new ComboViewer(c, SWT.READ_ONLY);
      comparator.setContentProvider(ArrayContentProvider.getInstance());
      comparator.setLabelProvider(labels());
      comparator.setInput(Comparator.VALUES);
      comparator.setSelection(new StructuredSelection(criterion.getComparator()));
      threshold = text(c, "Threshold:", "a number in the metric's unit", false);
      Label a = new Label(c, SWT.NONE);
      a.setText("Agreed by:");
      GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(a);
      agreed = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
      agreed.setContentProvider(ArrayContentProvider.getInstance());
      agreed.setLabelProvider(labels());
      agreed.setInput(new ArrayList<>(session.getModel().getStakeholders()));
      GridDataFactory.fillDefaults().grab(true, true).hint(360, 90).applyTo(agreed.getTable());
      answers.addSelectionChangedListener(e -> {
        Stakeholder s = (Stakeholder) answers.getStructuredSelection().getFirstElement();
        if (s != null) {
          criterion.setSource(s);
          description.setText(s.getSuccessAnswer());
          agreed.setChecked(s, true);
          update();
        }
      });
      description.addModifyListener(e -> update());
      threshold.addModifyListener(e -> update());
      comparator.addSelectionChangedListener(e -> criterion.setComparator(
          (Comparator) comparator.getStructuredSelection().getFirstElement()));
      agreed.addCheckStateListener(e -> update());
      setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
      super.setVisible(visible);
      if (visible) {
        if (pilot.getSponsor() != null) {
          agreed.setChecked(pilot.getSponsor(), true);
        }
        if (threshold.getText().isBlank() && pilot.getTargetEffect() != null) {
          threshold.setText(Fields.format(Literals.PILOT__TARGET_EFFECT, Math.abs(pilot.getTargetEffect())));
        }
        update();
      }
    }

    private void update() {
      criterion.setDescription(description.getText().trim());
      criterion.getAgreedBy().clear();
      for (Object o : agreed.getCheckedElements()) {
        criterion.getAgreedBy().add((Stakeholder) o);
      }
      String problem = description.getText().isBlank() ? "Write the success criterion (or pick an answer above)."
          : null;
      if (problem == null) {
        try {
          if (threshold.getText().isBlank()) {
            problem = "Give the criterion its threshold: a number everyone can check.";
          } else {
            criterion.setThreshold((Double) Fields.parse(Literals.SUCCESS_CRITERION__THRESHOLD, threshold.getText()));
          }
        } catch (IllegalArgumentException e) {
          problem = "Threshold: " + e.getMessage() + ".";
        }
      }
      boolean skeptic = criterion.getAgreedBy().stream()
          .anyMatch(s -> s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT);
      setErrorMessage(problem);
      setMessage(problem == null && !skeptic ? "No skeptic has agreed this criterion yet: the result will be easier"
          + " to dismiss." : null, WARNING);
      setPageComplete(problem == null);
    }
  }

  /** 5. How the effect is isolated, and whether the pilot is large enough. */
  final class DesignPage extends WizardPage {
    ComboViewer design;
    Text participants;
    Text comparison;
    Label power;

    DesignPage() {
      super("design");
      setTitle("5 of 6 \u00b7 Design");
      setDescription("A comparison group where you can; a sample large enough to see the change you are after.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = grid(parent, 2);
      new Label(c, SWT.NONE).setText("Design:");
      design = new ComboViewer(c, SWT.READ_ONLY);
      design.setContentProvider(ArrayContentProvider.getInstance());
      design.setLabelProvider(labels());
      design.setInput(PilotDesign.VALUES);
      design.setSelection(new StructuredSelection(pilot.getDesign()));
      participants = text(c, "Participants:", "people in the pilot", false);
      comparison = text(c, "Comparison group:", "people in the comparison group", false);
      power = new Label(c, SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(440, SWT.DEFAULT).applyTo(power);
      design.addSelectionChangedListener(e -> update());
      participants.addModifyListener(e -> update());
      comparison.addModifyListener(e -> update());
      setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
      super.setVisible(visible);
      if (visible) {
        update();
      }
    }

    private void update() {
      pilot.setDesign((PilotDesign) design.getStructuredSelection().getFirstElement());
      comparison.setEnabled(pilot.getDesign() != PilotDesign.PRE_POST);
      String problem = null;
      try {
        pilot.setParticipants(size(Literals.PILOT__PARTICIPANTS, participants));
        pilot.setComparisonSize(pilot.getDesign() == PilotDesign.PRE_POST ? 0
            : size(Literals.PILOT__COMPARISON_SIZE, comparison));
      } catch (IllegalArgumentException e) {
        problem = "Sizes: " + e.getMessage() + ".";
      }
      PilotPower p = PilotPower.of(pilot);
      power.setText("Can it tell? " + p.sentence());
      power.getParent().layout(true);
      setErrorMessage(problem);
      setPageComplete(problem == null);
    }

    /** A group's size: blank is 0 (not known yet, and the power check says so). */
    private int size(org.eclipse.emf.ecore.EAttribute feature, Text field) {
      return field.getText().isBlank() ? 0 : (Integer) Fields.parse(feature, field.getText());
    }
  }

  /** 6. When. */
  final class DatesPage extends WizardPage {
    Text start;
    Text weeks;
    Text reason;
    Label decision;

    DatesPage() {
      super("dates");
      setTitle("6 of 6 \u00b7 Dates");
      setDescription("Six weeks by default: long enough to move the metric, short enough to keep the sponsor.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = grid(parent, 2);
      start = text(c, "Start:", "2026-05-04", false);
      start.setText(session.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString());
      weeks = text(c, "Weeks:", "6", false);
      weeks.setText("6");
      reason = text(c, "Why not six weeks?", "only when the duration differs", false);
      decision = new Label(c, SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(decision);
      start.addModifyListener(e -> update());
      weeks.addModifyListener(e -> update());
      reason.addModifyListener(e -> update());
      setControl(c);
      update();
    }

    private void update() {
      String problem = null;
      try {
        pilot.setStartDate((LocalDate) Fields.parse(Literals.PILOT__START_DATE, start.getText()));
      } catch (IllegalArgumentException e) {
        problem = "Start: " + e.getMessage() + ".";
      }
      try {
        int w = (Integer) Fields.parse(Literals.PILOT__DURATION_WEEKS, weeks.getText());
        if (w < 1 || w > 52) {
          problem = problem != null ? problem : "Weeks: between 1 and 52.";
        } else {
          pilot.setDurationWeeks(w);
        }
      } catch (IllegalArgumentException e) {
        problem = problem != null ? problem : "Weeks: " + e.getMessage() + ".";
      }
      pilot.setDurationReason(reason.getText().isBlank() ? null : reason.getText().trim());
      if (problem == null && pilot.getStartDate() != null) {
        decision.setText("Ends " + PilotSchedule.end(pilot) + "; decision meeting by "
            + PilotSchedule.decisionDate(pilot) + ", the week after. Measure the primary metric from day one.");
      }
      setErrorMessage(problem);
      setMessage(problem == null && pilot.getDurationWeeks() != 6 && pilot.getDurationReason() == null
          ? "Say why the pilot is not six weeks long." : null, WARNING);
      setPageComplete(problem == null);
    }
  }

  /** For tests: the draft pilot the pages fill in. */
  Pilot draft() {
    return pilot;
  }

  List<WizardPage> questions() {
    return List.of(problem, sponsor, metric, success, design, dates);
  }
}
