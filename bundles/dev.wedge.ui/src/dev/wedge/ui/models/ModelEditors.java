package dev.wedge.ui.models;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Identified;
import dev.wedge.ui.session.ModelEditorInput;
import dev.wedge.ui.session.SessionEditorPart;

/** Opens the right editor for a model, a part of it, or an object in it. */
public final class ModelEditors {

  public static final String TREE_EDITOR_ID = "dev.wedge.ui.editors.tree";
  /** The first screen of a model (contributed by dev.wedge.editor.overview; the tree when it is not installed). */
  public static final String OVERVIEW_EDITOR_ID = "dev.wedge.editor.overview";
  /** The part id of the overview's input. */
  public static final String OVERVIEW_PART = "overview";

  private ModelEditors() {
  }

  /** Opens the model's overview, its first screen (the tree editor when no overview is installed). */
  public static IEditorPart openOverview(IWorkbenchPage page, ModelSession session) throws PartInitException {
    if (org.eclipse.ui.PlatformUI.getWorkbench().getEditorRegistry().findEditor(OVERVIEW_EDITOR_ID) == null) {
      return openTree(page, session, null);
    }
    return page.openEditor(new ModelEditorInput(session.getFile(), OVERVIEW_PART, null), OVERVIEW_EDITOR_ID);
  }

  /** Opens the whole model in the tree editor, selecting {@code select} if not null. */
  public static IEditorPart openTree(IWorkbenchPage page, ModelSession session, EObject select)
      throws PartInitException {
    return open(page, new ModelEditorInput(session.getFile(), null, idOf(select)), TREE_EDITOR_ID, select);
  }

  /** Opens the editor of {@code part} (or the tree editor when no editor is contributed for it). */
  public static IEditorPart openPart(IWorkbenchPage page, ModelSession session, ModelPart part, EObject select)
      throws PartInitException {
    if (part.editorId().equals(TREE_EDITOR_ID)) {
      return openTree(page, session, select);
    }
    return open(page, new ModelEditorInput(session.getFile(), part.id(), idOf(select)), part.editorId(), select);
  }

  /** Opens the editor that shows {@code object} best, selecting it. */
  public static IEditorPart openObject(IWorkbenchPage page, ModelSession session, EObject object)
      throws PartInitException {
    ModelPart part = ModelParts.partOf(object).orElse(null);
    return part == null ? openTree(page, session, object) : openPart(page, session, part, object);
  }

  private static IEditorPart open(IWorkbenchPage page, ModelEditorInput input, String editorId, EObject select)
      throws PartInitException {
    IEditorPart editor = page.openEditor(input, editorId);
    if (select != null && editor instanceof SessionEditorPart sep) {
      sep.selectObject(select);
    }
    return editor;
  }

  private static String idOf(EObject o) {
    return o instanceof Identified i ? i.getId() : null;
  }
}
