package dev.wedge.editor.strategy;

import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
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
import dev.wedge.model.AiUse;
import dev.wedge.model.EffortShare;
import dev.wedge.model.MaturityAssessment;
import dev.wedge.model.MaturityStage;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.emf.ModelNatTable;
import dev.wedge.ui.theme.ChartTheme;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The AI portfolio next to the survey: where the initiatives (and the effort) go by use, efficiency against
 * strategic intent, and where the team stands on the maturity curve.
 */
final class PortfolioPanel {

  static final String TEAM = Messages.Portfolio_Team;
  static final String EFFORT = Messages.Portfolio_Effort;
  static final String SURVEY = Messages.Portfolio_Survey;
  static final String[] STAGES = {Messages.Portfolio_NeverStarted, Messages.Portfolio_RecentlyStarted,
      Messages.Portfolio_ForYears};
  /** The series of the team's own stage on the maturity chart. */
  static final String HERE = Messages.Portfolio_Here;

  private final ModelSession session;
  private final org.eclipse.swt.custom.ScrolledComposite scroll;
  private final Composite control;
  private final Label summary;
  private final Chart uses;
  private final Chart intent;
  private final Chart maturity;
  private Portfolio portfolio;
  private ModelNatTable<EffortShare> efforts;
  private ModelNatTable<MaturityAssessment> stage;
  private Label effortSum;
  private Button record;

  PortfolioPanel(Composite parent, ModelSession session) {
    this.session = session;
    // the page scrolls down when the editor is short (a 1280x800 laptop), so every chart keeps a readable height
    scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL);
    scroll.setExpandHorizontal(true);
    scroll.setExpandVertical(true);
    control = new Composite(scroll, SWT.NONE);
    scroll.setContent(control);
    scroll.addListener(SWT.Resize, e -> fit());
    GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 8).spacing(14, 8).applyTo(control);
    summary = new Label(control, SWT.WRAP);
    summary.setFont(JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(summary);
    effortArea(control);
    uses = chart(control, Messages.Portfolio_UsesChart);
    GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 300).minSize(SWT.DEFAULT, 260)
        .applyTo(uses);
    intent = chart(control, Messages.Portfolio_IntentChart);
    GridDataFactory.fillDefaults().grab(true, true).hint(300, 240).minSize(SWT.DEFAULT, 220).applyTo(intent);
    maturity = chart(control, Messages.Portfolio_MaturityChart);
    GridDataFactory.fillDefaults().grab(true, true).hint(300, 240).minSize(SWT.DEFAULT, 220).applyTo(maturity);
    IAxis x = uses.getAxisSet().getXAxis(0);
    x.enableCategory(true);
    x.setCategorySeries(Portfolio.CATEGORIES.toArray(String[]::new));
    bar(uses, TEAM, new RGB(31, 119, 180), false);
    bar(uses, EFFORT, new RGB(122, 170, 214), false);
    bar(uses, SURVEY, new RGB(170, 170, 170), false);
    intent.getAxisSet().getXAxis(0).enableCategory(true);
    intent.getAxisSet().getXAxis(0).setCategorySeries(new String[] {Messages.Portfolio_Efficiency,
        Messages.Portfolio_Strategic});
    bar(intent, TEAM, new RGB(31, 119, 180), false);
    maturity.getAxisSet().getXAxis(0).enableCategory(true);
    maturity.getAxisSet().getXAxis(0).setCategorySeries(STAGES);
    bar(maturity, SURVEY, new RGB(170, 170, 170), true);
    bar(maturity, HERE, new RGB(255, 127, 14), true);
    refresh();
  }

  /** Where the team stands and where its effort goes, edited here (maturity and effort have no other editor). */
  private void effortArea(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).spacing(16, 4).applyTo(c);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(c);
    Label l1 = new Label(c, SWT.NONE);
    l1.setText(Messages.Portfolio_Stands);
    l1.setFont(JFaceResources.getBannerFont());
    Composite right = new Composite(c, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(4).applyTo(right);
    GridDataFactory.fillDefaults().grab(true, false).span(1, 2).applyTo(right);
    Label l2 = new Label(right, SWT.NONE);
    l2.setText(Messages.Portfolio_EffortByUse);
    l2.setFont(JFaceResources.getBannerFont());
    GridDataFactory.fillDefaults().grab(true, false).applyTo(l2);
    effortSum = new Label(right, SWT.NONE);
    GridDataFactory.fillDefaults().hint(190, SWT.DEFAULT).applyTo(effortSum);
    Button add = new Button(right, SWT.PUSH);
    add.setText(Messages.Portfolio_AddUse);
    add.addListener(SWT.Selection, e -> addEffort());
    Button remove = new Button(right, SWT.PUSH);
    remove.setText(Messages.Portfolio_Remove);
    remove.addListener(SWT.Selection, e -> removeEffort());
    efforts = new ModelNatTable<>(right, session.getAdapterFactory(), List.of(
        new ModelNatTable.Column(WedgePackage.Literals.EFFORT_SHARE__USE, Messages.Portfolio_Use, 190),
        new ModelNatTable.Column(WedgePackage.Literals.EFFORT_SHARE__PERCENT, Messages.Portfolio_Share, 90)),
        () -> session.getModel().getMaturity() == null ? List.of() : session.getModel().getMaturity().getEfforts());
    GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(280, 140).applyTo(efforts.getControl());
    stage = new ModelNatTable<>(c, session.getAdapterFactory(), List.of(
        new ModelNatTable.Column(WedgePackage.Literals.MATURITY_ASSESSMENT__STAGE, Messages.Portfolio_UsingAi, 150),
        new ModelNatTable.Column(WedgePackage.Literals.MATURITY_ASSESSMENT__ASSESSED_ON, Messages.Portfolio_AssessedOn, 110)),
        () -> session.getModel().getMaturity() == null ? List.of() : List.of(session.getModel().getMaturity()));
    GridDataFactory.fillDefaults().hint(290, 48).align(SWT.FILL, SWT.TOP).applyTo(stage.getControl());
    record = new Button(c, SWT.PUSH);
    record.setText(Messages.Portfolio_RecordStage);
    record.setToolTipText(Messages.Portfolio_RecordStageTip);
    org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(record);
    for (MaturityStage st : MaturityStage.VALUES) {
      org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
      item.setText(STAGES[st.getValue()]);
      item.addListener(SWT.Selection, e -> recordStage(st));
    }
    record.addListener(SWT.Selection, e -> {
      org.eclipse.swt.graphics.Point p = record.toDisplay(0, record.getSize().y);
      menu.setLocation(p);
      menu.setVisible(true);
    });
    GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.TOP).applyTo(record);
  }

  /** Creates the maturity record on first use (one command with what it is for). */
  private MaturityAssessment maturityRecord(CompoundCommand c) {
    MaturityAssessment m = session.getModel().getMaturity();
    if (m == null) {
      m = WedgeFactory.eINSTANCE.createMaturityAssessment();
      m.setAssessedOn(session.today());
      c.append(SetCommand.create(session.getEditingDomain(), session.getModel(),
          WedgePackage.Literals.STRATEGY_MODEL__MATURITY, m));
    }
    return m;
  }

  void addEffort() {
    CompoundCommand c = new CompoundCommand(Messages.Portfolio_AddEffort);
    MaturityAssessment m = maturityRecord(c);
    EffortShare e = WedgeFactory.eINSTANCE.createEffortShare();
    java.util.Set<AiUse> taken = new java.util.HashSet<>();
    m.getEfforts().forEach(x -> taken.add(x.getUse()));
    e.setUse(AiUse.VALUES.stream().filter(u -> !taken.contains(u)).findFirst().orElse(AiUse.OTHER));
    double sum = m.getEfforts().stream().mapToDouble(EffortShare::getPercent).sum();
    e.setPercent(Math.max(0, 100 - sum));
    c.append(AddCommand.create(session.getEditingDomain(), m, WedgePackage.Literals.MATURITY_ASSESSMENT__EFFORTS, e));
    if (session.execute(c)) {
      efforts.refresh();
      efforts.select(e);
      efforts.getControl().setFocus();
    }
  }

  private void removeEffort() {
    List<?> chosen = efforts.getSelectionProvider().getSelection() instanceof
        org.eclipse.jface.viewers.IStructuredSelection sel ? sel.toList() : List.of();
    if (!chosen.isEmpty()) {
      session.execute(DeleteCommand.create(session.getEditingDomain(), chosen));
    }
  }

  ModelNatTable<EffortShare> effortTable() {
    return efforts;
  }

  ModelNatTable<MaturityAssessment> stageTable() {
    return stage;
  }

  private static Chart chart(Composite parent, String title) {
    Chart c = new Chart(parent, SWT.NONE);
    c.getTitle().setText(title);
    c.getTitle().setFont(JFaceResources.getBannerFont());
    c.getAxisSet().getXAxis(0).getTitle().setVisible(false);
    c.getAxisSet().getYAxis(0).getTitle().setVisible(false);
    c.getLegend().setPosition(SWT.BOTTOM);
    ChartTheme.apply(c);
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

  /** Records the team's stage (creating the maturity record when there is none): the stage table's empty-state. */
  void recordStage(MaturityStage s) {
    CompoundCommand c = new CompoundCommand(Messages.Portfolio_RecordMaturity);
    MaturityAssessment m = maturityRecord(c);
    c.append(SetCommand.create(session.getEditingDomain(), m, WedgePackage.Literals.MATURITY_ASSESSMENT__STAGE, s));
    session.execute(c);
  }

  Composite getControl() {
    return scroll;
  }

  /** The page's height for the width it has: the scroll bar appears only when the editor is shorter. */
  private void fit() {
    int width = scroll.getClientArea().width;
    if (width > 0) {
      scroll.setMinSize(control.computeSize(width, SWT.DEFAULT));
    }
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
    set(maturity, HERE, here);
    for (String id : new String[] {SURVEY, HERE}) { // stack offsets follow the data
      maturity.getSeriesSet().getSeries(id).enableStack(false);
    }
    for (String id : new String[] {SURVEY, HERE}) {
      maturity.getSeriesSet().getSeries(id).enableStack(true);
    }
    for (Chart c : new Chart[] {uses, intent, maturity}) {
      c.getAxisSet().adjustRange();
      IAxis y = c.getAxisSet().getYAxis(0);
      y.setRange(new Range(0, Math.max(10, Math.ceil(y.getRange().upper / 10) * 10 + 5)));
      c.redraw();
    }
    summary.setText(sentence(portfolio).replace("&", "&&"));
    efforts.refresh();
    stage.refresh();
    MaturityAssessment m = session.getModel().getMaturity();
    double sum = m == null ? 0 : m.getEfforts().stream().mapToDouble(EffortShare::getPercent).sum();
    effortSum.setText(m == null || m.getEfforts().isEmpty() ? Messages.Portfolio_NotRecorded
        : Math.abs(sum - 100) < 0.5 ? Messages.Portfolio_Adds100 : NLS.bind(Messages.Portfolio_AddsUpTo, percent(sum)));
    effortSum.setForeground(m != null && !m.getEfforts().isEmpty() && Math.abs(sum - 100) >= 0.5
        ? dev.wedge.ui.theme.ThemeColors.color(dev.wedge.ui.theme.ThemeColors.ALERT) : null);
    boolean none = m == null;
    for (org.eclipse.swt.widgets.Control x : new org.eclipse.swt.widgets.Control[] {stage.getControl(), record}) {
      boolean show = x == record ? none : !none;
      x.setVisible(show);
      ((org.eclipse.swt.layout.GridData) x.getLayoutData()).exclude = !show;
    }
    control.layout(true, true);
    fit();
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
      return Messages.Portfolio_NoInitiatives;
    }
    List<String> byUse = new java.util.ArrayList<>();
    for (String k : Portfolio.CATEGORIES) {
      byUse.add(NLS.bind(Messages.Portfolio_Category, new Object[] {k, percent(p.byUse().get(k)),
          percent(p.survey().get(k))}));
    }
    StringBuilder sb = new StringBuilder(NLS.bind(Messages.Portfolio_Sentence, new Object[] {
        dev.wedge.core.text.Plurals.count(p.initiatives(), Messages.Portfolio_Initiative,
            Messages.Portfolio_InitiativePlural), percent(p.efficiency()), percent(p.strategic()), String.join(", ",
                byUse)}));
    if (p.stage() != null) {
      sb.append(switch (p.stage()) {
        case NEVER_STARTED -> Messages.Portfolio_StageNever;
        case RECENTLY_STARTED -> Messages.Portfolio_StageRecently;
        case FOR_YEARS -> Messages.Portfolio_StageYears;
      });
    }
    return sb.toString();
  }

  /** A share in whole percent, as the sentences write it ("58"). */
  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f", share);
  }
}
