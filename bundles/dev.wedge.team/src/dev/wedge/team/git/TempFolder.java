package dev.wedge.team.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder for the versions of a model read from commits, removed with what it holds when closed. */
final class TempFolder implements AutoCloseable {

  private final Path path;

  private TempFolder(Path path) {
    this.path = path;
  }

  static TempFolder create(String prefix) throws IOException {
    return new TempFolder(Files.createTempDirectory(prefix));
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    try (var files = Files.list(path)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(path);
  }
}
