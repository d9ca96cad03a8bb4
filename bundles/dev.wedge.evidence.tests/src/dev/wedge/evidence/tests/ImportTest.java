package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvImport.DateStyle;
import dev.wedge.evidence.imports.CsvImport.DecimalStyle;
import dev.wedge.evidence.imports.CsvImport.Mapping;
import dev.wedge.evidence.imports.ImportResult;
import dev.wedge.evidence.imports.XapiImport;
import dev.wedge.model.Cohort;

/** CSV and xAPI imports, including the files that go wrong. */
class ImportTest {

  private static ImportResult csv(String text, Mapping m) throws Exception {
    return CsvImport.read(new StringReader(text), m);
  }

  @Test
  void aCleanFileWithAHeaderIsGuessedAndRead() throws Exception {
    String text = "date,value,cohort,source\n2026-03-02,81.5,pilot,HRIS\n2026-03-09,80,comparison,HRIS\n";
    Mapping m = CsvImport.guess(text);
    assertTrue(m.header());
    assertEquals(2, m.cohort());
    ImportResult r = csv(text, m);
    assertEquals(2, r.rows().size());
    assertTrue(r.problems().isEmpty());
    assertEquals(LocalDate.of(2026, 3, 2), r.rows().get(0).date());
    assertEquals(81.5, r.rows().get(0).value());
    assertEquals(Cohort.COMPARISON, r.rows().get(1).cohort());
    assertEquals("HRIS", r.rows().get(1).source());
  }

  @Test
  void germanDatesAndDecimalCommas() throws Exception {
    String text = "Datum;Wert\n31.03.2026;1.234,5\n1.4.2026;12,25\n";
    Mapping m = CsvImport.guess(text);
    assertEquals(';', m.delimiter());
    assertEquals(DateStyle.DOTTED, m.dates());
    assertEquals(DecimalStyle.COMMA, m.decimals());
    ImportResult r = csv(text, m);
    assertTrue(r.problems().isEmpty(), r.problems().toString());
    assertEquals(1234.5, r.rows().get(0).value());
    assertEquals(LocalDate.of(2026, 4, 1), r.rows().get(1).date());
    assertEquals(12.25, r.rows().get(1).value());
  }

  @Test
  void usDatesAreReadMonthFirst() throws Exception {
    Mapping m = new Mapping(0, 1, -1, Cohort.PILOT, -1, -1, DateStyle.MONTH_DAY_YEAR, DecimalStyle.POINT, ',', false);
    ImportResult r = csv("03/31/2026,1,234.5\n", m);
    assertTrue(r.problems().isEmpty() || r.rows().isEmpty(), "an unquoted thousands separator splits the cell");
    r = csv("03/31/2026,\"1,234.5\"\n", m);
    assertEquals(LocalDate.of(2026, 3, 31), r.rows().get(0).date());
    assertEquals(1234.5, r.rows().get(0).value());
    assertEquals(Cohort.PILOT, r.rows().get(0).cohort(), "one cohort for every row");
  }

  @Test
  void badRowsAreListedWithTheirLinesAndReasonsAndGoodRowsKept() throws Exception {
    String text = "date,value,cohort\n"
        + "2026-03-02,81,pilot\n"
        + "2026-02-30,80,pilot\n"     // no such day
        + "2026-03-09,eighty,pilot\n" // not a number
        + "2026-03-16\n"              // value column missing
        + "2026-03-23,79,aliens\n"    // unknown cohort
        + "2026-03-30,78,\n";         // empty cohort = all
    ImportResult r = csv(text, CsvImport.guess(text));
    assertEquals(2, r.rows().size());
    assertEquals(Cohort.ALL, r.rows().get(1).cohort());
    assertEquals(4, r.problems().size(), r.problems().toString());
    assertEquals("line 3: '2026-02-30' is not a date like 2026-03-31", r.problems().get(0).toString());
    assertEquals("line 4: 'eighty' is not a number like 1,234.5", r.problems().get(1).toString());
    assertEquals("line 5: the row has 1 column; the value is expected in column 2", r.problems().get(2).toString());
    assertEquals("line 6: 'aliens' is not a cohort (pilot, comparison or all)", r.problems().get(3).toString());
  }

  @Test
  void wrongColumnsGiveOneProblemPerRow() throws Exception {
    Mapping m = new Mapping(4, 5, -1, Cohort.ALL, -1, -1, DateStyle.ISO, DecimalStyle.POINT, ',', true);
    ImportResult r = csv("date,value\n2026-03-02,81\n2026-03-09,80\n", m);
    assertTrue(r.rows().isEmpty());
    assertEquals(2, r.problems().size());
  }

  @Test
  void emptyFiles() throws Exception {
    Mapping m = CsvImport.guess("");
    assertEquals("the file is empty", csv("", m).problems().get(0).reason());
    assertEquals("the file has a header but no rows",
        csv("date,value\n", CsvImport.guess("date,value\n")).problems().get(0).reason());
  }

  @Test
  void aHundredThousandRows() throws Exception {
    StringBuilder sb = new StringBuilder("date,value,cohort\n");
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      sb.append(d.plusDays(i % 2000)).append(',').append(50 + i % 37).append('.').append(i % 10).append(',')
          .append(i % 2 == 0 ? "pilot" : "comparison").append('\n');
    }
    ImportResult r = csv(sb.toString(), CsvImport.guess(sb.substring(0, 200)));
    assertEquals(100_000, r.rows().size());
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void xapiStatementsGiveDateVerbAndScoreButNoActor() throws Exception {
    String json = "{\"statements\": [\n"
        + " {\"actor\": {\"mbox\": \"mailto:lena@example.com\"}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\","
        + "  \"display\": {\"en-US\": \"passed\"}}, \"object\": {\"definition\": {\"name\": {\"en-US\": \"Product quiz\"}}},"
        + "  \"result\": {\"score\": {\"scaled\": 0.84, \"raw\": 42}}, \"timestamp\": \"2026-03-02T10:15:00+01:00\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/experienced\"}, \"timestamp\": \"2026-03-02T10:00:00Z\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"}, \"result\": {\"score\": {\"scaled\": 0.5}},"
        + "  \"timestamp\": \"yesterday\"},\n"
        + " {\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"}, \"result\": {\"score\": {\"scaled\": 0.7}}}\n"
        + "], \"more\": \"\"}";
    ImportResult r = XapiImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Cohort.PILOT,
        XapiImport.Score.SCALED_PERCENT, Set.of("passed"));
    assertEquals(1, r.rows().size());
    assertEquals(84, r.rows().get(0).value(), 1e-9);
    assertEquals(LocalDate.of(2026, 3, 2), r.rows().get(0).date());
    assertEquals("xAPI passed", r.rows().get(0).source());
    assertEquals("Product quiz", r.rows().get(0).note());
    assertTrue(r.rows().toString().indexOf("lena") < 0, "the learner is not kept");
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertEquals("statement 3: 'yesterday' is not an ISO 8601 timestamp", r.problems().get(0).reason());
    assertEquals("statement 4 has no timestamp", r.problems().get(1).reason());
  }

  @Test
  void notXapiAtAll() throws Exception {
    ImportResult r = XapiImport.read(new ByteArrayInputStream("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8)),
        Cohort.ALL, XapiImport.Score.RAW, Set.of());
    assertTrue(r.problems().get(0).reason().startsWith("the file is not a list of xAPI statements"));
    r = XapiImport.read(new ByteArrayInputStream("[{\"verb\": ".getBytes(StandardCharsets.UTF_8)), Cohort.ALL,
        XapiImport.Score.RAW, Set.of());
    assertTrue(r.problems().get(0).reason().startsWith("the file is not valid JSON"), r.problems().toString());
  }
}
