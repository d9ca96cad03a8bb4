package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.BusinessGoal;
import dev.wedge.model.Pilot;
import dev.wedge.team.git.MergeInProgress;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.merge.Choice;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictRecords;

/**
 * A pull leaves four conflicts (a pilot's name both renamed, the business problem of the pilot and of its initiative
 * both reworded, a cost one side deleted and the other changed); the lead edits something else, then resolves each
 * conflict on its own: theirs, yours, a value agreed, and the deletion. What the lead edited after the pull stays, each record goes with its resolution, and the commit
 * concludes the merge.
 */
class ResolveConflictTest {

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @Test
  void eachConflictIsResolvedOnItsOwnAndLaterEditsStay() throws Exception {
    Path server = dir.resolve("halden.git");
    Git.init().setBare(true).setDirectory(server.toFile()).setInitialBranch("main").call().close();
    String url = server.toUri().toString();
    Path lead = Files.createDirectories(dir.resolve("lead"));
    Path leadModel = lead.resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, leadModel);
    assertEquals(ExitCodes.OK, cli.wedge("share", leadModel, "--remote", url), cli.both());
    Fixtures.identity(lead, "L&D lead");
    assertEquals(ExitCodes.OK, cli.wedge("push", leadModel), cli.both());
    Path consultant = dir.resolve("consultant");
    assertEquals(ExitCodes.OK, cli.wedge("clone", url, consultant), cli.both());
    Fixtures.identity(consultant, "Consultant");
    Path consultantModel = consultant.resolve("halden.wedge");

    Cli.edit(consultantModel, "name=\"Role-play coach for broker sales\"", "name=\"Broker sales coach\"");
    Cli.edit(consultantModel, "businessProblem=\"Brokers lose deals at the objection stage\"",
        "businessProblem=\"Brokers lose deals when clients object on price\"");
    // shared in the saved format: one attribute a line
    Cli.edit(consultantModel, "    <costs\n        id=\"co-rp-2\"\n        description=\"Participant time (40 brokers x 6 h"
        + " x EUR 60)\"\n        category=\"PARTICIPANT_TIME\"\n        amount=\"14400.0\"/>\n", "");
    assertEquals(ExitCodes.OK, cli.wedge("commit", consultantModel, "-m", "Pilot reworded, time cost dropped"),
        cli.both());
    assertEquals(ExitCodes.OK, cli.wedge("push", consultantModel), cli.both());

    Cli.edit(leadModel, "name=\"Role-play coach for broker sales\"", "name=\"AI role-play coach\"");
    Cli.edit(leadModel, "businessProblem=\"Brokers lose deals at the objection stage\"",
        "businessProblem=\"Brokers lose deals at objections\"");
    Cli.edit(leadModel, "category=\"PARTICIPANT_TIME\"\n        amount=\"14400.0\"", "category=\"PARTICIPANT_TIME\"\n"
        + "        amount=\"16800.0\"");
    assertEquals(ExitCodes.OK, cli.wedge("commit", leadModel, "-m", "Pilot renamed, time cost corrected"),
        cli.both());
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("pull", leadModel), cli.both());
    assertTrue(cli.out.contains("with 4 conflicts"), cli.out);

    // plain git sees the model as conflicted, and refuses to conclude the merge with conflicts open
    assertEquals(0, cli.git(lead, "status", "--porcelain"), cli.out);
    assertTrue(cli.out.contains("UU halden.wedge"), cli.out);
    assertTrue(cli.git(lead, "commit", "-q", "-m", "too early") != 0, cli.out);

    // an edit after the pull, before resolving: it must survive every resolution
    Cli.edit(leadModel, "name=\"Run operations efficiently\"", "name=\"Run claims efficiently\"");

    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("resolve", leadModel), cli.both());
    assertTrue(cli.out.contains("4 conflicts are open"), cli.out);
    List<Conflict> open;
    try (ModelRepository r = ModelRepository.of(leadModel)) {
      open = MergeInProgress.of(r, null).open(ModelStore.load(leadModel).model());
    }
    assertEquals(4, open.size(), open.toString());
    Conflict name = only(open, "p-roleplay", "name");
    Conflict problem = only(open, "p-roleplay", "businessProblem");
    Conflict initiative = only(open, "i-roleplay", "businessProblem");
    Conflict cost = open.stream().filter(c -> c.objectId().equals("co-rp-2")).findFirst().orElseThrow();
    assertTrue(cli.out.contains(name.key() + "  Pilot 'Role-play coach for broker sales': name \u2014 yours AI"
        + " role-play coach, theirs Broker sales coach, before Role-play coach for broker sales"), cli.out);
    assertEquals(Conflict.Kind.DELETED_EDITED, cost.kind());
    assertEquals("Brokers lose deals when clients object on price", problem.theirs(), "each side's text in full");
    assertTrue(problem.message().contains("theirs Brokers lose deals when clients object\u2026"), problem.message());

    assertEquals(ExitCodes.USAGE, cli.wedge("resolve", leadModel, name.key()), cli.both());
    assertTrue(cli.err.contains("with exactly one of --take, --value or --rebaseline"), cli.err);
    assertEquals(ExitCodes.OK, cli.wedge("resolve", leadModel, name.key(), "--take", "theirs"), cli.both());
    assertTrue(cli.out.contains("theirs taken. 3 conflicts are open."), cli.out);
    assertEquals(ExitCodes.OK, cli.wedge("resolve", leadModel, initiative.key(), "--take", "yours"), cli.both());
    assertEquals(ExitCodes.OK, cli.wedge("resolve", leadModel, problem.key(), "--value",
        "Brokers lose deals when clients object"), cli.both());
    assertTrue(cost.choices().contains(Choice.THEIRS), cost.choices().toString());
    assertEquals(ExitCodes.OK, cli.wedge("resolve", leadModel, cost.key(), "--take", "theirs"), cli.both());
    assertTrue(cli.out.contains("0 conflicts are open."), cli.out);

    LoadedModel m = ModelStore.load(leadModel);
    Pilot p = Fixtures.find(m.model(), "p-roleplay");
    assertEquals("Broker sales coach", p.getName());
    assertEquals("Brokers lose deals when clients object", p.getBusinessProblem());
    assertNull(Fixtures.find(m.model(), "co-rp-2"), "the cost the consultant dropped is gone");
    assertNotNull(Fixtures.find(m.model(), "co-rp-1"));
    assertTrue(m.model().getGoals().stream().map(BusinessGoal::getName).anyMatch("Run claims efficiently"::equals),
        "the edit made after the pull stays");
    assertEquals(0, ConflictRecords.of(m.model()).size());
    assertFalse(Files.exists(lead.resolve("halden.wedge.conflicts.json")));
    assertEquals(ExitCodes.OK, cli.wedge("commit", leadModel, "-m", "Conflicts resolved with the sponsor"),
        cli.both());
    try (Git git = Git.open(lead.toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertEquals(2, head.getParentCount(), "the resolution concludes the merge");
    }
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("resolve", leadModel), cli.both());
    assertTrue(cli.err.contains("No merge is under way for halden.wedge"), cli.err);
  }

  @Test
  void aCloneOfABareRepositoryWhoseHeadNamesNoBranchTakesMain() throws Exception {
    Path server = dir.resolve("plain.git");
    assertEquals(0, cli.git(dir, "-c", "init.defaultBranch=master", "init", "-q", "--bare", server.toString()),
        cli.out);
    Path lead = Files.createDirectories(dir.resolve("lead"));
    Path leadModel = lead.resolve("halden.wedge");
    Files.copy(Fixtures.EXAMPLE, leadModel);
    assertEquals(ExitCodes.OK, cli.wedge("share", leadModel, "--remote", server.toString()), cli.both());
    assertEquals(ExitCodes.OK, cli.wedge("push", leadModel), cli.both());
    Path other = dir.resolve("other");
    assertEquals(ExitCodes.OK, cli.wedge("clone", server.toString(), other), cli.both());
    assertTrue(Files.exists(other.resolve("halden.wedge")));
    try (Git git = Git.open(other.toFile())) {
      assertEquals("main", git.getRepository().getBranch());
    }
    Path empty = dir.resolve("empty.git");
    assertEquals(0, cli.git(dir, "init", "-q", "--bare", empty.toString()), cli.out);
    assertEquals(ExitCodes.FAILED_CHECK, cli.wedge("clone", empty.toString(), dir.resolve("nothing")), cli.both());
    assertTrue(cli.err.contains("the repository is empty. Share a model into it first"), cli.err);
  }

  private static Conflict only(List<Conflict> open, String id, String feature) {
    List<Conflict> l = open.stream().filter(c -> id.equals(c.objectId()) && feature.equals(c.feature())).toList();
    assertEquals(1, l.size(), open.toString());
    assertTrue(l.get(0).choices().contains(Choice.THEIRS) && l.get(0).choices().contains(Choice.EDIT),
        l.get(0).choices().toString());
    return l.get(0);
  }
}
