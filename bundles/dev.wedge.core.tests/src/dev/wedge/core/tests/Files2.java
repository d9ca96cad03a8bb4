package dev.wedge.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small .wedge files for tests. */
final class Files2 {

  static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  static final String ROOT_OPEN = "<wedge:StrategyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:wedge=\"http://wedge.dev/model/1\""
      + " id=\"root\" name=\"Test\" formatVersion=\"1\"";

  private Files2() {
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** A model file whose root has {@code attrs} and whose body is {@code body}. */
  static Path model(Path dir, String name, String attrs, String body) throws IOException {
    return write(dir, name, HEADER + ROOT_OPEN + attrs + ">\n" + body + "</wedge:StrategyModel>\n");
  }
}
