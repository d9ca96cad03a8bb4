package dev.wedge.team.cli;

import java.nio.file.Path;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;

/**
 * {@code wedge share FILE.wedge}: puts the model in the Git repository around it, or in a new one (its folder, or
 * {@code --repository DIR}), with the attributes that make Git merge and diff models with Wedge, and commits it.
 */
public final class ShareCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge")
        .option("repository", "DIR", "a new repository there (a folder holding the model; default: the repository"
            + " around the model, else a new one in its folder)")
        .option("remote", "URL", "the repository to pull from and push to (origin)")
        .option("message", "TEXT", "the commit's message (default: Share NAME)").alias("-m", "message");
  }

  @Override
  protected int run(Call call) throws Exception {
    String dir = call.option("repository");
    String name = call.file().getFileName().toString();
    try (ModelRepository r = ModelRepository.share(call.file(), dir == null ? null : Path.of(dir),
        call.option("remote"), call.option("message", "Share " + name), null)) {
      call.out().println("Shared " + name + " in " + r.repository().getWorkTree() + " (branch " + r.branch() + ", "
          + r.status().summary() + ")" + (call.option("remote") == null ? "" : "; remote origin "
              + call.option("remote")) + ".");
      return ExitCodes.OK;
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
  }
}
