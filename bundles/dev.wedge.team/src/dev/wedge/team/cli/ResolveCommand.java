package dev.wedge.team.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.team.git.MergeInProgress;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;
import dev.wedge.team.merge.Choice;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.team.merge.ConflictSidecar;
import dev.wedge.team.merge.ModelPatch;
import dev.wedge.team.merge.Resolution;

/**
 * {@code wedge resolve FILE.wedge KEY --take yours|theirs|frozen | --value TEXT | --rebaseline REASON}: resolves one
 * conflict of the merge Git has under way, in the model as it is now (what was edited since the merge is kept): the
 * command-line twin of Team › Resolve Conflicts…. Lists the open conflicts, their keys and choices when given no key.
 */
public final class ResolveCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").arguments("[KEY]")
        .choice("take", "keep your value, take theirs, or keep a pilot's frozen criterion", "yours", "theirs", "frozen")
        .option("value", "TEXT", "the value agreed instead (a field both sides changed)")
        .option("rebaseline", "REASON", "keep the incoming change of a frozen criterion as a re-baseline, with why")
        .today();
  }

  @Override
  protected int run(Call call) throws Exception {
    Path file = call.file();
    LoadedModel m = call.loaded();
    MergeInProgress merge;
    try (ModelRepository r = ModelRepository.of(file)) {
      merge = MergeInProgress.of(r, call.today());
    } catch (TeamException e) {
      throw call.fail(ExitCodes.FAILED_CHECK, "wedge resolve: " + e.getMessage());
    }
    List<Conflict> open = merge.open(m.model());
    List<String> keys = call.arguments();
    if (keys.isEmpty()) {
      for (Conflict c : open) {
        call.out().println(c.key() + "  " + c.message() + "  [" + choices(c) + "]");
      }
      call.out().println(open.size() + (open.size() == 1 ? " conflict is" : " conflicts are") + " open; resolve one"
          + " with wedge resolve " + file + " KEY --take yours|theirs, --value TEXT or --rebaseline REASON.");
      return open.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }
    if (keys.size() > 1) {
      throw call.fail(ExitCodes.USAGE, "wedge resolve: name one conflict at a time (" + keys.size() + " given);"
          + " nothing was changed.");
    }
    Conflict conflict = open.stream().filter(c -> c.key().equals(keys.get(0))).findFirst().orElseThrow(
        () -> call.fail(ExitCodes.FAILED_CHECK, "wedge resolve: " + file + " has no open conflict '" + keys.get(0)
            + "' (wedge resolve " + file + " lists them); nothing was changed."));
    Resolution resolution = resolution(call, conflict);
    MergeInProgress.Resolved resolved = merge.resolve(conflict, resolution);
    ModelPatch.Applied applied = MergeInProgress.apply(m.model(), resolved);
    try {
      ModelStore.save(m.resource(), file);
    } catch (ModelSaveException e) {
      throw call.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
    }
    int left = ConflictRecords.of(m.model()).size();
    if (left == 0) {
      Files.deleteIfExists(ConflictSidecar.of(file));
    }
    call.out().println("Resolved: " + conflict.message() + " \u2014 " + said(resolution) + ". " + left
        + (left == 1 ? " conflict is" : " conflicts are") + " open.");
    applied.notApplied().forEach(s -> call.err().println("Not applied: " + s));
    resolved.brought().forEach(c -> call.err().println("This resolution brings a conflict of its own: "
        + c.message() + " (key " + c.key() + ")."));
    return applied.notApplied().isEmpty() && resolved.brought().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }

  private static Resolution resolution(Call call, Conflict conflict) throws Failure {
    int given = (call.option("take") != null ? 1 : 0) + (call.option("value") != null ? 1 : 0)
        + (call.option("rebaseline") != null ? 1 : 0);
    if (given != 1) {
      throw call.fail(ExitCodes.USAGE, "wedge resolve: say how to resolve " + conflict.key() + " with exactly one of"
          + " --take, --value or --rebaseline (its choices: " + choices(conflict) + "); nothing was changed.");
    }
    Resolution r;
    if (call.option("value") != null) {
      r = Resolution.edit(call.option("value"));
    } else if (call.option("rebaseline") != null) {
      r = Resolution.rebaseline(call.option("rebaseline"));
    } else {
      r = Resolution.of(switch (call.option("take")) {
        case "yours" -> Choice.OURS;
        case "theirs" -> Choice.THEIRS;
        default -> Choice.FROZEN;
      });
    }
    if (!conflict.choices().contains(r.choice())) {
      throw call.fail(ExitCodes.USAGE, "wedge resolve: " + conflict.key() + " cannot be resolved that way; its"
          + " choices are " + choices(conflict) + ". Nothing was changed.");
    }
    return r;
  }

  static String choices(Conflict c) {
    return String.join(", ", c.choices().stream().map(ResolveCommand::option).toList());
  }

  private static String option(Choice c) {
    return switch (c) {
      case OURS -> "--take yours";
      case THEIRS -> "--take theirs";
      case FROZEN -> "--take frozen";
      case EDIT -> "--value TEXT";
      case REBASELINE -> "--rebaseline REASON";
    };
  }

  private static String said(Resolution r) {
    return switch (r.choice()) {
      case OURS -> "yours kept";
      case THEIRS -> "theirs taken";
      case FROZEN -> "the frozen criterion kept";
      case EDIT -> "set to " + r.text();
      case REBASELINE -> "re-baselined: " + r.text();
    };
  }
}
