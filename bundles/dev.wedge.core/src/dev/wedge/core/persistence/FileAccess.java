package dev.wedge.core.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Why a file cannot be read or written, in words: a missing file, a symbolic link that loops or leads nowhere, a
 * folder that may not be searched, a file that may not be read, a pipe or a device, a file too large for the memory
 * Wedge has. Each is a different sentence, never "does not exist" for all of them.
 */
final class FileAccess {

  /** Symbolic links followed before a chain counts as a loop (Linux gives up at 40). */
  private static final int MAX_LINKS = 40;

  private FileAccess() {
  }

  /** Null when {@code file} can be opened for reading as a model, else the problem. */
  static LoadProblem problemReading(Path file) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return LoadProblem.fatal(-1, describe(file, e));
    }
    if (attrs.isDirectory()) {
      return LoadProblem.fatal(-1, "it is a folder, not a model file");
    }
    if (!attrs.isRegularFile()) {
      return LoadProblem.fatal(-1, "it is not a regular file but a pipe, a socket or a device, which Wedge does not"
          + " read models from");
    }
    if (!Files.isReadable(file)) {
      return LoadProblem.fatal(-1, "you may not read it (permission denied); ask its owner for read access");
    }
    long max = Runtime.getRuntime().maxMemory() / 4;
    if (attrs.size() > max) {
      return LoadProblem.fatal(-1, "it is " + megabytes(attrs.size()) + ", more than Wedge can open with the memory it"
          + " was given (" + megabytes(Runtime.getRuntime().maxMemory()) + "); start Wedge with more, for example"
          + " WEDGE_VMARGS=-Xmx" + Math.max(2, (attrs.size() * 5 >> 30) + 1) + "g");
    }
    return null;
  }

  /**
   * Where saving {@code requested} writes: the file itself, or, through symbolic links (followed to the end), the
   * file they lead to, so that the link stays a link and the real file gets the new content.
   */
  static Path writeTarget(Path requested) throws ModelSaveException {
    Path p = requested;
    for (int i = 0; Files.isSymbolicLink(p); i++) {
      if (i >= MAX_LINKS) {
        throw new ModelSaveException(requested, "it is a symbolic link that leads back to itself through other links (a"
            + " loop)", null);
      }
      try {
        Path t = Files.readSymbolicLink(p);
        p = p.getParent().resolve(t).normalize();
      } catch (IOException | UnsupportedOperationException e) {
        throw new ModelSaveException(requested, "its symbolic link cannot be read (" + Words.of(e) + ")", null);
      }
    }
    if (Files.isDirectory(p)) {
      throw new ModelSaveException(requested, "it is a folder, not a file", null);
    }
    if (Files.exists(p) && !Files.isRegularFile(p)) {
      throw new ModelSaveException(requested, "it is not a regular file but a pipe, a socket or a device", null);
    }
    return p;
  }

  /** Null when a file of this name, its backup and its temporary file fit the file system, else why not. */
  static String nameTooLong(String name) {
    int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int max = TempFiles.MAX_NAME_BYTES - ".bak".length();
    if (bytes <= max) {
      return null;
    }
    return "its name is " + bytes + " bytes long (in UTF-8), and Wedge saves names of up to " + max + " bytes (the"
        + " file system allows " + TempFiles.MAX_NAME_BYTES + ", and the backup adds '.bak'); choose a shorter name";
  }

  /** A write that failed, in words. */
  static String cannotWrite(Path target, Exception e) {
    Path dir = target.getParent();
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof AccessDeniedException) {
        return "you may not write in the folder '" + dir + "' (permission denied)";
      }
      if (c instanceof NoSuchFileException) {
        return "the folder '" + dir + "' does not exist";
      }
      if (c instanceof FileSystemException f && f.getReason() != null) {
        String r = f.getReason().toLowerCase(Locale.ROOT);
        if (r.contains("no space")) {
          return "the disk is full";
        }
        if (r.contains("read-only")) {
          return "the folder '" + dir + "' is on a read-only disk";
        }
        if (r.contains("name too long")) {
          return "its name is too long for this file system";
        }
      }
      if (c instanceof OutOfMemoryError) {
        return "Wedge ran out of memory while writing it";
      }
    }
    return Words.of(e);
  }

  /** {@code file} with its symbolic links resolved, or as it is when that fails. */
  static Path realOrSelf(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException | SecurityException e) {
      return file;
    }
  }

  /** A read that failed part-way, in words. */
  static String cannotRead(IOException e) {
    return "it cannot be read (" + Words.of(e) + ")";
  }

  /** {@code e}, raised while reaching {@code file}, as the end of a sentence starting "Cannot open x: ". */
  static String describe(Path file, IOException e) {
    if (isLoop(file, e)) {
      return "it is a symbolic link that leads back to itself through other links (a loop); point the link at the"
          + " model file";
    }
    if (e instanceof NoSuchFileException) {
      Path link = danglingLink(file);
      if (link != null) {
        return "it is a symbolic link to '" + target(link) + "', which does not exist";
      }
      Path missing = firstMissing(file);
      return missing == null || missing.equals(file) ? "the file does not exist"
          : "the file does not exist (there is no folder '" + missing + "')";
    }
    if (e instanceof AccessDeniedException) {
      Path closed = firstUnsearchable(file);
      return closed != null
          ? "you may not open the folder '" + closed + "' that holds it (permission denied); ask its owner for access"
          : "you may not read it (permission denied); ask its owner for read access";
    }
    if (e instanceof NotDirectoryException || e instanceof FileSystemException fse && fse.getReason() != null
        && fse.getReason().toLowerCase(Locale.ROOT).contains("not a directory")) {
      return "a part of its path is a file, not a folder";
    }
    return "it cannot be read (" + Words.of(e) + ")";
  }

  private static boolean isLoop(Path file, IOException e) {
    if (e instanceof FileSystemException fse && fse.getReason() != null
        && fse.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
      return true;
    }
    Set<Path> seen = new HashSet<>();
    Path p = file;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
      if (!seen.add(p.toAbsolutePath().normalize())) {
        return true;
      }
      try {
        Path t = Files.readSymbolicLink(p);
        p = p.toAbsolutePath().getParent() == null ? t : p.toAbsolutePath().getParent().resolve(t);
      } catch (IOException | UnsupportedOperationException x) {
        return false;
      }
    }
    return Files.isSymbolicLink(p) && seen.size() >= MAX_LINKS;
  }

  private static Path danglingLink(Path file) {
    return Files.isSymbolicLink(file) && !Files.exists(file) ? file : null;
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  private static Path firstMissing(Path file) {
    Path abs = file.toAbsolutePath();
    Path root = abs.getRoot();
    Path p = root;
    for (Path part : root == null ? abs : root.relativize(abs)) {
      p = p == null ? part : p.resolve(part);
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  private static Path firstUnsearchable(Path file) {
    Path abs = file.toAbsolutePath();
    for (Path dir = abs.getRoot(); dir != null;) {
      if (Files.isDirectory(dir) && !Files.isExecutable(dir)) {
        return dir;
      }
      Path rel = dir.relativize(abs);
      if (rel.getNameCount() <= 1) {
        return null;
      }
      dir = dir.resolve(rel.getName(0));
    }
    return null;
  }

  static String megabytes(long bytes) {
    return bytes >= 10L << 30 ? (bytes >> 30) + " GB" : String.format(Locale.ROOT, "%,d MB", Math.max(1, bytes >> 20));
  }
}
