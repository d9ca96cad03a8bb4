package dev.wedge.core.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A .wedge file that cannot be opened; the message names the file and the problem. The file is never changed. */
public class ModelLoadException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final transient List<LoadProblem> problems;

  public ModelLoadException(Path file, List<LoadProblem> problems) {
    super(describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public ModelLoadException(Path file, LoadProblem problem) {
    this(file, List.of(problem));
  }

  public Path getFile() {
    return file;
  }

  public List<LoadProblem> getProblems() {
    return problems;
  }

  private static String describe(Path file, List<LoadProblem> problems) {
    StringBuilder sb = new StringBuilder("Cannot open ").append(file.getFileName()).append(": ");
    List<LoadProblem> fatal = problems.stream().filter(LoadProblem::fatal).toList();
    sb.append(fatal.isEmpty() ? "unknown problem" : fatal.get(0).toString());
    if (fatal.size() > 1) {
      sb.append(" (and ").append(fatal.size() - 1).append(" more problem").append(fatal.size() > 2 ? "s" : "")
          .append(")");
    }
    sb.append(file != null && java.nio.file.Files.exists(file) ? ". The file was not changed." : ".");
    return sb.toString();
  }
}
