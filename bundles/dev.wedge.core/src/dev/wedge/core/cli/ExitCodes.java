package dev.wedge.core.cli;

/** Exit codes of the {@code wedge} command line, the same for every subcommand. */
public final class ExitCodes {

  /** Done; nothing at or above the requested failure level. */
  public static final int OK = 0;
  /** Done, and the result fails the requested level (for example findings at or above {@code --fail-on}). */
  public static final int FAILED_CHECK = 1;
  /** Wrong arguments: unknown subcommand or option, missing file argument. */
  public static final int USAGE = 2;
  /** A model file could not be opened (the message names the file and the problem). */
  public static final int CANNOT_OPEN = 3;
  /** An output could not be written. */
  public static final int CANNOT_WRITE = 4;
  /** A bug: one sentence on stderr names where, and where the details were logged. */
  public static final int INTERNAL_ERROR = 70;
  /** Wedge ran out of memory; the sentence says how to give it more. */
  public static final int OUT_OF_MEMORY = 71;

  /** The codes in a sentence, as {@code wedge help} prints them. */
  public static final String SUMMARY = "exit codes: 0 ok, 1 a check failed, 2 wrong arguments, 3 a file could not be"
      + " opened, 4 an output could not be written, 70 internal error, 71 out of memory";

  private ExitCodes() {
  }
}
