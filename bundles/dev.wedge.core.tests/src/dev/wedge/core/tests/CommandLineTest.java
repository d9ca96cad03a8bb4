package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;

class CommandLineTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void infoSummarizesAModel() throws Exception {
    ModelSessions sessions = new ModelSessions();
    ModelSession s = sessions.create(dir.resolve("acme.wedge"),
        ModelTemplates.instantiate(ModelTemplates.STARTER, "Acme plan", "Acme"));
    sessions.release(s);
    assertEquals(ExitCodes.OK, run("info", dir.resolve("acme.wedge").toString()));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("Acme plan — Acme (format 1)"), text);
    assertTrue(text.contains("1 goals, 4 metrics (0 measurements), 1 initiatives, 1 pilots, 5 stakeholders"), text);
  }

  @Test
  void aFileThatCannotBeOpenedExitsWithThree() {
    assertEquals(ExitCodes.CANNOT_OPEN, run("info", dir.resolve("missing.wedge").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot open missing.wedge: the file does not exist"));
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("frobnicate"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    assertEquals(ExitCodes.USAGE, run("info", "--colour", "x.wedge"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
  }

  @Test
  void helpListsTheContributedCommands() {
    assertEquals(ExitCodes.OK, run("help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("info"));
  }

  @Test
  void runningOutOfMemoryEndsWithASentenceAndItsOwnExitCode() {
    assertEquals(ExitCodes.OUT_OF_MEMORY, run("test-fail", "memory"));
    String e = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("wedge test-fail: Wedge ran out of memory (it may use "), e);
    assertTrue(e.contains("WEDGE_VMARGS=-Xmx") && e.contains("details in "), e);
    assertFalse(dev.wedge.core.persistence.Words.showsClassName(e), e);
  }

  @Test
  void aStackOverflowAndABugEachEndWithASentenceAndSeventy() {
    for (String how : List.of("stack", "bug", "linkage")) {
      err.reset();
      assertEquals(ExitCodes.INTERNAL_ERROR, run("test-fail", how), how);
      String e = err.toString(StandardCharsets.UTF_8).strip();
      assertEquals(1, e.lines().count(), e);
      assertTrue(e.startsWith("wedge test-fail: ") && e.contains(" in dev.wedge.core") && e.contains("details in "),
          e);
      assertFalse(e.contains("PilotImpl@") || e.contains("IllegalStateException") || e.contains("\tat "), e);
    }
  }
}
