package dev.wedge.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

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
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      printHelp(args.isEmpty() ? err : out);
      return args.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
    }
    if (args.get(0).equals("--version") || args.get(0).equals("-version")) {
      args = new ArrayList<>(args);
      args.set(0, "version");
    }
    String name = args.get(0);
    CommandRegistry.Contribution contribution = CommandRegistry.find(name).orElse(null);
    if (contribution == null) {
      err.println("wedge: unknown command '" + name + "'");
      printHelp(err);
      return ExitCodes.USAGE;
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

  private static void printHelp(PrintStream out) {
    out.println("usage: wedge [FILE.wedge]            open the workbench (on FILE)");
    out.println("       wedge <command> [args]         run a command without the workbench");
    out.println("       wedge --version                Wedge's version and the installed plug-ins");
    out.println();
    out.println("commands:");
    for (CommandRegistry.Contribution c : CommandRegistry.all()) {
      out.printf("  %-10s %s%n", c.name(), c.description());
      if (!c.usage().isEmpty()) {
        out.printf("  %-10s   usage: %s%n", "", c.usage());
      }
    }
    out.println();
    out.println("exit codes: 0 ok, 1 check failed, 2 usage, 3 cannot open a file, 4 cannot write, 70 internal error,");
    out.println("            71 out of memory");
  }

  @Override
  public void stop() {
    // nothing to stop: commands run to completion
  }
}
