package dev.wedge.ui.session;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import dev.wedge.ui.WedgeUi;

/**
 * What an editor is opened on: a model file and, optionally, one part of it (strategy, pilots...). Two inputs are the
 * same editor when file and part are the same; {@link #getObjectId()} only says what to select when it opens.
 */
public final class ModelEditorInput implements IEditorInput, IPersistableElement {

  private final Path file;
  private final String partId;
  private final String objectId;

  public ModelEditorInput(Path file, String partId, String objectId) {
    this.file = file.toAbsolutePath().normalize();
    this.partId = partId;
    this.objectId = objectId;
  }

  public ModelEditorInput(Path file) {
    this(file, null, null);
  }

  public Path getFile() {
    return file;
  }

  /** The part of the model the editor shows, or null for the whole model. */
  public String getPartId() {
    return partId;
  }

  /** The id of the object to select when the editor opens, or null. */
  public String getObjectId() {
    return objectId;
  }

  /** The same input after a Save As moved the model to {@code newFile}. */
  public ModelEditorInput movedTo(Path newFile) {
    return new ModelEditorInput(newFile, partId, null);
  }

  @Override
  public boolean exists() {
    return true;
  }

  @Override
  public ImageDescriptor getImageDescriptor() {
    return WedgeUi.descriptor(WedgeUi.IMG_MODEL);
  }

  @Override
  public String getName() {
    String n = file.getFileName().toString();
    return n.endsWith(".wedge") ? n.substring(0, n.length() - 6) : n;
  }

  @Override
  public IPersistableElement getPersistable() {
    return this;
  }

  @Override
  public String getToolTipText() {
    return file.toString();
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    return null;
  }

  @Override
  public String getFactoryId() {
    return ModelEditorInputFactory.ID;
  }

  @Override
  public void saveState(IMemento memento) {
    memento.putString(ModelEditorInputFactory.KEY_FILE, file.toString());
    if (partId != null) {
      memento.putString(ModelEditorInputFactory.KEY_PART, partId);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelEditorInput other && file.equals(other.file) && Objects.equals(partId, other.partId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, partId);
  }
}
