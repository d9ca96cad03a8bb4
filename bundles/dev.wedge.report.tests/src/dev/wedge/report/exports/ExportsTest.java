package dev.wedge.report.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.analysis.Finding;
import dev.wedge.analysis.Severity;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;

/** The CSV tables and the SVG map of File › Export and {@code wedge export}, read back with Commons CSV. */
class ExportsTest {

  private static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  @TempDir
  Path dir;

  private static List<CSVRecord> parse(String text) throws Exception {
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return p.getRecords();
    }
  }

  private static StrategyModel twoMeasurements() {
    WedgeFactory f = WedgeFactory.eINSTANCE;
    StrategyModel model = f.createStrategyModel();
    BusinessMetric m = f.createBusinessMetric();
    m.setId("m-ttp");
    m.setName("Time to productivity, Malmö");
    m.setUnit("days");
    model.getMetrics().add(m);
    Measurement late = f.createMeasurement();
    late.setDate(LocalDate.of(2026, 3, 16));
    late.setValue(81.5);
    late.setCohort(Cohort.PILOT);
    late.setNote("said \"faster\",\nthen left");
    Measurement early = f.createMeasurement();
    early.setDate(LocalDate.of(2026, 1, 5));
    early.setValue(1250);
    early.setCohort(Cohort.COMPARISON);
    early.setSource("hris");
    m.getMeasurements().add(late);
    m.getMeasurements().add(early);
    return model;
  }

  @Test
  void measurementsAreOneHeaderRowThenOneRowEachInDateOrderReadBackAsWritten() throws Exception {
    String text = MeasurementsCsv.of(twoMeasurements());
    List<CSVRecord> rows = parse(text);
    assertEquals(3, rows.size());
    assertEquals(List.of("metric id", "metric", "date", "value", "unit", "cohort", "pilot", "source", "note"),
        rows.get(0).toList());
    assertEquals(List.of("m-ttp", "Time to productivity, Malmö", "2026-01-05", "1250", "days", "comparison", "",
        "hris", ""), rows.get(1).toList());
    assertEquals(List.of("m-ttp", "Time to productivity, Malmö", "2026-03-16", "81.5", "days", "pilot", "", "",
        "said \"faster\",\nthen left"), rows.get(2).toList());
    assertTrue(text.startsWith("metric id,metric,date,value,unit,cohort,pilot,source,note\r\n"), "RFC 4180: CRLF");
    assertTrue(text.contains("\"said \"\"faster\"\",\nthen left\""), "quotes doubled inside a quoted cell");
  }

  @Test
  void aFileIsUtf8WithoutAByteOrderMark() throws Exception {
    Path out = dir.resolve("m.csv");
    CsvFiles.write(out, MeasurementsCsv.of(twoMeasurements()));
    byte[] bytes = Files.readAllBytes(out);
    assertEquals('m', bytes[0], "no byte-order mark");
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(utf8.contains("Malmö"));
    assertEquals(2, utf8.split("\u00f6", -1).length - 1, "ö twice, as two bytes each");
    assertEquals(List.of("m.csv"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
        "no temporary file left");
  }

  @Test
  void findingsNameTheirObjectAndQuickFix() throws Exception {
    StrategyModel model = twoMeasurements();
    BusinessMetric m = model.getMetrics().get(0);
    Finding withObject = new Finding("metric-target", "Metrics", Severity.WARNING, "'Time to productivity, Malmö'"
        + " has no target.", List.of(m), dev.wedge.analysis.Fix.set("Set a target of 60", m,
            dev.wedge.model.WedgePackage.Literals.BUSINESS_METRIC__TARGET, 60.0));
    Finding whole = new Finding("one-pilot", "Method", Severity.ADVICE, "No pilot yet.", List.of(), null);
    ComposedAdapterFactory labels = ModelSessions.newAdapterFactory();
    List<CSVRecord> rows;
    try {
      rows = parse(FindingsCsv.of(List.of(withObject, whole), labels));
    } finally {
      labels.dispose();
    }
    assertEquals(List.of("severity", "category", "analysis", "message", "object id", "object kind", "object",
        "quick fix"), rows.get(0).toList());
    assertEquals(List.of("warning", "Metrics", "metric-target", "'Time to productivity, Malmö' has no target.",
        "m-ttp", "BusinessMetric", "Time to productivity, Malmö", "Set a target of 60"), rows.get(1).toList());
    assertEquals(List.of("advice", "Method", "one-pilot", "No pilot yet.", "", "", "", ""), rows.get(2).toList());
  }

  @Test
  void wedgeExportWritesTheTablesAndTheMapOfTheExample() throws Exception {
    Path model = dir.resolve("halden.wedge");
    Files.copy(EXAMPLE, model);
    byte[] before = Files.readAllBytes(model);
    Path measurements = dir.resolve("measurements.csv");
    Path findings = dir.resolve("findings.csv");
    Path map = dir.resolve("map.svg");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = WedgeApplication.run(List.of("export", model.toString(), "--measurements", measurements.toString(),
        "--findings", findings.toString(), "--map", map.toString(), "--today", "2026-04-15"), new PrintStream(out,
            true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(ExitCodes.OK, code, err.toString(StandardCharsets.UTF_8));
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("330 measurements written to " + measurements), said);
    assertEquals(331, parse(Files.readString(measurements)).size(), "the example's 330 measurements and a header");
    List<CSVRecord> f = parse(Files.readString(findings));
    assertTrue(said.contains((f.size() - 1) + " findings written to " + findings), said);
    assertTrue(f.size() > 1, "the example has findings");
    var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(map.toFile());
    assertEquals("svg", svg.getDocumentElement().getTagName());
    assertEquals(0, svg.getElementsByTagName("image").getLength(), "shapes, not a picture inside an SVG");
    assertTrue(svg.getElementsByTagName("rect").getLength() > 10);
    String svgText = Files.readString(map);
    var texts = svg.getElementsByTagName("text");
    boolean goal = false;
    for (int i = 0; i < texts.getLength(); i++) {
      goal |= texts.item(i).getTextContent().startsWith("Grow new-business");
    }
    assertTrue(goal, "a goal of the example, as text of the SVG");
    assertFalse(svgText.contains("Marcus Oyelaran"), "people by their role, unless --names");
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the model is not written");
  }

  @Test
  void wedgeExportRefusesWhatItCannotWriteInASentence() throws Exception {
    Path model = dir.resolve("halden.wedge");
    Files.copy(EXAMPLE, model);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(ExitCodes.USAGE, WedgeApplication.run(List.of("export", model.toString()), o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("say what to export"), err.toString());
    err.reset();
    assertEquals(ExitCodes.USAGE, WedgeApplication.run(List.of("export", model.toString(), "--map",
        dir.resolve("map.png").toString()), o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("name a file ending in .svg"), err.toString());
    err.reset();
    assertEquals(ExitCodes.USAGE, WedgeApplication.run(List.of("export", model.toString(), "--measurements",
        model.toString()), o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is the model or another file of this export"));
  }
}
