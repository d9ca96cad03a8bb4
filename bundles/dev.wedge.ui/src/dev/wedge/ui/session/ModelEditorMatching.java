package dev.wedge.ui.session;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;

/**
 * Finds the editor already open on a model part, even one restored but not yet shown: the workbench's own test
 * compares the input's name with the tab's title, which for Wedge editors is longer ("Pilots — acme"), so every
 * start with a file argument used to add another editor. Every Wedge editor declares this strategy.
 */
public class ModelEditorMatching implements IEditorMatchingStrategy {

  @Override
  public boolean matches(IEditorReference editorRef, IEditorInput input) {
    if (!(input instanceof ModelEditorInput)) {
      return false;
    }
    try {
      return input.equals(editorRef.getEditorInput());
    } catch (PartInitException e) {
      return false; // an editor whose input cannot be restored is not the one asked for
    }
  }
}
