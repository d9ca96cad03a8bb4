package dev.wedge.ui.editors;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;

import dev.wedge.ui.Messages;
import dev.wedge.ui.decorations.DecorationRefresher;
import dev.wedge.ui.emf.ItemContentProvider;
import dev.wedge.ui.emf.ItemLabelProvider;
import dev.wedge.ui.emf.WrappingToolTips;
import dev.wedge.ui.session.SessionEditorPart;

/**
 * The whole model as a tree: the power user's raw view. Every object can be selected, edited in the Properties view,
 * created (context menu › New Child) and deleted; every edit is a command on the model's session.
 */
public class ModelTreeEditor extends SessionEditorPart {

  private TreeViewer viewer;
  private ItemContentProvider contentProvider;

  @Override
  protected void createContents(Composite parent) {
    viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
    viewer.setUseHashlookup(true);
    contentProvider = new ItemContentProvider(getSession().getAdapterFactory());
    viewer.setContentProvider(contentProvider);
    viewer.setLabelProvider(new ItemLabelProvider(getSession().getAdapterFactory(), viewer.getControl())
        .decorateFor(getSession()));
    WrappingToolTips.enableFor(viewer);
    DecorationRefresher.install(viewer, getSession());
    viewer.setInput(List.of(getSession().getModel()));
    viewer.expandToLevel(2);
    viewer.addDoubleClickListener(e -> {
      Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
      if (o != null) {
        viewer.setExpandedState(o, !viewer.getExpandedState(o));
      }
    });
    getSite().setSelectionProvider(viewer);

    MenuManager menu = new MenuManager();
    menu.setRemoveAllWhenShown(true);
    menu.addMenuListener(this::fillContextMenu);
    viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    getSite().registerContextMenu(menu, viewer);
  }

  private void fillContextMenu(IMenuManager menu) {
    Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    if (selected instanceof EObject owner) {
      MenuManager newChild = new MenuManager(Messages.Tree_NewChild);
      Collection<?> descriptors = getSession().getEditingDomain().getNewChildDescriptors(owner, null);
      for (Object d : descriptors) {
        if (d instanceof CommandParameter cp) {
          Command c = CreateChildCommand.create(getSession().getEditingDomain(), owner, cp, List.of(owner));
          if (!c.canExecute()) {
            continue;
          }
          Action a = new Action(c.getLabel()) {
            @Override
            public void run() {
              getSession().execute(c);
              Collection<?> created = c.getAffectedObjects();
              // after the tree has the new object: EMF's content provider adds it in a refresh it posts to the
              // display, so selecting it now would select nothing and leave the Properties view empty
              viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                  viewer.setSelection(new StructuredSelection(created.toArray()), true);
                }
              });
            }
          };
          a.setImageDescriptor(null);
          newChild.add(a);
        }
      }
      menu.add(newChild);
      menu.add(new Separator());
    }
    menu.add(getActions().undoAction());
    menu.add(getActions().redoAction());
    menu.add(new Separator());
    menu.add(getActions().deleteAction());
    menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
  }

  /** The tree (tests drive it directly). */
  public TreeViewer getViewer() {
    return viewer;
  }

  @Override
  public void selectObject(EObject object) {
    contentProvider.flushPending();
    viewer.setSelection(new StructuredSelection(object), true);
  }

  @Override
  protected String partLabel() {
    return Messages.Tree_Label;
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  /** For labels in tests and menus. */
  public String labelOf(Object o) {
    IItemLabelProvider p = (IItemLabelProvider) getSession().getAdapterFactory().adapt(o, IItemLabelProvider.class);
    return p == null ? String.valueOf(o) : p.getText(o);
  }
}
