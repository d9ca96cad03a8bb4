package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.ImportTarget;
import dev.wedge.evidence.imports.ImportedRow;
import dev.wedge.evidence.imports.PreviewRow;
import dev.wedge.evidence.imports.Question;
import dev.wedge.evidence.imports.SubjectKeys;
import dev.wedge.evidence.imports.TextDecoder;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/**
 * The CSV fixture corpus (fixtures/csv, see its README): files written by LibreOffice itself and files made byte for
 * byte in the shapes Excel, Google Sheets and an HRIS write. Every value is asserted as the file's author meant it.
 */
class CsvFixturesTest {

  static final Path DIR = Path.of("fixtures/csv");
  static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
  static final SubjectKeys KEYS = SubjectKeys.of("0123456789abcdef0123456789abcdef".getBytes());
  static final ImportTarget PLAIN = ImportTarget.plain(TODAY, ZoneId.of("Europe/Berlin"), () -> KEYS);

  static ImportPreview read(String file, CsvOptions options, ImportTarget target) throws Exception {
    return CsvImport.analyse(Files.readAllBytes(DIR.resolve(file)), file, options, target);
  }

  static ImportPreview read(String file, CsvOptions options) throws Exception {
    return read(file, options, PLAIN);
  }

  static ImportPreview read(String file) throws Exception {
    return read(file, CsvOptions.infer());
  }

  /** Asserts the importable rows: date, value, cohort, note in order. */
  static void assertRows(ImportPreview p, Object[][] expected) {
    assertTrue(p.ready(), () -> "open: " + p.questions() + " / " + p.fatal());
    List<ImportedRow> rows = p.importable();
    assertEquals(expected.length, rows.size(), () -> rows + "\n" + p.problems());
    for (int i = 0; i < expected.length; i++) {
      Object[] e = expected[i];
      ImportedRow r = rows.get(i);
      assertEquals(LocalDate.parse((String) e[0]), r.date(), "date of row " + (i + 1));
      assertEquals((Double) e[1], r.value(), 1e-9, "value of row " + (i + 1));
      assertEquals(e[2], r.cohort(), "cohort of row " + (i + 1));
      if (e.length > 3) {
        assertEquals(e[3], r.note(), "note of row " + (i + 1));
      }
    }
  }

  static Question question(ImportPreview p, Question.Topic topic) {
    return p.questions().stream().filter(q -> q.topic() == topic).findFirst().orElse(null);
  }

  @Test
  void libreOfficeGermanDefaultsLatin1WithQuotedDecimalCommas() throws Exception {
    ImportPreview p = read("libreoffice-de-latin1.csv");
    CsvImport.Details d = (CsvImport.Details) p.details();
    assertEquals("ISO-8859-1", d.decoding().charset().name(), "not UTF-8, no bytes 0x80-0x9F");
    assertEquals(',', d.separator());
    assertEquals(DecimalStyle.COMMA, d.decimal(), "\"81,50\" decides it, not the separator");
    // the site names are asked about, not refused
    Question cohorts = question(p, Question.Topic.COHORT);
    assertNotNull(cohorts, p.questions().toString());
    assertTrue(cohorts.text().contains("'Pilot Umeå' (3 rows)"), cohorts.text());
    assertTrue(cohorts.text().contains("'Vergleich Malmö' (2 rows)"), cohorts.text());
    assertEquals(Map.of("Pilot Umeå", 3, "Vergleich Malmö", 2), p.unmappedCohorts());
    assertEquals(Cohort.ALL, p.cohorts().get("Gesamt"), "German for total");
    assertTrue(p.importable().isEmpty(), "nothing while a question is open");

    p = read("libreoffice-de-latin1.csv", CsvOptions.infer().withCohortMap(CsvOptions.parseCohortMap(
        "Pilot Umeå=pilot,Vergleich Malmö=comparison")));
    assertEquals("ISO-8859-1 (detected), separator ',', header row, decimal comma, dates day-first (two-digit years"
        + " as 20yy); date column 'Datum', value column 'Wert', cohort column 'Standort' (Pilot Umeå = pilot,"
        + " Vergleich Malmö = comparison, Gesamt = all), note column 'Bemerkung'", p.inferredLine());
    assertRows(p, new Object[][] {
        {"2026-01-12", 81.5, Cohort.PILOT, "Ausgangswert"},
        {"2026-01-19", 1234.5, Cohort.COMPARISON, null},
        {"2026-01-26", 0.85, Cohort.PILOT, "Übergabe verzögert"},
        {"2026-02-02", 79.0, Cohort.COMPARISON, null},
        {"2026-02-09", 12345.67, Cohort.PILOT, "Jahreswert; geprüft"},
        {"2026-02-16", 80.25, Cohort.ALL, null}});
    PreviewRow first = p.rows().get(0);
    assertEquals("12.01.26", first.rawDate(), "the raw text is kept beside the parsed date");
    assertEquals("81,50", first.rawValue());
    assertEquals(2, first.line());
  }

  @Test
  void libreOfficeEnglishDefaultsWindows1252() throws Exception {
    ImportPreview p = read("libreoffice-en-ansi.csv", CsvOptions.infer().withCohortMap(Map.of("Pilot Umeå",
        Cohort.PILOT, "Comparison Malmö", Cohort.COMPARISON)));
    CsvImport.Details d = (CsvImport.Details) p.details();
    assertEquals("windows-1252", d.decoding().charset().name(), "curly quotes and the en dash are 0x93 0x94 0x96");
    assertEquals(Dates.Order.MONTH_FIRST, d.dateOrder(), "01/19/26: 19 cannot be a month");
    assertRows(p, new Object[][] {
        {"2026-01-12", 23.5, Cohort.PILOT, "Q1 \u2013 \u201ckick-off\u201d"},
        {"2026-01-19", 24.1, Cohort.COMPARISON, null},
        {"2026-02-02", 1234.5, Cohort.PILOT, "Zoë's team, entered as a count"},
        {"2026-02-09", 22.75, Cohort.COMPARISON, null},
        {"2026-03-02", 25.0, Cohort.PILOT, null}});
  }

  @Test
  void libreOfficeUtf8AsShownWithSemicolonsGroupingAndALineBreakInACell() throws Exception {
    ImportPreview p = read("libreoffice-de-utf8-as-shown.csv");
    CsvImport.Details d = (CsvImport.Details) p.details();
    assertEquals("UTF-8", d.decoding().charset().name());
    assertEquals(';', d.separator());
    assertRows(p, new Object[][] {
        {"2026-03-02", 93.5, Cohort.PILOT, "Start"},
        {"2026-03-09", 1234.5, Cohort.COMPARISON, "zwei\nZeilen"},
        {"2026-03-16", 88.0, Cohort.PILOT, null},
        {"2026-03-23", 0.5, Cohort.COMPARISON, "\u201eZitat\u201c"}});
    assertEquals(5, p.importable().get(2).line(), "the line where the row starts, after the two-line cell");
  }

  @Test
  void excelUsCsvUtf8WithBomAndCrlf() throws Exception {
    ImportPreview p = read("excel-us-csv-utf8.csv");
    CsvImport.Details d = (CsvImport.Details) p.details();
    assertEquals("UTF-8 (byte-order mark)", d.decoding().describe());
    assertEquals(Dates.Order.MONTH_FIRST, d.dateOrder());
    assertEquals(DecimalStyle.POINT, d.decimal());
    assertEquals("Date", d.columns().get(0).name(), "the byte-order mark is not part of the first header");
    assertRows(p, new Object[][] {
        {"2026-03-02", 23.5, Cohort.PILOT, null},
        {"2026-03-09", 24.1, Cohort.COMPARISON, "Late, after the Q1 push"},
        {"2026-03-16", 1234.5, Cohort.PILOT, "entered as a count"},
        {"2026-03-23", 22.75, Cohort.COMPARISON, "She said \"great\""},
        {"2026-04-01", 25.0, Cohort.PILOT, "Zoë\u2019s team"}});
  }

  @Test
  void excelGermanCsvUtf8() throws Exception {
    ImportPreview p = read("excel-de-csv-utf8.csv");
    assertEquals(';', ((CsvImport.Details) p.details()).separator());
    assertRows(p, new Object[][] {
        {"2026-03-02", 93.5, Cohort.PILOT, null},
        {"2026-03-09", 1234.5, Cohort.COMPARISON, "Tippfehler?"},
        {"2026-03-16", 88.0, Cohort.PILOT, "Übergabe; verzögert"},
        {"2026-03-23", 91.25, Cohort.COMPARISON, null}});
  }

  @Test
  void excelAnsiFilesAreReadNotRefused() throws Exception {
    ImportPreview us = read("excel-us-ansi.csv");
    assertEquals("windows-1252", ((CsvImport.Details) us.details()).decoding().charset().name());
    assertRows(us, new Object[][] {
        {"2026-03-02", 58.0, Cohort.PILOT, "\u201cKick-off\u201d week"},
        {"2026-03-09", 57.25, Cohort.COMPARISON, "Zoë \u2013 cohort B"},
        {"2026-03-16", 1045.0, Cohort.PILOT, "includes licence"},
        {"2026-03-23", 56.5, Cohort.COMPARISON, null}});
    ImportPreview de = read("excel-de-ansi.csv");
    assertEquals("windows-1252", ((CsvImport.Details) de.details()).decoding().charset().name(), "€ is 0x80");
    assertRows(de, new Object[][] {
        {"2026-03-02", 58.0, Cohort.PILOT, "Größe \u201eM\u201c"},
        {"2026-03-09", 57.25, Cohort.COMPARISON, null},
        {"2026-03-16", 1045.0, Cohort.PILOT, "inkl. Lizenz"},
        {"2026-03-23", 56.5, Cohort.COMPARISON, null}});
  }

  @Test
  void aCurrencyOtherThanTheModelsIsRefused() throws Exception {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    model.setCurrency("USD");
    BusinessMetric cost = WedgeFactory.eINSTANCE.createBusinessMetric();
    cost.setName("Cost per learning hour");
    model.getMetrics().add(cost);
    ImportPreview p = read("excel-de-ansi.csv", CsvOptions.infer(), ImportTarget.of(cost, null, TODAY, () -> KEYS));
    assertTrue(p.importable().isEmpty());
    assertEquals("line 2: '58,00 €' is in EUR; the model's amounts are in USD: convert it before importing",
        p.problems().get(0).toString());
  }

  @Test
  void googleSheetsQuotedCellsWithLineBreaks() throws Exception {
    ImportPreview p = read("google-sheets.csv");
    assertRows(p, new Object[][] {
        {"2026-03-02", 81.5, Cohort.PILOT, "Two lines:\nfirst week"},
        {"2026-03-09", 79.0, Cohort.COMPARISON, null},
        {"2026-03-16", 1234.5, Cohort.PILOT, "Quoted \"word\""},
        {"2026-03-23", 80.25, Cohort.COMPARISON, "Ümlaut ok"}});
    assertEquals(List.of(2, 4, 5, 6), p.importable().stream().map(ImportedRow::line).toList());
  }

  @Test
  void ukDatesAreDayFirstBecauseOneDayIsAbove12() throws Exception {
    ImportPreview p = read("uk-excel.csv");
    assertEquals(Dates.Order.DAY_FIRST, ((CsvImport.Details) p.details()).dateOrder());
    assertTrue(p.notes().contains("Dates are day-first: '16/03/2026' (line 4) has a day above 12."), p.notes()
        .toString());
    assertRows(p, new Object[][] {
        {"2026-03-02", 94.0, Cohort.PILOT},
        {"2026-03-09", 92.5, Cohort.COMPARISON},
        {"2026-03-16", 90.0, Cohort.PILOT},
        {"2026-03-23", 91.25, Cohort.COMPARISON}});
  }

  @Test
  void datesThatCouldBeEitherOrderAreAskedAbout() throws Exception {
    ImportPreview p = read("uk-ambiguous.csv");
    assertFalse(p.ready());
    Question q = question(p, Question.Topic.DATE_ORDER);
    assertEquals("Is '02/03/2026' (line 2) 2 March 2026 or 3 February 2026? In all 4 dates of 'Date' both numbers"
        + " are 12 or less, so the data do not say which comes first.", q.text());
    assertEquals(List.of("day-first", "month-first"), q.answers().stream().map(Question.Answer::value).toList());
    assertTrue(q.forCommandLine().endsWith("Answer with --date-order day-first (day-first: 2 March 2026) or"
        + " --date-order month-first (month-first: 3 February 2026)."), q.forCommandLine());
    assertEquals("date order to be chosen", p.settings().split(", ")[4]);
    assertRows(read("uk-ambiguous.csv", CsvOptions.infer().withDateOrder(Dates.Order.DAY_FIRST)), new Object[][] {
        {"2026-03-02", 94.0, Cohort.PILOT},
        {"2026-03-09", 92.5, Cohort.COMPARISON},
        {"2026-04-02", 90.0, Cohort.PILOT},
        {"2026-04-09", 91.25, Cohort.COMPARISON}});
    assertEquals(LocalDate.of(2026, 2, 3), read("uk-ambiguous.csv", CsvOptions.infer().withDateOrder(
        Dates.Order.MONTH_FIRST)).importable().get(0).date());
  }

  @Test
  void swissApostrophesGroupThousands() throws Exception {
    ImportPreview p = read("swiss-excel.csv");
    assertEquals(DecimalStyle.POINT, ((CsvImport.Details) p.details()).decimal());
    assertRows(p, new Object[][] {
        {"2026-03-02", 1234.5, Cohort.PILOT},
        {"2026-03-09", 1180.0, Cohort.COMPARISON},
        {"2026-03-16", 981.5, Cohort.PILOT},
        {"2026-03-23", 1302.25, Cohort.COMPARISON}});
  }

  @Test
  void hrisExtractDateByContentValueByUnitSubjectsAsKeysNamesNeverKept() throws Exception {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    BusinessMetric ttp = WedgeFactory.eINSTANCE.createBusinessMetric();
    ttp.setName("New-advisor time to productivity");
    ttp.setUnit("days");
    ttp.setBaseline(94.0);
    model.getMetrics().add(ttp);
    ImportTarget target = ImportTarget.of(ttp, "hris", TODAY, () -> KEYS);
    ImportPreview p = read("hris-extract.csv", CsvOptions.infer(), target);
    CsvImport.Details d = (CsvImport.Details) p.details();
    assertEquals("date", d.column(CsvImport.Role.DATE).name(), "not last_updated, the extract's timestamp");
    assertEquals("ttp_days", d.column(CsvImport.Role.VALUE).name(), "the unit is days; FTE is not the value");
    assertEquals("Site", d.column(CsvImport.Role.COHORT).name());
    assertEquals("Employee_ID", d.column(CsvImport.Role.SUBJECT).name());
    assertEquals(CsvImport.Role.IGNORED, d.columns().get(1).role(), "worker names are never imported");
    assertEquals(Map.of("Pilot Umeå", 3, "Göteborg", 2, "Malmö", 1), p.unmappedCohorts());

    p = read("hris-extract.csv", CsvOptions.infer().withCohortMap(CsvOptions.parseCohortMap(
        "Pilot Umeå=pilot,Göteborg=comparison,Malmö=leave-out")), target);
    assertRows(p, new Object[][] {
        {"2026-03-02", 94.0, Cohort.PILOT},
        {"2026-03-09", 91.5, Cohort.PILOT},
        {"2026-03-02", 96.0, Cohort.COMPARISON},
        {"2026-03-16", 95.25, Cohort.COMPARISON},
        {"2026-03-23", 88.0, Cohort.PILOT}});
    assertEquals("line 7: left out: its cohort 'Malmö' is mapped to be left out", p.problems().get(0).toString());
    ImportedRow first = p.importable().get(0);
    assertEquals(KEYS.ofCell("100231"), first.subject());
    assertTrue(first.subject().matches("sk1:[0-9a-f]{32}"), first.subject());
    String all = p.importable().toString() + p.rows();
    for (String name : new String[] {"Åsa", "Lindqvist", "Öberg", "100231", "Łukasiewicz"}) {
      assertFalse(all.contains(name), name + " is not kept");
    }
    assertEquals("hris", p.source());
  }

  @Test
  void aGermanFileWhoseDecimalMarkCannotBeToldIsAskedAbout() throws Exception {
    ImportPreview p = read("ambiguous-de.csv");
    Question q = question(p, Question.Topic.DECIMAL);
    assertEquals("Is '1.250' (line 2) 1250 or 1.25? Every value of 'Kosten je Lernstunde (€)' with a decimal mark"
        + " has exactly three digits after it, so it can be a decimal mark or group thousands.", q.text());
    assertNotNull(question(p, Question.Topic.COHORT));
    assertEquals("Windows-1252 (detected", p.settings().substring(0, 22));
    assertNull(p.rows().get(0).value(), "no value read while the question is open");
    ImportPreview answered = read("ambiguous-de.csv", CsvOptions.infer().withDecimal(DecimalStyle.COMMA)
        .withCohortMap(Map.of("Pilot Umeå", Cohort.PILOT, "Vergleich Malmö", Cohort.COMPARISON)));
    assertRows(answered, new Object[][] {
        {"2026-03-02", 1250.0, Cohort.PILOT, "Einführung"},
        {"2026-03-09", 1100.0, Cohort.COMPARISON, null},
        {"2026-03-16", 980.0, Cohort.PILOT, null},
        {"2026-03-23", 1075.0, Cohort.COMPARISON, "Lizenz \u201ePro\u201c"}});
  }

  @Test
  void everyBadRowIsRefusedWithItsLineAndReason() throws Exception {
    ImportPreview p = read("problems.csv");
    assertRows(p, new Object[][] {
        {"2026-03-02", 81.5, Cohort.PILOT},
        {"2026-03-30", 78.0, Cohort.ALL}});
    List<String> problems = p.problems().stream().map(Object::toString).toList();
    assertEquals(List.of(
        "line 3: '2026-02-30' is not a valid date",
        "line 4: 'eighty' is not a number",
        "line 5: the row has 1 cell; the value is expected in column 2 ('value')",
        "line 6: 'NaN' is not a number (NaN): a measurement needs a finite value",
        "line 7: 'Infinity' is infinite: a measurement needs a finite value",
        "line 8: '1e400' is too large to be a measurement (it is not a finite number)",
        "line 9: '#DIV/0!' is a spreadsheet error, not a value: correct the formula in the spreadsheet and export"
            + " again"), problems.subList(0, 7));
    assertTrue(problems.get(7).startsWith("line 10: A measurement dated 2099-01-01 is "), problems.get(7));
    assertEquals(8, p.rowsRefused());
    assertEquals(10, p.rowsRead());
  }

  @Test
  void theEncodingCanBeOverriddenAndUnreadableBytesAreCountedNotFatal() throws Exception {
    ImportPreview p = read("libreoffice-de-latin1.csv", CsvOptions.infer().withEncoding(TextDecoder.charset("UTF-8"))
        .withCohortMap(Map.of("Pilot Ume\ufffd", Cohort.PILOT, "Vergleich Malm\ufffd", Cohort.COMPARISON)));
    assertTrue(p.settings().startsWith("UTF-8 (chosen)"), p.settings());
    assertTrue(p.notes().get(0).startsWith("8 byte sequences cannot be read as UTF-8 (the first on line 2)"),
        p.notes().toString());
    assertEquals(6, p.importable().size(), "one wrong byte never refuses the file");
  }

  @Test
  void implausibleValuesAreFlaggedAndAskedAbout() throws Exception {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    BusinessMetric ttp = WedgeFactory.eINSTANCE.createBusinessMetric();
    ttp.setName("Time to productivity");
    ttp.setUnit("days");
    ttp.setBaseline(94.0);
    model.getMetrics().add(ttp);
    ImportTarget target = ImportTarget.of(ttp, null, TODAY, () -> KEYS);
    ImportPreview p = read("excel-de-csv-utf8.csv", CsvOptions.infer(), target);
    Question q = question(p, Question.Topic.IMPLAUSIBLE);
    assertEquals("1 value is far from what 'Time to productivity' measures (its baseline, 94 days): '1.234,50'"
        + " (line 3). A misread decimal mark or unit looks like this. Import them anyway, or leave them out?",
        q.text());
    assertEquals("1234.5 is more than ten times its baseline, 94 days", p.flagged().get(0).flag());
    ImportPreview left = read("excel-de-csv-utf8.csv", CsvOptions.infer().withImplausible(
        CsvOptions.Implausible.LEAVE_OUT), target);
    assertEquals(3, left.importable().size());
    assertEquals("line 3: left out: 1234.5 is more than ten times its baseline, 94 days", left.problems().get(0)
        .toString());
    ImportPreview kept = read("excel-de-csv-utf8.csv", CsvOptions.infer().withImplausible(
        CsvOptions.Implausible.IMPORT), target);
    assertEquals(4, kept.importable().size());
    assertTrue(kept.notes().get(kept.notes().size() - 1).startsWith("1 value far from its baseline, 94 days"
        + ", imported on purpose"), kept.notes().toString());
  }

  @Test
  void rememberedMappingsAnswerTheCohortQuestion() throws Exception {
    StrategyModel model = WedgeFactory.eINSTANCE.createStrategyModel();
    BusinessMetric m = WedgeFactory.eINSTANCE.createBusinessMetric();
    model.getMetrics().add(m);
    var source = WedgeFactory.eINSTANCE.createImportSource();
    source.setName("libreoffice-de-latin1");
    for (String[] v : new String[][] {{"Pilot Umeå", "PILOT"}, {"Vergleich Malmö", "COMPARISON"}}) {
      var c = WedgeFactory.eINSTANCE.createCohortMapping();
      c.setValue(v[0]);
      c.setCohort(Cohort.valueOf(v[1]));
      source.getCohorts().add(c);
    }
    model.getImportSources().add(source);
    ImportPreview p = read("libreoffice-de-latin1.csv", CsvOptions.infer(), ImportTarget.of(m,
        CsvImport.sourceOf("libreoffice-de-latin1.csv"), TODAY, () -> KEYS));
    assertTrue(p.ready(), p.questions().toString());
    assertEquals(6, p.importable().size());
  }

  @Test
  void sourceNamesDropTheDatesOfMonthlyFiles() {
    assertEquals("hris", CsvImport.sourceOf("hris-2026-03.csv"));
    assertEquals("Workday export", CsvImport.sourceOf("Workday export 20260331.csv"));
    assertEquals("lms", CsvImport.sourceOf("lms_2026_Q1.csv"));
    assertEquals("libreoffice-de-latin1", CsvImport.sourceOf("libreoffice-de-latin1.csv"));
    assertEquals("report", CsvImport.sourceOf("report (2).csv"));
  }
}
