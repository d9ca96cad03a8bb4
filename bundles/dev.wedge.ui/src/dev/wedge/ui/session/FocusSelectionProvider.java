package dev.wedge.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * An editor's selection when it has several viewers: the selection of the one that last had focus (or last changed
 * its selection). The Properties view and Delete follow it.
 */
public class FocusSelectionProvider implements ISelectionProvider {

  private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
  private final List<ISelectionProvider> providers = new ArrayList<>();
  private ISelectionProvider current;
  private final ISelectionChangedListener forward = e -> {
    current = e.getSelectionProvider();
    fire(e.getSelection());
  };

  /** Adds a viewer (or any provider) whose control is {@code control}. */
  public void add(ISelectionProvider provider, Control control) {
    providers.add(provider);
    provider.addSelectionChangedListener(forward);
    control.addListener(SWT.FocusIn, e -> {
      if (current != provider) {
        current = provider;
        fire(provider.getSelection());
      }
    });
    if (current == null) {
      current = provider;
    }
  }

  private void fire(ISelection selection) {
    SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
    for (ISelectionChangedListener l : listeners) {
      l.selectionChanged(event);
    }
  }

  @Override
  public void addSelectionChangedListener(ISelectionChangedListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeSelectionChangedListener(ISelectionChangedListener listener) {
    listeners.remove(listener);
  }

  @Override
  public ISelection getSelection() {
    return current == null ? StructuredSelection.EMPTY : current.getSelection();
  }

  @Override
  public void setSelection(ISelection selection) {
    if (current != null) {
      current.setSelection(selection);
    }
  }
}
