package dev.wedge.team.cli;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.TeamException;

/**
 * {@code wedge pull FILE.wedge}: fetches the remote's commits and merges them, the models object by object and field
 * by field; conflicts are listed, kept in the model as findings, and never written as conflict markers. Exit 1 when
 * conflicts are left to resolve.
 */
public final class PullCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return Team.credentialOptions(CommandSyntax.model("FILE.wedge")
        .option("remote", "NAME", "the remote to pull from (default: the branch's upstream, else origin)")).today();
  }

  @Override
  protected int run(Call call) throws Exception {
    call.loaded();
    try (ModelRepository r = ModelRepository.of(call.file())) {
      String remote = call.option("remote") != null ? call.option("remote") : Remotes.remoteOf(r);
      String url = r.repository().getConfig().getString("remote", remote, "url");
      Team.Given given = Team.credentials(call, url);
      var outcome = Remotes.pull(r, remote, given.provider(), call.today(), Team.who(r));
      given.keep(call, url);
      return Team.report(call, r, outcome);
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
  }
}
