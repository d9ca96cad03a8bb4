package dev.wedge.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Pilot;
import dev.wedge.model.Rebaseline;
import dev.wedge.model.SuccessCriterion;
import dev.wedge.model.WedgeFactory;

/**
 * Starting a pilot commits and tags its criteria ({@code wedge start-pilot}); {@code wedge verify} proves them
 * unchanged since, names a re-baseline recorded since, and fails on a change nobody recorded, naming it.
 */
class PreRegistrationTest {

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int rc = WedgeApplication.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return rc;
  }

  /** The example in a new repository ({@code dir}), committed once; {@code withCriterion} gives p-compliance one. */
  private Git exampleInRepository(Path model, boolean withCriterion) throws Exception {
    LoadedModel m = ModelStore.load(Fixtures.EXAMPLE);
    if (withCriterion) {
      SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
      c.setId("cr-comp-1");
      c.setDescription("Incidents down by a quarter");
      c.setThreshold(25.0);
      Fixtures.<Pilot>find(m.model(), "p-compliance").getCriteria().add(c);
    }
    ModelStore.save(m.resource(), model);
    Files.deleteIfExists(dir.resolve("model.wedge.bak"));
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", "L&D lead");
    config.setString("user", null, "email", "lead@example.org");
    config.save();
    Files.writeString(dir.resolve(".gitignore"), "*.bak\n");
    git.add().addFilepattern(".").call();
    git.commit().setMessage("The model").call();
    return git;
  }

  @Test
  void aPilotWithoutSuccessCriteriaDoesNotStart() throws Exception {
    Path model = dir.resolve("model.wedge");
    try (Git git = exampleInRepository(model, false)) {
      assertTrue(Fixtures.<Pilot>find(ModelStore.load(model).model(), "p-compliance").getCriteria().isEmpty());
      byte[] before = Files.readAllBytes(model);
      ObjectId head = git.getRepository().resolve("HEAD");

      assertEquals(ExitCodes.FAILED_CHECK, run("start-pilot", model.toString(), "p-compliance", "--today",
          "2026-12-02"), out + err);
      assertTrue(err.contains("A pilot starts with its primary metric and at least one agreed success criterion."),
          err);
      assertTrue(err.contains("Pilot 'Monthly compliance refreshers' was not started; nothing was changed."), err);
      assertEquals("", out);
      assertArrayEquals(before, Files.readAllBytes(model), "the model is byte for byte as it was");
      assertEquals(head, git.getRepository().resolve("HEAD"), "no commit");
      assertNull(git.getRepository().exactRef("refs/tags/pilot/p-compliance/start"), "no start tag");
      assertEquals(List.of(), git.tagList().call(), "no tag at all");
      assertTrue(git.status().call().isClean(), "nothing saved beside it");
    }
  }

  @Test
  void theSummaryCountsPilotsWhoseStartCannotBeProven() throws Exception {
    Path model = dir.resolve("model.wedge");
    try (Git git = exampleInRepository(model, true)) {
      assertEquals(ExitCodes.OK, run("start-pilot", model.toString(), "p-compliance", "--today", "2026-12-02"),
          out + err);
      // p-compliance is tagged; the example's two other started pilots were never tagged: nothing failed, but the
      // summary says what was not proven instead of "Verified"
      assertEquals(ExitCodes.OK, run("verify", model.toString()), out + err);
      assertFalse(out.contains("Verified"), out);
      assertTrue(out.contains("Checked " + model + ": no merge conflict or unfinished pull; 1 pilot verified; 2 cannot"
          + " be proven (no start tag): 'Onboarding fast-track for new advisors', 'Role-play coach for broker"
          + " sales'."), out);
    }
  }

  @Test
  void theSummaryOfAModelInNoRepositoryProvesNoPilot(@TempDir Path elsewhere) throws Exception {
    Path alone = elsewhere.resolve("alone.wedge");
    Files.copy(Fixtures.EXAMPLE, alone);
    assertEquals(ExitCodes.OK, run("verify", alone.toString()), out + err);
    assertFalse(out.contains("Verified"), out);
    assertTrue(out.contains("Checked " + alone + ": no merge conflict or unfinished pull; no pilot verified; 2 cannot"
        + " be proven (not in a Git repository): 'Onboarding fast-track for new advisors', 'Role-play coach for broker"
        + " sales'."), out);
  }

  @Test
  void theCriteriaAtTheStartTagAreProvenOrTheDifferenceNamed() throws Exception {
    Path model = dir.resolve("model.wedge");
    LoadedModel m = ModelStore.load(Fixtures.EXAMPLE);
    SuccessCriterion c = WedgeFactory.eINSTANCE.createSuccessCriterion();
    c.setId("cr-comp-1");
    c.setDescription("Incidents down by a quarter");
    c.setThreshold(25.0);
    Fixtures.<Pilot>find(m.model(), "p-compliance").getCriteria().add(c);
    ModelStore.save(m.resource(), model);
    Files.deleteIfExists(dir.resolve("model.wedge.bak"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "L&D lead");
      config.setString("user", null, "email", "lead@example.org");
      config.save();
      Files.writeString(dir.resolve(".gitignore"), "*.bak\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("The model").call();

      assertEquals(ExitCodes.OK, run("start-pilot", model.toString(), "p-compliance", "--today", "2026-12-02"), out);
      assertTrue(out.startsWith("Started pilot 'Monthly compliance refreshers' on 2026-12-02; commit "), out);
      assertNotNull(git.getRepository().exactRef("refs/tags/pilot/p-compliance/start"));

      assertEquals(ExitCodes.OK, run("verify", model.toString()), out);
      assertTrue(out.matches("(?s).*Pilot 'Monthly compliance refreshers': criteria fixed in commit [0-9a-f]{7} on \\d{1,2}"
          + " [A-Z][a-z]{2} \\d{4}, unchanged since\\..*"), out);
      // the brief says so, in words
      Path brief = dir.resolve("brief.html");
      assertEquals(ExitCodes.OK, run("report", model.toString(), "--format", "html", "--out", brief.toString(),
          "--today", "2026-12-02"), out);
      assertTrue(Files.readString(brief).matches("(?s).*Monthly compliance refreshers.{1,6}: criteria fixed in commit"
          + " [0-9a-f]{7} on \\d{1,2} [A-Z][a-z]{2} \\d{4}, unchanged since\\..*"), () -> {
            try {
              String h = Files.readString(brief);
              int i = h.indexOf("Criteria agreed before");
              return "the brief has no proof: " + (i < 0 ? "no section" : h.substring(i, Math.min(h.length(), i + 900)));
            } catch (java.io.IOException e) {
              return e.toString();
            }
          });
      // the example's other running pilots were never tagged: said, with what to do
      assertEquals(ExitCodes.OK, run("verify", model.toString()), out);
      assertTrue(out.contains("Pilot 'Role-play coach for broker sales': no tag pilot/p-roleplay/start marks its"
          + " start"), out);

      // a change nobody recorded (edited outside Wedge)
      String xml = Files.readString(model);
      Files.writeString(model, xml.replace("threshold=\"25.0\"", "threshold=\"10.0\""));
      assertEquals(ExitCodes.FAILED_CHECK, run("verify", model.toString()), out);
      assertTrue(out.contains("changed since without a recorded re-baseline: threshold of 'Incidents down by a"
          + " quarter' 25.0 \u2192 10.0."), out);

      // the same change, recorded as a re-baseline
      LoadedModel edited = ModelStore.load(model);
      Pilot p = Fixtures.find(edited.model(), "p-compliance");
      Rebaseline r = WedgeFactory.eINSTANCE.createRebaseline();
      r.setId("rb-1");
      r.setDate(LocalDate.of(2026, 12, 9));
      r.setReason("Two sites merged");
      r.setChange("threshold: 25.0 \u2192 10.0");
      r.setCriterion(p.getCriteria().get(0));
      p.getRebaselines().add(r);
      ModelStore.save(edited.resource(), model);
      assertEquals(ExitCodes.OK, run("verify", model.toString()), out);
      assertTrue(out.contains("changed since only by 1 recorded re-baseline: threshold: 25.0 \u2192 10.0 on 9 Dec 2026"
          + " (Two sites merged)."), out);
    }
  }
}
