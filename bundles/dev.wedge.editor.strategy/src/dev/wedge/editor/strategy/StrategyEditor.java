package dev.wedge.editor.strategy;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.strategy.map.Reframing;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.MetricLink;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage.Literals;
import dev.wedge.ui.decorations.ModelDecorations;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * The strategy map (goals, metrics, initiatives; laid out by ELK) with the reframing helper beside it, and the AI
 * portfolio against the survey on a second page.
 */
public class StrategyEditor extends SessionEditorPart {

  public static final String ID = "dev.wedge.editor.strategy";

  private CTabFolder folder;
  private CTabItem mapTab;
  private CTabItem portfolioTab;
  private StrategyMapCanvas canvas;
  private PortfolioPanel portfolio;
  private Label status;
  private Label detailsTitle;
  private Label details;
  private Text reframing;
  private Button keep;
  private Initiative shownInitiative;
  private boolean queued;
  private final ModelSessionListener refresher = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      queue();
    }
  };
  private final Consumer<ModelSession> decorations = s -> {
    if (s == getSession() && canvas != null && !canvas.isDisposed()) {
      canvas.getDisplay().asyncExec(() -> {
        if (!canvas.isDisposed()) {
          canvas.redraw();
        }
      });
    }
  };

  @Override
  protected void createContents(Composite parent) {
    folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
    mapTab = new CTabItem(folder, SWT.NONE);
    mapTab.setText(Messages.Editor_MapTab);
    mapTab.setControl(map(folder));
    portfolioTab = new CTabItem(folder, SWT.NONE);
    portfolioTab.setText(Messages.Editor_PortfolioTab);
    folder.setSelection(mapTab);
    folder.addListener(SWT.Selection, e -> {
      if (folder.getSelection() == portfolioTab && portfolio == null) {
        portfolio = new PortfolioPanel(folder, getSession());
        portfolioTab.setControl(portfolio.getControl());
      }
    });
    getSite().setSelectionProvider(canvas);
    getSession().addListener(refresher);
    ModelDecorations.addListener(decorations);
    if (maturityPart()) {
      showPortfolio(); // opened on the Maturity part: the portfolio, where maturity and effort are recorded
    }
  }

  /** Whether this editor was opened on the Maturity part (titled and opened on the AI portfolio). */
  private boolean maturityPart() {
    return getEditorInput() instanceof dev.wedge.ui.session.ModelEditorInput in && "maturity".equals(in.getPartId());
  }

  private Composite map(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(c);
    ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
    Composite bar = new Composite(c, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(bar);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
    SashForm sash = new SashForm(c, SWT.HORIZONTAL);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
    canvas = new StrategyMapCanvas(sash, getSession());
    tools.add(action(Messages.Editor_Goal, () -> canvas.create(WedgeFactory.eINSTANCE.createBusinessGoal())));
    tools.add(action(Messages.Editor_Metric, () -> canvas.create(WedgeFactory.eINSTANCE.createBusinessMetric())));
    tools.add(action(Messages.Editor_Initiative, () -> canvas.create(WedgeFactory.eINSTANCE.createInitiative())));
    tools.add(new Separator());
    tools.add(action(Messages.Editor_Fit, canvas::fit));
    tools.add(action(Messages.Editor_ZoomIn, () -> canvas.setZoom(canvas.zoom() * 1.2, canvas.getSize().x / 2,
        canvas.getSize().y / 2)));
    tools.add(action(Messages.Editor_ZoomOut, () -> canvas.setZoom(canvas.zoom() / 1.2, canvas.getSize().x / 2,
        canvas.getSize().y / 2)));
    tools.add(new Separator());
    tools.add(action(Messages.Editor_ExportPng, () -> export("png")));
    tools.add(action(Messages.Editor_ExportSvg, () -> export("svg")));
    tools.createControl(bar);
    status = new Label(bar, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
    canvas.setStatusSink(canvasStatus());

    Composite side = new Composite(sash, SWT.NONE);
    GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(side);
    detailsTitle = new Label(side, SWT.WRAP);
    detailsTitle.setFont(JFaceResources.getHeaderFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(detailsTitle);
    details = new Label(side, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(details);
    Label r = new Label(side, SWT.NONE);
    r.setText(Messages.Editor_Reframe);
    r.setFont(JFaceResources.getBannerFont());
    reframing = new Text(side, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, 90).applyTo(reframing);
    Composite buttons = new Composite(side, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
    Button propose = new Button(buttons, SWT.PUSH);
    propose.setText(Messages.Editor_Propose);
    propose.addListener(SWT.Selection, e -> {
      if (shownInitiative != null) {
        reframing.setText(Reframing.propose(shownInitiative));
      }
    });
    keep = new Button(buttons, SWT.PUSH);
    keep.setText(Messages.Editor_Keep);
    keep.addListener(SWT.Selection, e -> keepReframing());
    Label hint = new Label(side, SWT.WRAP);
    hint.setText(Messages.Editor_Hint);
    hint.setForeground(hint.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(0, 12).applyTo(hint);
    sash.setWeights(76, 24);
    canvas.addSelectionChangedListener(e -> showDetails());
    showDetails();
    return c;
  }

  private Consumer<String> canvasStatus() {
    return s -> {
      if (!status.isDisposed()) {
        status.setText(s == null ? "" : s.replace("&", "&&"));
        status.getParent().layout(true);
      }
    };
  }

  private static Action action(String label, Runnable run) {
    return new Action(label) {
      @Override
      public void run() {
        run.run();
      }
    };
  }

  private void queue() {
    if (queued || canvas == null || canvas.isDisposed()) {
      return;
    }
    queued = true;
    canvas.getDisplay().asyncExec(() -> {
      queued = false;
      if (!canvas.isDisposed()) {
        canvas.relayout();
        showDetails();
        if (portfolio != null) {
          portfolio.refresh();
        }
      }
    });
  }

  private void showDetails() {
    EObject o = canvas.selected();
    Initiative i = o instanceof Initiative x ? x : o instanceof MetricLink l ? (Initiative) l.eContainer() : null;
    boolean changed = i != shownInitiative;
    shownInitiative = i;
    reframing.setEnabled(i != null);
    keep.setEnabled(i != null);
    if (o == null) {
      detailsTitle.setText("");
      details.setText(Messages.Editor_ClickABox);
    } else {
      detailsTitle.setText(MapStyle.title(o instanceof MetricLink l ? (Initiative) l.eContainer() : o)
          .replace("&", "&&"));
      details.setText(describe(o).replace("&", "&&"));
    }
    if (changed || !reframing.isFocusControl()) {
      reframing.setText(i == null ? "" : i.getReframing() != null && !i.getReframing().isBlank() ? i.getReframing()
          : Reframing.propose(i));
    }
    details.getParent().layout(true, true);
  }

  private static String describe(EObject o) {
    if (o instanceof Initiative i) {
      StringBuilder sb = new StringBuilder(MapStyle.subtitle(i));
      if (i.getBusinessProblem() != null) {
        sb.append(NLS.bind(Messages.Editor_Problem, i.getBusinessProblem()));
      }
      if (i.getLinks().isEmpty()) {
        sb.append(Messages.Editor_NoMetricYet);
      }
      for (MetricLink l : i.getLinks()) {
        sb.append(NLS.bind(Messages.Editor_Link, l.getMetric() == null ? "?" : l.getMetric().getName(),
            l.getHypothesis() == null || l.getHypothesis().isBlank() ? Messages.Editor_NoHypothesis : l.getHypothesis()));
      }
      return sb.toString();
    }
    if (o instanceof MetricLink l) {
      return NLS.bind(Messages.Editor_LinkAlone, l.getMetric() == null ? "?" : l.getMetric().getName(),
          l.getHypothesis() == null ? Messages.Editor_NoHypothesisClick : l.getHypothesis());
    }
    if (o instanceof BusinessMetric m) {
      long n = ((dev.wedge.model.StrategyModel) m.eContainer()).getInitiatives().stream()
          .filter(x -> x.getLinks().stream().anyMatch(l -> l.getMetric() == m)).count();
      return MapStyle.subtitle(m) + (m.getGoal() == null ? Messages.Editor_ServesNoGoal : NLS.bind(Messages.Editor_Serves,
          m.getGoal().getName())) + (n == 1 ? Messages.Editor_OneInitiative : NLS.bind(Messages.Editor_Initiatives, n));
    }
    return MapStyle.subtitle(o);
  }

  private void keepReframing() {
    Initiative i = shownInitiative;
    if (i == null) {
      return;
    }
    String text = reframing.getText().trim();
    String value = text.isEmpty() ? null : text;
    if (!java.util.Objects.equals(value, i.getReframing())) {
      getSession().execute(SetCommand.create(getEditingDomain(), i, Literals.INITIATIVE__REFRAMING, value));
    }
  }

  private void export(String kind) {
    FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
    d.setText(NLS.bind(Messages.Editor_ExportTitle, kind.toUpperCase(java.util.Locale.ROOT)));
    d.setFilterExtensions(new String[] {"*." + kind});
    d.setFileName(getSession().getName() + "-strategy-map." + kind);
    d.setOverwrite(true);
    String chosen = d.open();
    if (chosen == null) {
      return;
    }
    // a picture for slides leaves the workbench: people appear by their role, as in the executive brief, unless asked
    MessageDialog people = new MessageDialog(getSite().getShell(), Messages.Editor_Export, null,
        Messages.Editor_ExportPeople, MessageDialog.QUESTION, new String[] {Messages.Editor_ByRole,
            Messages.Editor_ByName, Messages.Editor_Cancel}, 0);
    int answer = people.open();
    if (answer != 0 && answer != 1) {
      return;
    }
    try {
      exportTo(Path.of(chosen), kind, answer == 1);
    } catch (IOException e) {
      MessageDialog.openError(getSite().getShell(), Messages.Editor_Export, NLS.bind(Messages.Editor_ExportFailed,
          chosen, e.getMessage()));
    }
  }

  /** Writes the map as PNG (at 2x, for slides) or SVG, through a temporary file renamed into place, names kept. */
  public void exportTo(Path target, String kind) throws IOException {
    exportTo(target, kind, true);
  }

  /**
   * As {@link #exportTo(Path, String)}; without {@code names}, every text of the picture passes the executive brief's
   * privacy filter (people by their role, e-mail addresses left out).
   */
  public void exportTo(Path target, String kind, boolean names) throws IOException {
    java.util.function.UnaryOperator<String> text = names ? java.util.function.UnaryOperator.identity()
        : new dev.wedge.report.Privacy(getSession().getModel(), false)::text;
    Path tmp = dev.wedge.core.persistence.TempFiles.beside(target, ".tmp");
    try {
      if (kind.equals("svg")) {
        Files.writeString(tmp, SvgExport.of(canvas.geometry(), getSession().getModel().getName(), text),
            StandardCharsets.UTF_8);
      } else {
        Image img = canvas.image(2, text);
        try {
          ImageLoader loader = new ImageLoader();
          loader.data = new org.eclipse.swt.graphics.ImageData[] {img.getImageData()};
          loader.save(tmp.toString(), SWT.IMAGE_PNG);
        } finally {
          img.dispose();
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public org.eclipse.swt.graphics.ImageData printImage() { // the whole map, not the part in view
    return folder.getSelection() != mapTab ? super.printImage() : dev.wedge.ui.print.PageImages.of(canvas.image(2));
  }

  @Override
  public void selectObject(EObject object) {
    if (object instanceof dev.wedge.model.MaturityAssessment || object instanceof dev.wedge.model.EffortShare) {
      showPortfolio();
      if (object instanceof dev.wedge.model.EffortShare e) {
        portfolio.effortTable().select(e);
      }
      return;
    }
    folder.setSelection(mapTab);
    EObject o = object;
    while (o != null && !(o instanceof dev.wedge.model.BusinessGoal) && !(o instanceof BusinessMetric)
        && !(o instanceof Initiative) && !(o instanceof MetricLink)) {
      o = o.eContainer();
    }
    if (o != null) {
      canvas.setSelection(new org.eclipse.jface.viewers.StructuredSelection(o));
    }
  }

  @Override
  protected String partLabel() {
    return maturityPart() ? Messages.Editor_PortfolioLabel : Messages.Editor_MapLabel;
  }

  @Override
  public void setFocus() {
    canvas.setFocus();
  }

  @Override
  public void dispose() {
    ModelDecorations.removeListener(decorations);
    if (getSession() != null) {
      getSession().removeListener(refresher);
    }
    super.dispose();
  }

  // ---- for tests ---------------------------------------------------------------------------------------------

  public StrategyMapCanvas canvas() {
    return canvas;
  }

  PortfolioPanel portfolio() {
    if (portfolio == null) {
      portfolio = new PortfolioPanel(folder, getSession());
      portfolioTab.setControl(portfolio.getControl());
    }
    return portfolio;
  }

  public void showPortfolio() {
    portfolio();
    folder.setSelection(portfolioTab);
  }

  /** Shows the map's page (tests). */
  public void showMap() {
    folder.setSelection(mapTab);
  }

  /** The AI portfolio's chart of the initiatives by use (tests). */
  public org.eclipse.swtchart.Chart portfolioChart() {
    return portfolio().usesChart();
  }

  String reframingText() {
    return reframing.getText();
  }
}
