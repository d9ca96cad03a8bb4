package dev.wedge.team.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;
import dev.wedge.team.merge.ModelDiff;

/**
 * {@code wedge history FILE.wedge [--object ID] [--max N]}: the commits that changed the model, newest first, with who,
 * when and what each changed, field by field; with {@code --object}, only the commits that changed that object (a
 * pilot and its criteria, say).
 */
public final class HistoryCommand extends ModelCommand {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge")
        .option("object", "ID", "only the commits that changed this object (or what it contains)")
        .option("max", "N", "at most N commits (default 20)");
  }

  @Override
  protected int run(Call call) throws Exception {
    int max;
    try {
      max = Integer.parseInt(call.option("max", "20"));
    } catch (NumberFormatException e) {
      throw call.fail(ExitCodes.USAGE, "wedge history: --max takes a whole number of commits, not '"
          + call.option("max") + "'.");
    }
    String object = call.option("object");
    if (object != null && Team.find(call.loaded().model(), object) == null) {
      call.err().println("Note: " + call.file().getFileName() + " has no object '" + object + "' now; its history"
          + " until it was removed follows.");
    }
    List<ModelHistory.Entry> entries;
    try (ModelRepository r = ModelRepository.of(call.file())) {
      entries = ModelHistory.of(r, object, max);
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
    for (ModelHistory.Entry e : entries) {
      call.out().println(e.commit() + "  " + WHEN.format(e.when().atZone(ZoneId.systemDefault())) + "  "
          + e.author() + "  " + e.title());
      for (ModelDiff.Difference d : e.changes()) {
        call.out().println("    " + d.message());
      }
    }
    call.out().println(entries.size() + (entries.size() == 1 ? " commit" : " commits") + (object == null
        ? " changed " + call.file().getFileName() : " changed '" + object + "'") + (entries.size() == max
            ? " (the latest " + max + "; --max for more)." : "."));
    return ExitCodes.OK;
  }
}
