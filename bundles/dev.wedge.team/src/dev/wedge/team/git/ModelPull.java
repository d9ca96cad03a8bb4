package dev.wedge.team.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictSidecar;

/**
 * Brings commits fetched from a remote or read from a bundle into the model's branch: a fast-forward, or a merge in
 * which every model (.wedge) changed on both sides is merged by {@link dev.wedge.team.merge.ModelMerge}, object by
 * object and field by field, never line by line; other files merge as Git merges them. The merge is computed in
 * memory first; only then are the files written (each atomically), so a pull stopped at any point leaves each model
 * either as it was or as merged. A marker in the repository says a pull is under way; the next pull (or commit, or
 * status) sees it and finishes or names the step to take.
 */
public final class ModelPull {

  /** The marker of a pull under way, in the repository's .git folder: what is merged in, and the tree it makes. */
  static final String MARKER = "WEDGE_PULL";

  /** What a pull did. */
  public enum Kind {
    UP_TO_DATE, FAST_FORWARD, MERGED, CONFLICTS
  }

  /** One model merged with conflicts, at its path in the repository. */
  public record ModelConflicts(String path, List<Conflict> conflicts) {
  }

  /** What a pull did: its kind, the commit the branch is at (or the merge under way), the conflicts per model. */
  public record Outcome(Kind kind, String commit, String from, List<ModelConflicts> conflicts) {

    public int conflictCount() {
      return conflicts.stream().mapToInt(c -> c.conflicts().size()).sum();
    }
  }

  private ModelPull() {
  }

  /** True while a merge is under way (Git's MERGE_HEAD), its conflicts resolved in the index or not. */
  static boolean merging(Repository repo) {
    RepositoryState s = repo.getRepositoryState();
    return s == RepositoryState.MERGING || s == RepositoryState.MERGING_RESOLVED;
  }

  /** True when a pull of this repository was stopped before it finished. */
  public static boolean interrupted(ModelRepository r) {
    return Files.exists(marker(r.repository()));
  }

  private static Path marker(Repository repo) {
    return repo.getDirectory().toPath().resolve(MARKER);
  }

  /** Refuses to go on while a pull is unfinished, naming the step to take. */
  static void refuseIfInterrupted(ModelRepository r) throws TeamException {
    if (interrupted(r)) {
      throw new TeamException("A pull into " + r.model().getFileName() + " was stopped before it finished: run wedge"
          + " pull " + r.model() + " again to finish it (or git reset --hard to go back to your last commit).");
    }
  }

  /**
   * Merges {@code theirs} (a commit already in the repository, {@code from} saying where it came from) into the
   * current branch.
   */
  public static Outcome merge(ModelRepository r, ObjectId theirs, String from, LocalDate today, PersonIdent who)
      throws TeamException {
    Repository repo = r.repository();
    try (RevWalk walk = new RevWalk(repo); Git git = new Git(repo)) {
      recoverInterrupted(r, git);
      if (ModelPull.merging(repo)) {
        throw new TeamException("A merge into " + r.model().getFileName() + " is under way: resolve its conflicts"
            + " (wedge resolved " + r.model() + " lists them) and commit it (wedge commit), then pull.");
      }
      if (!repo.getRepositoryState().canCommit()) {
        throw new TeamException("The repository is in the middle of " + repo.getRepositoryState().getDescription()
            + ": finish that with git first, then pull.");
      }
      RevCommit them = walk.parseCommit(theirs);
      ObjectId headId = repo.resolve(Constants.HEAD);
      RevCommit head = headId == null ? null : walk.parseCommit(headId);
      if (head != null && walk.isMergedInto(them, head)) {
        return new Outcome(Kind.UP_TO_DATE, head.abbreviate(7).name(), from, List.of());
      }
      var uncommitted = git.status().call().getUncommittedChanges();
      if (!uncommitted.isEmpty()) {
        throw new TeamException("Commit your changes first (" + String.join(", ", new TreeSet<>(uncommitted))
            + (uncommitted.contains(r.path()) ? ": wedge commit " + r.model() + " -m \"...\"" : "")
            + "), then pull: a pull never mixes with work not committed. Nothing was changed.");
      }
      if (head == null || walk.isMergedInto(head, them)) {
        writeMarker(repo, them, them.getTree(), from);
        checkout(repo, head, them.getTree());
        RefUpdate u = repo.updateRef(Constants.HEAD);
        u.setNewObjectId(them);
        u.setRefLogMessage("pull: fast-forward from " + from, false);
        u.setForceUpdate(head == null);
        RefUpdate.Result res = u.update(walk);
        if (res != RefUpdate.Result.FAST_FORWARD && res != RefUpdate.Result.NEW
            && res != RefUpdate.Result.FORCED) {
          throw new TeamException("Cannot move " + repo.getBranch() + " to " + them.abbreviate(7).name() + " ("
              + res + "); run wedge pull " + r.model() + " again to finish.");
        }
        Files.deleteIfExists(marker(repo));
        return new Outcome(Kind.FAST_FORWARD, them.abbreviate(7).name(), from, List.of());
      }
      return mergeDiverged(r, git, walk, head, them, from, today, who);
    } catch (GitAPIException | IOException e) {
      throw new TeamException("The pull into " + r.model().getFileName() + " stopped: " + e.getMessage() + "."
          + (interrupted(r) ? " Run wedge pull " + r.model() + " again to finish it." : " Nothing was changed."), e);
    }
  }

  private static Outcome mergeDiverged(ModelRepository r, Git git, RevWalk walk, RevCommit head, RevCommit them,
      String from, LocalDate today, PersonIdent who) throws IOException, GitAPIException, TeamException {
    Repository repo = r.repository();
    walk.reset();
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(walk.parseCommit(head));
    walk.markStart(walk.parseCommit(them));
    RevCommit base = walk.next();
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repo, true);
    DirCache merged = DirCache.newInCore();
    merger.setDirCache(merged);
    merger.setCommitNames(new String[] {"base", "yours", from});
    merger.merge(head, them);
    if (merger.failed()) {
      throw new TeamException("Git could not merge " + from + ": " + merger.getFailingPaths() + ". Nothing was"
          + " changed.");
    }
    Map<String, byte[]> models = new LinkedHashMap<>();
    List<ModelConflicts> conflicts = new ArrayList<>();
    try (ObjectInserter ins = repo.newObjectInserter()) {
      for (String path : changedOnBothSides(repo, base, head, them)) {
        TripleMerge.Merged m = TripleMerge.merge(repo, base, head, them, path, today);
        models.put(path, m.bytes());
        if (!m.conflicts().isEmpty()) {
          conflicts.add(new ModelConflicts(path, m.conflicts()));
        }
      }
      List<String> others = merger.getUnmergedPaths().stream().filter(p -> !models.containsKey(p)).toList();
      if (!others.isEmpty()) {
        throw new TeamException("Cannot pull " + from + " here: " + String.join(", ", others) + " changed on both"
            + " sides and " + (others.size() == 1 ? "is" : "are") + " not a model Wedge can merge; merge with git"
            + " (git pull), which uses Wedge for the models once the merge driver is set. Nothing was changed.");
      }
      ObjectId tree = tree(merged, models, ins);
      ins.flush();
      writeMarker(repo, them, tree, from);
      repo.writeMergeHeads(List.of(them.copy()));
      String message = "Merge " + from + " into " + repo.getBranch() + (conflicts.isEmpty() ? ""
          : "\n\nConflicts resolved in the model:\n" + String.join("\n", conflicts.stream().flatMap(
              c -> c.conflicts().stream().map(x -> "  " + c.path() + ": " + x.message())).toList()));
      repo.writeMergeCommitMsg(message);
      checkout(repo, head, tree);
      markConflicted(repo, conflicts, base, head, them);
      for (ModelConflicts c : conflicts) {
        Path file = repo.getWorkTree().toPath().resolve(c.path());
        ConflictSidecar.write(ConflictSidecar.of(file), file, c.conflicts());
      }
      if (!conflicts.isEmpty()) {
        Files.deleteIfExists(marker(repo));
        return new Outcome(Kind.CONFLICTS, them.abbreviate(7).name(), from, conflicts);
      }
      RevCommit c = git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
      Files.deleteIfExists(marker(repo));
      return new Outcome(Kind.MERGED, c.abbreviate(7).name(), from, List.of());
    }
  }

  /** The .wedge files that both sides changed, each differently. */
  private static List<String> changedOnBothSides(Repository repo, RevCommit base, RevCommit ours, RevCommit theirs)
      throws IOException, TeamException {
    List<String> out = new ArrayList<>();
    try (TreeWalk tw = new TreeWalk(repo)) {
      tw.setRecursive(true);
      if (base == null) {
        tw.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
      } else {
        tw.addTree(base.getTree());
      }
      tw.addTree(ours.getTree());
      tw.addTree(theirs.getTree());
      tw.setFilter(org.eclipse.jgit.treewalk.filter.PathSuffixFilter.create(".wedge"));
      while (tw.next()) {
        ObjectId b = tw.getObjectId(0);
        ObjectId o = tw.getObjectId(1);
        ObjectId t = tw.getObjectId(2);
        if (!o.equals(t) && !b.equals(o) && !b.equals(t)) {
          if (o.equals(ObjectId.zeroId()) || t.equals(ObjectId.zeroId())) {
            throw new TeamException(tw.getPathString() + " was deleted on one side and changed on the other: decide"
                + " with git whether it stays (git pull, then git add or git rm). Nothing was changed.");
          }
          out.add(tw.getPathString());
        }
      }
    }
    return out;
  }

  /** The merged tree: Git's merge of the other files, and Wedge's of each model changed on both sides. */
  private static ObjectId tree(DirCache merged, Map<String, byte[]> models, ObjectInserter ins) throws IOException {
    DirCache out = DirCache.newInCore();
    DirCacheBuilder b = out.builder();
    Set<String> done = new TreeSet<>();
    for (int i = 0; i < merged.getEntryCount(); i++) {
      DirCacheEntry e = merged.getEntry(i);
      byte[] model = models.get(e.getPathString());
      if (model == null) {
        b.add(e);
      } else if (done.add(e.getPathString())) {
        DirCacheEntry m = new DirCacheEntry(e.getPathString());
        m.setFileMode(FileMode.REGULAR_FILE);
        m.setObjectId(ins.insert(Constants.OBJ_BLOB, model));
        m.setLength(model.length);
        b.add(m);
      }
    }
    b.finish();
    return out.writeTree(ins);
  }

  /** Updates the index and the files from {@code head}'s tree to {@code target}; each file is written atomically. */
  private static void checkout(Repository repo, RevCommit head, ObjectId target) throws IOException, TeamException {
    DirCache index = repo.lockDirCache();
    try {
      DirCacheCheckout co = head == null ? new DirCacheCheckout(repo, index, target)
          : new DirCacheCheckout(repo, head.getTree(), index, target);
      co.setFailOnConflict(true);
      co.checkout();
    } catch (CheckoutConflictException e) {
      Files.deleteIfExists(marker(repo));
      repo.writeMergeHeads(null);
      repo.writeMergeCommitMsg(null);
      throw new TeamException("Cannot pull: files not in the repository are in the way (" + e.getMessage()
          + "); move them elsewhere and pull again. Nothing was changed.", e);
    } finally {
      index.unlock();
    }
  }

  /**
   * Marks each model with open conflicts as conflicted in Git's index (its base, your and their version as stages 1,
   * 2 and 3, as {@code git merge} does), while the file holds the complete merged model: plain {@code git status} then
   * shows it as "both modified" and plain {@code git commit} refuses until it is added, which {@code wedge commit}
   * does only once no conflict is open.
   */
  private static void markConflicted(Repository repo, List<ModelConflicts> conflicts, RevCommit base, RevCommit head,
      RevCommit them) throws IOException {
    if (conflicts.isEmpty()) {
      return;
    }
    Set<String> paths = new TreeSet<>();
    conflicts.forEach(c -> paths.add(c.path()));
    DirCache index = repo.lockDirCache();
    try {
      DirCacheBuilder b = index.builder();
      for (int i = 0; i < index.getEntryCount(); i++) {
        DirCacheEntry e = index.getEntry(i);
        if (!paths.contains(e.getPathString())) {
          b.add(e);
        }
      }
      for (String path : paths) {
        RevCommit[] sides = {base, head, them};
        for (int stage = 1; stage <= 3; stage++) {
          RevCommit c = sides[stage - 1];
          ObjectId blob = c == null ? null : WorkTree.blobIn(repo, c.getTree(), path);
          if (blob == null) {
            continue;
          }
          DirCacheEntry e = new DirCacheEntry(path, stage);
          e.setFileMode(FileMode.REGULAR_FILE);
          e.setObjectId(blob);
          b.add(e);
        }
      }
      b.commit();
    } finally {
      index.unlock();
    }
  }

  private static void writeMarker(Repository repo, ObjectId theirs, ObjectId tree, String from) throws IOException {
    Path m = marker(repo);
    Path tmp = m.resolveSibling(MARKER + ".tmp");
    Files.writeString(tmp, theirs.name() + " " + tree.name() + " " + from + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, m, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * A pull stopped before it finished: when every file it touched holds either its last committed content or what
   * the pull was writing (nobody has worked on them since), goes back to the last commit, so the pull can run again.
   */
  private static void recoverInterrupted(ModelRepository r, Git git) throws IOException, GitAPIException,
      TeamException {
    Repository repo = r.repository();
    Path m = marker(repo);
    if (!Files.exists(m)) {
      return;
    }
    String[] words = Files.readString(m, StandardCharsets.UTF_8).strip().split(" ", 3);
    ObjectId target = words.length >= 2 && ObjectId.isId(words[1]) ? ObjectId.fromString(words[1]) : null;
    ObjectId headTree = repo.resolve(Constants.HEAD + "^{tree}");
    var status = git.status().call();
    Set<String> touched = new TreeSet<>(status.getUncommittedChanges());
    for (String path : touched) {
      ObjectId now = WorkTree.blobId(repo, path);
      boolean asCommitted = now != null ? now.equals(WorkTree.blobIn(repo, headTree, path))
          : WorkTree.blobIn(repo, headTree, path) == null;
      boolean asPulled = target != null && (now != null ? now.equals(WorkTree.blobIn(repo, target, path))
          : WorkTree.blobIn(repo, target, path) == null);
      if (!asCommitted && !asPulled) {
        throw new TeamException("A pull into " + r.model().getFileName() + " was stopped before it finished, and "
            + path + " has changed since: keep a copy of it elsewhere, run git reset --hard to go back to your last"
            + " commit, then pull again.");
      }
    }
    if (headTree != null) {
      git.reset().setMode(ResetType.HARD).setRef(Constants.HEAD).call();
    }
    repo.writeMergeHeads(null);
    repo.writeMergeCommitMsg(null);
    Files.deleteIfExists(m);
  }
}
