package dev.wedge.team.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/** Opening the models a command compares or merges, as Git hands them over. */
final class Inputs {

  private Inputs() {
  }

  /** True for "no version" as Git writes it: {@code /dev/null}, or an empty file (no common ancestor). */
  static boolean none(Path p) throws IOException {
    return p.toString().equals("/dev/null") || Files.isRegularFile(p) && Files.size(p) == 0;
  }

  /**
   * Opens {@code p}; its notes go to {@code err}, prefixed with the command, each once however many of the versions
   * have it ({@code seen}: the notes said so far).
   */
  static StrategyModel open(Path p, String command, PrintStream err, java.util.Set<String> seen)
      throws ModelLoadException {
    LoadedModel m = ModelStore.load(p);
    for (LoadProblem problem : m.problems()) {
      if (seen.add(problem.toString())) {
        err.println("wedge " + command + ": note: " + problem);
      }
    }
    return m.model();
  }

  /** An empty model with {@code id}: the base of two versions that were added separately. */
  static StrategyModel empty(String id) {
    StrategyModel m = WedgeFactory.eINSTANCE.createStrategyModel();
    m.setId(id);
    Resource r = ModelStore.newResourceSet().createResource(URI.createFileURI("empty.wedge"));
    r.getContents().add(m);
    return m;
  }
}
