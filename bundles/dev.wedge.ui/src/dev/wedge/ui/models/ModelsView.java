package dev.wedge.ui.models;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.ui.Messages;
import dev.wedge.ui.WedgeUi;
import dev.wedge.ui.decorations.DecorationRefresher;
import dev.wedge.ui.decorations.ModelLabels;
import dev.wedge.ui.emf.ItemContentProvider;
import dev.wedge.ui.emf.ItemLabelProvider;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.ModelPropertySheetPage;
import dev.wedge.ui.session.SessionActions;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * The open models and their parts (Strategy, Metrics, Pilots, Stakeholders, Governance, ...). Double-click opens the
 * part's editor; Save, Undo, Redo and Delete act on the selected model.
 */
public class ModelsView extends ViewPart implements ISaveablePart, IEditingDomainProvider {

  public static final String ID = "dev.wedge.ui.views.models";

  private TreeViewer viewer;
  private final Map<ModelSession, ItemContentProvider> contents = new HashMap<>();
  private final Map<ModelSession, ItemLabelProvider> labels = new HashMap<>();
  private final Map<ModelSession, SessionActions> actions = new HashMap<>();
  private final Runnable modelsChanged = () -> runOnUi(this::refreshAll);
  private final ModelSessionListener sessionListener = new ModelSessionListener() {
    @Override
    public void commandStackChanged(ModelSession session, EventObject event) {
      runOnUi(() -> {
        if (!viewer.getControl().isDisposed()) {
          viewer.refresh(session, true);
        }
      });
    }

    @Override
    public void stateChanged(ModelSession session) {
      runOnUi(() -> {
        if (!viewer.getControl().isDisposed()) {
          viewer.update(session, null);
          firePropertyChange(PROP_DIRTY);
        }
      });
    }
  };
  /** A plug-in's words beside a model's name changed: that model's row (every model's for null) is repainted. */
  private final java.util.function.Consumer<ModelSession> wordsChanged = session -> runOnUi(() -> {
    if (viewer != null && !viewer.getControl().isDisposed()) {
      viewer.update(session == null ? WorkbenchModels.get().getModels().toArray() : new Object[] {session}, null);
    }
  });
  private LocalResourceManager resources;
  private ModelSession current;

  @Override
  public void createPartControl(Composite parent) {
    resources = new LocalResourceManager(JFaceResources.getResources(), parent);
    viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
    viewer.setUseHashlookup(true);
    viewer.setContentProvider(new Contents());
    viewer.setLabelProvider(new Labels());
    viewer.setInput(WorkbenchModels.get());
    viewer.addDoubleClickListener(e -> openSelection());
    viewer.addSelectionChangedListener(e -> selectionChanged());
    getSite().setSelectionProvider(viewer);
    viewer.getTree().setToolTipText(Messages.Models_Empty);
    MenuManager menu = new MenuManager();
    menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    getSite().registerContextMenu(menu, viewer);
    dev.wedge.ui.dnd.ModelTreeFileDrop.attach(viewer, getSite().getPage()); // CSV, xAPI onto a metric; .wedge files
    WorkbenchModels.get().addChangeListener(modelsChanged);
    DecorationRefresher.install(viewer, null);
    ModelLabels.addListener(wordsChanged);
    viewer.getControl().addDisposeListener(e -> ModelLabels.removeListener(wordsChanged));
    refreshAll();
  }

  public TreeViewer getViewer() {
    return viewer;
  }

  private void refreshAll() {
    if (viewer == null || viewer.getControl().isDisposed()) {
      return;
    }
    List<ModelSession> open = WorkbenchModels.get().getModels();
    for (ModelSession s : List.copyOf(contents.keySet())) {
      if (!open.contains(s) || s.isDisposed()) {
        forget(s);
      }
    }
    for (ModelSession s : open) {
      if (!contents.containsKey(s)) {
        s.addListener(sessionListener);
        ItemContentProvider cp = new ItemContentProvider(s.getAdapterFactory());
        contents.put(s, cp);
        labels.put(s, new ItemLabelProvider(s.getAdapterFactory(), viewer.getControl()).decorateFor(s));
      }
    }
    viewer.refresh();
    viewer.getTree().setToolTipText(open.isEmpty() ? Messages.Models_Empty : null);
    for (ModelSession s : open) {
      viewer.setExpandedState(s, true);
    }
    firePropertyChange(PROP_DIRTY);
  }

  private void forget(ModelSession s) {
    s.removeListener(sessionListener);
    ItemContentProvider cp = contents.remove(s);
    if (cp != null) {
      cp.dispose();
    }
    labels.remove(s);
    SessionActions a = actions.remove(s);
    if (a != null) {
      a.dispose();
    }
    if (current == s) {
      current = null;
    }
  }

  /** The session of the selected node, if any. */
  public ModelSession selectedSession() {
    Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    return sessionOfNode(first);
  }

  private ModelSession sessionOfNode(Object node) {
    if (node instanceof ModelSession s) {
      return s;
    }
    if (node instanceof PartNode p) {
      return p.session();
    }
    return node == null ? null : WorkbenchModels.get().sessionOf(node).orElse(null);
  }

  private void selectionChanged() {
    ModelSession s = selectedSession();
    if (s != null) {
      ActiveModel.set(s);
    }
    if (s != current) {
      current = s;
      if (s != null) {
        actions.computeIfAbsent(s, SessionActions::new).install(getViewSite().getActionBars(), viewer);
      }
      firePropertyChange(PROP_DIRTY);
    }
  }

  private void openSelection() {
    Object node = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    ModelSession s = sessionOfNode(node);
    if (s == null) {
      return;
    }
    try {
      if (node instanceof ModelSession) {
        ModelEditors.openOverview(getSite().getPage(), s);
      } else if (node instanceof PartNode p) {
        ModelEditors.openPart(getSite().getPage(), s, p.part(), null);
      } else if (node instanceof EObject o) {
        ModelEditors.openObject(getSite().getPage(), s, o);
      }
    } catch (PartInitException e) {
      WedgeUi.log("Could not open an editor", e);
    }
  }

  /** Selects and reveals {@code node} (a session, part node or model object). */
  public void select(Object node) {
    viewer.setSelection(new StructuredSelection(node), true);
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  @Override
  public EditingDomain getEditingDomain() {
    ModelSession s = selectedSession();
    return s == null ? null : s.getEditingDomain();
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == IPropertySheetPage.class) {
      // always Wedge's page, even before any model is open: it follows the selection into whichever model it is in
      return adapter.cast(new ModelPropertySheetPage(viewer == null ? null : selectedSession()));
    }
    if (adapter == ModelSession.class) {
      return adapter.cast(selectedSession());
    }
    return super.getAdapter(adapter);
  }

  // ISaveablePart: Save (Ctrl+S) in the Models view saves the selected model

  @Override
  public void doSave(IProgressMonitor monitor) {
    ModelSession s = selectedSession();
    if (s != null) {
      WorkbenchModels.save(s, getSite().getShell());
    }
  }

  @Override
  public void doSaveAs() {
    // Save As is offered by the editors
  }

  @Override
  public boolean isDirty() {
    ModelSession s = viewer == null ? null : selectedSession();
    return s != null && s.isDirty();
  }

  @Override
  public boolean isSaveAsAllowed() {
    return false;
  }

  @Override
  public boolean isSaveOnCloseNeeded() {
    return false; // Wedge asks once at exit for every model with unsaved changes
  }

  @Override
  public void dispose() {
    WorkbenchModels.get().removeChangeListener(modelsChanged);
    for (ModelSession s : List.copyOf(contents.keySet())) {
      forget(s);
    }
    super.dispose();
  }

  private void runOnUi(Runnable r) {
    if (viewer == null || viewer.getControl().isDisposed()) {
      return;
    }
    if (viewer.getControl().getDisplay().getThread() == Thread.currentThread()) {
      r.run();
    } else {
      viewer.getControl().getDisplay().asyncExec(() -> {
        if (!viewer.getControl().isDisposed()) {
          r.run();
        }
      });
    }
  }

  private final class Contents implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
      return WorkbenchModels.get().getModels().toArray();
    }

    @Override
    public Object[] getChildren(Object node) {
      if (node instanceof ModelSession s) {
        return ModelParts.all().stream().map(p -> new PartNode(s, p))
            .filter(p -> !p.part().hideWhenEmpty() || !p.objects().isEmpty()).toArray();
      }
      if (node instanceof PartNode p) {
        return p.objects().toArray();
      }
      ModelSession s = sessionOfNode(node);
      ItemContentProvider cp = s == null ? null : contents.get(s);
      return cp == null ? new Object[0] : cp.getChildren(node);
    }

    @Override
    public Object getParent(Object node) {
      if (node instanceof PartNode p) {
        return p.session();
      }
      if (node instanceof EObject o && o.eContainer() != null) {
        ModelSession s = sessionOfNode(o);
        EObject c = o.eContainer();
        if (s == null) {
          return null;
        }
        // objects right under the model, or under a single root object (governance, maturity), sit in a part
        if (c instanceof dev.wedge.model.StrategyModel) {
          return partNode(s, o.eContainingFeature());
        }
        if (c.eContainer() instanceof dev.wedge.model.StrategyModel && !c.eContainingFeature().isMany()) {
          return partNode(s, c.eContainingFeature());
        }
        return c;
      }
      return null;
    }

    private Object partNode(ModelSession s, org.eclipse.emf.ecore.EStructuralFeature f) {
      return ModelParts.all().stream().filter(p -> p.features().contains(f)).findFirst()
          .map(p -> (Object) new PartNode(s, p)).orElse(s);
    }

    @Override
    public boolean hasChildren(Object node) {
      if (node instanceof ModelSession || node instanceof PartNode) {
        return true;
      }
      ModelSession s = sessionOfNode(node);
      ItemContentProvider cp = s == null ? null : contents.get(s);
      return cp != null && cp.hasChildren(node);
    }
  }

  private final class Labels extends LabelProvider {
    @Override
    public String getText(Object node) {
      if (node instanceof ModelSession s) {
        String listed = ModelNames.listed(s.getName(), s.getFile(), WorkbenchModels.get().getModels().stream()
            .map(ModelSession::getFile).toList(), Path.of(System.getProperty("user.home")));
        String name = s.getModel().getName() != null && !s.getModel().getName().isBlank()
            ? listed + "  (" + s.getModel().getName() + ")" : listed;
        return (s.isDirty() ? MessageFormat.format(Messages.Models_Dirty, name) : name) + ModelLabels.suffixOf(s);
      }
      if (node instanceof PartNode p) {
        return p.part().name() + "  (" + p.objects().size() + ")";
      }
      ItemLabelProvider lp = labelsFor(node);
      return lp == null ? String.valueOf(node) : lp.getText(node);
    }

    @Override
    public Image getImage(Object node) {
      if (node instanceof ModelSession) {
        return WedgeUi.image(WedgeUi.IMG_MODEL);
      }
      if (node instanceof PartNode p) {
        return p.part().icon() == null ? null : resources.create(p.part().icon());
      }
      ItemLabelProvider lp = labelsFor(node);
      return lp == null ? null : lp.getImage(node);
    }

    private ItemLabelProvider labelsFor(Object node) {
      ModelSession s = sessionOfNode(node);
      return s == null ? null : labels.get(s);
    }
  }

  /** The adapter factory of {@code object}'s session (for code that labels model objects shown in this view). */
  public AdapterFactory adapterFactoryOf(Object object) {
    ModelSession s = sessionOfNode(object);
    return s == null ? null : s.getAdapterFactory();
  }
}
