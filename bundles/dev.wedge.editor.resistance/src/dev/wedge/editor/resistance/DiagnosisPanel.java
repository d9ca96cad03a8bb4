package dev.wedge.editor.resistance;

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
import dev.wedge.model.ResponseAction;
import dev.wedge.model.RootCause;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;

/**
 * Where the resistance comes from: concerns by root cause as a chart (answered by a recommended response, answered
 * with the wrong kind of response, not answered), the recommended response for each cause from the response
 * catalogue in effect, and one stakeholder's ADKAR profile with the first barrier.
 */
final class DiagnosisPanel {

  private static final String[] STATES = {"Answered", "Wrong kind of response", "No response yet"};
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
    chart.getTitle().setText("Concerns by root cause");
    chart.getAxisSet().getYAxis(0).getTitle().setText("Concerns");
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
    causes = new TableViewer(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
    causes.getTable().setHeaderVisible(true);
    causes.getTable().setLinesVisible(true);
    causes.setContentProvider(ArrayContentProvider.getInstance());
    column("Root cause", 90, c -> cause(c.cause()));
    column("Concerns", 80, c -> c.concerns() + (c.high() > 0 ? " (" + c.high() + " high)" : ""));
    column("Weight", 55, c -> String.format(Locale.ROOT, "%.0f%%", c.share() * 100));
    column("Answered / wrong / none", 150, c -> c.answered() + " / " + c.mismatched() + " / " + c.unanswered());
    column("Where", 160, c -> c.groups().stream().map(DiagnosisPanel::group).collect(Collectors.joining(", ")));
    column("Recommended response", 300, c -> c.responses().stream().map(ResponseCatalogue.Response::title)
        .collect(Collectors.joining(" / ")));
    GridDataFactory.fillDefaults().grab(true, false).hint(300, 140).applyTo(causes.getTable());
    needs = new Label(left, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(needs);

    Composite right = new Composite(control, SWT.NONE);
    GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(right);
    Label title = new Label(right, SWT.NONE);
    title.setText("ADKAR profile");
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
    c.setText("Concerns and responses");
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

  static String cause(RootCause c) {
    String n = c.getName().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  static String group(StakeholderGroup g) {
    return switch (g) {
      case SENIOR_LEADER -> "senior leaders";
      case MANAGER -> "managers";
      case EMPLOYEE -> "employees";
      case SUBJECT_MATTER_EXPERT -> "SMEs";
      case IT_LEGAL -> "IT/legal";
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
            .collect(Collectors.joining(" Or: ")))
        .collect(Collectors.joining("\n"))));
    Diagnosis.CauseShare d = diagnosis.dominant();
    StringBuilder sb = new StringBuilder();
    if (d == null) {
      sb.append("No concerns recorded yet: ask each group what worries them, and why.");
    } else {
      sb.append(dev.wedge.core.text.Plurals.count(diagnosis.concerns(), "concern", "concerns")).append("; most weight on ").append(cause(d.cause()).toLowerCase(Locale.ROOT))
          .append(String.format(Locale.ROOT, " (%.0f%%)", d.share() * 100));
      if (!d.responses().isEmpty()) {
        sb.append(", which calls for: ").append(d.responses().get(0).title().toLowerCase(Locale.ROOT));
      }
      int wrong = diagnosis.causes().stream().mapToInt(Diagnosis.CauseShare::mismatched).sum();
      int none = diagnosis.causes().stream().mapToInt(Diagnosis.CauseShare::unanswered).sum();
      sb.append(". ").append(wrong).append(" answered with the wrong kind of response, ").append(none)
          .append(" with none.");
    }
    if (!diagnosis.undiagnosed().isEmpty()) {
      sb.append(" Not diagnosed yet (skeptics with no concern recorded): ")
          .append(diagnosis.undiagnosed().stream().map(Stakeholder::getName).collect(Collectors.joining(", ")))
          .append('.');
    }
    sb.append("  [Responses: ").append(diagnosis.catalogue()).append(']');
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
    personLine.setText(Stances.label(s.getStance()) + (s.getGroup() == null ? "" : ", " + group(s.getGroup()))
        + " \u00b7 " + dev.wedge.core.method.PowerInterest.quadrant(s).label().toLowerCase(Locale.ROOT)
        + "\n(another person: select them in the register or on the grid)");
    verdict.setText(adkar.verdict());
    StringBuilder sb = new StringBuilder();
    for (Concern c : s.getConcerns()) {
      sb.append("\u2022 ").append(c.getDescription()).append(" (").append(c.getRootCause() == null ? "no root cause"
          : cause(c.getRootCause()).toLowerCase(Locale.ROOT)).append(c.getSeverity() == null ? ""
          : ", " + c.getSeverity().getName().toLowerCase(Locale.ROOT)).append(")\n");
      for (ResponseAction a : s.getActions()) {
        if (a.getConcern() == c) {
          boolean fits = ResponseCatalogue.get().matches(c.getRootCause(), a.getKind());
          sb.append("    \u2192 ").append(a.getDescription()).append(a.getStatus() == null ? ""
              : " [" + a.getStatus().getName().toLowerCase(Locale.ROOT).replace('_', ' ') + "]")
              .append(fits ? "" : "  \u2014 not what " + cause(c.getRootCause()).toLowerCase(Locale.ROOT) + " needs")
              .append('\n');
        }
      }
    }
    concerns.setText(sb.length() == 0 ? "No concerns recorded." : Stances.esc(sb.toString().trim()));
    verdict.getParent().layout(true, true);
  }
}
