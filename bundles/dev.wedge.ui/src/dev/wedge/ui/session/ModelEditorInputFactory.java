package dev.wedge.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores the editors that were open when Wedge was last closed, if their files still exist. */
public final class ModelEditorInputFactory implements IElementFactory {

  public static final String ID = "dev.wedge.ui.modelEditorInput";
  static final String KEY_FILE = "file";
  static final String KEY_PART = "part";

  @Override
  public IAdaptable createElement(IMemento memento) {
    String file = memento.getString(KEY_FILE);
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return null;
    }
    return new ModelEditorInput(Path.of(file), memento.getString(KEY_PART), null);
  }
}
