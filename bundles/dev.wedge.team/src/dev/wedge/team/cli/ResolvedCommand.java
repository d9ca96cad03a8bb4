package dev.wedge.team.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.team.merge.ConflictSidecar;

/**
 * {@code wedge resolved FILE.wedge KEY... | --all}: after the fields of a merge's conflicts hold what the team agreed,
 * removes those conflicts from the model (and the sidecar when none is left): the command-line twin of the finding's
 * quick fix "Mark this conflict resolved". Lists the open conflicts and their keys when given none.
 */
public final class ResolvedCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").arguments("[KEY...]").flag("all", "every open conflict");
  }

  @Override
  protected int run(Call call) throws Exception {
    Path file = call.file();
    LoadedModel m = call.loaded();
    List<EObject> records = ConflictRecords.of(m.model());
    List<String> keys = call.arguments();
    if (!call.flag("all") && keys.isEmpty()) {
      for (EObject r : records) {
        call.out().println(ConflictRecords.text(r, "key") + "  " + ConflictRecords.text(r, "message"));
      }
      call.out().println(records.size() + (records.size() == 1 ? " conflict is" : " conflicts are") + " open; name"
          + " the keys of those resolved, or --all.");
      return records.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
    for (String k : keys) {
      if (records.stream().noneMatch(r -> k.equals(ConflictRecords.text(r, "key")))) {
        throw call.fail(ExitCodes.FAILED_CHECK, "wedge resolved: " + file + " has no open conflict '" + k
            + "' (wedge resolved " + file + " lists them); nothing was changed.");
      }
    }
    int removed = 0;
    for (EObject r : records) {
      if (call.flag("all") || keys.contains(ConflictRecords.text(r, "key"))) {
        EcoreUtil.remove(r);
        removed++;
      }
    }
    try {
      ModelStore.save(m.resource(), file);
    } catch (ModelSaveException e) {
      throw call.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
    }
    int left = records.size() - removed;
    if (left == 0) {
      Files.deleteIfExists(ConflictSidecar.of(file));
    }
    call.out().println("Marked " + removed + (removed == 1 ? " conflict" : " conflicts") + " resolved in " + file
        + "; " + left + " open.");
    return ExitCodes.OK;
  }
}
