package dev.wedge.team.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.merge.ConflictRecords;

/**
 * {@code wedge verify MODEL}: the model opens, no merge conflict is left in it, and each started pilot's success
 * criteria equal those in the commit tagged {@code pilot/<id>/start}, apart from recorded re-baselines (each named).
 * Exits 1 on a change nobody recorded or an unresolved conflict; a pilot whose start cannot be proven (no repository,
 * no tag) is said, with what to do.
 */
public final class VerifyCommand implements WedgeCommand {

  static final String USAGE = "wedge verify FILE.wedge";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    CommandLine cl;
    try {
      cl = CommandLine.parse(args, Set.of(), Set.of());
      if (cl.positional().size() != 1) {
        throw new CommandLine.UsageException("name one model file");
      }
    } catch (CommandLine.UsageException e) {
      err.println("wedge verify: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    Path file = Path.of(cl.positional().get(0));
    StrategyModel model;
    try {
      model = Inputs.open(file, "verify", err, new java.util.HashSet<>());
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    boolean failed = false;
    List<EObject> conflicts = ConflictRecords.of(model);
    for (EObject c : conflicts) {
      out.println("Unresolved merge conflict: " + ConflictRecords.text(c, "message"));
      failed = true;
    }
    List<PreRegistration.Check> checks = PreRegistration.check(model, file);
    for (PreRegistration.Check c : checks) {
      out.println(c.sentence());
      failed |= c.problem() == null && !c.proven();
    }
    if (checks.isEmpty()) {
      out.println("No pilot has started: there are no frozen criteria to check.");
    }
    if (!failed) {
      out.println("Verified " + file + ".");
    }
    return failed ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
  }
}
