package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.evidence.PilotPower;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelParts;
import dev.wedge.ui.session.FocusSelectionProvider;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * Pilot design: an overview of the model's pilots, then one page per pilot (tabs at the bottom, as in a form
 * editor). Opens from the Models view on the Pilots part or on a pilot; every edit is a command on the shared
 * session, so Undo, Save and the other editors follow.
 */
public class PilotEditor extends SessionEditorPart {

  public static final String ID = "dev.wedge.editor.pilot";

  private FormToolkit toolkit;
  private CTabFolder folder;
  private CTabItem overviewTab;
  private TableViewer overview;
  private final Map<Pilot, CTabItem> tabs = new LinkedHashMap<>();
  private final Map<Pilot, PilotPage> pages = new LinkedHashMap<>();
  private final FocusSelectionProvider selection = new FocusSelectionProvider();
  private boolean refreshQueued;
  private final ModelSessionListener refresher = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession s, EventObject event) {
      queueRefresh();
    }
  };

  @Override
  protected void createContents(Composite parent) {
    toolkit = new FormToolkit(parent.getDisplay());
    folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
    overviewTab = new CTabItem(folder, SWT.NONE);
    overviewTab.setText(Messages.Pilots_Overview);
    overviewTab.setControl(overview(folder));
    folder.setSelection(overviewTab);
    folder.addListener(SWT.Selection, e -> pageShown());
    getSite().setSelectionProvider(selection);
    getSession().addListener(refresher);
    syncTabs();
  }

  private ScrolledForm overview(Composite parent) {
    ScrolledForm form = toolkit.createScrolledForm(parent);
    toolkit.decorateFormHeading(form.getForm());
    form.setText(Messages.Pilots_Title);
    form.getToolBarManager().add(new Action(Messages.Pilots_New) {
      @Override
      public void run() {
        NewPilotHandler.open(getSite().getShell(), getSession(), getSite().getPage());
      }
    });
    form.updateToolBar();
    GridLayoutFactory.fillDefaults().margins(10, 8).applyTo(form.getBody());
    org.eclipse.swt.widgets.Label intro = toolkit.createLabel(form.getBody(), Messages.Pilots_Intro, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(intro);
    overview = new TableViewer(form.getBody(), SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
    overview.getTable().setHeaderVisible(true);
    overview.getTable().setLinesVisible(true);
    overview.setContentProvider(ArrayContentProvider.getInstance());
    column(Messages.Pilots_Pilot, 250, p -> p.getName());
    column(Messages.Pilots_Status, 80, p -> label(p, dev.wedge.model.WedgePackage.Literals.PILOT__STATUS));
    column(Messages.Pilots_Design, 165, p -> label(p, dev.wedge.model.WedgePackage.Literals.PILOT__DESIGN));
    column(Messages.Pilots_PrimaryMetric, 160,
        p -> p.getPrimaryMetric() == null ? Messages.Common_None : p.getPrimaryMetric().getName());
    column(Messages.Pilots_Criteria, 55, p -> String.valueOf(p.getCriteria().size()));
    column(Messages.Pilots_LargeEnough, 100, p -> {
      PilotPower power = PilotPower.of(p);
      return !power.checkable() ? Messages.Pilots_CannotTell : power.adequate() ? Messages.Pilots_Yes
          : NLS.bind(Messages.Pilots_Needs, power.needed());
    });
    column(Messages.Pilots_Governance, 125, p -> {
      int missing = GovernanceGate.gaps(p).size();
      return missing == 0 ? Messages.Pilots_GovernanceReady : NLS.bind(Messages.Pilots_Missing, missing);
    });
    column(Messages.Pilots_Verdict, 160, p -> { // the verdict is the evidence's, beside the governance gate's readiness
      dev.wedge.evidence.PilotEvidence e = dev.wedge.evidence.PilotEvidence.of(p, getSession().today(),
          EvidenceSection.language());
      if (p.getCriteria().isEmpty()) {
        return Messages.Pilots_NoCriteria;
      }
      dev.wedge.evidence.Sentences words = dev.wedge.evidence.Sentences.of(EvidenceSection.language());
      String verdict = words.criteriaCounts(e).isEmpty() ? words.verdict(e.verdict())
          : NLS.bind(Messages.Pilots_VerdictCounts, words.verdict(e.verdict()), words.criteriaCounts(e));
      return NLS.bind(e.provisional() ? Messages.Pilots_VerdictSoFar : Messages.Pilots_VerdictFinal, verdict,
          e.rating().level());
    });
    column(Messages.Pilots_Decision, 80, p -> label(p, dev.wedge.model.WedgePackage.Literals.PILOT__DECISION));
    overview.setInput(getSession().getModel().getPilots());
    // the columns share the editor's width and their cells wrap: at 1280x800 no name or verdict is cut
    dev.wedge.ui.emf.ColumnWidths.share(overview.getTable(), 250, 80, 165, 160, 55, 100, 125, 160, 80);
    dev.wedge.ui.emf.WrappedCells.install(overview.getTable());
    GridDataFactory.fillDefaults().grab(true, true).hint(400, 220).applyTo(overview.getTable());
    overview.addDoubleClickListener(e -> {
      Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
      if (o instanceof Pilot p) {
        showPage(p);
      }
    });
    toolkit.adapt(overview.getTable());
    selection.add(overview, overview.getTable());
    return form;
  }

  private String label(Pilot p, org.eclipse.emf.ecore.EStructuralFeature f) {
    org.eclipse.emf.edit.provider.IItemPropertyDescriptor d = dev.wedge.ui.emf.PropertyColumns.descriptor(
        getSession().getAdapterFactory(), p, f);
    Object v = p.eGet(f);
    return v == null ? "" : d == null ? word(String.valueOf(v)) : d.getLabelProvider(p).getText(v);
  }

  static String word(String enumName) {
    String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void column(String title, int width, Function<Pilot, String> text) {
    TableViewerColumn c = new TableViewerColumn(overview, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    dev.wedge.ui.emf.ColumnWidths.fitHeader(c.getColumn());
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) {
        return text.apply((Pilot) e);
      }
    });
  }

  /** The overview's table of pilots (tests). */
  TableViewer overviewTable() {
    return overview;
  }

  /** Lets page tables feed the Properties view and Delete. */
  void track(StructuredViewer viewer) {
    selection.add(viewer, viewer.getControl());
  }

  private void queueRefresh() {
    if (refreshQueued || folder == null || folder.isDisposed()) {
      return;
    }
    refreshQueued = true;
    folder.getDisplay().asyncExec(() -> {
      refreshQueued = false;
      if (!folder.isDisposed()) {
        refresh();
      }
    });
  }

  void refresh() {
    syncTabs();
    overview.refresh();
    PilotPage shown = shownPage();
    if (shown != null) {
      shown.refresh();
    }
  }

  /** One tab per pilot, in the model's order, titled with its name. */
  private void syncTabs() {
    List<Pilot> pilots = getSession().getModel().getPilots();
    for (Pilot p : new ArrayList<>(tabs.keySet())) {
      if (!pilots.contains(p)) {
        tabs.remove(p).dispose();
        PilotPage page = pages.remove(p);
        if (page != null) {
          page.dispose();
        }
      }
    }
    int index = 1;
    for (Pilot p : pilots) {
      CTabItem tab = tabs.get(p);
      if (tab == null) {
        tab = new CTabItem(folder, SWT.NONE, index);
        tab.setData(p);
        tabs.put(p, tab);
      } else if (folder.indexOf(tab) != index) {
        // order changed: recreate the tab at its place, keeping its page
        CTabItem moved = new CTabItem(folder, SWT.NONE, index);
        moved.setData(p);
        moved.setControl(tab.getControl());
        boolean selected = folder.getSelection() == tab;
        tab.dispose();
        tabs.put(p, moved);
        tab = moved;
        if (selected) {
          folder.setSelection(moved);
        }
      }
      String name = p.getName() == null || p.getName().isBlank() ? Messages.Common_Unnamed : p.getName();
      tab.setText(name.length() > 32 ? name.substring(0, 31) + "\u2026" : name);
      tab.setToolTipText(name);
      index++;
    }
  }

  private void pageShown() {
    PilotPage page = shownPage();
    if (page != null) {
      page.refresh();
    }
  }

  private PilotPage shownPage() {
    CTabItem tab = folder.getSelection();
    if (tab == null || !(tab.getData() instanceof Pilot p)) {
      return null;
    }
    return page(p);
  }

  /** The page of {@code p}, built on first use. */
  public PilotPage page(Pilot p) {
    PilotPage page = pages.get(p);
    if (page == null) {
      CTabItem tab = tabs.get(p);
      if (tab == null) {
        return null;
      }
      page = new PilotPage(folder, p, this, toolkit);
      pages.put(p, page);
      tab.setControl(page.getControl());
    }
    return page;
  }

  /** Shows the page of {@code p}. */
  public PilotPage showPage(Pilot p) {
    syncTabs();
    PilotPage page = page(p);
    if (page != null) {
      folder.setSelection(tabs.get(p));
      page.refresh();
    }
    return page;
  }

  @Override
  public void selectObject(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof Pilot p) {
        PilotPage page = showPage(p);
        if (page != null && object != p) {
          page.select(object);
        }
        return;
      }
    }
    folder.setSelection(overviewTab);
    if (object instanceof StrategyModel || object == null) {
      overview.getTable().setFocus();
    }
  }

  /** Goes to where a governance gap is fixed: the governance editor, or this pilot's initiative field. */
  void showGap(GovernanceGate.Gap gap) {
    if (gap.kind() == GovernanceGate.Kind.INITIATIVE) {
      PilotPage page = shownPage();
      if (page != null) {
        page.focusInitiative();
      }
      return;
    }
    try {
      if (ModelEditors.openPart(getSite().getPage(), getSession(), ModelParts.find("governance").orElseThrow(),
          null) instanceof GovernanceEditor g) {
        g.showGap(gap);
      }
    } catch (PartInitException e) {
      org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Wedge", e.getMessage());
    }
  }

  /** The pilots selected in the overview. */
  public List<?> selectedPilots() {
    return ((IStructuredSelection) overview.getSelection()).toList();
  }

  public void selectInOverview(Pilot p) {
    folder.setSelection(overviewTab);
    overview.setSelection(new StructuredSelection(p), true);
  }

  @Override
  protected String partLabel() {
    return Messages.Pilots_Title;
  }

  @Override
  public void setFocus() {
    if (folder.getSelection() == overviewTab) {
      overview.getTable().setFocus();
    } else if (folder.getSelection() != null && folder.getSelection().getControl() != null) {
      folder.getSelection().getControl().setFocus();
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
    super.dispose();
  }
}
