package dev.wedge.editor.overview;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.core.text.Localized;
import dev.wedge.report.MethodOverview;
import dev.wedge.ui.emf.LocalDates;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelPart;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * The first screen of a model, in the method's own terms: the brief's next step on top (the same sentence the
 * executive brief leads with), then one metric, one question, one pilot, one wedge, one review step, each saying where
 * the model stands and linking to the editor where the user fixes it. The raw tree stays available as "Model tree".
 */
public class ModelOverviewEditor extends SessionEditorPart {

  public static final String ID = ModelEditors.OVERVIEW_EDITOR_ID;

  private FormToolkit toolkit;
  private ScrolledForm form;
  private Label next;
  private Composite then;
  private Composite steps;
  private final Map<MethodOverview.Step, Hyperlink> links = new LinkedHashMap<>();
  private final List<MethodOverview.Line> shown = new ArrayList<>();
  private MethodOverview overview;
  /** The key of a widget's CSS id (e4 CSS: {@code Label#wedge-step-done}). */
  private static final String CSS_ID = "org.eclipse.e4.ui.css.id";

  private Color red;
  private Color green;
  private boolean queued;
  private final ModelSessionListener refresher = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      if (queued || form == null || form.isDisposed()) {
        return;
      }
      queued = true;
      form.getDisplay().asyncExec(() -> {
        queued = false;
        refresh();
      });
    }
  };

  @Override
  protected void createContents(Composite parent) {
    toolkit = new FormToolkit(parent.getDisplay());
    red = new Color(new RGB(192, 0, 0));
    green = new Color(new RGB(56, 118, 29));
    form = toolkit.createScrolledForm(parent);
    toolkit.decorateFormHeading(form.getForm());
    Composite body = form.getBody();
    GridLayoutFactory.fillDefaults().margins(16, 12).spacing(10, 10).applyTo(body);

    Label title = toolkit.createLabel(body, Messages.Overview_NextStep);
    title.setFont(JFaceResources.getBannerFont());
    next = toolkit.createLabel(body, "", SWT.WRAP);
    next.setFont(JFaceResources.getHeaderFont());
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(next);
    then = toolkit.createComposite(body);
    GridLayoutFactory.fillDefaults().applyTo(then);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(then);

    Section s = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
    s.setText(Messages.Overview_StepsTitle);
    s.setDescription(Messages.Overview_StepsDescription);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(s);
    steps = toolkit.createComposite(s);
    GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 6).spacing(10, 10).applyTo(steps);
    s.setClient(steps);
    for (MethodOverview.Step step : MethodOverview.Step.values()) {
      Label mark = toolkit.createLabel(steps, "");
      mark.setFont(JFaceResources.getHeaderFont());
      GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(mark);
      Composite name = toolkit.createComposite(steps);
      GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(name);
      GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).hint(190, SWT.DEFAULT).applyTo(name);
      Label t = toolkit.createLabel(name, step.title(Localized.workbench()));
      t.setFont(JFaceResources.getBannerFont());
      Label meaning = toolkit.createLabel(name, step.meaning(Localized.workbench()), SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(190, SWT.DEFAULT).applyTo(meaning);
      meaning.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
      Hyperlink link = toolkit.createHyperlink(steps, "", SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(link);
      link.setData(step);
      link.setData("mark", mark);
      link.addHyperlinkListener(new HyperlinkAdapter() {
        @Override
        public void linkActivated(HyperlinkEvent e) {
          open(step);
        }
      });
      links.put(step, link);
    }

    Section go = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
    go.setText(Messages.Overview_Open);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(go);
    Composite parts = toolkit.createComposite(go);
    GridLayoutFactory.fillDefaults().numColumns(4).margins(2, 6).spacing(18, 6).applyTo(parts);
    go.setClient(parts);
    for (ModelPart p : ModelParts.all()) {
      if (p.hideWhenEmpty()) {
        continue;
      }
      Hyperlink h = toolkit.createHyperlink(parts, p.name(), SWT.NONE);
      h.addHyperlinkListener(new HyperlinkAdapter() {
        @Override
        public void linkActivated(HyperlinkEvent e) {
          openPart(p.id(), null);
        }
      });
    }
    Hyperlink tree = toolkit.createHyperlink(parts, Messages.Overview_ModelTree, SWT.NONE);
    tree.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        try {
          ModelEditors.openTree(getSite().getPage(), getSession(), null);
        } catch (PartInitException x) {
          MessageDialog.openError(getSite().getShell(), Messages.Overview_ErrorTitle, x.getMessage());
        }
      }
    });
    Hyperlink brief = toolkit.createHyperlink(parts, Messages.Overview_Brief, SWT.NONE);
    brief.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        command("dev.wedge.report.ui.brief");
      }
    });

    getSite().setSelectionProvider(new StaticSelection());
    getSession().addListener(refresher);
    refresh();
  }

  /** Recomputes the overview from the model and shows it. */
  void refresh() {
    if (form == null || form.isDisposed()) {
      return;
    }
    overview = MethodOverview.of(getSession().getModel(), getSession().today(), LocalDates::format);
    String name = getSession().getModel().getName();
    // '&' is a mnemonic in a form's title: "AI in L&D" read "AI in LD"
    form.setText((name == null || name.isBlank() ? getSession().getName() : name).replace("&", "&&"));
    List<String> nextSteps = overview.nextSteps();
    next.setText(esc(nextSteps.isEmpty() ? Messages.Overview_NothingStandsOut : nextSteps.get(0)));
    for (Control c : then.getChildren()) {
      c.dispose();
    }
    for (String after : nextSteps.subList(Math.min(1, nextSteps.size()), Math.min(3, nextSteps.size()))) {
      Label l = toolkit.createLabel(then, esc(NLS.bind(Messages.Overview_Then, after)), SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(l);
    }
    shown.clear();
    for (MethodOverview.Line line : overview.lines()) {
      shown.add(line);
      Hyperlink link = links.get(line.step());
      link.setText(line.text() + " \u2192");
      link.setToolTipText(tooltip(line));
      Label mark = (Label) link.getData("mark");
      mark.setText(line.ok() ? "\u2714" : "\u2718");
      mark.setForeground(line.ok() ? green : red);
      // the theme's CSS colours the mark too (css/wedge.css, wedge-dark.css): a theme's label colour never hides it
      String cssId = line.ok() ? "wedge-step-done" : "wedge-step-missing";
      if (!cssId.equals(mark.getData(CSS_ID))) {
        mark.setData(CSS_ID, cssId);
        mark.reskin(SWT.NONE);
      }
    }
    form.getBody().layout(true, true);
    form.reflow(true);
  }

  private static String tooltip(MethodOverview.Line line) {
    String where = ModelParts.find(line.part()).map(ModelPart::name).orElse(Messages.Overview_TheModel);
    return NLS.bind(line.target() == null ? Messages.Overview_Opens : Messages.Overview_OpensAt, where);
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&&");
  }

  /** Opens the editor that fixes {@code step}, at the object concerned. */
  public void open(MethodOverview.Step step) {
    MethodOverview.Line line = shown.stream().filter(l -> l.step() == step).findFirst().orElse(null);
    if (line == null) {
      return;
    }
    if (step == MethodOverview.Step.PILOT && line.target() == null) {
      command("dev.wedge.editor.pilot.newPilot");
      return;
    }
    openPart(line.part(), line.target());
  }

  private void openPart(String partId, EObject select) {
    ModelPart part = ModelParts.find(partId).orElse(null);
    try {
      if (part == null) {
        ModelEditors.openTree(getSite().getPage(), getSession(), select);
      } else {
        ModelEditors.openPart(getSite().getPage(), getSession(), part, select);
      }
    } catch (PartInitException e) {
      MessageDialog.openError(getSite().getShell(), Messages.Overview_ErrorTitle, e.getMessage());
    }
  }

  private void command(String id) {
    try {
      getSite().getPage().activate(this);
      getSite().getService(IHandlerService.class).executeCommand(id, null);
    } catch (CommandException e) {
      MessageDialog.openError(getSite().getShell(), Messages.Overview_ErrorTitle, NLS.bind(Messages.Overview_NotAvailable, e.getMessage()));
    }
  }

  /** The overview as shown (tests). */
  /** The title as the form shows it ('&&' is one '&'). */
  public String title() {
    return form.getText();
  }

  public MethodOverview overview() {
    return overview;
  }

  /** The link of a step as shown (tests). */
  public Hyperlink link(MethodOverview.Step step) {
    return links.get(step);
  }

  /** The next step as shown. */
  public String nextStep() {
    return next.getText().replace("&&", "&");
  }

  @Override
  public void selectObject(EObject object) {
    // the overview shows the whole model; objects are selected in the editors it links to
  }

  @Override
  protected String partLabel() {
    return Messages.Overview_Label;
  }

  @Override
  public void setFocus() {
    Hyperlink first = links.get(MethodOverview.Step.METRIC);
    if (first != null && !first.isDisposed()) {
      first.setFocus();
    } else {
      form.setFocus();
    }
  }

  @Override
  public void dispose() {
    if (getSession() != null) {
      getSession().removeListener(refresher);
    }
    if (toolkit != null) {
      toolkit.dispose();
    }
    if (red != null) {
      red.dispose();
      green.dispose();
    }
    super.dispose();
  }

  /** The overview selects nothing; the Properties view shows the model itself. */
  private final class StaticSelection implements ISelectionProvider {
    @Override
    public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener l) {
      // never changes
    }

    @Override
    public org.eclipse.jface.viewers.ISelection getSelection() {
      return new StructuredSelection(getSession().getModel());
    }

    @Override
    public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener l) {
      // never changes
    }

    @Override
    public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
      // the overview has nothing to select
    }
  }
}
