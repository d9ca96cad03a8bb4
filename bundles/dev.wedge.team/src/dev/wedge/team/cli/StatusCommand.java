package dev.wedge.team.cli;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;

/** {@code wedge status FILE.wedge}: the model against its last commit and its upstream (ahead, behind, modified). */
public final class StatusCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge");
  }

  @Override
  protected int run(Call call) throws Exception {
    try (ModelRepository r = ModelRepository.of(call.file())) {
      ModelRepository.Status s = r.status();
      call.out().println(call.file().getFileName() + " on " + s.branch() + (s.upstream() == null ? ""
          : " (upstream " + s.upstream() + ")") + ": " + s.summary() + ".");
      if (s.interrupted()) {
        call.out().println("A pull was stopped before it finished: run wedge pull " + call.file() + " again to"
            + " finish it.");
      }
      return ExitCodes.OK;
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
  }
}
