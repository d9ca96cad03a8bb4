package dev.wedge.team.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeCommand;
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
public final class DiffCommand implements WedgeCommand {

  static final String USAGE = "wedge diff A.wedge B.wedge [--exit-code]   |   wedge diff FILE.wedge (as text, for"
      + " Git's textconv)";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    CommandLine cl;
    try {
      cl = CommandLine.parse(args, Set.of(), Set.of("exit-code"));
      int n = cl.positional().size();
      if (n != 1 && n != 2 && n != 7) {
        throw new CommandLine.UsageException("name two models to compare, or one to print as text");
      }
    } catch (CommandLine.UsageException e) {
      err.println("wedge diff: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    List<String> p = cl.positional();
    java.util.Set<String> seen = new java.util.HashSet<>();
    try {
      if (p.size() == 1) {
        Path file = Path.of(p.get(0));
        if (!Inputs.none(file)) {
          out.print(ModelDiff.text(Inputs.open(file, "diff", err, seen)));
        }
        return ExitCodes.OK;
      }
      Path a = Path.of(p.size() == 7 ? p.get(1) : p.get(0));
      Path b = Path.of(p.size() == 7 ? p.get(4) : p.get(1));
      StrategyModel after = Inputs.none(b) ? null : Inputs.open(b, "diff", err, seen);
      StrategyModel before = Inputs.none(a) ? null : Inputs.open(a, "diff", err, seen);
      if (before == null && after == null) {
        return ExitCodes.OK;
      }
      if (before == null) {
        before = Inputs.empty(after.getId());
      } else if (after == null) {
        after = Inputs.empty(before.getId());
      }
      List<Difference> d = ModelDiff.of(before, after);
      if (p.size() == 7) {
        out.println("diff --wedge a/" + p.get(0) + " b/" + p.get(0));
      }
      for (Difference x : d) {
        out.println(x.message());
      }
      if (d.isEmpty() && p.size() == 2) {
        out.println("No differences.");
      }
      return cl.flag("exit-code") && !d.isEmpty() ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
  }
}
