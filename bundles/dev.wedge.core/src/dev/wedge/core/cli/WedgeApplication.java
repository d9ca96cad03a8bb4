package dev.wedge.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.persistence.Words;

/**
 * The headless {@code wedge} command line: {@code wedge <subcommand> [args]}. Subcommands come from the
 * {@code dev.wedge.core.commands} extension point; the return value is the process's exit code.
 */
public final class WedgeApplication implements IApplication {

  @Override
  public Object start(IApplicationContext context) {
    String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    List<String> args = new ArrayList<>(Arrays.asList(raw == null ? new String[0] : raw));
    // Equinox/launcher arguments that may reach the application when the start script passes them through
    args.removeIf(a -> a.equals("-nosplash") || a.equals("-consoleLog") || a.equals("-noExit"));
    Failures.installForProcess(System.err);
    String command = args.isEmpty() ? "wedge" : "wedge " + args.get(0);
    Failures.guardExit(command, System.err);
    try {
      return run(args, System.out, System.err);
    } finally {
      Failures.commandEnded();
    }
  }

  /** Runs one command line; public so it can be tested without starting a new process. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      printHelp(err);
      return ExitCodes.USAGE;
    }
    String first = args.get(0);
    if (first.equals("help") || first.equals("--help") || first.equals("-help") || first.equals("-h")) {
      if (args.size() == 1) {
        printHelp(out);
        return ExitCodes.OK;
      }
      return helpOn(args.get(1), out, err);
    }
    if (first.equals("--version") || first.equals("-version")) {
      args = new ArrayList<>(args);
      args.set(0, "version");
    }
    String name = args.get(0);
    CommandRegistry.Contribution contribution = CommandRegistry.find(name).orElse(null);
    if (contribution == null) {
      return unknown(name, err);
    }
    try {
      WedgeCommand command = contribution.create();
      return command.run(args.subList(1, args.size()), out, err);
    } catch (Throwable e) { // every failure, memory and stack included, ends with a sentence and an exit code
      return Failures.report("wedge " + name, contribution.contributor(), e, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code wedge help NAME}: the command's help (the same as {@code wedge NAME --help}). */
  private static int helpOn(String name, PrintStream out, PrintStream err) {
    CommandRegistry.Contribution c = CommandRegistry.find(name).orElse(null);
    if (c == null) {
      return unknown(name, err);
    }
    ModelCommand command = modelCommand(c);
    if (command != null) {
      command.help().forEach(out::println);
    } else {
      out.println("wedge " + c.name() + ": " + c.description());
      if (!c.usage().isEmpty()) {
        out.println("usage: " + c.usage());
      }
      out.println();
      out.println(ExitCodes.SUMMARY);
    }
    return ExitCodes.OK;
  }

  /**
   * A word that is no command: a model file that is not there (the workbench would have opened one that is) is said
   * as such, with exit 3; a typo is answered with the command probably meant.
   */
  private static int unknown(String name, PrintStream err) {
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".wedge") || name.contains("/") || name.contains("\\")) {
      try {
        ModelStore.load(Path.of(name));
        err.println("wedge: " + name + " is a model: the workbench opens it (it needs a display); without one, run a"
            + " command on it, for example wedge info " + name + ".");
        return ExitCodes.USAGE;
      } catch (ModelLoadException e) {
        err.println(e.getMessage());
        return ExitCodes.CANNOT_OPEN;
      } catch (RuntimeException e) { // not a path this system can name
        err.println("wedge: cannot open " + name + ": " + Words.of(e) + ".");
        return ExitCodes.CANNOT_OPEN;
      }
    }
    List<String> names = CommandRegistry.all().stream().map(CommandRegistry.Contribution::name).toList();
    err.println("wedge: unknown command '" + name + "'" + Suggestions.closest(name, names).map(
        n -> "; did you mean " + n + "?").orElse("") + " (wedge help lists the commands)");
    return ExitCodes.USAGE;
  }

  /** The contribution's command if it is a {@link ModelCommand} (its usage is its own), else null. */
  private static ModelCommand modelCommand(CommandRegistry.Contribution c) {
    try {
      return c.create() instanceof ModelCommand m ? m : null;
    } catch (CoreException | RuntimeException | LinkageError e) { // a broken plug-in: its declared usage, said below
      Failures.log("wedge help: the command '" + c.name() + "' of " + c.contributor() + " could not be created", e);
      return null;
    }
  }

  private static void printHelp(PrintStream out) {
    out.println("usage: wedge [FILE.wedge]            open the workbench (on FILE; it needs a display)");
    out.println("       wedge <command> [args]         run a command without the workbench");
    out.println("       wedge help <command>           a command's arguments and options (also: wedge <command>"
        + " --help)");
    out.println("       wedge --version                Wedge's version and the installed plug-ins");
    out.println();
    out.println("commands:");
    for (CommandRegistry.Contribution c : CommandRegistry.all()) {
      out.printf("  %-10s %s%n", c.name(), c.description());
      ModelCommand command = modelCommand(c);
      List<String> usage = command != null ? command.usage() : c.usage().isEmpty() ? List.of() : List.of(c.usage());
      for (int i = 0; i < usage.size(); i++) {
        out.printf("  %-10s   %s%s%n", "", i == 0 ? "usage: " : "       ", usage.get(i).strip());
      }
    }
    out.println();
    out.println(ExitCodes.SUMMARY);
  }

  @Override
  public void stop() {
    // nothing to stop: commands run to completion
  }
}
