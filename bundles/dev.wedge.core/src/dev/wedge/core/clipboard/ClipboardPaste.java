package dev.wedge.core.clipboard;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * EMF.Edit's paste of prepared objects (new ids, references resolved in the target model): the domain's clipboard
 * holds them while the command prepares and runs, so several pastes can make one undoable command (Duplicate of
 * objects from several lists), and the session's edit guards see what it adds.
 */
public final class ClipboardPaste extends PasteFromClipboardCommand {

  private final List<EObject> objects;

  public ClipboardPaste(EditingDomain domain, PasteTargets.Placement at, List<EObject> objects) {
    super(domain, at.owner(), at.feature(), at.index(), true);
    this.objects = List.copyOf(objects);
  }

  /** The objects it adds. */
  public List<EObject> objects() {
    return objects;
  }

  @Override
  protected boolean prepare() {
    domain.setClipboard(new java.util.ArrayList<>(objects));
    return super.prepare();
  }

  @Override
  public void doExecute() {
    domain.setClipboard(new java.util.ArrayList<>(objects));
    super.doExecute();
  }
}
