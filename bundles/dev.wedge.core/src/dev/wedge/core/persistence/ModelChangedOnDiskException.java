package dev.wedge.core.persistence;

import java.nio.file.Path;

/**
 * A save refused because the file was changed on disk since the session read or last wrote it (by another program,
 * or {@code wedge} on the command line): saving would silently replace that version. The file is left as it is.
 */
public class ModelChangedOnDiskException extends ModelSaveException {

  private static final long serialVersionUID = 1L;

  public ModelChangedOnDiskException(Path file) {
    super(file.getFileName() + " was changed on disk since it was opened (by another program, or `wedge` on the"
        + " command line): reload it, or save your version over it.");
  }
}
