package dev.wedge.ui.models;

import java.nio.file.Path;
import java.util.Collection;

/**
 * The name a model is listed by: its file's name, and when another open model has the same name, the folder it is in
 * ("halden-mutual · ~/Wedge" beside "halden-mutual · ~/clients/halden"), so two copies of a model can be told apart.
 */
public final class ModelNames {

  private ModelNames() {
  }

  /**
   * {@code name}, with the folder of {@code file} when another of {@code others} (the open models' files, {@code file}
   * among them or not) has the same file name; the home folder is written as ~.
   */
  public static String listed(String name, Path file, Collection<Path> others, Path home) {
    Path mine = file.toAbsolutePath().normalize();
    Path folder = mine.getParent();
    if (folder == null) {
      return name;
    }
    boolean collides = others.stream().map(p -> p.toAbsolutePath().normalize())
        .anyMatch(p -> !p.equals(mine) && mine.getFileName().equals(p.getFileName()));
    if (!collides) {
      return name;
    }
    return name + " \u00b7 " + written(folder, home.toAbsolutePath().normalize());
  }

  private static String written(Path folder, Path home) {
    if (folder.equals(home)) {
      return "~";
    }
    return folder.startsWith(home) ? "~/" + home.relativize(folder).toString().replace('\\', '/')
        : folder.toString().replace('\\', '/');
  }
}
