package dev.wedge.team.cli;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;
import dev.wedge.team.merge.ModelDiff;
import dev.wedge.team.merge.ModelPatch;

/**
 * {@code wedge restore FILE.wedge --from COMMIT [--object ID] [--dry-run]}: puts the model, or one object of it (with
 * what it contains), back as it was in a commit; the rest of the model stays as it is. Says each change, and what it
 * could not put back.
 */
public final class RestoreCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").option("from", "COMMIT", "the commit (or tag) to restore from")
        .option("object", "ID", "only this object and what it contains (default: the whole model)")
        .flag("dry-run", "say what would change, without writing");
  }

  @Override
  protected int run(Call call) throws Exception {
    if (call.option("from") == null) {
      throw call.fail(ExitCodes.USAGE, "wedge restore: name the version with --from COMMIT (wedge history "
          + call.file() + " lists them); nothing was changed.");
    }
    LoadedModel m = call.loaded();
    String object = call.option("object");
    StrategyModel then;
    try (ModelRepository r = ModelRepository.of(call.file())) {
      then = ModelHistory.version(r, call.option("from"));
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
    if (object != null && Team.find(then, object) == null) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge restore: there is no object '" + object + "' in "
          + call.file().getFileName() + " at " + call.option("from") + "; nothing was changed.");
    }
    var changes = object == null ? ModelDiff.of(m.model(), then) : ModelDiff.of(m.model(), then, object);
    if (changes.isEmpty()) {
      call.out().println((object == null ? call.file().getFileName().toString() : "'" + object + "'")
          + " is already as it was at " + call.option("from") + "; nothing was changed.");
      return ExitCodes.OK;
    }
    changes.forEach(d -> call.out().println("  " + d.message()));
    if (call.flag("dry-run")) {
      call.out().println(changes.size() + (changes.size() == 1 ? " change" : " changes") + " would be made"
          + " (--dry-run: nothing was written).");
      return ExitCodes.OK;
    }
    ModelPatch.Applied applied = ModelPatch.between(m.model(), then, object).apply(m.model());
    try {
      ModelStore.save(m.resource(), call.file());
    } catch (ModelSaveException e) {
      throw call.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
    }
    call.out().println("Restored " + (object == null ? call.file().getFileName().toString() : "'" + object + "'")
        + " as it was at " + call.option("from") + ": " + changes.size() + (changes.size() == 1 ? " change" : " changes")
        + " (the previous file is kept as " + call.file().getFileName() + ".bak).");
    applied.notApplied().forEach(s -> call.err().println("Not restored: " + s));
    return applied.notApplied().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }
}
