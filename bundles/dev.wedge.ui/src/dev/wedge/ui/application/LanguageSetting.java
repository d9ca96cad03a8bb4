package dev.wedge.ui.application;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The language Wedge starts in, from the next start: {@code osgi.nl} in the product's {@code configuration/config.ini}
 * (the framework reads it before any text is loaded; {@code wedge -nl xx} still overrides it for one start). No entry
 * is the system's language.
 */
public final class LanguageSetting {

  static final String KEY = "osgi.nl";

  private LanguageSetting() {
  }

  /** The product's config.ini, or empty when the framework runs without a configuration folder. */
  public static Optional<Path> configIni() {
    Location config = Platform.getConfigurationLocation();
    if (config == null || config.getURL() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(config.getURL().toURI()).resolve("config.ini"));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.of(Path.of(config.getURL().getPath()).resolve("config.ini"));
    }
  }

  /** The language {@code file} sets ("de", "en"), or empty for the system's. */
  public static Optional<String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      String l = line.strip();
      if (l.startsWith(KEY) && l.substring(KEY.length()).strip().startsWith("=")) {
        String value = l.substring(l.indexOf('=') + 1).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Sets the language {@code file} starts Wedge in ({@code null} or blank: the system's), keeping every other line;
   * written beside it and moved over it, so the file is never half-written.
   */
  public static void write(Path file, String language) throws IOException {
    List<String> lines = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        String l = line.strip();
        if (!(l.startsWith(KEY) && l.substring(KEY.length()).strip().startsWith("="))) {
          lines.add(line);
        }
      }
    }
    if (language != null && !language.isBlank()) {
      lines.add(KEY + "=" + language.strip());
    }
    Path temp = file.resolveSibling(file.getFileName() + ".new");
    Files.write(temp, lines, StandardCharsets.ISO_8859_1);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
