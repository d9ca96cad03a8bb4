package dev.wedge.core.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files beside a file about to be replaced. Unlike {@link Files#createTempFile}, which makes files only
 * their owner can read, the file gets the permissions a new file gets (the user's umask), or those of the file it
 * replaces: saving a shared model or writing a brief into a shared folder does not lock others out.
 */
public final class TempFiles {

  private TempFiles() {
  }

  /** A new, empty, hidden file in {@code target}'s folder, with {@code target}'s permissions when it exists. */
  public static Path beside(Path target, String suffix) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    for (int attempt = 0;; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
          + suffix);
      try {
        Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      keepPermissions(target, tmp);
      return tmp;
    }
  }

  private static void keepPermissions(Path from, Path to) {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source == null || dest == null || !Files.exists(from)) {
      return;
    }
    try {
      dest.setPermissions(source.readAttributes().permissions());
    } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
      // the new file keeps the default permissions: still readable as a new file would be
    }
  }
}
