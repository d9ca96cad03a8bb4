package dev.wedge.team.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.ModelDiff;

/**
 * A model's history in its repository, and an object's: the commits that changed the model file, newest first, each
 * with who made it, when, its message and what it changed (for an object: in that object and what it contains, field
 * by field in the method's words). Read from Git alone, so it is the same history plain {@code git log} shows.
 */
public final class ModelHistory {

  /** One commit that changed the model, and what it changed. */
  public record Entry(String commit, String author, Instant when, String message,
      List<ModelDiff.Difference> changes) {

    /** The first line of the commit's message. */
    public String title() {
      int nl = message.indexOf('\n');
      return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
  }

  private ModelHistory() {
  }

  /**
   * The commits of the current branch that changed the model, newest first, at most {@code max}, with what each
   * changed in {@code objectId} (null: in the whole model). With an object, commits that did not change it are left
   * out.
   */
  public static List<Entry> of(ModelRepository r, String objectId, int max) throws TeamException {
    Repository repo = r.repository();
    List<Entry> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId head = repo.resolve("HEAD");
      if (head == null) {
        return out;
      }
      walk.markStart(walk.parseCommit(head));
      walk.sort(RevSort.TOPO);
      walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(r.path()), TreeFilter.ANY_DIFF));
      try (TempFolder temp = TempFolder.create("wedge-history-")) {
        Path dir = temp.path();
        int n = 0;
        for (RevCommit c : walk) {
          if (out.size() >= max || n++ > 4 * max + 50) {
            break;
          }
          RevCommit parent = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
          StrategyModel now = TripleMerge.load(repo, c, r.path(), dir, "now");
          StrategyModel before = parent == null ? null : TripleMerge.load(repo, parent, r.path(), dir, "before");
          List<ModelDiff.Difference> changes;
          if (now == null) {
            changes = List.of();
          } else if (before == null) {
            changes = objectId == null ? ModelDiff.of(empty(now), now) : ModelDiff.of(empty(now), now, objectId);
          } else {
            changes = objectId == null ? ModelDiff.of(before, now) : ModelDiff.of(before, now, objectId);
          }
          if (objectId != null && changes.isEmpty()) {
            continue;
          }
          out.add(new Entry(c.abbreviate(7).name(), c.getAuthorIdent().getName(),
              c.getAuthorIdent().getWhenAsInstant(), c.getFullMessage(), changes));
        }
      }
    } catch (IOException e) {
      throw new TeamException("The history of " + r.model().getFileName() + " cannot be read: " + e.getMessage()
          + ".", e);
    }
    return out;
  }

  /** The model as it was in {@code commit} (a commit id, a tag or a branch); refused in a sentence otherwise. */
  public static StrategyModel version(ModelRepository r, String commit) throws TeamException {
    Repository repo = r.repository();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId id = repo.resolve(commit + "^{commit}");
      if (id == null) {
        throw new TeamException("There is no commit '" + commit + "' in the repository of "
            + r.model().getFileName() + " (wedge history " + r.model() + " lists them).");
      }
      try (TempFolder temp = TempFolder.create("wedge-version-")) {
        Path dir = temp.path();
        StrategyModel m = TripleMerge.load(repo, walk.parseCommit(id), r.path(), dir, "version");
        if (m == null) {
          throw new TeamException(r.model().getFileName() + " is not in commit " + commit + ".");
        }
        return m;
      }
    } catch (IOException e) {
      throw new TeamException("Commit " + commit + " of " + r.model().getFileName() + " cannot be read: "
          + e.getMessage() + ".", e);
    }
  }

  private static StrategyModel empty(StrategyModel like) {
    StrategyModel m = dev.wedge.model.WedgeFactory.eINSTANCE.createStrategyModel();
    m.setId(like.getId());
    dev.wedge.core.persistence.ModelStore.newResourceSet().createResource(
        org.eclipse.emf.common.util.URI.createFileURI("empty.wedge")).getContents().add(m);
    return m;
  }
}
