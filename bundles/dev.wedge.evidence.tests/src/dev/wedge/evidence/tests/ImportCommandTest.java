package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.ImportFormat;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;

/** {@code wedge import} on a copy of the example model, with the fixture files. */
class ImportCommandTest {

  @TempDir
  Path dir;
  private Path model;
  private Path salt;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copy() throws Exception {
    model = dir.resolve("halden.wedge");
    Files.copy(Path.of(EvidenceCommandTest.EXAMPLE), model);
    salt = dir.resolve("salt");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    List<String> all = new ArrayList<>(List.of(args));
    if (args[0].equals("import")) {
      all.addAll(List.of("--subject-salt", salt.toString(), "--today", "2026-04-15"));
    }
    return WedgeApplication.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String fixture(String name) {
    return CsvFixturesTest.DIR.resolve(name).toString();
  }

  private BusinessMetric metric(String id) throws Exception {
    StrategyModel m = ModelStore.load(model).model();
    return m.getMetrics().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void anAmbiguousFileExitsOneWithTheQuestionsInWordsAndWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(model);
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--csv", fixture("ambiguous-de.csv"),
        "--metric", "m-cost"));
    assertTrue(err().contains("Is '1.250' (line 2) 1250 or 1.25?"), err());
    assertTrue(err().contains("Answer with --decimal comma (decimal comma: '1.250' is 1250) or --decimal point"
        + " (decimal point: '1.250' is 1.25)."), err());
    assertTrue(err().contains("Which cohort is each value of 'Standort'?"), err());
    assertTrue(err().contains("Answer with --cohort-map 'Pilot Umeå=?,Vergleich Malmö=?' (each ? one of pilot,"
        + " comparison, all or leave-out)."), err());
    assertTrue(err().contains("nothing was imported"), err());
    assertTrue(out().contains("Read as: Windows-1252 (detected), separator ';', header row, decimal mark to be"
        + " chosen, dates day-first"), out());
    assertArrayEquals(before, Files.readAllBytes(model), "the model is not touched");
    assertFalse(Files.exists(Path.of(model + ".bak")));
  }

  @Test
  void answeredItImportsSavesAtomicallyKeepsTheBakAndRecordsWhereTheNumbersCameFrom() throws Exception {
    int before = metric("m-cost").getMeasurements().size();
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("ambiguous-de.csv"), "--metric",
        "m-cost", "--decimal", "comma", "--cohort-map", "Pilot Umeå=pilot,Vergleich Malmö=comparison",
        "--implausible", "import"), err());
    assertTrue(out().contains("4 measurements imported; saved "), out());
    assertTrue(Files.exists(Path.of(model + ".bak")), "the previous version is kept");
    BusinessMetric cost = metric("m-cost");
    assertEquals(before + 4, cost.getMeasurements().size());
    ImportRecord r = cost.getImports().get(0);
    assertEquals(ImportFormat.CSV, r.getFormat());
    assertEquals("ambiguous-de.csv", r.getFileName());
    assertEquals(dev.wedge.evidence.imports.ImportFiles.sha256(Files.readAllBytes(Path.of(fixture(
        "ambiguous-de.csv")))), r.getSha256());
    assertEquals(4, r.getRowsRead());
    assertEquals(4, r.getRowsImported());
    assertEquals(0, r.getRowsRefused());
    assertTrue(r.getSettings().contains("decimal comma"), r.getSettings());
    assertTrue(r.getMapping().contains("Pilot Umeå = pilot"), r.getMapping());
    Measurement last = cost.getMeasurements().get(cost.getMeasurements().size() - 1);
    assertEquals(r, last.getImportRecord(), "each measurement points to its import");
    assertEquals(1075.0, last.getValue());
    assertEquals(Cohort.COMPARISON, last.getCohort());
    assertEquals("ambiguous-de", cost.getImports().get(0).getSource());
    StrategyModel m = (StrategyModel) cost.eContainer();
    assertEquals("ambiguous-de", m.getImportSources().get(0).getName(), "the mapping is remembered for the source");
    assertEquals(2, m.getImportSources().get(0).getCohorts().size());

    assertEquals(ExitCodes.OK, run("info", model.toString()), err());
    assertTrue(out().contains("import into 'Cost per learning hour' [m-cost]: ambiguous-de.csv, "), out());
    assertTrue(out().contains(": 4 rows read, 4 imported, 0 refused"), out());
    assertTrue(out().contains("read as: Windows-1252 (detected), separator ';'"), out());

    // the same file again is asked about; the remembered mapping answers the cohort question
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--csv", fixture("ambiguous-de.csv"),
        "--metric", "m-cost", "--decimal", "comma", "--implausible", "import"));
    assertTrue(err().contains("This very file (the same SHA-256) was already imported into 'Cost per learning"
        + " hour'"), err());
    assertFalse(err().contains("Which cohort"), err());
  }

  @Test
  void dryRunPrintsThePreviewAndWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(model);
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("uk-excel.csv"), "--metric", "m-ttp",
        "--dry-run"), err());
    assertTrue(out().contains("dry run: nothing is written"), out());
    assertTrue(out().contains("Note: Dates are day-first: '16/03/2026' (line 4) has a day above 12."), out());
    assertTrue(out().contains("line 4         16/03/2026             2026-03-16  90               90"), out());
    assertTrue(out().contains("4 rows can be imported. (dry run: nothing written)"), out());
    assertArrayEquals(before, Files.readAllBytes(model));
  }

  @Test
  void refusedRowsAreListedTheOthersImportedAndTheExitCodeSaysSo() throws Exception {
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--csv", fixture("problems.csv"),
        "--metric", "m-nps", "--implausible", "import"));
    assertTrue(out().contains("Refused (8):"), out());
    assertTrue(out().contains("  line 6: 'NaN' is not a number (NaN): a measurement needs a finite value"), out());
    assertTrue(out().contains("  line 10: A measurement dated 2099-01-01 is "), out());
    assertTrue(out().contains("2 measurements imported; 8 refused (listed above)"), out());
    assertEquals(8, metric("m-nps").getImports().get(0).getRowsRefused());
  }

  @Test
  void xapiStatementsWithTheVerbTable() throws Exception {
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--xapi", CsvFixturesTest.DIR.resolveSibling(
        "xapi/failed-attempts.json").toString(), "--metric", "m-win", "--cohort", "pilot", "--implausible",
        "import"), err());
    assertTrue(out().contains("passed            5 statements,    5 scored, mean 83.0; included: import mean 72.9,"
        + " without it 60.3"), out());
    assertTrue(out().contains("failed            4 statements,    4 scored, mean 60.3; included: import mean 72.9,"
        + " without it 83.0"), out());
    assertTrue(out().contains("9 measurements imported"), out());
    BusinessMetric win = metric("m-win");
    ImportRecord r = win.getImports().get(0);
    assertEquals(ImportFormat.XAPI, r.getFormat());
    assertEquals(11, r.getRowsRead(), "every statement, those without a score too");
    assertEquals(9, r.getRowsImported());
    assertTrue(r.getSubjectKeySalt().startsWith("sha256:"));
    assertTrue(win.getMeasurements().stream().filter(x -> x.getImportRecord() == r).allMatch(x -> x.getSubject()
        .startsWith("sk1:") && x.getCohort() == Cohort.PILOT));
    assertFalse(Files.readString(model).contains("example.com"), "no actor in the file");
  }

  @Test
  void wrongArgumentsMissingFilesAndTheSizeLimit() throws Exception {
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--csv", fixture("uk-excel.csv")));
    assertTrue(err().contains("say which metric the measurements are for, with --metric ID"), err());
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--csv", fixture("uk-excel.csv"), "--metric",
        "nope"));
    assertTrue(err().contains("no metric with the id or name 'nope'"), err());
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--csv", fixture("uk-excel.csv"), "--metric",
        "m-ttp", "--decimal", "maybe"));
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--csv", fixture("uk-excel.csv"), "--metric",
        "m-ttp", "--score", "raw"));
    assertTrue(err().contains("--score is for xAPI statements, not CSV files"), err());
    assertEquals(ExitCodes.CANNOT_OPEN, run("import", model.toString(), "--csv", dir.resolve("none.csv").toString(),
        "--metric", "m-ttp"));
    assertTrue(err().contains("Cannot import none.csv: the file does not exist"), err());
    assertEquals(ExitCodes.CANNOT_OPEN, run("import", model.toString(), "--csv", fixture("hris-extract.csv"),
        "--metric", "m-ttp", "--max-size", "500"));
    assertTrue(err().contains("Cannot import hris-extract.csv: it is 696 bytes, more than the import limit of 500"
        + " bytes."), err());
  }
}
