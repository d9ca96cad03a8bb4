package dev.wedge.team.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.team.merge.ConflictRecords;

/**
 * A model file in a Git repository: share it into one (new or existing), commit it, and say where it stands against
 * its upstream. Pulling, pushing and bundles are in {@link Remotes}; the model-aware merge of what is pulled in
 * {@link ModelPull}. Works on any repository plain {@code git} also works on.
 */
public final class ModelRepository implements AutoCloseable {

  /** The lines {@link #share} adds to {@code .gitattributes}: Git merges and diffs models with Wedge. */
  public static final String ATTRIBUTES = "*.wedge merge=wedge diff=wedge";

  /** What {@link #share} adds to {@code .gitignore}: the backup, a merge's conflict list and recovery files. */
  static final List<String> IGNORED = List.of("*.wedge.bak", "*.wedge.conflicts.json",
      "*.wedge" + ModelStore.RECOVERY_SUFFIX);

  private final Repository repo;
  private final Path model;
  private final String path;

  private ModelRepository(Repository repo, Path model) {
    this.repo = repo;
    this.model = model.toAbsolutePath().normalize();
    this.path = PreRegistration.relative(repo, model);
  }

  /** The repository that holds {@code model}. */
  public static ModelRepository of(Path model) throws TeamException {
    Repository r;
    try {
      r = PreRegistration.repositoryOf(model);
    } catch (IOException e) {
      throw new TeamException("Cannot read the Git repository of " + model + ": " + e.getMessage() + ".", e);
    }
    if (r == null || r.isBare()) {
      if (r != null) {
        r.close();
      }
      throw new TeamException(model + " is not in a Git repository: share it first (wedge share " + model + ").");
    }
    return new ModelRepository(r, model);
  }

  /**
   * Shares {@code model} in the repository around it, or in a new one at {@code newRepository} (null: the model's
   * folder), which must hold the model. Adds the merge and diff attributes and the ignored files, and commits them
   * with the model, by {@code who} (null: the repository's user). {@code remote}, if given, becomes {@code origin}.
   */
  public static ModelRepository share(Path model, Path newRepository, String remote, String message,
      PersonIdent who) throws TeamException {
    LoadedModel loaded = loadable(model);
    Path file = model.toAbsolutePath().normalize();
    try {
      // in the format Wedge saves (one field to a line, a fixed order), so the first save after is no large diff
      ModelStore.saveWithoutBackup(loaded.resource(), file);
    } catch (ModelSaveException e) {
      throw new TeamException("Cannot share " + model + ": it could not be written in the format Wedge saves: "
          + e.getMessage() + " Nothing was committed.", e);
    }
    Repository existing;
    try {
      existing = PreRegistration.repositoryOf(file);
    } catch (IOException e) {
      throw new TeamException("Cannot read the Git repository around " + model + ": " + e.getMessage() + ".", e);
    }
    try {
      Repository r = existing;
      if (r == null || newRepository != null && !r.getWorkTree().toPath().equals(newRepository.toAbsolutePath()
          .normalize())) {
        if (r != null) {
          r.close();
        }
        Path dir = newRepository == null ? file.getParent() : newRepository.toAbsolutePath().normalize();
        if (!file.startsWith(dir)) {
          throw new TeamException("Cannot share " + model + " in " + dir + ": the repository must hold the model;"
              + " name a folder above it, or leave --repository out to share it in its own folder.");
        }
        r = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().getRepository();
      }
      ModelRepository m = new ModelRepository(r, file);
      m.writeSettings(remote);
      try (Git git = new Git(r)) {
        List<String> changed = new ArrayList<>();
        for (String p : List.of(m.path, prefix(m.path) + ".gitattributes", prefix(m.path) + ".gitignore")) {
          git.add().addFilepattern(p).call();
          if (!git.status().addPath(p).call().getUncommittedChanges().isEmpty()) {
            changed.add(p);
          }
        }
        if (!changed.isEmpty()) {
          PersonIdent by = who != null ? who : new PersonIdent(r);
          var commit = git.commit().setMessage(message).setAuthor(by).setCommitter(by);
          if (r.resolve(Constants.HEAD) != null) {
            changed.forEach(commit::setOnly);
          }
          commit.call();
        }
      }
      return m;
    } catch (GitAPIException | IOException e) {
      throw new TeamException("Cannot share " + model + ": " + e.getMessage() + ".", e);
    }
  }

  private static String prefix(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /** The attributes and ignored files beside the model, the driver if Wedge's launcher is known, the remote. */
  private void writeSettings(String remote) throws IOException {
    Path folder = model.getParent();
    appendMissing(folder.resolve(".gitattributes"), List.of(ATTRIBUTES));
    appendMissing(folder.resolve(".gitignore"), IGNORED);
    StoredConfig config = repo.getConfig();
    useWedgeForModels(config);
    if (remote != null) {
      config.setString("remote", "origin", "url", remote);
      config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
    }
    config.save();
  }

  /**
   * Sets Wedge as Git's merge driver and diff textconv for models in this clone's configuration (Git does not copy
   * them with a clone), when this Wedge's start script is known and none is set yet: plain {@code git merge},
   * {@code git pull} and {@code git diff} then merge and compare models object by object. Returns whether it set them.
   */
  static boolean useWedgeForModels(StoredConfig config) {
    String launcher = System.getProperty("wedge.launcher", System.getProperty("eclipse.launcher"));
    if (launcher == null || config.getString("merge", "wedge", "driver") != null) {
      return false;
    }
    config.setString("merge", "wedge", "name", "Wedge model merge");
    config.setString("merge", "wedge", "driver", "'" + launcher + "' merge %O %A %B -o %A --name %P");
    config.setString("diff", "wedge", "textconv", "'" + launcher + "' diff");
    return true;
  }

  private static void appendMissing(Path file, List<String> lines) throws IOException {
    List<String> have = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    StringBuilder add = new StringBuilder();
    if (!have.isEmpty() && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n")) {
      add.append('\n');
    }
    for (String l : lines) {
      if (have.stream().noneMatch(h -> h.strip().equals(l))) {
        add.append(l).append('\n');
      }
    }
    if (add.length() > 0) {
      Files.writeString(file, add, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /** Refuses a model file that does not open: sharing or committing it would spread a broken file. */
  static LoadedModel loadable(Path model) throws TeamException {
    try {
      return ModelStore.load(model);
    } catch (ModelLoadException e) {
      throw new TeamException(e.getMessage() + " Nothing was committed.", e);
    }
  }

  public Repository repository() {
    return repo;
  }

  /** The model file. */
  public Path model() {
    return model;
  }

  /** The model's path in the repository, with forward slashes. */
  public String path() {
    return path;
  }

  /** The current branch's short name. */
  public String branch() throws IOException {
    return repo.getBranch();
  }

  /**
   * Commits the model with {@code message}. Refused while a merge's conflicts are open in it, or a pull is
   * unfinished; concludes a merge (a pull with conflicts, now resolved) as a merge commit. Returns the short id.
   */
  public String commit(String message, PersonIdent who) throws TeamException {
    if (message == null || message.isBlank()) {
      throw new TeamException("Say what changed: give the commit a message (-m \"...\").");
    }
    ModelPull.refuseIfInterrupted(this);
    LoadedModel m = loadable(model);
    int open = ConflictRecords.of(m.model()).size();
    if (open > 0) {
      throw new TeamException(model.getFileName() + " still has " + open + (open == 1 ? " merge conflict" :
          " merge conflicts") + " open: resolve each (wedge resolve " + model + " lists them; in the workbench Team"
          + " \u203a Resolve Conflicts\u2026), then commit. Nothing was committed.");
    }
    String unchanged = unchanged();
    if (unchanged != null) {
      throw new TeamException(nothingToCommit(unchanged));
    }
    try (Git git = new Git(repo)) {
      git.add().addFilepattern(path).call();
      boolean merging = ModelPull.merging(repo);
      var commit = git.commit().setMessage(message).setAuthor(who).setCommitter(who).setAllowEmpty(merging);
      if (!merging) {
        commit.setOnly(path);
      }
      RevCommit c = commit.call();
      java.nio.file.Files.deleteIfExists(dev.wedge.team.merge.ConflictSidecar.of(model)); // no conflict is open
      return c.abbreviate(7).name();
    } catch (java.io.IOException e) {
      throw new TeamException("Committed, but the resolved conflicts' list beside " + model.getFileName()
          + " could not be removed: " + e.getMessage() + ".", e);
    } catch (EmptyCommitException e) {
      throw new TeamException("Nothing to commit: " + model.getFileName() + " is as in the last commit.", e);
    } catch (GitAPIException e) {
      throw new TeamException("Cannot commit " + model.getFileName() + ": " + e.getMessage() + ".", e);
    }
  }

  /**
   * The short id of the last commit when the model is as in it and no merge waits to be concluded (a commit would
   * record nothing), else null.
   */
  public String unchanged() throws TeamException {
    try (Git git = new Git(repo)) {
      if (ModelPull.merging(repo)) {
        return null;
      }
      org.eclipse.jgit.lib.ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) {
        return null; // no commit yet: the first one records the model
      }
      org.eclipse.jgit.api.Status s = git.status().addPath(path).call();
      if (!s.getAdded().isEmpty() || !s.getChanged().isEmpty() || !s.getModified().isEmpty()
          || !s.getRemoved().isEmpty() || !s.getMissing().isEmpty() || !s.getUntracked().isEmpty()
          || !s.getConflicting().isEmpty()) {
        return null;
      }
      return head.abbreviate(7).name();
    } catch (java.io.IOException | GitAPIException e) {
      throw new TeamException("Cannot read the status of " + model.getFileName() + ": " + e.getMessage() + ".", e);
    }
  }

  /** The sentence for a commit that would record nothing: the model is as in commit {@code head}. */
  public String nothingToCommit(String head) {
    return "Nothing to commit: " + model.getFileName() + " is as in the last commit (" + head + ").";
  }

  /**
   * Who commits: the name and e-mail Git is configured with (the repository's, the user's or the system's
   * configuration), or empty when Git would only guess them from the machine (as {@code root@localhost}).
   */
  public java.util.Optional<PersonIdent> identity() {
    org.eclipse.jgit.lib.UserConfig u = repo.getConfig().get(org.eclipse.jgit.lib.UserConfig.KEY);
    if (u.isAuthorNameImplicit() || u.isAuthorEmailImplicit()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new PersonIdent(u.getAuthorName(), u.getAuthorEmail()));
  }

  /** Records who commits in this repository's configuration (as {@code git config user.name/user.email}). */
  public void setIdentity(String name, String email) throws TeamException {
    var c = repo.getConfig();
    c.setString("user", null, "name", name.strip());
    c.setString("user", null, "email", email.strip());
    try {
      c.save();
    } catch (java.io.IOException e) {
      throw new TeamException("Cannot record who commits in " + repo.getDirectory() + "/config: " + e.getMessage()
          + ".", e);
    }
  }

  /** Where the model stands: its branch against the upstream (after the last fetch), and its own changes. */
  public record Status(String branch, String upstream, int ahead, int behind, boolean modified, boolean untracked,
      boolean merging, boolean interrupted) {

    /** One line, as the Models view decorates the model and {@code wedge status} prints it. */
    public String summary() {
      List<String> parts = new ArrayList<>();
      if (interrupted) {
        parts.add("pull interrupted");
      }
      if (merging) {
        parts.add("merging");
      }
      if (untracked) {
        parts.add("not committed yet");
      } else if (modified) {
        parts.add("modified");
      }
      if (ahead > 0) {
        parts.add(ahead + " ahead");
      }
      if (behind > 0) {
        parts.add(behind + " behind");
      }
      return parts.isEmpty() ? "up to date" + (upstream == null ? " (no upstream)" : "") : String.join(", ", parts);
    }
  }

  public Status status() throws TeamException {
    try (Git git = new Git(repo)) {
      var s = git.status().addPath(path).call();
      boolean untracked = s.getUntracked().contains(path) || s.getAdded().contains(path);
      boolean modified = !untracked && !s.getUncommittedChanges().isEmpty();
      String branch = repo.getBranch();
      BranchTrackingStatus t = repo.resolve(Constants.HEAD) == null ? null : BranchTrackingStatus.of(repo, branch);
      return new Status(branch, t == null ? null : Repository.shortenRefName(t.getRemoteTrackingBranch()),
          t == null ? 0 : t.getAheadCount(), t == null ? 0 : t.getBehindCount(), modified, untracked,
          ModelPull.merging(repo), ModelPull.interrupted(this));
    } catch (GitAPIException | IOException e) {
      throw new TeamException("Cannot read the status of " + model.getFileName() + ": " + e.getMessage() + ".", e);
    }
  }

  @Override
  public void close() {
    repo.close();
  }
}
