package dev.wedge.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.StrategyModel;

/**
 * The base of Wedge's commands: it owns what every command line shares, so each command only says what it takes
 * ({@link #syntax()}) and what it does ({@link #run(Call)}).
 * <ul>
 * <li>the model-file argument, opened on first use with the standard sentences ({@code Cannot open x.wedge: the file
 * does not exist ...}, exit {@link ExitCodes#CANNOT_OPEN}), as a loaded model or as a session (for commands that
 * edit and save), released at the end;</li>
 * <li>{@code --today yyyy-MM-dd} (else the session's clock in the model's time zone) and {@code --format};</li>
 * <li>the usage, made from the syntax once, printed by {@code wedge help}, {@code wedge help NAME} and
 * {@code wedge NAME --help}; wrong arguments end with a sentence, the usage and exit {@link ExitCodes#USAGE}; an
 * option mistyped is answered with the one probably meant; {@code --} ends the options;</li>
 * <li>failures a command names ({@link Call#fail}) end with their sentence and exit code.</li>
 * </ul>
 * Contribute a subclass to {@code dev.wedge.core.commands}; its name and description come from there.
 */
public abstract class ModelCommand implements WedgeCommand, IExecutableExtension {

  private String name;
  private String description = "";

  /** What the command takes: the model file, arguments and options. */
  protected abstract CommandSyntax syntax();

  /** Runs the command once its arguments are read; returns an exit code of {@link ExitCodes}. */
  protected abstract int run(Call call) throws Exception;

  @Override
  public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
    name = config.getAttribute("name");
    String d = config.getAttribute("description");
    description = d == null ? "" : d;
  }

  /** The word after {@code wedge} (from the contribution; else the class's name without "Command"). */
  public String name() {
    if (name != null) {
      return name;
    }
    String n = getClass().getSimpleName().replaceFirst("Command$", "");
    return n.toLowerCase(Locale.ROOT);
  }

  /** The synopsis, wrapped. */
  public List<String> usage() {
    return syntax().synopsis(name());
  }

  /** The full help: what it does, the synopsis, every argument and option. */
  public List<String> help() {
    return syntax().help(name(), description);
  }

  @Override
  public final int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--help") || a.equals("-h")) {
        help().forEach(out::println);
        return ExitCodes.OK;
      }
    }
    CommandSyntax syntax = syntax();
    Call call = null;
    try {
      call = new Call(this, syntax, CommandLine.parse(syntax.normalize(args), syntax.valued(), syntax.flags()), out,
          err);
      return run(call);
    } catch (CommandLine.UsageException e) {
      printUsageError(e.getMessage(), err);
      return ExitCodes.USAGE;
    } catch (Failure f) {
      err.println(f.getMessage());
      return f.code();
    } finally {
      if (call != null) {
        call.close();
      }
    }
  }

  private void printUsageError(String message, PrintStream err) {
    err.println("wedge " + name() + ": " + message);
    List<String> usage = usage();
    err.println("usage: " + usage.get(0));
    usage.subList(1, usage.size()).forEach(l -> err.println("      " + l));
  }

  /** A failure the command names: its sentence (printed as it is) and its exit code. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    public Failure(int code, String sentence) {
      super(sentence);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /** One run of a command: its arguments read, its model opened on first use, its output streams. */
  public static final class Call implements AutoCloseable {

    private final ModelCommand command;
    private final CommandSyntax syntax;
    private final CommandLine cl;
    private final PrintStream out;
    private final PrintStream err;
    private final Path file;
    private final List<String> arguments;
    private final LocalDate today;
    private LoadedModel loaded;
    private ModelSession session;

    Call(ModelCommand command, CommandSyntax syntax, CommandLine cl, PrintStream out, PrintStream err)
        throws CommandLine.UsageException {
      this.command = command;
      this.syntax = syntax;
      this.cl = cl;
      this.out = out;
      this.err = err;
      for (CommandSyntax.Option o : syntax.options()) {
        if (!o.choices().isEmpty()) {
          cl.choice(o.name(), null, new java.util.LinkedHashSet<>(o.choices()));
        }
      }
      List<String> positional = cl.positional();
      if (syntax.hasModel()) {
        if (positional.isEmpty() || positional.size() > 1 && !syntax.takesArguments()) {
          throw new CommandLine.UsageException("name one model file");
        }
        file = Path.of(positional.get(0));
        arguments = List.copyOf(positional.subList(1, positional.size()));
      } else {
        if (!positional.isEmpty() && !syntax.takesArguments()) {
          throw new CommandLine.UsageException(command.name() + " takes no " + (positional.get(0).endsWith(".wedge")
              ? "file" : "argument '" + positional.get(0) + "'"));
        }
        file = null;
        arguments = List.copyOf(positional);
      }
      String day = cl.option("today", null);
      try {
        today = day == null ? null : LocalDate.parse(day.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.UsageException("--today takes a date as yyyy-MM-dd (2026-11-30), not '" + day + "'");
      }
    }

    /** {@code wedge NAME}, to start a sentence on stderr. */
    public String command() {
      return "wedge " + command.name();
    }

    public PrintStream out() {
      return out;
    }

    public PrintStream err() {
      return err;
    }

    /** The option's value, or null when it was not given. */
    public String option(String name) {
      return cl.option(name, null);
    }

    public String option(String name, String defaultValue) {
      return cl.option(name, defaultValue);
    }

    public boolean flag(String name) {
      return cl.flag(name);
    }

    /** The value of {@code --format} (the first of the syntax's formats unless given). */
    public String format() {
      return cl.option("format", syntax.formats().isEmpty() ? null : syntax.formats().get(0));
    }

    /** The arguments after the model file (all of them for a command without one). */
    public List<String> arguments() {
      return arguments;
    }

    /** The model file as named on the command line. */
    public Path file() {
      return file;
    }

    /** The model, loaded on first use; a file that cannot be opened ends the command with exit 3. */
    public LoadedModel loaded() throws Failure {
      if (loaded == null) {
        try {
          loaded = ModelStore.load(file);
        } catch (ModelLoadException e) {
          throw new Failure(ExitCodes.CANNOT_OPEN, e.getMessage());
        }
      }
      return loaded;
    }

    public StrategyModel model() throws Failure {
      return session != null ? session.getModel() : loaded().model();
    }

    /**
     * The model's session, for a command that edits and saves it (acquired on first use, released when the command
     * ends); a file that cannot be opened ends the command with exit 3.
     */
    public ModelSession session() throws Failure {
      if (session == null) {
        try {
          session = ModelSessions.getDefault().acquire(file);
        } catch (ModelLoadException e) {
          throw new Failure(ExitCodes.CANNOT_OPEN, e.getMessage());
        }
      }
      return session;
    }

    /** {@code --today}, else the session clock's today in the model's time zone (one clock for every command). */
    public LocalDate today() throws Failure {
      if (today != null) {
        return today;
      }
      return ModelSessions.getDefault().today(file == null ? null : model());
    }

    /** Wrong arguments found by the command itself: throw it, and the usage is printed with it (exit 2). */
    public CommandLine.UsageException usage(String message) {
      return new CommandLine.UsageException(message);
    }

    /** A failure to end the command with: throw it; {@code sentence} is printed as it is. */
    public Failure fail(int code, String sentence) {
      return new Failure(code, sentence);
    }

    /** Says {@code sentence} on stderr after {@code wedge NAME: }. */
    public void note(String sentence) {
      err.println(command() + ": " + sentence);
    }

    @Override
    public void close() {
      if (session != null) {
        ModelSessions.getDefault().release(session);
        session = null;
      }
    }
  }
}
