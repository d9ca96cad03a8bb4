package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.Suggestions;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.core.session.ModelTemplates;

/** What every command gets from {@code ModelCommand}: help, usage, {@code --}, did-you-mean, the standard failures. */
class CommandBaseTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path model(String name) throws Exception {
    ModelSessions sessions = new ModelSessions();
    ModelSession s = sessions.create(dir.resolve(name), ModelTemplates.instantiate(ModelTemplates.STARTER, "Acme",
        "Acme"));
    sessions.release(s);
    return dir.resolve(name);
  }

  @Test
  void helpOfACommandIsTheSameAsItsDashDashHelp() {
    assertEquals(ExitCodes.OK, run("help", "format"));
    String help = out();
    assertEquals("", err());
    assertTrue(help.startsWith("wedge format: Opens, checks and writes a model"), help);
    assertTrue(help.contains("usage: wedge format FILE.wedge [--out OUT.wedge]"), help);
    assertTrue(help.contains("  -o, --out OUT.wedge"), help);
    assertTrue(help.contains("71 out of memory"), help);
    assertEquals(ExitCodes.OK, run("format", "--help"));
    assertEquals(help, out());
    assertEquals(ExitCodes.OK, run("format", "x.wedge", "-h"));
    assertEquals(help, out());
  }

  @Test
  void theListPrintsEachCommandsUsageFromItsSyntax() {
    assertEquals(ExitCodes.OK, run("help"));
    String help = out();
    assertTrue(help.contains("wedge help <command>"), help);
    assertTrue(help.contains("usage: wedge info FILE.wedge\n"), help);
    assertTrue(help.contains("usage: wedge version [--format text|json]"), help);
    assertTrue(help.contains("usage: wedge save FILE.wedge [--out OUT.wedge]"), "an alias has its own name: " + help);
    assertTrue(help.contains("  test-fail  fails on purpose (tests)"), "a command that is no ModelCommand: " + help);
  }

  @Test
  void wrongArgumentsEndWithASentenceAndTheUsage() {
    assertEquals(ExitCodes.USAGE, run("info"));
    assertEquals("wedge info: name one model file\nusage: wedge info FILE.wedge\n", err());
    assertEquals(ExitCodes.USAGE, run("version", "--fromat", "json"));
    assertTrue(err().startsWith("wedge version: unknown option --fromat; did you mean --format?\n"), err());
    assertEquals(ExitCodes.USAGE, run("version", "--format", "xml"));
    assertTrue(err().startsWith("wedge version: --format must be one of json, text, not 'xml'"), err());
    assertEquals(ExitCodes.USAGE, run("version", "x.wedge"));
    assertTrue(err().startsWith("wedge version: version takes no file"), err());
  }

  @Test
  void aMistypedCommandIsAnsweredWithTheOneMeant() {
    assertEquals(ExitCodes.USAGE, run("infp", "x.wedge"));
    assertEquals("wedge: unknown command 'infp'; did you mean info? (wedge help lists the commands)\n", err());
    assertEquals(ExitCodes.USAGE, run("vers"));
    assertTrue(err().contains("did you mean version?"), err());
    assertEquals(ExitCodes.USAGE, run("frobnicate"));
    assertEquals("wedge: unknown command 'frobnicate' (wedge help lists the commands)\n", err());
    assertEquals(ExitCodes.USAGE, run("help", "fromat"));
    assertTrue(err().contains("did you mean format?"), err());
  }

  @Test
  void aModelFileThatIsNotThereIsSaidAsSuchWithThree() {
    assertEquals(ExitCodes.CANNOT_OPEN, run(dir.resolve("nosuchfile.wedge").toString()));
    assertTrue(err().startsWith("Cannot open nosuchfile.wedge: the file does not exist"), err());
    assertFalse(err().contains("unknown command"), err());
    assertEquals(ExitCodes.CANNOT_OPEN, run("info", dir.resolve("nosuchfile.wedge").toString()));
    assertTrue(err().startsWith("Cannot open nosuchfile.wedge: the file does not exist"), err());
  }

  @Test
  void aModelFileThatIsThereIsNoCommand() throws Exception {
    Path m = model("acme.wedge");
    assertEquals(ExitCodes.USAGE, run(m.toString()));
    assertTrue(err().contains("is a model: the workbench opens it (it needs a display); without one, run a command"
        + " on it, for example wedge info "), err());
  }

  @Test
  void afterDashDashEveryArgumentIsAFile() throws Exception {
    Path m = model("acme.wedge");
    // a file whose name looks like an option, named as it is (relative to the working directory)
    Path odd = Files.copy(m, Path.of("--help.wedge"));
    try {
      assertEquals(ExitCodes.OK, run("info", "--", "--help.wedge"), err());
      assertTrue(out().startsWith("Acme — Acme (format 1)"), out());
      assertEquals(ExitCodes.USAGE, run("info", "--", m.toString(), "--help.wedge"));
      assertTrue(err().startsWith("wedge info: name one model file"), err());
      assertEquals(ExitCodes.USAGE, run("info", "--help.wedge"));
      assertTrue(err().startsWith("wedge info: unknown option --help.wedge"), err());
    } finally {
      Files.deleteIfExists(odd);
    }
  }

  @Test
  void todayIsADateOrASentenceSaysWhatItTakes() {
    // format takes no --today: the option is refused, not ignored
    assertEquals(ExitCodes.USAGE, run("format", "x.wedge", "--today", "2026-12-01"));
    assertTrue(err().startsWith("wedge format: unknown option --today"), err());
  }

  @Test
  void theSynopsisIsMadeFromTheDeclaredOptionsAndWrapped() {
    CommandSyntax s = CommandSyntax.model("FILE.wedge").format("pdf", "html").option("out", "PATH", "where")
        .flag("names", "name people").choice("paper", "paper", "a4", "letter");
    List<String> lines = s.synopsis("report");
    assertEquals(List.of("wedge report FILE.wedge [--format pdf|html] [--out PATH] [--names] [--paper a4|letter]"),
        lines);
    for (int i = 0; i < 6; i++) {
      s.option("option-" + i, "VALUE", "more");
    }
    lines = s.synopsis("report");
    assertTrue(lines.size() > 1 && lines.stream().allMatch(l -> l.length() <= 100), lines.toString());
    assertTrue(lines.get(1).startsWith("    ["), lines.toString());
  }

  @Test
  void suggestionsFindTyposNotOtherWords() {
    List<String> commands = List.of("analyze", "evidence", "format", "import", "info", "plugins", "report", "save",
        "version");
    assertEquals(Optional.of("analyze"), Suggestions.closest("analyse", commands));
    assertEquals(Optional.of("analyze"), Suggestions.closest("Analyze", commands));
    assertEquals(Optional.of("format"), Suggestions.closest("fromat", commands));
    assertEquals(Optional.of("evidence"), Suggestions.closest("evid", commands));
    assertEquals(Optional.of("plugins"), Suggestions.closest("plugin", commands));
    assertEquals(Optional.of("info"), Suggestions.closest("in", commands), "the only command starting with in");
    assertEquals(Optional.empty(), Suggestions.closest("in", List.of("info", "inspect")), "two start with in");
    assertEquals(Optional.empty(), Suggestions.closest("i", commands));
    assertEquals(Optional.empty(), Suggestions.closest("merge", commands));
    assertEquals(Optional.empty(), Suggestions.closest("analyze", commands), "a known word needs no suggestion");
  }
}
