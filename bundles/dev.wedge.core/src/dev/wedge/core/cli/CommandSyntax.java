package dev.wedge.core.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link ModelCommand} takes: the model file, further arguments, {@code --format}, {@code --today} and its
 * options, each with a line of help. The synopsis printed by {@code wedge help}, {@code wedge help COMMAND} and
 * {@code wedge COMMAND --help} is made from this declaration, so an option the command reads is always in its usage.
 */
public final class CommandSyntax {

  /** Width the synopsis is wrapped at. */
  static final int WIDTH = 100;

  /** One option: {@code --name VALUE}, {@code --name a|b|c} (choices) or a flag {@code --name} (no value). */
  public record Option(String name, String value, List<String> choices, String help) {

    boolean takesValue() {
      return value != null || !choices.isEmpty();
    }

    String synopsis() {
      return "--" + name + (!choices.isEmpty() ? " " + String.join("|", choices) : value != null ? " " + value : "");
    }
  }

  private final String model;
  private String modelHelp;
  private String arguments = "";
  private String lead = "";
  private final Map<String, Option> options = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private List<String> formats = List.of();
  private boolean today;

  private CommandSyntax(String model) {
    this.model = model;
  }

  /** A command on one model file, named first ({@code placeholder} is how the synopsis shows it: FILE.wedge). */
  public static CommandSyntax model(String placeholder) {
    CommandSyntax s = new CommandSyntax(placeholder);
    s.modelHelp = "the model (a .wedge file)";
    return s;
  }

  /** A command without a model file ({@code wedge version}, {@code wedge plugins}). */
  public static CommandSyntax noModel() {
    return new CommandSyntax(null);
  }

  /** Further arguments after the model file (the synopsis shows {@code synopsis}); without this, none is taken. */
  public CommandSyntax arguments(String synopsis) {
    this.arguments = synopsis;
    return this;
  }

  /**
   * Options the command needs, written as the synopsis shows them after the arguments (for example
   * {@code (--csv FILE | --xapi FILE) --metric ID}); options named there are not repeated in brackets.
   */
  public CommandSyntax lead(String synopsis) {
    this.lead = synopsis;
    return this;
  }

  /** {@code --format}, one of {@code formats}; the first is the default. */
  public CommandSyntax format(String... formats) {
    this.formats = List.of(formats);
    options.put("format", new Option("format", null, this.formats, String.join(" or ", this.formats) + " (default "
        + formats[0] + ")"));
    return this;
  }

  /** {@code --today yyyy-MM-dd}: the date the command takes as today, instead of the session's clock. */
  public CommandSyntax today() {
    this.today = true;
    options.put("today", new Option("today", "yyyy-MM-dd", List.of(), "the date taken as today (default: today in"
        + " the model's time zone)"));
    return this;
  }

  public CommandSyntax option(String name, String value, String help) {
    options.put(name, new Option(name, value, List.of(), help));
    return this;
  }

  public CommandSyntax choice(String name, String help, String... choices) {
    options.put(name, new Option(name, null, List.of(choices), help));
    return this;
  }

  public CommandSyntax flag(String name, String help) {
    options.put(name, new Option(name, null, List.of(), help));
    return this;
  }

  /** {@code shortForm} (such as {@code -o}) stands for {@code --name}. */
  public CommandSyntax alias(String shortForm, String name) {
    aliases.put(shortForm, name);
    return this;
  }

  public boolean hasModel() {
    return model != null;
  }

  boolean takesArguments() {
    return !arguments.isEmpty();
  }

  boolean hasToday() {
    return today;
  }

  List<String> formats() {
    return formats;
  }

  public List<Option> options() {
    return List.copyOf(options.values());
  }

  Option option(String name) {
    return options.get(name);
  }

  Set<String> valued() {
    Set<String> s = new LinkedHashSet<>();
    options.values().stream().filter(Option::takesValue).forEach(o -> s.add(o.name()));
    return s;
  }

  Set<String> flags() {
    Set<String> s = new LinkedHashSet<>();
    options.values().stream().filter(o -> !o.takesValue()).forEach(o -> s.add(o.name()));
    return s;
  }

  /** {@code args} with the short forms written out (up to {@code --}). */
  List<String> normalize(List<String> args) {
    List<String> out = new ArrayList<>(args.size());
    boolean positionalOnly = false;
    for (String a : args) {
      positionalOnly |= a.equals("--");
      out.add(!positionalOnly && aliases.containsKey(a) ? "--" + aliases.get(a) : a);
    }
    return out;
  }

  /** The synopsis, wrapped: {@code wedge NAME FILE.wedge [ARGS] [--option VALUE] ...}. */
  public List<String> synopsis(String name) {
    List<String> words = new ArrayList<>();
    words.add("wedge " + name);
    if (model != null) {
      words.add(model);
    }
    if (!arguments.isEmpty()) {
      words.add(arguments);
    }
    if (!lead.isEmpty()) {
      words.add(lead);
    }
    for (Option o : options.values()) {
      if (!lead.contains("--" + o.name() + " ") && !lead.endsWith("--" + o.name())) {
        words.add("[" + o.synopsis() + "]");
      }
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : words) {
      if (line.length() > 0 && line.length() + 1 + w.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder("    ");
      } else if (line.length() > 0 && !line.toString().isBlank()) {
        line.append(' ');
      }
      line.append(w);
    }
    lines.add(line.toString());
    return lines;
  }

  /** {@code wedge help NAME}: what it does, its synopsis, each argument and option with its help, the exit codes. */
  public List<String> help(String name, String description) {
    List<String> lines = new ArrayList<>();
    if (description != null && !description.isBlank()) {
      lines.add("wedge " + name + ": " + description);
      lines.add("");
    }
    List<String> synopsis = synopsis(name);
    lines.add("usage: " + synopsis.get(0));
    synopsis.subList(1, synopsis.size()).forEach(l -> lines.add("      " + l));
    List<String[]> rows = new ArrayList<>();
    if (model != null) {
      rows.add(new String[] {model, modelHelp});
    }
    for (Option o : options.values()) {
      String alias = aliases.entrySet().stream().filter(e -> e.getValue().equals(o.name())).map(Map.Entry::getKey)
          .findFirst().map(a -> a + ", ").orElse("");
      rows.add(new String[] {alias + o.synopsis(), o.help() == null ? "" : o.help()});
    }
    rows.add(new String[] {"--help, -h", "this help"});
    rows.add(new String[] {"--", "what follows are arguments, not options (a file named -x.wedge)"});
    int width = Math.min(34, rows.stream().mapToInt(r -> r[0].length()).max().orElse(0));
    lines.add("");
    for (String[] r : rows) {
      lines.add(r[0].length() > width ? "  " + r[0] + "\n  " + " ".repeat(width) + "  " + r[1]
          : String.format("  %-" + width + "s  %s", r[0], r[1]).stripTrailing());
    }
    lines.add("");
    lines.add(ExitCodes.SUMMARY);
    return lines;
  }
}
