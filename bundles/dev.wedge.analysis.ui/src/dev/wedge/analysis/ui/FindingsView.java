package dev.wedge.analysis.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.wedge.analysis.AnalysisDescriptor;
import dev.wedge.analysis.Finding;
import dev.wedge.analysis.FindingFilter;
import dev.wedge.analysis.Severity;
import dev.wedge.analysis.engine.AnalysisEngines;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.SessionActions;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;

/**
 * The findings of the model in focus (or of every open model), like the Problems view: grouped by severity and
 * category, filtered by severity, text, analysis and plug-in, sorted by a column's header, double-click to go to the
 * object, Ctrl+1 for the quick fix, counts in the title and the status line.
 */
public class FindingsView extends ViewPart {

  public static final String ID = "dev.wedge.analysis.ui.findings";

  /** A severity group, and inside it a category group. */
  public record Group(Severity severity, String category, List<Object> children) {
    // the same group across refreshes (so expanded groups stay expanded)
    @Override
    public boolean equals(Object o) {
      return o instanceof Group g && g.severity == severity && java.util.Objects.equals(g.category, category);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(severity, category);
    }
  }

  /** The analyses that failed. */
  public record Failures(List<AnalysisFailure> failures) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Failures;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  private TreeViewer viewer;
  private FindingsFilterBar filterBar;
  private FindingFilter filter = FindingFilter.ALL;
  private boolean thisModelOnly = true;
  private final Map<Finding, ModelSession> owners = new IdentityHashMap<>();
  private int shown;
  private int total;
  private MissingPluginBar missingPlugins;
  private final Runnable modelsChanged = () -> {
    if (!thisModelOnly) {
      refresh();
    }
  };
  private ModelSession session;
  private SessionActions actions;
  private final Consumer<ModelSession> activeChanged = s -> show(s);
  private final Consumer<ModelSession> findingsChanged = s -> {
    if (s == session || !thisModelOnly) {
      refresh();
    }
  };

  @Override
  public void createPartControl(Composite parent) {
    org.eclipse.swt.layout.GridLayout stack = new org.eclipse.swt.layout.GridLayout(1, false);
    stack.marginWidth = 0;
    stack.marginHeight = 0;
    stack.verticalSpacing = 0;
    parent.setLayout(stack);
    missingPlugins = new MissingPluginBar(parent);
    filterBar = new FindingsFilterBar(parent, this);
    Composite box = new Composite(parent, SWT.NONE);
    box.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
    TreeColumnLayout layout = new TreeColumnLayout();
    box.setLayout(layout);
    viewer = new TreeViewer(box, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
    // a finding is one row: two models' findings that read alike (a finding about a whole model names no object)
    // are equal records, and a tree matching rows by equality kept one model's rows after the other's were gone
    viewer.setComparer(new org.eclipse.jface.viewers.IElementComparer() {
      @Override
      public boolean equals(Object a, Object b) {
        return a instanceof Finding || b instanceof Finding ? a == b : java.util.Objects.equals(a, b);
      }

      @Override
      public int hashCode(Object e) {
        return e instanceof Finding ? System.identityHashCode(e) : java.util.Objects.hashCode(e);
      }
    });
    viewer.getTree().setHeaderVisible(true);
    viewer.getTree().setLinesVisible(true);
    viewer.setContentProvider(new FindingsTree.Contents());
    FindingColumns.install(viewer, layout, this::label, owners::get);
    viewer.setComparator(new FindingsSorter(this));
    dev.wedge.ui.emf.WrappingToolTips.enableFor(viewer);
    viewer.addDoubleClickListener(e -> open());
    getSite().setSelectionProvider(viewer);
    FailureDetails.follow(viewer, getViewSite());
    MenuManager menu = new MenuManager();
    menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    getSite().registerContextMenu(menu, viewer);

    AnalysisStartup.attachAll();
    WorkbenchFindings.get().addListener(findingsChanged);
    WorkbenchModels.get().addChangeListener(modelsChanged);
    ActiveModel.addListener(activeChanged);
    show(ActiveModel.get());
  }

  /** The analysis' name as its plug-in gives it (its id only when it is no longer installed). */
  static String analysisName(String id) {
    return AnalysisEngines.registry().find(id).map(AnalysisDescriptor::name).orElse(id);
  }

  /** The name of {@code o}, an object of the model {@code finding} was found in. */
  String label(Finding finding, EObject o) {
    ModelSession owner = owners.getOrDefault(finding, session);
    AdapterFactory f = owner == null ? null : owner.getAdapterFactory();
    IItemLabelProvider p = f == null ? null : (IItemLabelProvider) f.adapt(o, IItemLabelProvider.class);
    return p == null ? o.eClass().getName() : p.getText(o);
  }

  /** Shows the findings of {@code s} (null: none). */
  public void show(ModelSession s) {
    if (viewer == null || viewer.getControl().isDisposed()) {
      return;
    }
    if (s != null) {
      WorkbenchFindings.get().attach(s);
    }
    if (s != session) {
      session = s;
      if (actions != null) {
        actions.dispose();
        actions = null;
      }
      if (s != null) {
        actions = new SessionActions(s);
        actions.install(getViewSite().getActionBars(), null);
      }
    }
    refresh();
  }

  /** The model whose findings are shown. */
  public ModelSession session() {
    return session;
  }

  public TreeViewer viewer() {
    return viewer;
  }

  /** The note about plug-in data nobody reads that the view shows now ("" when there is none, or dismissed). */
  public String missingPluginNote() {
    return missingPlugins.shown();
  }

  /** Dismisses that note for the model shown (until it is opened again). */
  public void dismissMissingPluginNote() {
    missingPlugins.dismiss();
  }

  /** The filter of the filter bar; the view shows what it keeps. */
  public FindingFilter filter() {
    return filter;
  }

  public void setFilter(FindingFilter f) {
    filter = f;
    refresh();
  }

  /** Whether the view shows the model in focus only (else every open model's findings). */
  public boolean thisModelOnly() {
    return thisModelOnly;
  }

  public void setThisModelOnly(boolean only) {
    thisModelOnly = only;
    refresh();
  }

  /** The filter bar (severity, text, analysis, plug-in, this model only). */
  public FindingsFilterBar filterBar() {
    return filterBar;
  }

  void refresh() {
    if (viewer == null || viewer.getControl().isDisposed()) {
      return;
    }
    FindingsSnapshot s = WorkbenchFindings.get().snapshotOf(session);
    missingPlugins.update(session);
    owners.clear();
    List<Finding> findings = new ArrayList<>();
    List<AnalysisFailure> failures = new ArrayList<>();
    List<ModelSession> models = thisModelOnly ? (session == null ? List.of() : List.of(session))
        : WorkbenchModels.get().getModels();
    total = 0;
    for (ModelSession m : models) {
      WorkbenchFindings.get().attach(m);
      FindingsSnapshot snapshot = WorkbenchFindings.get().snapshotOf(m);
      total += snapshot.findings().size() + snapshot.failures().size();
      for (Finding f : snapshot.findings()) {
        owners.put(f, m);
        if (filter.accepts(f, AnalysisEngines.registry(), o -> label(f, o))) {
          findings.add(f);
        }
      }
      for (AnalysisFailure a : snapshot.failures()) {
        if (filter.accepts(a) && !failures.contains(a)) {
          failures.add(a);
        }
      }
    }
    shown = findings.size() + failures.size();
    filterBar.update();
    FindingsTree.show(viewer, FindingsTree.groups(findings, failures));
    String description = shown == total ? Messages.View_ModelSummary : Messages.View_ModelSummaryFiltered;
    if (thisModelOnly) {
      setContentDescription(session == null ? Messages.View_NoModel // the summary says "1 analysis off"
          : NLS.bind(description, new Object[] {session.getName(), WorkbenchFindings.shortSummary(s), shown, total}));
    } else {
      setContentDescription(models.isEmpty() ? Messages.View_NoModel
          : NLS.bind(description, new Object[] {
              dev.wedge.core.text.Plurals.count(models.size(), Messages.View_OpenModel, Messages.View_OpenModels),
              dev.wedge.core.text.Plurals.count(total, Messages.View_Finding, Messages.View_Findings), shown, total}));
    }
  }

  /** The model {@code f} was found in. */
  ModelSession ownerOf(Finding f) {
    return owners.getOrDefault(f, session);
  }

  /** How many findings (and failed analyses) the view shows now, after the filter. */
  public int shownCount() {
    return shown;
  }

  /** Opens the selected finding's object in the editor that shows it best. */
  void open() {
    Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    if (o instanceof Group) {
      viewer.setExpandedState(o, !viewer.getExpandedState(o));
      return;
    }
    ModelSession owner = o instanceof Finding f ? owners.getOrDefault(f, session) : null;
    if (o instanceof Finding f && owner != null) {
      try {
        if (f.primaryObject() == null) {
          ModelEditors.openTree(getSite().getPage(), owner, null);
        } else {
          ModelEditors.openObject(getSite().getPage(), owner, f.primaryObject());
        }
      } catch (PartInitException e) {
        WedgeUi.log("Could not open the object of a finding", e);
      }
    }
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == ModelSession.class) {
      return adapter.cast(session);
    }
    return super.getAdapter(adapter);
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  @Override
  public void dispose() {
    WorkbenchFindings.get().removeListener(findingsChanged);
    WorkbenchModels.get().removeChangeListener(modelsChanged);
    ActiveModel.removeListener(activeChanged);
    if (actions != null) {
      actions.dispose();
    }
    super.dispose();
  }
}
