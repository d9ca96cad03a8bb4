package dev.wedge.ui.session;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.wedge.core.session.ModelSession;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * Undo, Redo and Delete of one session, bound to the workbench's Edit commands (Ctrl+Z, Ctrl+Y, Delete) while the
 * part that installed them is active. Labels name the command ("Undo Set Name").
 */
public final class SessionActions implements CommandStackListener, ISelectionChangedListener {

  private final ModelSession session;
  private final Action undo = new Action() {
    @Override
    public void run() {
      session.getCommandStack().undo();
    }
  };
  private final Action redo = new Action() {
    @Override
    public void run() {
      session.getCommandStack().redo();
    }
  };
  private final Action delete = new Action(Messages.Actions_Delete) {
    @Override
    public void run() {
      Command c = deleteCommand();
      if (c != null && c.canExecute()) {
        session.execute(c);
      }
    }
  };
  private ISelectionProvider selectionProvider;
  private dev.wedge.ui.clipboard.ClipboardActions clipboard;

  public SessionActions(ModelSession session) {
    this.session = session;
    ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
    undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
    undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
    redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
    redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
    delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
    delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
    session.getCommandStack().addCommandStackListener(this);
    update();
  }

  /** Binds the actions to the part's action bars; Delete acts on {@code selection}'s model objects. */
  public void install(IActionBars bars, ISelectionProvider selection) {
    bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
    bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    if (selection != null) {
      this.selectionProvider = selection;
      selection.addSelectionChangedListener(this);
      bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
      clipboard = dev.wedge.ui.clipboard.ClipboardActions.install(session, bars, selection, clipboard);
    }
    bars.updateActionBars();
  }

  public Action undoAction() {
    return undo;
  }

  public Action redoAction() {
    return redo;
  }

  public Action deleteAction() {
    return delete;
  }

  private Command deleteCommand() {
    if (selectionProvider == null) {
      return null;
    }
    ISelection sel = selectionProvider.getSelection();
    if (!(sel instanceof IStructuredSelection s) || s.isEmpty()) {
      return null;
    }
    if (s.toList().stream().anyMatch(o -> o == session.getModel() || !(o instanceof org.eclipse.emf.ecore.EObject))) {
      return null;
    }
    return DeleteCommand.create(session.getEditingDomain(), s.toList());
  }

  private void update() {
    CommandStack stack = session.getCommandStack();
    undo.setEnabled(stack.canUndo());
    undo.setText(stack.getUndoCommand() == null ? Messages.Actions_Undo
        : NLS.bind(Messages.Actions_UndoWhat, stack.getUndoCommand().getLabel()));
    redo.setEnabled(stack.canRedo());
    redo.setText(stack.getRedoCommand() == null ? Messages.Actions_Redo
        : NLS.bind(Messages.Actions_RedoWhat, stack.getRedoCommand().getLabel()));
    Command c = deleteCommand();
    delete.setEnabled(c != null && c.canExecute());
  }

  @Override
  public void commandStackChanged(EventObject event) {
    if (Display.getCurrent() != null) {
      update();
    } else {
      Display.getDefault().asyncExec(this::update);
    }
  }

  @Override
  public void selectionChanged(SelectionChangedEvent event) {
    update();
  }

  public void dispose() {
    session.getCommandStack().removeCommandStackListener(this);
    dev.wedge.ui.clipboard.ClipboardActions.dispose(clipboard);
    if (selectionProvider != null) {
      selectionProvider.removeSelectionChangedListener(this);
    }
  }
}
