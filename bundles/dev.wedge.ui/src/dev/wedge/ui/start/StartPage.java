package dev.wedge.ui.start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;

import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.session.RecentModels;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * What Wedge shows when no model is open: a new model, the example, a recent model, and the method in a paragraph.
 * It closes itself when a model opens and comes back when the last one is closed.
 */
public class StartPage extends EditorPart {

  public static final String ID = "dev.wedge.ui.start";

  static final String METHOD = Messages.Start_Method;

  private FormToolkit toolkit;
  private ScrolledForm form;
  private Composite recent;
  private Hyperlink example;
  private final Runnable modelsChanged = this::modelsChanged;

  @Override
  public void init(IEditorSite site, IEditorInput input) throws PartInitException {
    setSite(site);
    setInput(input);
    setPartName(Messages.Start_Name);
    setTitleToolTip(input.getToolTipText());
  }

  @Override
  public void createPartControl(Composite parent) {
    toolkit = new FormToolkit(parent.getDisplay());
    form = toolkit.createScrolledForm(parent);
    toolkit.decorateFormHeading(form.getForm());
    form.setText(Messages.App_Title);
    form.setImage(WedgeUi.image(WedgeUi.IMG_WEDGE));
    Composite body = form.getBody();
    GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(24, 16).spacing(32, 14).applyTo(body);

    Label motto = toolkit.createLabel(body, Messages.Start_Motto);
    motto.setFont(JFaceResources.getHeaderFont());
    GridDataFactory.fillDefaults().span(2, 1).applyTo(motto);
    Label method = toolkit.createLabel(body, METHOD, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(method);

    Composite start = section(body, Messages.Start_Section);
    link(start, Messages.Start_NewModel, Messages.Start_NewModelHint,
        () -> command("dev.wedge.ui.newModel"));
    example = link(start, Messages.Start_Example, Messages.Start_ExampleHint, this::openExample);
    link(start, Messages.Start_OpenModel, Messages.Start_OpenModelHint, () -> command("dev.wedge.ui.openModel"));
    link(start, Messages.Start_Tutorial, Messages.Start_TutorialHint, () -> command("dev.wedge.help.tutorial"));
    Path shipped = ExampleModel.shipped();
    if (shipped == null) {
      example.setEnabled(false);
      example.setToolTipText(Messages.Start_NoExamples);
    } else {
      example.setToolTipText(NLS.bind(Messages.Start_ExampleTooltip, ExampleModel.copyLocation().getParent()));
    }

    recent = section(body, Messages.Start_Recent);
    showRecent();
    WorkbenchModels.get().addChangeListener(modelsChanged);
  }

  private Composite section(Composite body, String title) {
    Section s = toolkit.createSection(body, Section.TITLE_BAR | Section.EXPANDED);
    s.setText(title);
    GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).hint(260, SWT.DEFAULT).applyTo(s);
    Composite c = toolkit.createComposite(s);
    GridLayoutFactory.fillDefaults().margins(2, 6).spacing(0, 2).applyTo(c);
    s.setClient(c);
    return c;
  }

  private Hyperlink link(Composite parent, String text, String what, Runnable run) {
    Hyperlink h = toolkit.createHyperlink(parent, text, SWT.NONE);
    h.setFont(JFaceResources.getBannerFont());
    h.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        run.run();
      }
    });
    if (what != null) {
      Label l = toolkit.createLabel(parent, what, SWT.WRAP);
      GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).indent(0, 0).applyTo(l);
      l.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
      Label gap = toolkit.createLabel(parent, "");
      GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 6).applyTo(gap);
    }
    return h;
  }

  private void showRecent() {
    for (Control c : recent.getChildren()) {
      c.dispose();
    }
    List<Path> files = RecentModels.list();
    if (files.isEmpty()) {
      toolkit.createLabel(recent, Messages.Start_NoRecent);
    }
    for (Path p : files) {
      Hyperlink h = link(recent, p.getFileName().toString(), null, () -> open(p));
      h.setFont(null);
      h.setToolTipText(p.toString());
    }
    form.getBody().layout(true, true);
    form.reflow(true);
  }

  /** Opens the user's copy of the example (made the first time). */
  public void openExample() {
    Path shipped = ExampleModel.shipped();
    if (shipped == null) {
      return;
    }
    try {
      open(ExampleModel.userCopy(shipped));
    } catch (IOException e) {
      MessageDialog.openError(getSite().getShell(), Messages.Start_ExampleFailed, e.getMessage());
    }
  }

  private void open(Path file) {
    WorkbenchModels.get().openWithEditor(file, getSite().getWorkbenchWindow());
  }

  private void command(String id) {
    try {
      getSite().getService(IHandlerService.class).executeCommand(id, null);
    } catch (org.eclipse.core.commands.common.CommandException e) {
      WedgeUi.log("The start page could not run " + id, e);
    }
  }

  private void modelsChanged() {
    if (form == null || form.isDisposed()) {
      return;
    }
    form.getDisplay().asyncExec(() -> {
      if (form.isDisposed()) {
        return;
      }
      if (!WorkbenchModels.get().getModels().isEmpty()) {
        getSite().getPage().closeEditor(this, false); // a model is open: its overview takes over
      } else {
        showRecent();
      }
    });
  }

  /** Shows the start page in {@code page} when no model is open. */
  public static void showIfNothingOpen(IWorkbenchPage page) {
    if (page == null || !WorkbenchModels.get().getModels().isEmpty()) {
      return;
    }
    for (IEditorReference ref : page.getEditorReferences()) {
      if (ID.equals(ref.getId())) {
        return;
      }
    }
    try {
      page.openEditor(StartInput.INSTANCE, ID);
    } catch (PartInitException e) {
      WedgeUi.log("Could not show the start page", e);
    }
  }

  /** Keeps the start page in the editor area whenever no model is open. */
  public static void follow(IWorkbenchPage page) {
    WorkbenchModels.get().addChangeListener(() -> PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
      if (PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()
          && page.getWorkbenchWindow().getShell() != null && !page.getWorkbenchWindow().getShell().isDisposed()) {
        showIfNothingOpen(page);
      }
    }));
  }

  @Override
  public void setFocus() {
    example.setFocus();
  }

  @Override
  public void dispose() {
    WorkbenchModels.get().removeChangeListener(modelsChanged);
    if (toolkit != null) {
      toolkit.dispose();
    }
    super.dispose();
  }

  @Override
  public void doSave(IProgressMonitor monitor) {
    // nothing to save
  }

  @Override
  public void doSaveAs() {
    // nothing to save
  }

  @Override
  public boolean isDirty() {
    return false;
  }

  @Override
  public boolean isSaveAsAllowed() {
    return false;
  }

  // ---- for tests ---------------------------------------------------------------------------------------------

  public Hyperlink exampleLink() {
    return example;
  }

  /** The recent models listed, by file name. */
  public List<String> recentShown() {
    return java.util.Arrays.stream(recent.getChildren()).filter(c -> c instanceof Hyperlink)
        .map(c -> ((Hyperlink) c).getText()).toList();
  }
}
