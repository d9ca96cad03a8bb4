package dev.wedge.team.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.method.PilotRules;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.Pilot;
import dev.wedge.team.git.PreRegistration;

/**
 * {@code wedge start-pilot FILE.wedge PILOT-ID}: starts the pilot (its criteria are frozen from today), saves the
 * model, commits it and tags the commit {@code pilot/<id>/start}, so that later anyone can check the criteria were
 * fixed before the results came in ({@code wedge verify}).
 */
public final class StartPilotCommand implements WedgeCommand {

  static final String USAGE = "wedge start-pilot FILE.wedge PILOT-ID [--today yyyy-MM-dd]";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    CommandLine cl;
    LocalDate today;
    try {
      cl = CommandLine.parse(args, Set.of("today"), Set.of());
      if (cl.positional().size() != 2) {
        throw new CommandLine.UsageException("name the model file and the pilot's id");
      }
      today = cl.option("today", null) == null ? null : LocalDate.parse(cl.option("today", null));
    } catch (CommandLine.UsageException | DateTimeParseException e) {
      err.println("wedge start-pilot: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    Path file = Path.of(cl.positional().get(0));
    LoadedModel loaded;
    try {
      loaded = ModelStore.load(file);
    } catch (dev.wedge.core.persistence.ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    String id = cl.positional().get(1);
    Pilot p = loaded.model().getPilots().stream().filter(x -> id.equals(x.getId())).findFirst().orElse(null);
    if (p == null) {
      err.println("wedge start-pilot: " + file + " has no pilot with the id '" + id + "'.");
      return ExitCodes.FAILED_CHECK;
    }
    if (PilotRules.frozen(p)) {
      err.println("wedge start-pilot: pilot '" + p.getName() + "' has already started.");
      return ExitCodes.FAILED_CHECK;
    }
    try (Repository repo = PreRegistration.repositoryOf(file)) {
      if (repo == null) {
        err.println("wedge start-pilot: " + file + " is not in a Git repository; share it in one first, so that its"
            + " start can be tagged. Nothing was changed.");
        return ExitCodes.FAILED_CHECK;
      }
      LocalDate day = today != null ? today : ModelSessions.getDefault().today(loaded.model());
      AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
          new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
      domain.getCommandStack().execute(PilotRules.start(domain, p, day));
      ModelStore.save(loaded.resource(), file);
      PersonIdent who = new PersonIdent(repo);
      String commit = PreRegistration.commitAndTag(repo, file, p, "Start pilot '" + p.getName()
          + "': its success criteria are fixed", who);
      out.println("Started pilot '" + p.getName() + "' on " + day + "; commit " + commit + " tagged "
          + PreRegistration.tagName(p) + ".");
      return ExitCodes.OK;
    }
  }
}
