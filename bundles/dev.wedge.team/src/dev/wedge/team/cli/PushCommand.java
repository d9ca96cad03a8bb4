package dev.wedge.team.cli;

import java.util.List;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.TeamException;

/** {@code wedge push FILE.wedge}: sends the model's branch and tags (pilots' start tags) to the remote. */
public final class PushCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return Team.credentialOptions(CommandSyntax.model("FILE.wedge")
        .option("remote", "NAME", "the remote to push to (default: the branch's upstream, else origin)"));
  }

  @Override
  protected int run(Call call) throws Exception {
    try (ModelRepository r = ModelRepository.of(call.file())) {
      String remote = call.option("remote") != null ? call.option("remote") : Remotes.remoteOf(r);
      String url = r.repository().getConfig().getString("remote", remote, "url");
      Team.Given given = Team.credentials(call, url);
      List<String> updated = Remotes.push(r, remote, given.provider());
      given.keep(call, url);
      call.out().println(updated.isEmpty() ? remote + " already has everything of " + r.branch() + "."
          : "Pushed " + String.join(", ", updated) + " to " + remote + ".");
      return ExitCodes.OK;
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
  }
}
