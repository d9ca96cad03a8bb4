package dev.wedge.team.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.ModelDiff;
import dev.wedge.team.merge.ModelDiff.Difference;

/**
 * {@code wedge diff A B}: what changed between two versions of a model, object by object and field by field. Also,
 * for Git, {@code wedge diff FILE} prints one model as text, one field to a line ({@code diff.wedge.textconv}), and
 * with Git's seven arguments ({@code diff.wedge.command}, {@code GIT_EXTERNAL_DIFF}) it compares the two versions Git
 * names. Exits 0 (with {@code --exit-code}: 1 when they differ).
 */
public final class DiffCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.noModel().arguments("A.wedge [B.wedge]")
        .flag("exit-code", "exit 1 when the two differ (as git diff --exit-code)");
  }

  @Override
  protected int run(Call call) throws Exception {
    List<String> p = call.arguments();
    int n = p.size();
    if (n != 1 && n != 2 && n != 7) {
      throw call.usage("name two models to compare, or one to print as text");
    }
    Set<String> seen = new HashSet<>();
    try {
      if (n == 1) {
        Path file = Path.of(p.get(0));
        if (!Inputs.none(file)) {
          call.out().print(ModelDiff.text(Inputs.open(file, "diff", call.err(), seen)));
        }
        return ExitCodes.OK;
      }
      Path a = Path.of(n == 7 ? p.get(1) : p.get(0));
      Path b = Path.of(n == 7 ? p.get(4) : p.get(1));
      StrategyModel after = Inputs.none(b) ? null : Inputs.open(b, "diff", call.err(), seen);
      StrategyModel before = Inputs.none(a) ? null : Inputs.open(a, "diff", call.err(), seen);
      if (before == null && after == null) {
        return ExitCodes.OK;
      }
      if (before == null) {
        before = Inputs.empty(after.getId());
      } else if (after == null) {
        after = Inputs.empty(before.getId());
      }
      List<Difference> d = ModelDiff.of(before, after);
      if (n == 7) {
        call.out().println("diff --wedge a/" + p.get(0) + " b/" + p.get(0));
      }
      for (Difference x : d) {
        call.out().println(x.message());
      }
      if (d.isEmpty() && n == 2) {
        call.out().println("No differences.");
      }
      return call.flag("exit-code") && !d.isEmpty() ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    } catch (ModelLoadException e) {
      throw call.fail(ExitCodes.CANNOT_OPEN, e.getMessage());
    }
  }
}
