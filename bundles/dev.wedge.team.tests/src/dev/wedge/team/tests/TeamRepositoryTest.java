package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Pilot;
import dev.wedge.team.merge.ConflictRecords;

/**
 * Two people share one model through a Git server on the loopback interface ({@code git daemon}): share, push, clone,
 * commit, pull (clean, then with a conflict), resolve, push again, each in turn; plain {@code git} works on the same
 * repositories throughout.
 */
class TeamRepositoryTest {

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @Test
  void twoPeopleShareAModelThroughAServerAndResolveAConflictPerField() throws Exception {
    try (GitServer server = GitServer.start(Files.createDirectories(dir.resolve("server")), "halden.git")) {
      String url = server.url("halden.git");
      Path lead = Files.createDirectories(dir.resolve("lead"));
      Path leadModel = lead.resolve("halden.wedge");
      Files.copy(Fixtures.EXAMPLE, leadModel);

      assertEquals(ExitCodes.OK, cli.wedge("share", leadModel, "--remote", url), cli.both());
      assertTrue(cli.out.startsWith("Shared halden.wedge in " + lead), cli.out);
      Fixtures.identity(lead, "L&D lead");
      assertTrue(Files.readString(lead.resolve(".gitattributes")).contains("*.wedge merge=wedge diff=wedge"));
      assertEquals(ExitCodes.OK, cli.wedge("push", leadModel), cli.both());
      assertTrue(cli.out.startsWith("Pushed main"), cli.out);

      Path consultant = dir.resolve("consultant");
      assertEquals(ExitCodes.OK, cli.wedge("clone", url, consultant), cli.both());
      assertTrue(cli.out.contains("models: halden.wedge"), cli.out);
      Fixtures.identity(consultant, "Consultant");
      Path consultantModel = consultant.resolve("halden.wedge");

      // different objects changed on each side: the pull merges both without asking
      Cli.edit(consultantModel, "name=\"Keep our customers\"", "name=\"Keep and grow our customers\"");
      assertEquals(ExitCodes.OK, cli.wedge("commit", consultantModel, "-m", "Goal reworded with the COO"),
          cli.both());
      assertEquals(ExitCodes.OK, cli.wedge("push", consultantModel), cli.both());
      Cli.edit(leadModel, "name=\"Run operations efficiently\"", "name=\"Run claims efficiently\"");
      assertEquals(ExitCodes.OK, cli.wedge("commit", leadModel, "-m", "Efficiency goal narrowed"), cli.both());
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("push", leadModel), cli.both());
      assertTrue(cli.err.contains("has commits you do not have: wedge pull"), cli.err);
      assertEquals(ExitCodes.OK, cli.wedge("status", leadModel), cli.both());
      assertTrue(cli.out.contains("1 ahead"), cli.out);
      assertEquals(ExitCodes.OK, cli.wedge("pull", leadModel), cli.both());
      assertTrue(cli.out.startsWith("Merged origin/main into halden.wedge (commit "), cli.out);
      String merged = Files.readString(leadModel);
      assertTrue(merged.contains("name=\"Keep and grow our customers\"") && merged.contains(
          "name=\"Run claims efficiently\""), "both changes are in the merged model");
      assertEquals(ExitCodes.OK, cli.wedge("push", leadModel), cli.both());

      // the same field changed differently on both sides: a conflict, named, kept in the model, never markers
      assertEquals(ExitCodes.OK, cli.wedge("pull", consultantModel), cli.both());
      assertTrue(cli.out.startsWith("Updated halden.wedge to "), cli.out);
      Cli.edit(consultantModel, "name=\"Role-play coach for broker sales\"", "name=\"Broker sales coach\"");
      assertEquals(ExitCodes.OK, cli.wedge("commit", consultantModel, "-m", "Pilot renamed for the sponsor"),
          cli.both());
      assertEquals(ExitCodes.OK, cli.wedge("push", consultantModel), cli.both());
      Cli.edit(leadModel, "name=\"Role-play coach for broker sales\"", "name=\"AI role-play coach\"");
      assertEquals(ExitCodes.OK, cli.wedge("commit", leadModel, "-m", "Pilot renamed for the brief"), cli.both());
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("pull", leadModel), cli.both());
      assertTrue(cli.out.contains("Merged origin/main with 1 conflict"), cli.out);
      assertTrue(cli.out.contains("halden.wedge: Pilot 'Role-play coach for broker sales': name \u2014 yours AI"
          + " role-play coach, theirs Broker sales coach, before Role-play coach for broker sales"), cli.out);
      String conflicted = Files.readString(leadModel);
      assertFalse(conflicted.contains("<<<<<<<") || conflicted.contains(">>>>>>>"), "no conflict markers");
      LoadedModel m = ModelStore.load(leadModel);
      assertEquals(1, ConflictRecords.of(m.model()).size());
      assertEquals("AI role-play coach", Fixtures.<Pilot>find(m.model(), "p-roleplay").getName());
      assertTrue(Files.exists(lead.resolve("halden.wedge.conflicts.json")));
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("verify", leadModel), cli.both());
      assertTrue(cli.out.contains("Unresolved merge conflict: Pilot 'Role-play coach for broker sales': name"), cli.out);
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("commit", leadModel, "-m", "too early"), cli.both());
      assertTrue(cli.err.contains("still has 1 merge conflict open"), cli.err);
      assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("push", leadModel), cli.both());
      assertTrue(cli.err.contains("is not committed yet"), cli.err);

      // resolved as the team agreed: the sponsor's name
      Cli.edit(leadModel, "name=\"AI role-play coach\"", "name=\"Broker sales coach\"");
      assertEquals(ExitCodes.OK, cli.wedge("resolved", leadModel, "--all"), cli.both());
      assertEquals(ExitCodes.OK, cli.wedge("commit", leadModel, "-m", "Pilot name as agreed with the sponsor"),
          cli.both());
      try (Git git = Git.open(lead.toFile())) {
        RevCommit head = git.log().setMaxCount(1).call().iterator().next();
        assertEquals(2, head.getParentCount(), "the resolution concludes the merge");
      }
      assertEquals(ExitCodes.OK, cli.wedge("push", leadModel), cli.both());

      // the other side, in turn: a fast-forward to the resolution
      assertEquals(ExitCodes.OK, cli.wedge("pull", consultantModel), cli.both());
      assertEquals("Broker sales coach", Fixtures.<Pilot>find(ModelStore.load(consultantModel).model(), "p-roleplay")
          .getName());
      assertEquals(ExitCodes.OK, cli.wedge("verify", consultantModel), cli.both());

      // plain git on the same repositories
      assertEquals(0, cli.git(consultant, "status", "--porcelain"), cli.out);
      assertEquals("", cli.out.strip(), "nothing left uncommitted or untracked");
      assertEquals(0, cli.git(consultant, "fsck", "--no-progress"), cli.out);
      assertEquals(0, cli.git(lead, "log", "--oneline"), cli.out);
      assertTrue(cli.out.contains("Pilot name as agreed with the sponsor"), cli.out);
      Path plain = dir.resolve("plain");
      assertEquals(0, cli.git(dir, "clone", "-q", url, plain.toString()), cli.out);
      assertEquals(Files.readString(leadModel), Files.readString(plain.resolve("halden.wedge")));
      assertNotNull(ModelStore.load(plain.resolve("halden.wedge")).model());
    }
  }

  @Test
  void aWorkshopWithoutNetworkExchangesBundlesWithTheSameMerge() throws Exception {
    Path lead = Files.createDirectories(dir.resolve("lead"));
    Path leadModel = lead.resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, leadModel);
    assertEquals(ExitCodes.OK, cli.wedge("share", leadModel), cli.both());
    Fixtures.identity(lead, "L&D lead");
    Path stick = dir.resolve("usb-stick");
    Files.createDirectories(stick);
    assertEquals(ExitCodes.OK, cli.wedge("bundle", leadModel, "--export", stick.resolve("halden.bundle")),
        cli.both());

    // the facilitator has plain git only: clones the bundle, edits, bundles it back
    Path facilitator = dir.resolve("facilitator");
    assertEquals(0, cli.git(dir, "clone", "-q", "-b", "main", stick.resolve("halden.bundle").toString(),
        facilitator.toString()), cli.out);
    Cli.edit(facilitator.resolve("halden.wedge"), "name=\"Keep our customers\"", "name=\"Keep every customer\"");
    assertEquals(0, cli.git(facilitator, "commit", "-q", "-am", "Workshop: goal reworded"), cli.out);
    assertEquals(0, cli.git(facilitator, "bundle", "create", stick.resolve("back.bundle").toString(), "main"),
        cli.out);

    Cli.edit(leadModel, "name=\"Stay compliant as we grow\"", "name=\"Stay compliant in every market\"");
    assertEquals(ExitCodes.OK, cli.wedge("commit", leadModel, "-m", "Compliance goal"), cli.both());
    assertEquals(ExitCodes.OK, cli.wedge("bundle", leadModel, "--import", stick.resolve("back.bundle")), cli.both());
    assertTrue(cli.out.startsWith("Merged back.bundle into halden.wedge"), cli.out);
    String merged = Files.readString(leadModel);
    assertTrue(merged.contains("Keep every customer") && merged.contains("Stay compliant in every market"), merged
        .substring(0, 600));
    assertEquals(ExitCodes.OK, cli.wedge("status", leadModel), cli.both());
    assertTrue(cli.out.contains("up to date"), cli.out);
  }

  @Test
  void wrongUseIsRefusedWithTheNextStep() throws Exception {
    Path alone = dir.resolve("alone.wedge");
    Files.copy(Fixtures.EXAMPLE, alone);
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("commit", alone, "-m", "x"), cli.both());
    assertTrue(cli.err.contains("is not in a Git repository: share it first (wedge share "), cli.err);
    assertEquals(ExitCodes.USAGE, cli.wedge("commit", alone), cli.both());
    assertTrue(cli.err.contains("say what changed"), cli.err);
    assertEquals(ExitCodes.OK, cli.wedge("share", alone), cli.both());
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("pull", alone), cli.both());
    assertTrue(cli.err.contains("has no remote 'origin'"), cli.err);
    Cli.edit(alone, "name=\"Keep our customers\"", "name=\"Keep customers\"");
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("bundle", alone, "--import", dir.resolve("none.bundle")),
        cli.both());
    assertTrue(cli.err.contains("there is no such file"), cli.err);
    assertEquals(ExitCodes.USAGE, cli.wedge("push", alone, "--user", "me"), cli.both());
    assertTrue(cli.err.contains("--user needs --password-stdin"), cli.err);
    // help for every repository command, from its declared syntax
    for (String c : new String[] {"share", "clone", "commit", "pull", "push", "bundle", "status", "merge", "diff",
        "verify", "resolved", "start-pilot"}) {
      assertEquals(ExitCodes.OK, cli.wedge("help", c), c);
      assertTrue(cli.out.contains("usage: wedge " + c), cli.out);
      assertEquals(ExitCodes.OK, cli.wedge(c, "--help"), c);
      assertTrue(cli.out.contains("usage: wedge " + c), cli.out);
    }
  }

  /**
   * A commit with nothing changed is not an error: it says so, with the last commit, and exits 0, as a pull that finds
   * nothing new ("Already up to date") does; exit 1 stays for a commit that was refused (conflicts open, a pull
   * unfinished).
   */
  @Test
  void aCommitWithNothingChangedSaysSoAndExitsZero() throws Exception {
    Path model = dir.resolve("alone.wedge");
    Files.copy(Fixtures.EXAMPLE, model);
    assertEquals(ExitCodes.OK, cli.wedge("share", model), cli.both());
    Fixtures.identity(dir, "L&D lead");
    Cli.edit(model, "name=\"Keep our customers\"", "name=\"Keep customers\"");
    assertEquals(ExitCodes.OK, cli.wedge("commit", model, "-m", "Goal"), cli.both());
    String head;
    int commits;
    try (Git git = Git.open(dir.toFile())) {
      head = git.getRepository().resolve("HEAD").abbreviate(7).name();
      commits = count(git);
    }
    String before = Files.readString(model);

    assertEquals(ExitCodes.OK, cli.wedge("commit", model, "-m", "Again"), cli.both());
    assertEquals("Nothing to commit: alone.wedge is as in the last commit (" + head + ")." + System.lineSeparator(),
        cli.out);
    assertEquals("", cli.err, "no internal error, no note");
    assertEquals(before, Files.readString(model));
    try (Git git = Git.open(dir.toFile())) {
      assertEquals(head, git.getRepository().resolve("HEAD").abbreviate(7).name(), "no commit was made");
      assertEquals(commits, count(git));
    }
  }

  private static int count(Git git) throws Exception {
    int n = 0;
    for (RevCommit c : git.log().call()) {
      n++;
    }
    return n;
  }

  @Test
  void aPullStoppedHalfWayIsNamedEverywhereAndTheNextPullFinishesIt() throws Exception {
    Path remote = dir.resolve("team.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
    Path lead = Files.createDirectories(dir.resolve("lead"));
    Path model = lead.resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, model);
    assertEquals(ExitCodes.OK, cli.wedge("share", model, "--remote", remote), cli.both());
    Fixtures.identity(lead, "L&D lead");
    assertEquals(ExitCodes.OK, cli.wedge("push", model), cli.both());
    Path other = dir.resolve("consultant");
    assertEquals(ExitCodes.OK, cli.wedge("clone", remote, other), cli.both());
    Fixtures.identity(other, "Consultant");
    Cli.edit(other.resolve("halden.wedge"), "name=\"Keep our customers\"", "name=\"Keep every customer\"");
    assertEquals(ExitCodes.OK, cli.wedge("commit", other.resolve("halden.wedge"), "-m", "Goal"), cli.both());
    assertEquals(ExitCodes.OK, cli.wedge("push", other.resolve("halden.wedge")), cli.both());

    // the machine went off during a pull: its commits fetched, the marker written, nothing checked out yet
    try (Git git = Git.open(lead.toFile())) {
      git.fetch().call();
      var theirs = git.getRepository().resolve("refs/remotes/origin/main");
      var tree = git.getRepository().resolve("refs/remotes/origin/main^{tree}");
      Files.writeString(lead.resolve(".git/WEDGE_PULL"), theirs.name() + " " + tree.name() + " origin/main\n");
    }
    String before = Files.readString(model);
    assertEquals(ExitCodes.OK, cli.wedge("status", model), cli.both());
    assertTrue(cli.out.contains("pull interrupted") && cli.out.contains("run wedge pull " + model + " again"),
        cli.out);
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("verify", model), cli.both());
    assertTrue(cli.out.contains("was stopped before it finished: run wedge pull " + model + " again"), cli.out);
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("commit", model, "-m", "x"), cli.both());
    assertTrue(cli.err.contains("was stopped before it finished"), cli.err);
    assertEquals(before, Files.readString(model), "the model is as it was");

    assertEquals(ExitCodes.OK, cli.wedge("pull", model), cli.both());
    assertTrue(cli.out.startsWith("Updated halden.wedge to "), cli.out);
    assertTrue(Files.readString(model).contains("name=\"Keep every customer\""));
    assertFalse(Files.exists(lead.resolve(".git/WEDGE_PULL")));
    assertEquals(ExitCodes.OK, cli.wedge("verify", model), cli.both());
    assertEquals(0, cli.git(lead, "fsck", "--no-progress"), cli.out);
  }
}
