package dev.wedge.team.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.team.merge.ConflictSidecar;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelMerge;

/**
 * {@code wedge merge BASE OURS THEIRS -o OUT}: the model-aware three-way merge, also Git's merge driver for .wedge
 * files ({@code merge.wedge.driver = wedge merge %O %A %B -o %A --name %P}). A clean merge exits 0. A merge with
 * conflicts still writes a complete, valid model (each conflict holding the default that loses nothing), lists the
 * conflicts on stdout, in {@code NAME.conflicts.json} beside the model and as findings in the model itself, and exits
 * 1, so Git marks the file as conflicted: never a file with conflict markers.
 */
public final class MergeCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.noModel().arguments("BASE OURS THEIRS").lead("-o|--out OUT")
        .option("out", "OUT", "where the merged model goes (it may be OURS, as for Git's driver)").alias("-o", "out")
        .option("name", "PATH", "the model's name in messages and for the conflicts file (Git's %P)").today();
  }

  @Override
  protected int run(Call call) throws Exception {
    List<String> p = call.arguments();
    if (p.size() != 3) {
      throw call.usage("name three models: the common base, yours and theirs");
    }
    if (call.option("out") == null) {
      throw call.usage("say where the merged model goes (-o OUT; it may be OURS)");
    }
    Path basePath = Path.of(p.get(0));
    Path oursPath = Path.of(p.get(1));
    Path theirsPath = Path.of(p.get(2));
    Path target = Path.of(call.option("out"));
    Path name = Path.of(call.option("name", target.toString()));
    StrategyModel base;
    StrategyModel ours;
    StrategyModel theirs;
    Set<String> seen = new HashSet<>();
    try {
      ours = Inputs.open(oursPath, "merge", call.err(), seen);
      theirs = Inputs.open(theirsPath, "merge", call.err(), seen);
      base = Inputs.none(basePath) ? Inputs.empty(ours.getId()) : Inputs.open(basePath, "merge", call.err(), seen);
    } catch (ModelLoadException e) {
      throw call.fail(ExitCodes.CANNOT_OPEN, e.getMessage());
    }
    MergeResult result;
    try {
      result = ModelMerge.merge(base, ours, theirs, Map.of(), call.option("today") != null ? call.today()
          : ModelSessions.getDefault().today(ours));
    } catch (IllegalArgumentException e) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge merge: cannot merge " + oursPath + " and " + theirsPath + ": "
          + e.getMessage() + "; nothing was written.");
    }
    List<Conflict> open = result.unresolved();
    ConflictRecords.write(result.model(), open);
    try {
      if (target.toAbsolutePath().normalize().equals(oursPath.toAbsolutePath().normalize())) {
        ModelStore.saveWithoutBackup(result.model().eResource(), target); // Git's own copy of "ours"
      } else {
        ModelStore.save(result.model().eResource(), target);
      }
    } catch (ModelSaveException e) {
      throw call.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
    }
    Path sidecar = ConflictSidecar.of(name);
    if (open.isEmpty()) {
      Files.deleteIfExists(sidecar); // an earlier merge's conflicts, now resolved
      call.out().println("Merged " + name + ": no conflicts.");
      return ExitCodes.OK;
    }
    ConflictSidecar.write(sidecar, name, open);
    call.out().println("Merged " + name + " with " + open.size() + (open.size() == 1 ? " conflict" : " conflicts")
        + " (the model holds yours, or what loses nothing, until you resolve each; they are listed in " + sidecar
        + " and as findings in the model):");
    for (Conflict c : open) {
      call.out().println("  " + c.message());
    }
    return ExitCodes.FAILED_CHECK;
  }
}
