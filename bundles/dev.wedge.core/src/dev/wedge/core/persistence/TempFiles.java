package dev.wedge.core.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files beside a file about to be replaced, named so that anyone can tell what they are and Wedge can
 * clean up after a save that was cut short (a crash, a kill, a power cut):
 * {@code .NAME.saving-PID-RANDOM.tmp}, in the target's own folder (so the final rename is atomic). A save that
 * fails removes its temporary file; the next save or open of the same file removes those left by processes that no
 * longer run (or older than a day, for folders shared between machines).
 *
 * <p>Unlike {@link Files#createTempFile}, which makes files only their owner can read, the file gets the
 * permissions a new file gets (the user's umask), or those of the file it replaces: saving a shared model or writing
 * a brief into a shared folder does not lock others out.
 */
public final class TempFiles {

  /** The longest file name, in UTF-8 bytes, that common file systems accept (ext4, APFS, NTFS: 255). */
  public static final int MAX_NAME_BYTES = 255;

  private static final String MARK = ".saving-";
  private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
  private static final long PID = ProcessHandle.current().pid();
  /** Left by earlier versions: {@code .NAME.RANDOM.tmp} and {@code .NAME.bak.RANDOM.tmp}. */
  private static final Pattern OLD_STYLE = Pattern.compile("\\.(.+?)(?:\\.bak)?\\.[0-9a-z]{1,13}\\.tmp");

  private TempFiles() {
  }

  /** A new, empty file in {@code target}'s folder, with {@code target}'s permissions when it exists. */
  public static Path beside(Path target, String suffix) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String prefix = prefix(target.getFileName().toString());
    for (int attempt = 0;; attempt++) {
      Path tmp = dir.resolve(prefix + PID + "-"
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 16, 36) + suffix);
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

  /**
   * Removes the temporary files of {@code target} (and of its backup) that saves cut short left behind: those of
   * processes that are gone, and any older than a day. Files of saves still running are left alone. Never throws:
   * returns how many were removed.
   */
  public static int removeAbandoned(Path target) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    String name = abs.getFileName().toString();
    String[] prefixes = {prefix(name), prefix(name + ".bak")};
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*")) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        boolean ours = false;
        for (String p : prefixes) {
          if (n.startsWith(p) && n.endsWith(".tmp")) {
            ours = abandoned(f, n.substring(p.length()));
          }
        }
        Matcher old = OLD_STYLE.matcher(n);
        if (!ours && old.matches() && (old.group(1).equals(name) || old.group(1).equals(name + ".bak"))) {
          ours = olderThan(f, Duration.ofMinutes(10)); // no process id in these names: only when clearly old
        }
        if (ours && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          try {
            Files.deleteIfExists(f);
            removed++;
          } catch (IOException e) {
            // not ours to remove after all (permissions): it stays, as it would have without this clean-up
            continue;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return removed; // clean-up is a courtesy: a folder that cannot be listed is simply not cleaned
    }
    return removed;
  }

  private static boolean abandoned(Path file, String rest) {
    int dash = rest.indexOf('-');
    long pid;
    try {
      pid = dash < 0 ? -1 : Long.parseLong(rest.substring(0, dash));
    } catch (NumberFormatException e) {
      return false;
    }
    if (pid < 0) {
      return false;
    }
    boolean running = pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    return !running || olderThan(file, ABANDONED_AFTER);
  }

  private static boolean olderThan(Path f, Duration age) {
    try {
      FileTime t = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS);
      return t.toInstant().isBefore(Instant.now().minus(age));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * {@code .NAME.saving-}, with NAME shortened (never split inside a character) so that the whole temporary name
   * stays within {@link #MAX_NAME_BYTES}: a long model name can always be saved.
   */
  static String prefix(String name) {
    int room = MAX_NAME_BYTES - (1 + MARK.length() + 20 + 1 + 11 + ".tmp".length() + 4);
    String shortened = name;
    while (shortened.getBytes(StandardCharsets.UTF_8).length > room) {
      shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
    }
    return "." + shortened + MARK;
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
