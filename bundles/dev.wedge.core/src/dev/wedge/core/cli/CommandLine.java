package dev.wedge.core.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small option parser shared by subcommands: {@code --name value}, {@code --name=value}, flags, and positional
 * arguments; after {@code --} every argument is positional (a file named {@code --x.wedge}). Unknown options are
 * errors with a sentence naming them, and the option probably meant.
 */
public final class CommandLine {

  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private CommandLine() {
  }

  /**
   * @param valued options that take a value (without the leading dashes)
   * @param flags  options without a value
   */
  public static CommandLine parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
    CommandLine cl = new CommandLine();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        cl.positional.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (a.startsWith("--") && a.length() > 2) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name)) {
          if (value != null) {
            throw new UsageException("option --" + name + " takes no value");
          }
          cl.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("option --" + name + " needs a value");
            }
            value = args.get(++i);
          }
          cl.options.put(name, value);
        } else {
          Set<String> known = new TreeSet<>(valued);
          known.addAll(flags);
          throw new UsageException("unknown option --" + name + Suggestions.closest(name, known).map(
              k -> "; did you mean --" + k + "?").orElse(""));
        }
      } else {
        cl.positional.add(a);
      }
    }
    return cl;
  }

  public String option(String name, String defaultValue) {
    return options.getOrDefault(name, defaultValue);
  }

  /** The option's value, which must be one of {@code allowed}. */
  public String choice(String name, String defaultValue, Set<String> allowed) throws UsageException {
    String v = option(name, defaultValue);
    if (v != null && !allowed.contains(v)) {
      throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + ", not '" + v + "'" + Suggestions.closest(v, allowed).map(k -> "; did you mean " + k + "?").orElse(""));
    }
    return v;
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public List<String> positional() {
    return positional;
  }

  /** Wrong arguments; the message is shown with the subcommand's usage. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }
}
