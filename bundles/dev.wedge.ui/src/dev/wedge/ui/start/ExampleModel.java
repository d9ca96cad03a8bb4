package dev.wedge.ui.start;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * The example model (Halden Mutual, a fictional insurer) shipped with Wedge in its {@code examples} folder, and the
 * user's own copy of it: the example is opened from a copy in {@code ~/Wedge}, made the first time, so the shipped
 * file is never changed and the user's copy (perhaps edited) is never overwritten.
 */
public final class ExampleModel {

  static final String FILE = "halden-mutual.wedge";

  private ExampleModel() {
  }

  /** The shipped example, or null when this installation has none. */
  public static Path shipped() {
    String override = System.getProperty("wedge.example");
    if (override != null && Files.isRegularFile(Path.of(override))) {
      return Path.of(override).toAbsolutePath().normalize();
    }
    Location install = Platform.getInstallLocation();
    if (install == null || install.getURL() == null) {
      return null;
    }
    try {
      Path p = Path.of(install.getURL().toURI()).resolve("examples").resolve(FILE);
      return Files.isRegularFile(p) ? p : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // an installation not on the file system has no example to copy
    }
  }

  /** Where the user's copy goes. */
  public static Path copyLocation() {
    return Path.of(System.getProperty("user.home"), "Wedge", FILE);
  }

  /**
   * The user's copy of the example, made now if there is none yet (an existing copy is kept as it is).
   *
   * @throws IOException when the copy cannot be written (the message names the folder)
   */
  public static Path userCopy(Path shipped) throws IOException {
    Path copy = copyLocation();
    if (Files.isRegularFile(copy)) {
      return copy;
    }
    try {
      Files.createDirectories(copy.getParent());
      Files.copy(shipped, copy, StandardCopyOption.COPY_ATTRIBUTES);
    } catch (IOException e) {
      throw new IOException(NLS.bind(Messages.Example_CannotCopy, copy.getParent(), e.getMessage()), e);
    }
    return copy;
  }
}
