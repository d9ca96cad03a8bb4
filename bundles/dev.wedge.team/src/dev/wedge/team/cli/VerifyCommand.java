package dev.wedge.team.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.Repository;

import dev.wedge.core.cli.CommandSyntax;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.ModelCommand;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.git.ModelPull;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.git.StartTagSettings;
import dev.wedge.team.git.StartTagSignature;
import dev.wedge.team.git.TeamException;
import dev.wedge.team.merge.ConflictRecords;

/**
 * {@code wedge verify MODEL}: the model opens, no merge conflict is left in it, no pull into it stopped half-way, and
 * each started pilot's success criteria equal those in the commit tagged {@code pilot/<id>/start}, apart from recorded
 * re-baselines (each named). Exits 1 on a change nobody recorded, an unresolved conflict or an unfinished pull; a
 * pilot whose start cannot be proven (no repository, no tag) is said, with what to do, and the last line counts it as
 * not proven: "Verified FILE." only when every started pilot was.
 */
public final class VerifyCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge").option("keys", "FILE.asc[,FILE.asc...]", "the public keys that check"
        + " the start tags' signatures (besides the key the preferences or Git's user.signingKey name)");
  }

  @Override
  protected int run(Call call) throws Exception {
    StrategyModel model;
    try {
      model = Inputs.open(call.file(), "verify", call.err(), new HashSet<>());
    } catch (ModelLoadException e) {
      throw call.fail(ExitCodes.CANNOT_OPEN, e.getMessage());
    }
    boolean failed = false;
    try (ModelRepository r = ModelRepository.of(call.file())) {
      if (ModelPull.interrupted(r)) {
        call.out().println("A pull into " + call.file().getFileName() + " was stopped before it finished: run wedge"
            + " pull " + call.file() + " again to finish it (or git reset --hard to go back to your last commit).");
        failed = true;
      }
    } catch (TeamException notShared) {
      // not in a repository: nothing was pulled into it; the pilots' checks below say what that means for them
    }
    List<EObject> conflicts = ConflictRecords.of(model);
    for (EObject c : conflicts) {
      call.out().println("Unresolved merge conflict: " + ConflictRecords.text(c, "message"));
      failed = true;
    }
    List<PreRegistration.Check> checks = PreRegistration.check(model, call.file());
    List<PGPPublicKey> keys = keys(call);
    int verified = 0;
    List<String> unprovable = new ArrayList<>();
    boolean shared;
    try (Repository repo = PreRegistration.repositoryOf(call.file())) {
      shared = repo != null;
      for (PreRegistration.Check c : checks) {
        call.out().println(c.sentence());
        failed |= c.problem() == null && !c.proven();
        StartTagSignature.Verdict v = repo == null ? null : StartTagSignature.check(repo, c.pilot(), keys);
        boolean badSignature = false;
        if (v != null) {
          call.out().println("  " + v.sentence());
          badSignature = v.signed() && v.signer() != null && !v.good();
          failed |= badSignature;
        }
        if (c.problem() != null) {
          unprovable.add("'" + c.pilot().getName() + "'");
        } else if (c.proven() && !badSignature) {
          verified++;
        }
      }
    }
    if (checks.isEmpty()) {
      call.out().println("No pilot has started: there are no frozen criteria to check.");
    }
    if (!failed) {
      call.out().println(summary(call.file(), verified, unprovable, shared));
    }
    return failed ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
  }

  /**
   * The last line when nothing failed: "Verified FILE." only when every started pilot was proven; else how many were,
   * and which could not be, and why, so that it never claims more than was checked.
   */
  static String summary(Path file, int verified, List<String> unprovable, boolean shared) {
    if (unprovable.isEmpty()) {
      return "Verified " + file + ".";
    }
    String why = shared ? "no start tag" : "not in a Git repository";
    return "Checked " + file + ": no merge conflict or unfinished pull; " + (verified == 0 ? "no pilot" : verified
        + (verified == 1 ? " pilot" : " pilots")) + " verified; " + unprovable.size() + " cannot be proven ("
        + why + "): " + String.join(", ", unprovable) + ".";
  }

  /** The public keys given with --keys, and that of the signing key set in the preferences or Git, if any. */
  private static List<PGPPublicKey> keys(Call call) throws Exception {
    List<PGPPublicKey> keys = new ArrayList<>();
    String given = call.option("keys");
    try {
      if (given != null) {
        for (String f : given.split(",")) {
          keys.addAll(StartTagSignature.keys(Path.of(f.strip())));
        }
      }
      try (Repository repo = PreRegistration.repositoryOf(call.file())) {
        Path own = StartTagSettings.keyFile(repo);
        if (own != null && Files.isRegularFile(own)) {
          keys.addAll(StartTagSignature.keys(own));
        }
      }
    } catch (TeamException e) {
      throw call.fail(ExitCodes.CANNOT_OPEN, "wedge verify: " + e.getMessage());
    }
    return keys;
  }
}
