package dev.wedge.core.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** The subcommands contributed to {@code dev.wedge.core.commands}. */
public final class CommandRegistry {

  public static final String EXTENSION_POINT = "dev.wedge.core.commands";

  /** One contribution: its name on the command line, a one-line description, its usage and where it comes from. */
  public record Contribution(String name, String description, String usage, String contributor,
      IConfigurationElement element) {

    public WedgeCommand create() throws CoreException {
      return (WedgeCommand) element.createExecutableExtension("class");
    }
  }

  private CommandRegistry() {
  }

  public static List<Contribution> all() {
    List<Contribution> out = new ArrayList<>();
    if (Platform.getExtensionRegistry() == null) {
      return out;
    }
    for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
      if ("command".equals(e.getName()) && e.getAttribute("name") != null) {
        out.add(new Contribution(e.getAttribute("name"), nullToEmpty(e.getAttribute("description")),
            nullToEmpty(e.getAttribute("usage")), e.getContributor().getName(), e));
      }
    }
    out.sort(Comparator.comparing(Contribution::name));
    return out;
  }

  public static Optional<Contribution> find(String name) {
    return all().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
