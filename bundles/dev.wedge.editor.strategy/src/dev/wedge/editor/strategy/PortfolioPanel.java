package dev.wedge.editor.strategy;

import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import dev.wedge.core.session.ModelSession;
import dev.wedge.strategy.map.Portfolio;
import dev.wedge.model.MaturityStage;

/**
 * The AI portfolio next to the survey: where the initiatives (and the effort) go by use, efficiency against
 * strategic intent, and where the team stands on the maturity curve.
 */
final class PortfolioPanel {

  static final String TEAM = "Our initiatives";
  static final String EFFORT = "Our effort";
  static final String SURVEY = "Survey (1,700+ L&D professionals)";
  static final String[] STAGES = {"Never started", "Recently started", "For years"};

  private final ModelSession session;
  private final Composite control;
  private final Label summary;
  private final Chart uses;
  private final Chart intent;
  private final Chart maturity;
  private Portfolio portfolio;

  PortfolioPanel(Composite parent, ModelSession session) {
    this.session = session;
    control = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 8).spacing(14, 8).applyTo(control);
    summary = new Label(control, SWT.WRAP);
    summary.setFont(JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(summary);
    uses = chart(control, "Where the AI work goes: share by use (%)");
    GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 300).applyTo(uses);
    intent = chart(control, "Efficiency or strategy: share of initiatives (%)");
    GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).applyTo(intent);
    maturity = chart(control, "How long the team has used AI, against the survey (%)");
    GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).applyTo(maturity);
    IAxis x = uses.getAxisSet().getXAxis(0);
    x.enableCategory(true);
    x.setCategorySeries(Portfolio.CATEGORIES.toArray(String[]::new));
    bar(uses, TEAM, new RGB(31, 119, 180), false);
    bar(uses, EFFORT, new RGB(122, 170, 214), false);
    bar(uses, SURVEY, new RGB(170, 170, 170), false);
    intent.getAxisSet().getXAxis(0).enableCategory(true);
    intent.getAxisSet().getXAxis(0).setCategorySeries(new String[] {"Efficiency (same thing faster)",
        "Strategic (a different problem)"});
    bar(intent, TEAM, new RGB(31, 119, 180), false);
    maturity.getAxisSet().getXAxis(0).enableCategory(true);
    maturity.getAxisSet().getXAxis(0).setCategorySeries(STAGES);
    bar(maturity, SURVEY, new RGB(170, 170, 170), true);
    bar(maturity, "We are here", new RGB(255, 127, 14), true);
    refresh();
  }

  private static Chart chart(Composite parent, String title) {
    Chart c = new Chart(parent, SWT.NONE);
    c.getTitle().setText(title);
    c.getTitle().setFont(JFaceResources.getBannerFont());
    c.getAxisSet().getXAxis(0).getTitle().setVisible(false);
    c.getAxisSet().getYAxis(0).getTitle().setVisible(false);
    c.getLegend().setPosition(SWT.BOTTOM);
    return c;
  }

  private static void bar(Chart chart, String id, RGB rgb, boolean stack) {
    IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
    s.setBarColor(new Color(rgb));
    s.setYSeries(new double[chart.getAxisSet().getXAxis(0).getCategorySeries().length]);
    if (stack) {
      s.enableStack(true);
    }
  }

  Composite getControl() {
    return control;
  }

  Portfolio portfolio() {
    return portfolio;
  }

  Chart usesChart() {
    return uses;
  }

  Chart maturityChart() {
    return maturity;
  }

  void refresh() {
    if (control.isDisposed()) {
      return;
    }
    portfolio = Portfolio.of(session.getModel());
    set(uses, TEAM, values(portfolio.byUse()));
    ISeries<?> effort = uses.getSeriesSet().getSeries(EFFORT);
    effort.setVisible(!portfolio.effortByUse().isEmpty());
    effort.setVisibleInLegend(!portfolio.effortByUse().isEmpty());
    set(uses, EFFORT, portfolio.effortByUse().isEmpty() ? new double[Portfolio.CATEGORIES.size()]
        : values(portfolio.effortByUse()));
    set(uses, SURVEY, values(portfolio.survey()));
    set(intent, TEAM, new double[] {portfolio.efficiency(), portfolio.strategic()});
    double[] survey = new double[3];
    double[] here = new double[3];
    MaturityStage[] stages = {MaturityStage.NEVER_STARTED, MaturityStage.RECENTLY_STARTED, MaturityStage.FOR_YEARS};
    for (int i = 0; i < 3; i++) {
      double v = portfolio.maturitySurvey().get(stages[i]);
      boolean ours = stages[i] == portfolio.stage();
      survey[i] = ours ? 0 : v;
      here[i] = ours ? v : 0;
    }
    set(maturity, SURVEY, survey);
    set(maturity, "We are here", here);
    for (String id : new String[] {SURVEY, "We are here"}) { // stack offsets follow the data
      maturity.getSeriesSet().getSeries(id).enableStack(false);
    }
    for (String id : new String[] {SURVEY, "We are here"}) {
      maturity.getSeriesSet().getSeries(id).enableStack(true);
    }
    for (Chart c : new Chart[] {uses, intent, maturity}) {
      c.getAxisSet().adjustRange();
      IAxis y = c.getAxisSet().getYAxis(0);
      y.setRange(new Range(0, Math.max(10, Math.ceil(y.getRange().upper / 10) * 10 + 5)));
      c.redraw();
    }
    summary.setText(sentence(portfolio).replace("&", "&&"));
    control.layout(true, true);
  }

  private static double[] values(Map<String, Double> m) {
    return Portfolio.CATEGORIES.stream().mapToDouble(k -> m.getOrDefault(k, 0.0)).toArray();
  }

  private static void set(Chart c, String id, double[] ys) {
    c.getSeriesSet().getSeries(id).setYSeries(ys);
  }

  /** "12 initiatives: 58% efficiency, 42% strategic; content creation 25% (survey 30%) ...". */
  static String sentence(Portfolio p) {
    if (p.initiatives() == 0) {
      return "No initiatives yet: add them on the map (I) and link each to the business metric it should move.";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(p.initiatives()).append(" initiatives: ")
        .append(String.format(Locale.ROOT, "%.0f%% efficiency, %.0f%% strategic. ", p.efficiency(), p.strategic()));
    String sep = "";
    for (String k : Portfolio.CATEGORIES) {
      sb.append(sep).append(k).append(String.format(Locale.ROOT, " %.0f%% (survey %.0f%%)", p.byUse().get(k),
          p.survey().get(k)));
      sep = ", ";
    }
    sb.append('.');
    if (p.stage() != null) {
      String stage = switch (p.stage()) {
        case NEVER_STARTED -> "has not started with AI, like 27%";
        case RECENTLY_STARTED -> "started with AI recently, like 46%";
        case FOR_YEARS -> "has used AI for years, like 27%";
      };
      sb.append(" The team ").append(stage).append(" of the survey.");
    }
    return sb.toString();
  }
}
