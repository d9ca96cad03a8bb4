package dev.wedge.editor.resistance;

import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import dev.wedge.core.method.Diagnosis;
import dev.wedge.core.method.ResponseCatalogue;
import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Concern;
import dev.wedge.model.ActionStatus;
import dev.wedge.model.Level;
import dev.wedge.model.ResponseAction;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.ui.theme.ChartTheme;

/**
 * Where the resistance comes from: concerns by root cause as a chart (answered by a recommended response, answered
 * with the wrong kind of response, not answered), the recommended response for each cause from the response
 * catalogue in effect, and one stakeholder's ADKAR profile with the first barrier.
 */
final class DiagnosisPanel {

  private static final String[] STATES = {Messages.Diag_Answered, Messages.Diag_WrongKind, Messages.Diag_NoResponse};
  private static final RGB[] STATE_COLOURS = {new RGB(90, 174, 97), new RGB(240, 140, 30), new RGB(200, 30, 30)};

  private final ModelSession session;
  private final SashForm control;
  private final org.eclipse.swt.custom.ScrolledComposite leftScroll;
  private final Chart chart;
  private final Label summary;
  private final TableViewer causes;
  private final Label needs;
  private final Label person;
  private Stakeholder shown;
  private final Label personLine;
  private final AdkarProfile adkar;
  private final Label verdict;
  private final Label concerns;
  private Diagnosis diagnosis;

  DiagnosisPanel(Composite parent, ModelSession session) {
    this.session = session;
    control = new SashForm(parent, SWT.HORIZONTAL);
    // the left column scrolls when the editor is short, so the chart keeps a readable height
    leftScroll = new org.eclipse.swt.custom.ScrolledComposite(control, SWT.V_SCROLL);
    leftScroll.setExpandHorizontal(true);
    leftScroll.setExpandVertical(true);
    Composite left = new Composite(leftScroll, SWT.NONE);
    leftScroll.setContent(left);
    leftScroll.addListener(SWT.Resize, e -> fitLeft());
    GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(left);
    summary = new Label(left, SWT.WRAP);
    summary.setFont(JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
    chart = new Chart(left, SWT.NONE);
    chart.getTitle().setText(Messages.Diag_ChartTitle);
    chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Diag_Concerns);
    chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
    IAxis x = chart.getAxisSet().getXAxis(0);
    x.enableCategory(true);
    x.setCategorySeries(java.util.Arrays.stream(RootCause.values()).map(DiagnosisPanel::cause)
        .toArray(String[]::new));
    for (int i = 0; i < STATES.length; i++) {
      IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, STATES[i]);
      bar.setBarColor(new Color(STATE_COLOURS[i]));
      bar.setYSeries(new double[RootCause.VALUES.size()]);
      bar.enableStack(true); // (after the first data: the stack needs a data model)
    }
    GridDataFactory.fillDefaults().grab(true, true).hint(300, 260).minSize(SWT.DEFAULT, 240).applyTo(chart);
    ChartTheme.apply(chart);
    causes = new TableViewer(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
    causes.getTable().setHeaderVisible(true);
    causes.getTable().setLinesVisible(true);
    causes.setContentProvider(ArrayContentProvider.getInstance());
    column(Messages.Diag_RootCause, 90, c -> cause(c.cause()));
    column(Messages.Diag_Concerns, 80, c -> c.high() > 0 ? NLS.bind(Messages.Diag_ConcernsHigh, c.concerns(), c.high())
        : String.valueOf(c.concerns()));
    column(Messages.Diag_Weight, 55, c -> String.format(Locale.ROOT, "%.0f%%", c.share() * 100));
    column(Messages.Diag_AnsweredWrongNone, 150, c -> c.answered() + " / " + c.mismatched() + " / " + c.unanswered());
    column(Messages.Diag_Where, 160, c -> c.groups().stream().map(DiagnosisPanel::group).collect(Collectors.joining(", ")));
    column(Messages.Diag_Recommended, 300, c -> c.responses().stream().map(ResponseCatalogue.Response::title)
        .collect(Collectors.joining(" / ")));
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 140).applyTo(causes.getTable());
    needs = new Label(left, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(needs);

    Composite right = new Composite(control, SWT.NONE);
    GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(right);
    Label title = new Label(right, SWT.NONE);
    title.setText(Messages.Diag_AdkarTitle);
    title.setFont(JFaceResources.getBannerFont());
    person = new Label(right, SWT.WRAP);
    person.setFont(JFaceResources.getHeaderFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(person);
    personLine = new Label(right, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(personLine);
    adkar = new AdkarProfile(right);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(adkar);
    verdict = new Label(right, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(verdict);
    Label c = new Label(right, SWT.NONE);
    c.setText(Messages.Diag_ConcernsAndResponses);
    c.setFont(JFaceResources.getBannerFont());
    concerns = new Label(right, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, true).hint(250, SWT.DEFAULT).applyTo(concerns);
    control.setWeights(64, 36);
    refresh();
  }

  /** The left column's height for the width it has: the scroll bar appears only when the editor is shorter. */
  private void fitLeft() {
    Composite left = (Composite) leftScroll.getContent();
    int width = leftScroll.getClientArea().width;
    if (width > 0) {
      leftScroll.setMinSize(left.computeSize(width, SWT.DEFAULT));
    }
  }

  private void column(String title, int width, Function<Diagnosis.CauseShare, String> text) {
    TableViewerColumn c = new TableViewerColumn(causes, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    dev.wedge.ui.emf.ColumnWidths.fitHeader(c.getColumn());
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return text.apply((Diagnosis.CauseShare) e);
      }
    });
  }

  /** The root cause as a label names it ("Credibility"). */
  static String cause(RootCause c) {
    return switch (c) {
      case CREDIBILITY -> Messages.Cause_Credibility;
      case QUALITY -> Messages.Cause_Quality;
      case CHANGE -> Messages.Cause_Change;
      case OWNERSHIP -> Messages.Cause_Ownership;
      case GOVERNANCE -> Messages.Cause_Governance;
    };
  }

  /** The root cause as a sentence names it ("most weight on credibility"). */
  static String causeWord(RootCause c) {
    return switch (c) {
      case CREDIBILITY -> Messages.CauseWord_Credibility;
      case QUALITY -> Messages.CauseWord_Quality;
      case CHANGE -> Messages.CauseWord_Change;
      case OWNERSHIP -> Messages.CauseWord_Ownership;
      case GOVERNANCE -> Messages.CauseWord_Governance;
    };
  }

  private static String level(Level l) {
    return switch (l) {
      case LOW -> Messages.Level_Low;
      case MEDIUM -> Messages.Level_Medium;
      case HIGH -> Messages.Level_High;
    };
  }

  private static String status(ActionStatus s) {
    return switch (s) {
      case PLANNED -> Messages.Status_Planned;
      case IN_PROGRESS -> Messages.Status_InProgress;
      case DONE -> Messages.Status_Done;
      case DROPPED -> Messages.Status_Dropped;
    };
  }

  static String group(StakeholderGroup g) {
    return switch (g) {
      case SENIOR_LEADER -> Messages.Group_SeniorLeaders;
      case MANAGER -> Messages.Group_Managers;
      case EMPLOYEE -> Messages.Group_Employees;
      case SUBJECT_MATTER_EXPERT -> Messages.Group_Experts;
      case IT_LEGAL -> Messages.Group_ItLegal;
    };
  }

  SashForm getControl() {
    return control;
  }

  Diagnosis diagnosis() {
    return diagnosis;
  }

  Chart chart() {
    return chart;
  }

  String adkarVerdict() {
    return verdict.getText();
  }

  /** Shows one stakeholder's ADKAR profile (the one selected in the register or on the grid). */
  void showPerson(Stakeholder s) {
    shown = s;
    showPerson();
  }

  void refresh() {
    if (control.isDisposed()) {
      return;
    }
    diagnosis = Diagnosis.of(session.getModel().getStakeholders(), ResponseCatalogue.get());
    double[][] ys = new double[3][RootCause.VALUES.size()];
    for (Diagnosis.CauseShare c : diagnosis.causes()) {
      int i = c.cause().getValue();
      ys[0][i] = c.answered();
      ys[1][i] = c.mismatched();
      ys[2][i] = c.unanswered();
    }
    for (int i = 0; i < STATES.length; i++) {
      chart.getSeriesSet().getSeries(STATES[i]).setYSeries(ys[i]);
    }
    // the stack offsets are computed when stacking is switched on: switch it off and on with the new data
    for (String state : STATES) {
      chart.getSeriesSet().getSeries(state).enableStack(false);
    }
    for (String state : STATES) {
      chart.getSeriesSet().getSeries(state).enableStack(true);
    }
    chart.getAxisSet().adjustRange();
    IAxis y = chart.getAxisSet().getYAxis(0);
    y.setRange(new org.eclipse.swtchart.Range(0, Math.max(1, y.getRange().upper) + 0.5));
    chart.redraw();
    causes.setInput(diagnosis.causes().stream().filter(c -> c.concerns() > 0).toList());
    needs.setText(Stances.esc(diagnosis.causes().stream().filter(c -> c.concerns() > 0 && !c.responses().isEmpty())
        .map(c -> cause(c.cause()) + " \u2192 " + c.responses().stream().map(r -> r.title() + ": " + r.description())
            .collect(Collectors.joining(Messages.Diag_Or)))
        .collect(Collectors.joining("\n"))));
    Diagnosis.CauseShare d = diagnosis.dominant();
    StringBuilder sb = new StringBuilder();
    if (d == null) {
      sb.append(Messages.Diag_NoConcernsYet);
    } else {
      sb.append(NLS.bind(Messages.Diag_MostWeight, new Object[] {dev.wedge.core.text.Plurals.count(diagnosis
          .concerns(), Messages.Diag_Concern, Messages.Diag_ConcernPlural), causeWord(d.cause()), String.format(
              Locale.ROOT, "%.0f", d.share() * 100)}));
      if (!d.responses().isEmpty()) {
        sb.append(NLS.bind(Messages.Diag_CallsFor, d.responses().get(0).title().toLowerCase(Locale.ROOT)));
      }
      int wrong = diagnosis.causes().stream().mapToInt(Diagnosis.CauseShare::mismatched).sum();
      int none = diagnosis.causes().stream().mapToInt(Diagnosis.CauseShare::unanswered).sum();
      sb.append(NLS.bind(Messages.Diag_Answers, wrong, none));
    }
    if (!diagnosis.undiagnosed().isEmpty()) {
      sb.append(NLS.bind(Messages.Diag_Undiagnosed, diagnosis.undiagnosed().stream().map(Stakeholder::getName)
          .collect(Collectors.joining(", "))));
    }
    sb.append(NLS.bind(Messages.Diag_Catalogue, diagnosis.catalogue()));
    summary.setText(Stances.esc(sb.toString()));
    List<Stakeholder> people = session.getModel().getStakeholders();
    if (shown == null || !people.contains(shown)) {
      shown = people.stream().filter(s -> dev.wedge.core.method.Adkar.firstBarrier(s) != null).findFirst()
          .orElse(people.isEmpty() ? null : people.get(0));
    }
    showPerson();
    control.layout(true, true);
    fitLeft();
  }

  private void showPerson() {
    Stakeholder s = shown;
    adkar.show(s);
    person.setText(s == null ? "" : Stances.esc(s.getName() + (s.getRole() == null ? "" : " \u2014 " + s.getRole())));
    if (s == null) {
      verdict.setText("");
      personLine.setText("");
      concerns.setText("");
      return;
    }
    String quadrant = dev.wedge.core.method.PowerInterest.quadrant(s).label().toLowerCase(Locale.ROOT);
    personLine.setText(s.getGroup() == null ? NLS.bind(Messages.Diag_PersonLine, Stances.label(s.getStance()), quadrant)
        : NLS.bind(Messages.Diag_PersonLineGroup, new Object[] {Stances.label(s.getStance()), group(s.getGroup()),
            quadrant}));
    verdict.setText(adkar.verdict());
    StringBuilder sb = new StringBuilder();
    for (Concern c : s.getConcerns()) {
      String why = c.getRootCause() == null ? Messages.Diag_NoRootCause : causeWord(c.getRootCause());
      sb.append(c.getSeverity() == null ? NLS.bind(Messages.Diag_ConcernLine, c.getDescription(), why) : NLS.bind(
          Messages.Diag_ConcernLineSeverity, new Object[] {c.getDescription(), why, level(c.getSeverity())}))
          .append('\n');
      for (ResponseAction a : s.getActions()) {
        if (a.getConcern() == c) {
          boolean fits = ResponseCatalogue.get().matches(c.getRootCause(), a.getKind());
          sb.append(NLS.bind(Messages.Diag_ActionLine, a.getDescription())).append(a.getStatus() == null ? ""
              : NLS.bind(Messages.Diag_ActionStatus, status(a.getStatus()))).append(fits ? "" : NLS.bind(
                  Messages.Diag_NotWhatNeeded, c.getRootCause() == null ? Messages.Diag_NoRootCause : causeWord(
                      c.getRootCause()))).append('\n');
        }
      }
    }
    concerns.setText(sb.length() == 0 ? Messages.Diag_NoConcerns : Stances.esc(sb.toString().trim()));
    verdict.getParent().layout(true, true);
  }
}
