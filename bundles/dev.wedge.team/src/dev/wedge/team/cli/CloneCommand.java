package dev.wedge.team.cli;

import java.nio.file.Path;

import org.eclipse.jgit.transport.URIish;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.TeamException;

/** {@code wedge clone URL [DIR]}: a copy of a shared repository, to open and edit its models. */
public final class CloneCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return Team.credentialOptions(CommandSyntax.noModel().arguments("URL [DIR]"));
  }

  @Override
  protected int run(Call call) throws Exception {
    if (call.arguments().isEmpty() || call.arguments().size() > 2) {
      throw call.usage("name the repository to clone, and where (default: a folder named after it)");
    }
    String url = call.arguments().get(0);
    Path dir = call.arguments().size() == 2 ? Path.of(call.arguments().get(1))
        : Path.of(new URIish(url).getHumanishName());
    try {
      Team.Given given = Team.credentials(call, url);
      Remotes.clone(url, dir, given.provider());
      given.keep(call, url);
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
    try (var models = java.nio.file.Files.walk(dir, 3)) {
      var found = models.filter(p -> p.toString().endsWith(".wedge") && !p.startsWith(dir.resolve(".git")))
          .map(p -> dir.relativize(p).toString()).sorted().toList();
      call.out().println("Cloned " + url + " into " + dir + (found.isEmpty() ? "; it holds no model yet."
          : "; models: " + String.join(", ", found) + "."));
    }
    return ExitCodes.OK;
  }
}
