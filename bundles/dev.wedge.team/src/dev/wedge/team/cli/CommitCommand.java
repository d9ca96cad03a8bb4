package dev.wedge.team.cli;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelPull;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;

/**
 * {@code wedge commit FILE.wedge -m MESSAGE}: records the model's changes in its repository; concludes a pull's merge
 * once its conflicts are resolved. Refused while conflicts are open. When the model is as in the last commit it says
 * so and exits 0, as a pull that finds nothing new does.
 */
public final class CommitCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").lead("-m|--message MESSAGE")
        .option("message", "MESSAGE", "what changed, for the history").alias("-m", "message");
  }

  @Override
  protected int run(Call call) throws Exception {
    if (call.option("message") == null) {
      throw call.usage("say what changed (-m \"...\")");
    }
    call.loaded(); // the standard sentence and exit 3 for a file that does not open
    try (ModelRepository r = ModelRepository.of(call.file())) {
      String head = r.unchanged();
      if (head != null && !ModelPull.interrupted(r)) {
        // the model is recorded as it is: nothing failed, as a pull that finds nothing new ("Already up to date")
        call.out().println(r.nothingToCommit(head));
        return ExitCodes.OK;
      }
      String id = r.commit(call.option("message"), Team.who(r, call));
      call.out().println("Committed " + call.file().getFileName() + " as " + id + " on " + r.branch() + " ("
          + r.status().summary() + ").");
      return ExitCodes.OK;
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
  }
}
