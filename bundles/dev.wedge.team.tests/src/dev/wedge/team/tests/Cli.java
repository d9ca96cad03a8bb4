package dev.wedge.team.tests;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.wedge.core.cli.WedgeApplication;

/** Runs {@code wedge} commands in-process and plain {@code git} as a child process, keeping what each printed. */
final class Cli {

  String out = "";
  String err = "";

  int wedge(Object... args) {
    List<String> a = new ArrayList<>();
    for (Object o : args) {
      a.add(o.toString());
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int rc = WedgeApplication.run(a, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return rc;
  }

  /** Plain git in {@code dir}; returns its exit code, its output in {@link #out}. */
  int git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Plain Git", "-c",
        "user.email=plain@example.org"));
    cmd.addAll(List.of(args));
    File log = Files.createTempFile("git-", ".log").toFile();
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log).start();
      int rc = p.waitFor();
      out = Files.readString(log.toPath());
      return rc;
    } finally {
      log.delete();
    }
  }

  String both() {
    return out + err;
  }

  /** Replaces {@code from} by {@code to} in the model file (as someone editing it would change one field). */
  static void edit(Path model, String from, String to) throws Exception {
    String xml = Files.readString(model);
    if (!xml.contains(from)) {
      throw new AssertionError(model + " has no " + from);
    }
    Files.writeString(model, xml.replace(from, to));
  }
}
