package dev.wedge.core.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the {@code wedge} command line ({@code wedge analyze ...}, {@code wedge evidence ...}),
 * contributed through the {@code dev.wedge.core.commands} extension point. Runs headless, prints to {@code out},
 * reports problems on {@code err} as sentences, and returns an exit code from {@link ExitCodes}.
 */
public interface WedgeCommand {

  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
