package dev.wedge.team.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelMerge;
import dev.wedge.team.merge.ModelPatch;
import dev.wedge.team.merge.Resolution;

/**
 * A model's merge that Git has under way (a pull, or {@code git merge} with Wedge's merge driver, that left
 * conflicts): its three versions read from the commits (the common base, yours at HEAD, theirs at MERGE_HEAD), so
 * that each conflict can be resolved on its own in the model as it is now, with whatever was edited since the merge
 * kept. Resolving one applies what that resolution changes in the merge, and nothing else.
 */
public final class MergeInProgress {

  /** What resolving one conflict changes: the edits, and any conflict the resolution brings (said, never applied). */
  public record Resolved(Conflict conflict, Resolution resolution, ModelPatch patch, List<Conflict> brought) {
  }

  private final MergeResult unresolved;
  private final String theirsCommit;

  private MergeInProgress(StrategyModel base, StrategyModel ours, StrategyModel theirs, LocalDate today,
      String theirsCommit) {
    this.theirsCommit = theirsCommit;
    this.unresolved = ModelMerge.merge(base, ours, theirs, Map.of(), today);
  }

  /** The merge under way in the repository of {@code r}; refused in a sentence when there is none. */
  public static MergeInProgress of(ModelRepository r, LocalDate today) throws TeamException {
    Repository repo = r.repository();
    try {
      List<ObjectId> heads = repo.readMergeHeads();
      ObjectId head = repo.resolve("HEAD");
      if (heads == null || heads.isEmpty() || head == null) {
        throw new TeamException("No merge is under way for " + r.model().getFileName() + ": its conflicts, if any,"
            + " come from a merge that was committed or from wedge merge; set each field to what was agreed and mark"
            + " the conflict resolved.");
      }
      try (RevWalk walk = new RevWalk(repo)) {
        RevCommit ourCommit = walk.parseCommit(head);
        RevCommit theirCommit = walk.parseCommit(heads.get(0));
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(ourCommit);
        walk.markStart(theirCommit);
        RevCommit baseCommit = walk.next();
        try (TempFolder temp = TempFolder.create("wedge-resolve-")) {
          Path dir = temp.path();
          StrategyModel o = TripleMerge.load(repo, ourCommit, r.path(), dir, "ours");
          StrategyModel t = TripleMerge.load(repo, theirCommit, r.path(), dir, "theirs");
          if (o == null || t == null) {
            throw new TeamException(r.model().getFileName() + " is not in " + (o == null ? "your" : "the incoming")
                + " commit of the merge under way, so there is no conflict of it to resolve.");
          }
          StrategyModel b = baseCommit == null ? null : TripleMerge.load(repo, baseCommit, r.path(), dir, "base");
          if (b == null) {
            b = WedgeFactory.eINSTANCE.createStrategyModel();
            b.setId(o.getId());
            ModelStore.newResourceSet().createResource(URI.createFileURI("empty.wedge")).getContents().add(b);
          }
          return new MergeInProgress(b, o, t, today, theirCommit.abbreviate(7).name());
        }
      }
    } catch (IOException e) {
      throw new TeamException("The merge under way for " + r.model().getFileName() + " cannot be read: "
          + e.getMessage() + ".", e);
    }
  }

  /** The incoming commit (abbreviated). */
  public String theirsCommit() {
    return theirsCommit;
  }

  /** The merge's conflicts, each with its choices and its default. */
  public List<Conflict> conflicts() {
    return unresolved.unresolved();
  }

  /** The conflicts of the merge that {@code model} still records as open. */
  public List<Conflict> open(StrategyModel model) {
    List<String> keys = ConflictRecords.of(model).stream().map(x -> ConflictRecords.text(x, "key")).toList();
    return conflicts().stream().filter(c -> keys.contains(c.key())).toList();
  }

  /**
   * What resolving {@code conflict} with {@code resolution} changes: the difference between the merge holding the
   * conflict's default and the merge holding the resolution.
   */
  public Resolved resolve(Conflict conflict, Resolution resolution) {
    if (!conflict.choices().contains(resolution.choice())) {
      throw new IllegalArgumentException(conflict.message() + " cannot be resolved by " + resolution.choice()
          + "; its choices are " + conflict.choices() + ".");
    }
    Map<String, Resolution> chosen = new HashMap<>();
    chosen.put(conflict.key(), resolution);
    MergeResult with = unresolved.resolve(chosen);
    List<String> before = unresolved.unresolved().stream().map(Conflict::key).toList();
    List<Conflict> brought = with.unresolved().stream().filter(c -> !before.contains(c.key())).toList();
    return new Resolved(conflict, resolution, ModelPatch.between(unresolved.model(), with.model()), brought);
  }

  /**
   * Applies a resolution to {@code model} (the model as it is now): its edits, then the conflict's record is removed
   * (records of any conflict it brought are added). Call it inside a command that records changes to make it
   * undoable.
   */
  public static ModelPatch.Applied apply(StrategyModel model, Resolved resolved) {
    ModelPatch.Applied applied = resolved.patch().apply(model);
    for (EObject r : ConflictRecords.of(model)) {
      if (resolved.conflict().key().equals(ConflictRecords.text(r, "key"))) {
        EcoreUtil.remove(r);
      }
    }
    ConflictRecords.write(model, resolved.brought());
    return applied;
  }
}
