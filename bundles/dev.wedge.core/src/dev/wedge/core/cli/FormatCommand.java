package dev.wedge.core.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;

/**
 * {@code wedge format FILE.wedge [-o OUT.wedge]} (also {@code wedge save}): opens the model, checks it, and writes
 * it the way the workbench saves it (atomically, keeping {@code NAME.wedge.bak}, content Wedge does not know kept as
 * it is), over itself or to OUT. For pipelines that keep models in version control, and to drive the real save path
 * from tests.
 */
public final class FormatCommand implements WedgeCommand {

  static final String USAGE = "wedge format FILE.wedge [-o OUT.wedge]";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> normalized = new ArrayList<>();
    for (String a : args) {
      normalized.add(a.equals("-o") ? "--out" : a);
    }
    CommandLine cl;
    try {
      cl = CommandLine.parse(normalized, Set.of("out"), Set.of());
      if (cl.positional().size() != 1) {
        throw new CommandLine.UsageException("name one model file");
      }
    } catch (CommandLine.UsageException e) {
      err.println("wedge format: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    Path file = Path.of(cl.positional().get(0));
    Path target = cl.option("out", null) == null ? file : Path.of(cl.option("out", null));
    if (Files.isDirectory(target)) {
      target = target.resolve(file.getFileName());
    }
    LoadedModel loaded;
    try {
      loaded = ModelStore.load(file);
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    for (LoadProblem p : loaded.problems()) {
      err.println("wedge format: note: " + p);
    }
    try {
      ModelStore.save(loaded.resource(), target);
    } catch (ModelSaveException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
    out.println("Wrote " + target + (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())
        ? " (the previous version is " + target.getFileName() + ".bak)" : "") + ".");
    return ExitCodes.OK;
  }
}
