package dev.wedge.team.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Blob ids of files as they are on disk and in trees, to tell whose writing a file holds. */
final class WorkTree {

  private WorkTree() {
  }

  /** The blob id of the file at {@code path} in the work tree, or null when there is none. */
  static ObjectId blobId(Repository repo, String path) throws IOException {
    Path f = repo.getWorkTree().toPath().resolve(path);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try (ObjectInserter.Formatter fmt = new ObjectInserter.Formatter()) {
      return fmt.idFor(Constants.OBJ_BLOB, Files.readAllBytes(f));
    }
  }

  /** The blob at {@code path} in {@code tree}, or null. */
  static ObjectId blobIn(Repository repo, ObjectId tree, String path) throws IOException {
    if (tree == null) {
      return null;
    }
    try (TreeWalk tw = TreeWalk.forPath(repo, path, tree)) {
      return tw == null ? null : tw.getObjectId(0);
    }
  }
}
