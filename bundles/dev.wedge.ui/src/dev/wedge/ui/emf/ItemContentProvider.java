package dev.wedge.ui.emf;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Children and parents from EMF item providers, and viewer refreshes from their notifications, batched into one
 * refresh per event-loop turn (thin stand-in for emf.edit.ui's AdapterFactoryContentProvider).
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

  private final AdapterFactory adapterFactory;
  private StructuredViewer viewer;
  private final Set<Object> toRefresh = new LinkedHashSet<>();
  private final Set<Object> toUpdate = new LinkedHashSet<>();
  private boolean refreshAll;
  private boolean scheduled;

  public ItemContentProvider(AdapterFactory adapterFactory) {
    this.adapterFactory = adapterFactory;
    if (adapterFactory instanceof IChangeNotifier notifier) {
      notifier.addListener(this);
    }
  }

  @Override
  public void inputChanged(Viewer v, Object oldInput, Object newInput) {
    viewer = v instanceof StructuredViewer sv ? sv : null;
  }

  @Override
  public Object[] getElements(Object input) {
    if (input instanceof Object[] array) {
      return array;
    }
    if (input instanceof Collection<?> c) {
      return c.toArray();
    }
    IStructuredItemContentProvider p = (IStructuredItemContentProvider) adapterFactory.adapt(input,
        IStructuredItemContentProvider.class);
    return p == null ? new Object[0] : p.getElements(input).toArray();
  }

  @Override
  public Object[] getChildren(Object parent) {
    ITreeItemContentProvider p = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
    return p == null ? new Object[0] : p.getChildren(parent).toArray();
  }

  @Override
  public Object getParent(Object element) {
    ITreeItemContentProvider p = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    return p == null ? null : p.getParent(element);
  }

  @Override
  public boolean hasChildren(Object element) {
    ITreeItemContentProvider p = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    return p != null && p.hasChildren(element);
  }

  @Override
  public void notifyChanged(Notification notification) {
    if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
      return;
    }
    if (notification instanceof IViewerNotification vn) {
      Object element = vn.getElement();
      if (vn.isContentRefresh()) {
        if (element == null) {
          refreshAll = true;
        } else {
          toRefresh.add(element);
        }
      } else if (vn.isLabelUpdate() && element != null) {
        toUpdate.add(element);
      }
    } else {
      refreshAll = true;
    }
    if (!scheduled) {
      scheduled = true;
      viewer.getControl().getDisplay().asyncExec(this::flush);
    }
  }

  private void flush() {
    scheduled = false;
    if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
      return;
    }
    if (refreshAll) {
      viewer.refresh(true);
    } else {
      for (Object o : toRefresh) {
        viewer.refresh(o, true);
      }
      if (!toUpdate.isEmpty()) {
        viewer.update(toUpdate.toArray(), null);
      }
    }
    refreshAll = false;
    toRefresh.clear();
    toUpdate.clear();
  }

  /** Applies pending refreshes now (tests and code that must see the viewer up to date). */
  public void flushPending() {
    if (scheduled) {
      flush();
    }
  }

  @Override
  public void dispose() {
    if (adapterFactory instanceof IChangeNotifier notifier) {
      notifier.removeListener(this);
    }
  }
}
