package dev.wedge.ui.application;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * The folder Wedge keeps its workspace in (settings, the session to reopen), and the rule that one Wedge uses it at
 * a time. The folder is, in this order: {@code -data FOLDER} on the command line; the user's own choice
 * (Window &rsaquo; Preferences &rsaquo; Workspace, kept in {@code ~/.wedge/workspace.location}); or
 * {@code ~/.wedge/workspace}. A second Wedge on a folder in use is told so and offered another.
 */
public final class WorkspaceLocation {

  /** Asks the user for another folder when the one wanted is in use; {@code null} to quit. */
  public interface Chooser {
    /**
     * @param inUse the folder another Wedge has open
     * @param message the sentence that says so
     * @return another folder, or {@code null} to quit
     */
    Path another(Path inUse, String message);

    /** Says why Wedge cannot start (the folder was named with -data and is in use). */
    void refuse(String message);
  }

  private WorkspaceLocation() {
  }

  /** Where the user's choice of workspace folder is kept: one absolute path. */
  public static Path settingFile() {
    return Path.of(System.getProperty("user.home"), ".wedge", "workspace.location");
  }

  /** The user's choice of workspace folder, when there is one (a blank or relative entry is no choice). */
  public static Optional<Path> setting() {
    Path file = settingFile();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Path p = Path.of(text);
      return p.isAbsolute() ? Optional.of(p.normalize()) : Optional.empty();
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Keeps {@code folder} as the user's workspace folder for the next start ({@code null}: back to the default).
   *
   * @throws IllegalArgumentException with the sentence to show when the folder is not absolute
   */
  public static void saveSetting(Path folder) throws IOException {
    Path file = settingFile();
    if (folder == null) {
      Files.deleteIfExists(file);
      return;
    }
    if (!folder.isAbsolute()) {
      throw new IllegalArgumentException(NLS.bind(Messages.Workspace_NotAbsolute,
          Path.of(System.getProperty("user.home"), ".wedge", "workspace")));
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, folder.normalize() + System.lineSeparator(), StandardCharsets.UTF_8);
  }

  /** The sentence a second Wedge on {@code folder} shows. */
  static String inUse(Path folder) {
    return NLS.bind(Messages.Workspace_InUse, folder);
  }

  /**
   * Claims a workspace for this Wedge: sets {@code instance} (when the command line has not) to the user's folder or
   * {@code fallback}, and locks it. When the folder is in use, {@code chooser} is asked for another (a folder named
   * with -data cannot be changed: Wedge says so and does not start).
   *
   * @return whether Wedge has a workspace of its own and may start
   */
  public static boolean claim(Location instance, Path fallback, Chooser chooser) throws IOException {
    if (instance == null) {
      return true; // -data @none: no workspace
    }
    if (instance.isSet()) {
      if (instance.isReadOnly() || instance.lock()) {
        return true;
      }
      Path folder = pathOf(instance.getURL());
      chooser.refuse(inUse(folder) + " Close the other Wedge, or start this one on another folder with -data FOLDER.");
      return false;
    }
    Path wanted = setting().orElse(fallback);
    while (wanted != null) {
      Files.createDirectories(wanted);
      URL url = wanted.toUri().toURL();
      Location probe = instance.createLocation(null, url, false);
      probe.set(url, false);
      boolean free = probe.lock();
      if (free) {
        probe.release();
        if (instance.set(url, true)) {
          return true;
        }
      }
      wanted = chooser.another(wanted, inUse(wanted));
    }
    return false;
  }

  /** The folder of a file URL. */
  static Path pathOf(URL url) {
    try {
      return Path.of(url.toURI());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Path.of(url.getPath());
    }
  }

  /** A folder beside {@code inUse} that no Wedge uses yet: {@code workspace-2}, {@code workspace-3} ... */
  public static Path sibling(Path inUse) {
    Path parent = inUse.toAbsolutePath().getParent();
    String name = inUse.getFileName() == null ? "workspace" : inUse.getFileName().toString();
    for (int i = 2;; i++) {
      Path p = parent.resolve(name + "-" + i);
      if (!Files.exists(p.resolve(".metadata").resolve(".lock"))) {
        return p;
      }
      if (!lockedByAnother(p)) {
        return p;
      }
    }
  }

  private static boolean lockedByAnother(Path folder) {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(folder.resolve(".metadata")
        .resolve(".lock"), java.nio.file.StandardOpenOption.WRITE)) {
      java.nio.channels.FileLock l = ch.tryLock();
      if (l == null) {
        return true;
      }
      l.release();
      return false;
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return true; // this Wedge holds it
    } catch (IOException e) {
      return true; // cannot tell: do not take it
    }
  }
}
