package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.StrategyModel;

/** {@code wedge import FILE.wedge --stakeholders people.csv} on a copy of the example. */
class RosterImportCommandTest {

  @TempDir
  Path dir;
  private Path model;
  private Path people;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copy() throws Exception {
    model = dir.resolve("halden.wedge");
    Files.copy(Path.of(EvidenceCommandTest.EXAMPLE), model);
    people = dir.resolve("people.csv");
    Files.writeString(people, "name,role,stance,influence\nDana Whitfield,CFO,supporter,5\n"
        + "Lena Voss,Head of Service,neutral,3\nRavi Patel,Works council,against,2\n");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return WedgeApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aNameInTheModelIsAQuestionAnsweredByAnOptionAndNothingIsWrittenUntilThen() throws Exception {
    byte[] before = Files.readAllBytes(model);
    byte[] file = Files.readAllBytes(people);
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--stakeholders", people.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("1 of these stakeholders are already in the model by name (the first: 'Dana Whitfield',"
        + " line 2)"), e);
    assertTrue(e.contains("Answer with --existing update"), e);
    assertArrayEquals(before, Files.readAllBytes(model));

    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--stakeholders", people.toString(),
        "--existing", "skip"), "a refused row makes the exit 1, after importing the others");
    String o = out.toString(StandardCharsets.UTF_8);
    assertTrue(o.contains("line 4: 'against' is not a stance: write one of champion, supporter, neutral, skeptic,"
        + " opponent"), o);
    assertTrue(o.contains("1 stakeholder added, 0 updated, 1 skipped (already in the model), 1 refused, from"
        + " people.csv."), o);
    StrategyModel m = ModelStore.load(model).model();
    Stakeholder lena = m.getStakeholders().stream().filter(s -> "Lena Voss".equals(s.getName())).findFirst()
        .orElseThrow();
    assertEquals(Stance.NEUTRAL, lena.getStance());
    assertEquals(Stance.SKEPTIC, m.getStakeholders().stream().filter(s -> s.getId().equals("s-cfo")).findFirst()
        .orElseThrow().getStance(), "skipped");
    assertTrue(Files.exists(dir.resolve("halden.wedge.bak")));
    assertArrayEquals(file, Files.readAllBytes(people), "the spreadsheet is only read");
  }

  @Test
  void optionsOfTheMeasurementImportAreRefusedHere() {
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--stakeholders", people.toString(), "--metric",
        "m-ttp"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--metric is for measurements, not for"
        + " --stakeholders"), err.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--stakeholders", people.toString(), "--csv",
        people.toString()));
  }
}
