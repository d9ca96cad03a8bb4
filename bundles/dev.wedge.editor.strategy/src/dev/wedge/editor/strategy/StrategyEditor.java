package dev.wedge.editor.strategy;

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
    mapTab.setText("Strategy map");
    mapTab.setControl(map(folder));
    portfolioTab = new CTabItem(folder, SWT.NONE);
    portfolioTab.setText("AI portfolio");
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
    tools.add(action("Goal (G)", () -> canvas.create(WedgeFactory.eINSTANCE.createBusinessGoal())));
    tools.add(action("Metric (M)", () -> canvas.create(WedgeFactory.eINSTANCE.createBusinessMetric())));
    tools.add(action("Initiative (I)", () -> canvas.create(WedgeFactory.eINSTANCE.createInitiative())));
    tools.add(new Separator());
    tools.add(action("Fit (F)", canvas::fit));
    tools.add(action("Zoom in", () -> canvas.setZoom(canvas.zoom() * 1.2, canvas.getSize().x / 2,
        canvas.getSize().y / 2)));
    tools.add(action("Zoom out", () -> canvas.setZoom(canvas.zoom() / 1.2, canvas.getSize().x / 2,
        canvas.getSize().y / 2)));
    tools.add(new Separator());
    tools.add(action("Export PNG\u2026", () -> export("png")));
    tools.add(action("Export SVG\u2026", () -> export("svg")));
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
    r.setText("Reframe it for the business:");
    r.setFont(JFaceResources.getBannerFont());
    reframing = new Text(side, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().grab(true, false).hint(200, 90).applyTo(reframing);
    Composite buttons = new Composite(side, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
    Button propose = new Button(buttons, SWT.PUSH);
    propose.setText("Propose from its links");
    propose.addListener(SWT.Selection, e -> {
      if (shownInitiative != null) {
        reframing.setText(Reframing.propose(shownInitiative));
      }
    });
    keep = new Button(buttons, SWT.PUSH);
    keep.setText("Keep");
    keep.addListener(SWT.Selection, e -> keepReframing());
    Label hint = new Label(side, SWT.WRAP);
    hint.setText("Select an initiative. Drag from it to the business metric it should move; double-click a line"
        + " to write the hypothesis. G, M, I add a goal, metric or initiative; F2 renames; Delete removes.");
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
      details.setText("Click a box to see it here and in the Properties view (Alt+2).");
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
        sb.append("\nProblem: ").append(i.getBusinessProblem());
      }
      if (i.getLinks().isEmpty()) {
        sb.append("\nNo business metric yet: the first problem to solve. Drag from it to the metric it should move.");
      }
      for (MetricLink l : i.getLinks()) {
        sb.append("\n\u2192 ").append(l.getMetric() == null ? "?" : l.getMetric().getName()).append(": ")
            .append(l.getHypothesis() == null || l.getHypothesis().isBlank() ? "(no hypothesis yet)"
                : l.getHypothesis());
      }
      return sb.toString();
    }
    if (o instanceof MetricLink l) {
      return "\u2192 " + (l.getMetric() == null ? "?" : l.getMetric().getName()) + "\n"
          + (l.getHypothesis() == null ? "(no hypothesis yet: double-click the line)" : l.getHypothesis());
    }
    if (o instanceof BusinessMetric m) {
      long n = ((dev.wedge.model.StrategyModel) m.eContainer()).getInitiatives().stream()
          .filter(x -> x.getLinks().stream().anyMatch(l -> l.getMetric() == m)).count();
      return MapStyle.subtitle(m) + (m.getGoal() == null ? "\nServes no goal yet: drag it onto one."
          : "\nServes: " + m.getGoal().getName()) + "\n" + n + " initiative" + (n == 1 ? "" : "s") + " should move it.";
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
    d.setText("Export the strategy map as " + kind.toUpperCase());
    d.setFilterExtensions(new String[] {"*." + kind});
    d.setFileName(getSession().getName() + "-strategy-map." + kind);
    d.setOverwrite(true);
    String chosen = d.open();
    if (chosen == null) {
      return;
    }
    // a picture for slides leaves the workbench: people appear by their role, as in the executive brief, unless asked
    MessageDialog people = new MessageDialog(getSite().getShell(), "Export", null, "The exported map may go into"
        + " slides and mails. Show the people it names (goal owners, and any name in a title or hypothesis) by their"
        + " role, as the executive brief does, or by name?", MessageDialog.QUESTION,
        new String[] {"By &Role", "By &Name", "Cancel"}, 0);
    int answer = people.open();
    if (answer != 0 && answer != 1) {
      return;
    }
    try {
      exportTo(Path.of(chosen), kind, answer == 1);
    } catch (IOException e) {
      MessageDialog.openError(getSite().getShell(), "Export", "The map could not be written to " + chosen + ": "
          + e.getMessage());
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
    return maturityPart() ? "AI portfolio and maturity" : "Strategy map";
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

  String reframingText() {
    return reframing.getText();
  }
}
