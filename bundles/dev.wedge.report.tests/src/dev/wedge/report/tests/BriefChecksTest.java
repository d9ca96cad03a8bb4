package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.report.BriefChecks;

/** The options of a brief, checked before it is written: each problem in a sentence that names the fix. */
class BriefChecksTest {

  @TempDir
  Path dir;

  @Test
  void goodOptionsHaveNoProblemAndTheBriefGoesBesideTheModel() throws Exception {
    Path model = dir.resolve("halden-mutual.wedge");
    Path logo = Files.write(dir.resolve("logo.PNG"), new byte[] {1});
    assertNull(BriefChecks.problem(" #1f3864 ", logo.toString(), dir.resolve("b.pdf").toString(), model));
    assertNull(BriefChecks.problem("#1f3864", "", dir.resolve("b.pdf").toString(), model), "no logo is fine");
    assertEquals(dir.resolve("halden-mutual-brief.html").toAbsolutePath(), BriefChecks.defaultTarget(model, "html"));
  }

  @Test
  void eachProblemIsNamedWithItsFixTheColourFirst() throws Exception {
    Path model = dir.resolve("m.wedge");
    String out = dir.resolve("b.pdf").toString();
    assertEquals("Colour: write it as #1f3864.", BriefChecks.problem("blue", "", out, model));
    assertEquals("Logo: choose a PNG or JPEG file that exists.",
        BriefChecks.problem("#1f3864", dir.resolve("missing.png").toString(), out, model));
    Path gif = Files.write(dir.resolve("logo.gif"), new byte[] {1});
    assertEquals("Logo: choose a PNG or JPEG file that exists.",
        BriefChecks.problem("#1f3864", gif.toString(), out, model));
    assertEquals("Choose where to save the brief.", BriefChecks.problem("#1f3864", "", " ", model));
    assertEquals("The brief would overwrite the model: choose another file.",
        BriefChecks.problem("#1f3864", "", model.toString(), model));
  }
}
