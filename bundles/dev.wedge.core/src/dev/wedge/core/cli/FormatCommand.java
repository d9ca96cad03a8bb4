package dev.wedge.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;

/**
 * {@code wedge format FILE.wedge [-o OUT.wedge]} (also {@code wedge save}): opens the model, checks it, and writes
 * it the way the workbench saves it (atomically, keeping {@code NAME.wedge.bak}, content Wedge does not know kept as
 * it is), over itself or to OUT. For pipelines that keep models in version control, and to drive the real save path
 * from tests.
 */
public final class FormatCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").option("out", "OUT.wedge", "where to write it (a file or a folder);"
        + " without it, over FILE, keeping FILE.bak").alias("-o", "out");
  }

  @Override
  protected int run(Call call) throws Failure {
    Path file = call.file();
    Path target = call.option("out") == null ? file : Path.of(call.option("out"));
    if (Files.isDirectory(target)) {
      target = target.resolve(file.getFileName());
    }
    LoadedModel loaded = call.loaded();
    for (LoadProblem p : loaded.problems()) {
      call.note("note: " + p);
    }
    try {
      ModelStore.save(loaded.resource(), target);
    } catch (ModelSaveException e) {
      throw call.fail(ExitCodes.CANNOT_WRITE, e.getMessage());
    }
    call.out().println("Wrote " + target + (target.toAbsolutePath().normalize().equals(file.toAbsolutePath()
        .normalize()) ? " (the previous version is " + target.getFileName() + ".bak)" : "") + ".");
    return ExitCodes.OK;
  }
}
