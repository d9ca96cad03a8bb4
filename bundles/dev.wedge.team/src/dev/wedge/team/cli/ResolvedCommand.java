package dev.wedge.team.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.team.merge.ConflictRecords;

/**
 * {@code wedge resolved FILE.wedge KEY... | --all}: after the fields of a merge's conflicts hold what the team agreed,
 * removes those conflicts from the model (and the sidecar when none is left): the command-line twin of the finding's
 * quick fix "Mark this conflict resolved". Lists the open conflicts and their keys when given none.
 */
public final class ResolvedCommand implements WedgeCommand {

  static final String USAGE = "wedge resolved FILE.wedge (KEY... | --all)";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    CommandLine cl;
    try {
      cl = CommandLine.parse(args, Set.of(), Set.of("all"));
      if (cl.positional().isEmpty()) {
        throw new CommandLine.UsageException("name the model file");
      }
    } catch (CommandLine.UsageException e) {
      err.println("wedge resolved: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    Path file = Path.of(cl.positional().get(0));
    LoadedModel m;
    try {
      m = ModelStore.load(file);
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    List<EObject> records = ConflictRecords.of(m.model());
    List<String> keys = cl.positional().subList(1, cl.positional().size());
    if (!cl.flag("all") && keys.isEmpty()) {
      for (EObject r : records) {
        out.println(ConflictRecords.text(r, "key") + "  " + ConflictRecords.text(r, "message"));
      }
      out.println(records.size() + (records.size() == 1 ? " conflict is" : " conflicts are") + " open; name the"
          + " keys of those resolved, or --all.");
      return records.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
    int removed = 0;
    for (String k : keys) {
      if (records.stream().noneMatch(r -> k.equals(ConflictRecords.text(r, "key")))) {
        err.println("wedge resolved: " + file + " has no open conflict '" + k + "' (wedge resolved " + file
            + " lists them); nothing was changed.");
        return ExitCodes.FAILED_CHECK;
      }
    }
    for (EObject r : records) {
      if (cl.flag("all") || keys.contains(ConflictRecords.text(r, "key"))) {
        EcoreUtil.remove(r);
        removed++;
      }
    }
    try {
      ModelStore.save(m.resource(), file);
    } catch (ModelSaveException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
    int left = records.size() - removed;
    if (left == 0) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + MergeCommand.SIDECAR));
    }
    out.println("Marked " + removed + (removed == 1 ? " conflict" : " conflicts") + " resolved in " + file + "; "
        + left + " open.");
    return ExitCodes.OK;
  }
}
