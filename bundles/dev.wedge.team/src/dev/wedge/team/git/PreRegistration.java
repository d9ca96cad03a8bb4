package dev.wedge.team.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.wedge.core.method.PilotRules;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Identified;
import dev.wedge.model.Pilot;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgePackage;

/**
 * Provable pre-registration: when a pilot starts, the commit holding its criteria is tagged
 * {@code pilot/<id>/start}; later, its criteria are compared with those at the tag, and every difference is either a
 * recorded re-baseline (date, change, reason) or named as a change nobody recorded.
 */
public final class PreRegistration {

  /** The tag of a pilot's start. */
  public static String tagName(Pilot p) {
    return "pilot/" + p.getId() + "/start";
  }

  /** What the check found for one running (or finished) pilot. */
  public record Check(Pilot pilot, String commit, LocalDate fixedOn, List<String> rebaselines, List<String> unrecorded,
      String problem) {

    /** True when the criteria are provably those fixed at the start, apart from recorded re-baselines. */
    public boolean proven() {
      return problem == null && unrecorded.isEmpty();
    }

    /** One sentence for the brief, the pilot page and {@code wedge verify}. */
    public String sentence() {
      String who = "Pilot '" + pilot.getName() + "'";
      if (problem != null) {
        return who + ": " + problem;
      }
      String fixed = "criteria fixed in commit " + commit + " on " + DAY.format(fixedOn);
      if (!unrecorded.isEmpty()) {
        return who + ": " + fixed + ", changed since without a recorded re-baseline: " + String.join("; ", unrecorded)
            + ".";
      }
      if (rebaselines.isEmpty()) {
        return who + ": " + fixed + ", unchanged since.";
      }
      return who + ": " + fixed + ", changed since only by " + rebaselines.size()
          + (rebaselines.size() == 1 ? " recorded re-baseline: " : " recorded re-baselines: ")
          + String.join("; ", rebaselines) + ".";
    }
  }

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private PreRegistration() {
  }

  /** The repository holding {@code model}, or null when it is in none. */
  public static Repository repositoryOf(Path model) throws IOException {
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment()
        .findGitDir(model.toAbsolutePath().getParent().toFile());
    return b.getGitDir() == null ? null : b.build();
  }

  /**
   * Commits {@code model} (already saved, its pilot started) with {@code message} and tags the commit
   * {@code pilot/<id>/start} (annotated, by {@code who}). Returns the commit's short id.
   */
  public static String commitAndTag(Repository repo, Path model, Pilot started, String message, PersonIdent who)
      throws GitAPIException, IOException {
    return commitAndTag(repo, model, started, message, who, null);
  }

  /**
   * As {@link #commitAndTag(Repository, Path, Pilot, String, PersonIdent)}, the tag signed by {@code signer} (null:
   * not signed), as {@code git tag -s} signs it.
   */
  public static String commitAndTag(Repository repo, Path model, Pilot started, String message, PersonIdent who,
      StartTagSigner signer) throws GitAPIException, IOException {
    try (Git git = new Git(repo)) {
      String path = relative(repo, model);
      git.add().addFilepattern(path).call();
      RevCommit c = git.commit().setMessage(message).setAuthor(who).setCommitter(who).setOnly(path).call();
      var tag = git.tag().setName(tagName(started)).setObjectId(c).setAnnotated(true).setTagger(who)
          .setMessage("Pilot '" + started.getName() + "' started: its success criteria as agreed"
              + (signer == null ? "" : "\n")); // a signed tag's message ends its line, as Git's own do
      if (signer != null) {
        tag.setSigned(true).setSigner(signer).setSigningKey(signer.signer());
      } else {
        tag.setSigned(false);
      }
      tag.call();
      return c.abbreviate(7).name();
    }
  }

  static String relative(Repository repo, Path model) {
    return repo.getWorkTree().toPath().toAbsolutePath().normalize()
        .relativize(model.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Checks every started pilot of {@code model} (at {@code file}) against its start tag. */
  public static List<Check> check(StrategyModel model, Path file) throws IOException {
    List<Check> out = new ArrayList<>();
    try (Repository repo = repositoryOf(file)) {
      for (Pilot p : model.getPilots()) {
        if (!PilotRules.frozen(p)) {
          continue;
        }
        out.add(repo == null ? notShared(p) : check(repo, p, relative(repo, file)));
      }
    }
    return out;
  }

  /**
   * Checks one started pilot (the pilot page's check; {@code pilot} may be a copy of the model's, for a check in the
   * background) of the model at {@code file} against its start tag.
   */
  public static Check check(Pilot pilot, Path file) throws IOException {
    try (Repository repo = repositoryOf(file)) {
      return repo == null ? notShared(pilot) : check(repo, pilot, relative(repo, file));
    }
  }

  private static Check notShared(Pilot p) {
    return new Check(p, null, null, List.of(), List.of(), "the model is not in a Git repository, so the"
        + " pre-registration of its criteria cannot be proven (share it in one and tag the start).");
  }

  private static Check check(Repository repo, Pilot p, String path) throws IOException {
    Ref tag = repo.exactRef("refs/tags/" + tagName(p));
    if (tag == null) {
      return new Check(p, null, null, List.of(), List.of(), "no tag " + tagName(p) + " marks its start, so the"
          + " pre-registration of its criteria cannot be proven (tag the commit in which it started).");
    }
    ObjectId id = repo.getRefDatabase().peel(tag).getPeeledObjectId();
    if (id == null) {
      id = tag.getObjectId();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(id);
      LocalDate day = Instant.ofEpochSecond(commit.getCommitTime())
          .atZone(commit.getCommitterIdent().getZoneId() == null ? ZoneId.of("UTC")
              : commit.getCommitterIdent().getZoneId()).toLocalDate();
      String shortId = commit.abbreviate(7).name();
      StrategyModel then;
      try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
        if (tw == null) {
          return new Check(p, shortId, day, List.of(), List.of(), "the commit " + shortId + " tagged "
              + tagName(p) + " does not hold " + path + ".");
        }
        Path tmp = Files.createTempFile("wedge-at-" + shortId + "-", ".wedge");
        try {
          Files.write(tmp, repo.open(tw.getObjectId(0)).getBytes());
          LoadedModel m = ModelStore.load(tmp);
          then = m.model();
        } catch (ModelLoadException e) {
          return new Check(p, shortId, day, List.of(), List.of(), "the model in commit " + shortId
              + " does not open: " + e.getMessage());
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      Pilot before = then.getPilots().stream().filter(x -> Objects.equals(x.getId(), p.getId())).findFirst()
          .orElse(null);
      if (before == null) {
        return new Check(p, shortId, day, List.of(), List.of(), "the commit " + shortId + " tagged " + tagName(p)
            + " has no such pilot.");
      }
      return compare(p, before, shortId, day);
    }
  }

  /** Differences of {@code now}'s criteria from {@code then}'s: recorded re-baselines, and what nobody recorded. */
  static Check compare(Pilot now, Pilot then, String commit, LocalDate day) {
    Set<String> oldRecords = new HashSet<>();
    then.getRebaselines().forEach(r -> oldRecords.add(r.getId()));
    List<String> recorded = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (Rebaseline r : now.getRebaselines()) {
      if (!oldRecords.contains(r.getId()) && r.getCriterion() != null) {
        recorded.add(r.getChange() + " on " + (r.getDate() == null ? "an unrecorded date" : DAY.format(r.getDate()))
            + (r.getReason() == null ? "" : " (" + r.getReason() + ")"));
        covered.add(r.getCriterion().getId());
      }
    }
    Map<String, SuccessCriterion> was = new LinkedHashMap<>();
    then.getCriteria().forEach(c -> was.put(c.getId(), c));
    List<String> unrecorded = new ArrayList<>();
    for (SuccessCriterion c : now.getCriteria()) {
      SuccessCriterion w = was.remove(c.getId());
      if (w == null) {
        unrecorded.add("criterion '" + c.getDescription() + "' added");
        continue;
      }
      if (covered.contains(c.getId())) {
        continue;
      }
      for (EStructuralFeature f : c.eClass().getEAllStructuralFeatures()) {
        if (f.isDerived() || f.isTransient() || f == WedgePackage.Literals.IDENTIFIED__ID
            || f == WedgePackage.Literals.SUCCESS_CRITERION__LAST_EDITED_ON) {
          continue;
        }
        Object a = value(w, f);
        Object b = value(c, f);
        if (!Objects.equals(a, b)) {
          unrecorded.add(f.getName() + " of '" + w.getDescription() + "' " + a + " \u2192 " + b);
        }
      }
    }
    for (SuccessCriterion gone : was.values()) {
      if (!covered.contains(gone.getId())) {
        unrecorded.add("criterion '" + gone.getDescription() + "' removed");
      }
    }
    return new Check(now, commit, day, recorded, unrecorded, null);
  }

  private static Object value(EObject o, EStructuralFeature f) {
    Object v = o.eGet(f);
    if (f instanceof EReference) {
      if (v instanceof List<?> l) {
        List<String> ids = new ArrayList<>();
        l.forEach(x -> ids.add(((Identified) x).getId()));
        return ids;
      }
      return v == null ? null : ((Identified) v).getId();
    }
    return v instanceof List<?> l ? List.copyOf(l) : v;
  }
}
