package dev.wedge.team.cli;

import java.nio.file.Path;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.Remotes;
import dev.wedge.team.git.TeamException;

/**
 * {@code wedge bundle FILE.wedge --export OUT.bundle | --import IN.bundle}: the model's repository as one git bundle
 * file, for a workshop without a network (a USB stick); importing merges it as a pull does.
 */
public final class BundleCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").lead("(--export OUT.bundle | --import IN.bundle)")
        .option("export", "OUT.bundle", "write every branch and tag into a bundle file")
        .option("import", "IN.bundle", "merge the bundle's branch into the model's, as a pull does").today();
  }

  @Override
  protected int run(Call call) throws Exception {
    String out = call.option("export");
    String in = call.option("import");
    if ((out == null) == (in == null)) {
      throw call.usage("say either --export OUT.bundle or --import IN.bundle");
    }
    try (ModelRepository r = ModelRepository.of(call.file())) {
      if (out != null) {
        long bytes = Remotes.exportBundle(r, Path.of(out));
        call.out().println(String.format("Wrote %s (%,d bytes): every branch and tag of %s's repository; import it"
            + " with wedge bundle FILE.wedge --import %s, or git clone %s.", out, bytes, call.file().getFileName(),
            out, out));
        return ExitCodes.OK;
      }
      call.loaded();
      return Team.report(call, r, Remotes.importBundle(r, Path.of(in), call.today(), Team.who(r)));
    } catch (TeamException e) {
      throw Team.failure(call, e);
    }
  }
}
