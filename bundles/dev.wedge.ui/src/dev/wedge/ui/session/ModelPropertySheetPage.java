package dev.wedge.ui.session;

import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISecondarySaveableSource;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;

import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.emf.ItemPropertySourceProvider;
import dev.wedge.ui.Messages;
import dev.wedge.ui.objects.CombinedPropertySource;
import dev.wedge.ui.objects.ObjectContributions;

/**
 * The Properties view page for Wedge objects, of whichever open model they belong to: edits are commands on that
 * model's session (undoable from the Properties view too), and the page refreshes whenever the model changes
 * elsewhere. Properties are grouped in the method's categories, in the order the model declares them (General first,
 * the advanced Internal group last), not alphabetically.
 */
public class ModelPropertySheetPage extends PropertySheetPage {

  private static final String LAST = Messages.Properties_Internal;

  private ModelSession session;
  private final CommandStackListener refresher = this::modelChanged;
  private SessionActions actions;
  private IActionBars bars;
  private final Map<String, Integer> entryOrder = new HashMap<>();
  private final Map<String, Integer> categoryOrder = new HashMap<>();

  /** @param session the model shown first (null: none yet; the page follows the selection) */
  public ModelPropertySheetPage(ModelSession session) {
    ItemPropertySourceProvider own = new ItemPropertySourceProvider(o -> WorkbenchModels.get().sessionOf(o)
        .map(ModelSession::getAdapterFactory).orElse(null));
    setPropertySourceProvider(o -> {
      IPropertySource source = own.getPropertySource(o);
      if (source == null || !(o instanceof EObject e) || o instanceof IPropertySource) {
        return source;
      }
      ModelSession s = WorkbenchModels.get().sessionOf(e).orElse(null);
      List<IPropertySource> more = s == null ? List.of() : ObjectContributions.properties(s, e, this::refreshLater);
      return more.isEmpty() ? source : new CombinedPropertySource(source, more);
    });
    setSorter(new PropertySheetSorter() {
      @Override
      public int compare(IPropertySheetEntry a, IPropertySheetEntry b) {
        int ra = entryOrder.getOrDefault(a.getDisplayName(), Integer.MAX_VALUE);
        int rb = entryOrder.getOrDefault(b.getDisplayName(), Integer.MAX_VALUE);
        if (ra == Integer.MAX_VALUE && rb == Integer.MAX_VALUE) {
          return 0; // contributed properties (a History, newest first) keep the order they come in
        }
        int c = Integer.compare(ra, rb);
        return c != 0 ? c : super.compare(a, b);
      }

      @Override
      public int compareCategories(String a, String b) {
        int c = Integer.compare(categoryRank(a), categoryRank(b));
        return c != 0 ? c : super.compareCategories(a, b);
      }
    });
    follow(session);
  }

  private int categoryRank(String category) {
    if (category == null || LAST.equals(category)) {
      return Integer.MAX_VALUE;
    }
    return categoryOrder.getOrDefault(category, Integer.MAX_VALUE - 1);
  }

  /** The session whose objects the page shows now, or null. */
  public ModelSession session() {
    return session;
  }

  @Override
  public void selectionChanged(IWorkbenchPart part, ISelection selection) {
    if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o) {
      WorkbenchModels.get().sessionOf(o).ifPresent(this::follow);
      order(o);
    }
    super.selectionChanged(part, selection);
  }

  /** Orders entries and categories as the object's class declares its features. */
  private void order(EObject o) {
    entryOrder.clear();
    categoryOrder.clear();
    AdapterFactory factory = session == null ? null : session.getAdapterFactory();
    IItemPropertySource source = factory == null ? null
        : (IItemPropertySource) factory.adapt(o, IItemPropertySource.class);
    if (source == null) {
      return;
    }
    int i = 0;
    for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
      IItemPropertyDescriptor d = source.getPropertyDescriptor(o, f);
      if (d == null) {
        continue;
      }
      entryOrder.putIfAbsent(d.getDisplayName(o), i);
      String category = d.getCategory(o);
      if (category != null) {
        categoryOrder.putIfAbsent(category, i);
      }
      i++;
    }
  }

  private void follow(ModelSession s) {
    if (s == session || s == null) {
      return;
    }
    if (session != null) {
      session.getCommandStack().removeCommandStackListener(refresher);
    }
    session = s;
    session.getCommandStack().addCommandStackListener(refresher);
    installActions();
  }

  private void installActions() {
    if (bars == null || session == null) {
      return;
    }
    if (actions != null) {
      actions.dispose();
    }
    actions = new SessionActions(session);
    actions.install(bars, null);
  }

  /** Contributed properties read in the background are there: the page shows them (from any thread). */
  private void refreshLater() {
    Control c = getControl();
    if (c != null && !c.isDisposed()) {
      c.getDisplay().asyncExec(() -> {
        if (getControl() != null && !getControl().isDisposed()) {
          refresh();
        }
      });
    }
  }

  private void modelChanged(EventObject e) {
    Control c = getControl();
    if (c != null && !c.isDisposed()) {
      c.getDisplay().asyncExec(() -> {
        if (getControl() != null && !getControl().isDisposed()) {
          refresh();
        }
      });
    }
  }

  /**
   * The Properties view shows the model's unsaved state (its "*") and tells the workbench when it changes, so Save
   * (Ctrl+S) is enabled right after an edit made in the view, a reference dialog's OK included.
   */
  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == ISecondarySaveableSource.class) {
      return adapter.cast(DIRTY_STATE);
    }
    return super.getAdapter(adapter);
  }

  private static final ISecondarySaveableSource DIRTY_STATE = new ISecondarySaveableSource() {
    @Override
    public boolean isDirtyStateSupported() {
      return true;
    }
  };

  @Override
  public void setActionBars(IActionBars actionBars) {
    super.setActionBars(actionBars);
    this.bars = actionBars;
    installActions();
  }

  @Override
  public void dispose() {
    if (session != null) {
      session.getCommandStack().removeCommandStackListener(refresher);
    }
    if (actions != null) {
      actions.dispose();
    }
    super.dispose();
  }
}
