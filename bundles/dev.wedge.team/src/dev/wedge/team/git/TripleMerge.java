package dev.wedge.team.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelMerge;

/** One model's three versions in commits, merged by {@link ModelMerge} into the bytes of the merged file. */
final class TripleMerge {

  record Merged(byte[] bytes, List<Conflict> conflicts) {
  }

  private TripleMerge() {
  }

  static Merged merge(Repository repo, RevCommit base, RevCommit ours, RevCommit theirs, String path, LocalDate today)
      throws IOException, TeamException {
    try (TempFolder temp = TempFolder.create("wedge-pull-")) {
      Path dir = temp.path();
      StrategyModel o = load(repo, ours, path, dir, "ours");
      StrategyModel t = load(repo, theirs, path, dir, "theirs");
      StrategyModel b = base == null ? null : load(repo, base, path, dir, "base");
      if (b == null) {
        b = WedgeFactory.eINSTANCE.createStrategyModel();
        b.setId(o.getId());
        ModelStore.newResourceSet().createResource(URI.createFileURI("empty.wedge")).getContents().add(b);
      }
      MergeResult result;
      try {
        result = ModelMerge.merge(b, o, t, Map.of(), today);
      } catch (IllegalArgumentException e) {
        throw new TeamException("Cannot merge " + path + ": " + e.getMessage() + ". Nothing was changed.", e);
      }
      List<Conflict> open = result.unresolved();
      ConflictRecords.write(result.model(), open);
      Path out = dir.resolve("merged.wedge");
      Resource r = result.model().eResource();
      r.setURI(URI.createFileURI(out.toString()));
      try {
        ModelStore.saveWithoutBackup(r, out);
      } catch (ModelSaveException e) {
        throw new TeamException("Cannot write the merge of " + path + ": " + e.getMessage(), e);
      }
      return new Merged(Files.readAllBytes(out), open);
    }
  }

  static StrategyModel load(Repository repo, RevCommit c, String path, Path dir, String side)
      throws IOException, TeamException {
    ObjectId blob = WorkTree.blobIn(repo, c.getTree(), path);
    if (blob == null) {
      return null;
    }
    Path file = dir.resolve(side + ".wedge");
    Files.write(file, repo.open(blob).getBytes());
    try {
      return ModelStore.load(file).model();
    } catch (ModelLoadException e) {
      throw new TeamException("Cannot merge " + path + ": its version in commit " + c.abbreviate(7).name()
          + " does not open (" + e.getMessage() + "). Nothing was changed.", e);
    }
  }
}
