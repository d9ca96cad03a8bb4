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

  @Test
  void aDryRunWritesNoSaltEitherAndSaysTheImportWillMakeIt() throws Exception {
    byte[] before = Files.readAllBytes(model);
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("hris-extract.csv"), "--metric",
        "m-ttp", "--cohort-map", "Pilot Umeå=pilot,Göteborg=comparison,Malmö=leave-out", "--dry-run"), err());
    assertTrue(out().contains("Read as: UTF-8 (valid UTF-8), separator ',', header row"), out());
    assertTrue(out().contains("subject column 'Employee_ID'"), out());
    assertTrue(out().contains("Note: the subject key salt " + salt + " does not exist yet; the import will create it"
        + " (the dry run did not)."), out());
    assertTrue(out().contains("line 7: left out: its cohort 'Malmö' is mapped to be left out"), out());
    assertFalse(Files.exists(salt), "a dry run writes nothing, not even the salt");
    assertArrayEquals(before, Files.readAllBytes(model));
    assertFalse(Files.exists(Path.of(model + ".bak")));

    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("hris-extract.csv"), "--metric",
        "m-ttp", "--cohort-map", "Pilot Umeå=pilot,Göteborg=comparison,Malmö=leave-out"), err());
    assertTrue(Files.exists(salt), "the import makes the salt");
    assertTrue(out().contains("5 measurements imported; 1 left out on purpose; saved "), "a row the user left out"
        + " is no failure: " + out());
    assertTrue(out().contains("Left out on purpose (1):\n  line 7: left out: its cohort 'Malmö' is mapped to be"
        + " left out"), out());
    ImportRecord r = metric("m-ttp").getImports().get(0);
    assertEquals(6, r.getRowsRead());
    assertEquals(5, r.getRowsImported());
    assertEquals(0, r.getRowsRefused());
    assertTrue(r.getNotes().contains("1 row left out on purpose, not refused: line 7: left out: its cohort 'Malmö'"
        + " is mapped to be left out."), r.getNotes().toString());
    String fingerprint = r.getSubjectKeySalt();
    assertEquals(dev.wedge.evidence.imports.SubjectKeys.open(salt).fingerprint(), fingerprint);
    assertFalse(Files.readString(model).contains("100231"), "employee numbers are keys, never kept");
    for (String name : new String[] {"Åsa", "Öberg", "Łukasiewicz", "Wójcik"}) {
      assertFalse(Files.readString(model).contains(name), name + ": names are never imported");
    }
  }

  @Test
  void aModelThatCannotBeSavedExitsFourAndSaysWhy() throws Exception {
    byte[] before = Files.readAllBytes(model);
    Path bak = Files.createDirectories(Path.of(model + ".bak").resolve("in-the-way"));
    assertEquals(ExitCodes.CANNOT_WRITE, run("import", model.toString(), "--csv", fixture("uk-excel.csv"), "--metric",
        "m-ttp"), out());
    assertFalse(err().isBlank(), "the reason is said");
    assertFalse(err().contains("Exception"), err());
    assertArrayEquals(before, Files.readAllBytes(model), "the model is as it was");
    assertTrue(Files.isDirectory(bak));
  }

  @Test
  void anImportIsOneCommandOneUndoTakesItAllBackAndRedoBringsItAgain() throws Exception {
    dev.wedge.core.session.ModelSessions sessions = new dev.wedge.core.session.ModelSessions();
    dev.wedge.core.session.ModelSession session = sessions.acquire(model);
    try {
      StrategyModel m = session.getModel();
      BusinessMetric cost = m.getMetrics().stream().filter(x -> x.getId().equals("m-cost")).findFirst()
          .orElseThrow();
      List<Measurement> before = List.copyOf(cost.getMeasurements());
      int sources = m.getImportSources().size();
      dev.wedge.evidence.imports.ImportPreview p = CsvFixturesTest.read("ambiguous-de.csv",
          dev.wedge.evidence.imports.CsvOptions.infer().withDecimal(dev.wedge.core.text.DecimalStyle.COMMA)
              .withCohortMap(dev.wedge.evidence.imports.CsvOptions.parseCohortMap(
                  "Pilot Umeå=pilot,Vergleich Malmö=comparison")).withImplausible(
                      dev.wedge.evidence.imports.CsvOptions.Implausible.IMPORT),
          dev.wedge.evidence.imports.ImportTarget.of(cost, "kosten", CsvFixturesTest.TODAY,
              () -> CsvFixturesTest.KEYS));
      assertTrue(p.ready(), p.questions().toString());
      int undoable = session.getCommandStack().canUndo() ? 1 : 0;
      assertTrue(session.execute(dev.wedge.evidence.imports.MeasurementImport.command(session.getEditingDomain(),
          cost, p, java.time.Instant.parse("2026-04-15T10:00:00Z"))), session.lastRefusal());
      assertEquals(before.size() + 4, cost.getMeasurements().size());
      assertEquals(1, cost.getImports().size());
      assertEquals(sources + 1, m.getImportSources().size(), "the mapping is remembered for 'kosten'");
      assertEquals("2026-04-15T10:00:00Z", cost.getImports().get(0).getImportedAt());
      assertTrue(session.isDirty());
      assertEquals("Import 4 measurements from ambiguous-de.csv", session.getCommandStack().getUndoCommand()
          .getLabel(), "the step the Edit menu names");

      session.getCommandStack().undo();
      assertEquals(before, cost.getMeasurements(), "one undo: every measurement gone");
      assertTrue(cost.getImports().isEmpty(), "with the record");
      assertEquals(sources, m.getImportSources().size(), "and the remembered mapping");
      assertEquals(undoable == 1, session.getCommandStack().canUndo(), "nothing of the import is left to undo");

      session.getCommandStack().redo();
      assertEquals(before.size() + 4, cost.getMeasurements().size());
      ImportRecord r = cost.getImports().get(0);
      assertTrue(cost.getMeasurements().subList(before.size(), before.size() + 4).stream().allMatch(x -> x
          .getImportRecord() == r), "redo brings the measurements back, pointing to their record");
    } finally {
      sessions.release(session);
    }
  }

  @Test
  void everyInferredSettingHasAnOptionThatAnswersOrOverridesIt() throws Exception {
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--csv", fixture("uk-ambiguous.csv"),
        "--metric", "m-ttp", "--dry-run"));
    assertTrue(err().contains("Answer with --date-order day-first (day-first: 2 March 2026) or --date-order"
        + " month-first (month-first: 3 February 2026)."), err());
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("uk-ambiguous.csv"), "--metric",
        "m-ttp", "--date-order", "day-first", "--dry-run"), err());
    assertTrue(out().contains("dates day-first (chosen)"), out());
    assertTrue(out().contains("line 4         02/04/2026             2026-04-02  90               90"), out());
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--csv", fixture("uk-ambiguous.csv"),
        "--metric", "m-ttp", "--date-order", "month-first", "--dry-run"), err());
    assertTrue(out().contains("dates month-first (chosen)"), out());
    assertTrue(out().contains("line 5: A measurement dated 2026-09-04 is "), "read month-first, 09/04 is after"
        + " today: " + out());
    assertTrue(out().contains("line 2         02/03/2026             2026-02-03  94               94"), out());

    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("libreoffice-de-latin1.csv"),
        "--metric", "m-ttp", "--encoding", "UTF-8", "--cohort-map", "Pilot Ume\ufffd=pilot,Vergleich"
            + " Malm\ufffd=comparison", "--implausible", "import", "--dry-run"), err());
    assertTrue(out().contains("Read as: UTF-8 (chosen)"), out());
    assertTrue(out().contains("Note: 8 byte sequences cannot be read as UTF-8 (the first on line 2)"), out());
    assertEquals(ExitCodes.USAGE, run("import", model.toString(), "--csv", fixture("uk-excel.csv"), "--metric",
        "m-ttp", "--encoding", "EBCDIC-what"));
    assertTrue(err().contains("--encoding 'EBCDIC-what' is not a character set Java knows"), err());

    assertEquals(ExitCodes.OK, run("import", model.toString(), "--csv", fixture("hris-extract.csv"), "--metric",
        "m-ttp", "--separator", "comma", "--header", "yes", "--date-column", "last_updated", "--value-column", "FTE",
        "--cohort-column", "none", "--cohort", "comparison", "--subject-column", "none", "--implausible", "import",
        "--dry-run"), err());
    assertTrue(out().contains("date column 'last_updated' (chosen), value column 'FTE' (chosen)"), out());
    assertTrue(out().contains("2026-04-01T02:00:13Z   2026-04-01  1.0              1"), out());
    assertFalse(out().contains("subject column"), out());
  }

  @Test
  void statementsTheLrsVoidedOrRepeatedAreLeftOutWithoutFailingTheImport() throws Exception {
    Path xapi = CsvFixturesTest.DIR.resolveSibling("xapi");
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--xapi", xapi.resolve("spec-voiding.json").toString(),
        "--metric", "m-win"), err());
    assertTrue(out().contains("Left out on purpose (1):\n  statement 1: voided (a later statement voids it)"), out());
    assertFalse(out().contains("Refused ("), out());
    assertTrue(out().contains("1 measurement imported; 1 left out on purpose; saved "), out());
    ImportRecord r = metric("m-win").getImports().get(0);
    assertEquals(0, r.getRowsRefused(), "voiding is the specification's, not a fault of the file");

    // a page with a repeated statement: left out; a statement with a raw score of 25 of 0..20 would be refused
    assertEquals(ExitCodes.OK, run("import", model.toString(), "--xapi", xapi.resolve("lrs-page.json").toString(),
        "--metric", "m-win", "--implausible", "import"), err());
    assertTrue(out().contains("  statement 4: the same statement as statement 1"), out());
    assertTrue(out().contains("3 measurements imported; 1 left out on purpose; saved "), out());
    assertTrue(out().contains("Note: This is one page of a longer result"), out());
    assertEquals(ExitCodes.FAILED_CHECK, run("import", model.toString(), "--xapi", xapi.resolve("scores.json")
        .toString(), "--metric", "m-win", "--implausible", "import"), err());
    assertTrue(out().contains("Refused (4):"), out());
  }
}
