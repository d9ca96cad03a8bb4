package dev.wedge.ui.clipboard;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.wedge.core.clipboard.ModelClipboard;
import dev.wedge.core.clipboard.ModelPaste;
import dev.wedge.core.session.ModelSession;
import dev.wedge.ui.models.PartNode;
import dev.wedge.ui.Messages;

/**
 * Cut, Copy, Paste (Ctrl+X, Ctrl+C, Ctrl+V) and Duplicate (Ctrl+D) of the model objects selected in a part, on the
 * workbench's Edit commands while that part is active: every editor and the Models view install them with their
 * Undo and Delete. What each did, and any reference a paste dropped, is said in {@link ClipboardNotice}.
 */
public final class ClipboardActions implements ISelectionChangedListener {

  /** The command of Edit › Duplicate. */
  public static final String DUPLICATE = "dev.wedge.ui.edit.duplicate";

  private static final Set<ClipboardActions> LIVE = new CopyOnWriteArraySet<>();

  private final ModelSession session;
  private final ISelectionProvider selection;
  private final Action copy = action(Messages.Clipboard_Copy, "org.eclipse.ui.edit.copy", ISharedImages.IMG_TOOL_COPY, this::copy);
  private final Action cut = action(Messages.Clipboard_Cut, "org.eclipse.ui.edit.cut", ISharedImages.IMG_TOOL_CUT, this::cut);
  private final Action paste = action(Messages.Clipboard_Paste, "org.eclipse.ui.edit.paste", ISharedImages.IMG_TOOL_PASTE,
      this::paste);
  private final Action duplicate = action(Messages.Clipboard_Duplicate, DUPLICATE, null, this::duplicate);

  private ClipboardActions(ModelSession session, ISelectionProvider selection) {
    this.session = session;
    this.selection = selection;
  }

  /**
   * Binds the actions to {@code bars}, acting on the model objects {@code selection} gives, in place of
   * {@code before} (the ones installed last time, or null).
   */
  public static ClipboardActions install(ModelSession session, IActionBars bars, ISelectionProvider selection,
      ClipboardActions before) {
    dispose(before);
    ClipboardActions a = new ClipboardActions(session, selection);
    a.partsPaste = own(bars.getGlobalActionHandler(ActionFactory.PASTE.getId()));
    bars.setGlobalActionHandler(ActionFactory.COPY.getId(), a.copy);
    bars.setGlobalActionHandler(ActionFactory.CUT.getId(), a.cut);
    bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), a.paste);
    bars.setGlobalActionHandler(DUPLICATE, a.duplicate);
    selection.addSelectionChangedListener(a);
    LIVE.add(a);
    a.update();
    return a;
  }

  public Action copyAction() {
    return copy;
  }

  public Action cutAction() {
    return cut;
  }

  public Action pasteAction() {
    return paste;
  }

  public Action duplicateAction() {
    return duplicate;
  }

  private void copy() {
    if (TextFocus.run(TextFocus.Op.COPY)) {
      return;
    }
    List<EObject> objects = selected();
    ModelPaste.Result r = ModelPaste.copy(session, objects, ModelClipboard.shared());
    if (r.done()) {
      SystemClipboard.putNames(objects);
    }
    ClipboardNotice.show(session, r);
    LIVE.forEach(ClipboardActions::update);
  }

  private void cut() {
    if (TextFocus.run(TextFocus.Op.CUT)) {
      return;
    }
    List<EObject> objects = selected();
    ModelPaste.Result r = ModelPaste.cut(session, objects, ModelClipboard.shared());
    if (r.done()) {
      SystemClipboard.putNames(objects);
    }
    ClipboardNotice.show(session, r);
    LIVE.forEach(ClipboardActions::update);
  }

  /** The part's own paste (rows from a spreadsheet), or null; kept when the clipboard holds text of elsewhere. */
  private org.eclipse.jface.action.IAction partsPaste;

  private static org.eclipse.jface.action.IAction own(org.eclipse.jface.action.IAction handler) {
    return handler == null || handler instanceof ModelAction ? null : handler;
  }

  private void paste() {
    if (TextFocus.run(TextFocus.Op.PASTE)) {
      return;
    }
    if (partsPaste != null && SystemClipboard.holdsTextOfElsewhere()) {
      partsPaste.run();
      return;
    }
    Object first = structured().getFirstElement();
    EObject at = first instanceof EObject e ? e : null;
    EStructuralFeature part = null;
    if (first instanceof PartNode p && !p.part().features().isEmpty()) {
      part = p.part().features().get(0);
    }
    ModelPaste.Result r = ModelPaste.paste(session, at, part, ModelClipboard.shared());
    ClipboardNotice.show(session, r);
    select(r);
  }

  private void duplicate() {
    ModelPaste.Result r = ModelPaste.duplicate(session, selected());
    ClipboardNotice.show(session, r);
    select(r);
  }

  private void select(ModelPaste.Result r) {
    if (r.done() && !r.added().isEmpty()) {
      selection.setSelection(new StructuredSelection(r.added()));
    }
  }

  private List<EObject> selected() {
    return ModelPaste.copyable(session, structured().toList());
  }

  private IStructuredSelection structured() {
    ISelection s = selection.getSelection();
    return s instanceof IStructuredSelection ss ? ss : StructuredSelection.EMPTY;
  }

  private void update() {
    if (session.isDisposed()) {
      return;
    }
    // Cut, Copy and Paste stay enabled: a text field of the part may have the focus (they act on its text then), and
    // with nothing to act on they say so
    duplicate.setEnabled(!selected().isEmpty());
  }

  @Override
  public void selectionChanged(SelectionChangedEvent event) {
    update();
  }

  /** Stops {@code actions} following the selection (null: nothing to do). */
  public static void dispose(ClipboardActions actions) {
    if (actions != null) {
      LIVE.remove(actions);
      actions.selection.removeSelectionChangedListener(actions);
    }
  }

  /** An action of these (told apart from a part's own handler of the same command). */
  private static final class ModelAction extends Action {
    private final Runnable run;

    ModelAction(String text, Runnable run) {
      super(text);
      this.run = run;
    }

    @Override
    public void run() {
      run.run();
    }
  }

  private static Action action(String text, String command, String image, Runnable run) {
    Action a = new ModelAction(text, run);
    a.setActionDefinitionId(command);
    if (image != null) {
      a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
    }
    return a;
  }
}
