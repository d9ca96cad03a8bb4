package dev.wedge.evidence.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.model.Cohort;

/** The parts a CSV import is made of, each on its own: records, column profiles, the file's style, cohorts. */
class CsvPartsTest {

  @Test
  void theSeparatorIsTheOneThatSplitsEveryRecordAlike() {
    assertEquals(';', CsvRecords.separator("Datum;Wert\n02.03.2026;\"81,50\"\n03.03.2026;79\n"));
    assertEquals('\t', CsvRecords.separator("date\tvalue\tnote\n2026-03-02\t81.5\ta, b\n"));
    assertEquals(',', CsvRecords.separator("date,value\n2026-03-02,\"1;5\"\n2026-03-03,2\n"),
        "a quoted ';' does not split");
    assertNull(CsvRecords.separator("just one column\nand another line\n"));
  }

  @Test
  void recordsKeepTheLineTheyStartOnAndStopWhereTheFileStopsBeingCsv() {
    CsvRecords r = new CsvRecords("date,note\n2026-03-02,\"two\nlines\"\n2026-03-03,x\n2026-03-04,\"open\n", ',');
    assertEquals(List.of(1, 2, 4), r.lines.subList(0, 3), "the quoted cell spans lines 2 and 3");
    CsvRecords blank = new CsvRecords("date,value\n2026-03-02,81\n\n\r\n2026-03-03,eighty\n", ',');
    assertEquals(List.of(1, 2, 5), blank.lines, "the row after the blank lines is on its own line, not theirs");
    assertEquals("two\nlines", r.records.get(1)[1]);
    assertEquals(1, r.problems.size());
    assertTrue(r.problems.get(0).reason().startsWith("from here on the file is not valid CSV"), r.problems.get(0)
        .reason());
    assertTrue(r.looksLikeHeader());
    assertFalse(new CsvRecords("2026-03-02,81\n2026-03-03,82\n", ',').looksLikeHeader(), "a date is no header");
  }

  @Test
  void aProfileCountsWhatEachCellCanBe() {
    ColumnProfile p = profile("Wert", "81,50", "79", "1.234,5", "oops");
    assertEquals(4, p.filled);
    assertEquals(2, p.comma);
    assertEquals(1, p.plain);
    assertEquals(1, p.notNumber);
    assertEquals("81,50", p.commaExample);
    assertEquals(2, p.commaLine, "lines count from the header's line 1");
    assertTrue(p.isNumber());
    assertFalse(p.isDate());
    ColumnProfile ids = profile(null, "10234", "10235", "10236", "10237", "10238");
    assertTrue(ids.looksLikeId(), "whole numbers of four digits or more, each different: an employee number");
    assertTrue(profile("Personalnummer", "7", "7").looksLikeId(), "named like one");
    ColumnProfile dates = profile("Datum", "16/03/2026", "02/03/2026", "02/02/2026");
    assertEquals(3, dates.numeric);
    assertEquals(1, dates.dayFirst);
    assertEquals(1, dates.sameEitherWay);
    assertTrue(dates.isDate());
  }

  @Test
  void aValueOnlyOneStyleReadsDecidesTheFilesStyle() {
    List<Question> questions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    FileStyle s = FileStyle.decide(null, null, profile("Wert", "79", "81,50"), profile("Datum", "16/03/2026",
        "02/03/2026"), questions, notes);
    assertEquals(DecimalStyle.COMMA, s.decimal());
    assertEquals(Dates.Order.DAY_FIRST, s.order());
    assertTrue(s.orderMatters());
    assertEquals(List.of("Dates are day-first: '16/03/2026' (line 2) has a day above 12."), notes);
    assertTrue(questions.isEmpty());
  }

  @Test
  void whatTheValuesLeaveOpenIsAskedAndWhatTheUserChoseIsTaken() {
    List<Question> questions = new ArrayList<>();
    FileStyle s = FileStyle.decide(null, null, profile("Wert", "1,250", "2,500"), profile("Datum", "02/03/2026"),
        questions, new ArrayList<>());
    assertNull(s.decimal());
    assertNull(s.order());
    assertEquals(List.of(Question.Topic.DECIMAL, Question.Topic.DATE_ORDER), questions.stream().map(Question::topic)
        .toList());
    assertTrue(questions.get(0).text().startsWith("Is '1,250' (line 2) 1.25 or 1250?"), questions.get(0).text());
    assertTrue(questions.get(1).text().startsWith("Is '02/03/2026' (line 2) 2 March 2026 or 3 February 2026?"),
        questions.get(1).text());
    questions.clear();
    FileStyle chosen = FileStyle.decide(DecimalStyle.POINT, Dates.Order.MONTH_FIRST, profile("Wert", "1,250"),
        profile("Datum", "02/03/2026"), questions, new ArrayList<>());
    assertEquals(DecimalStyle.POINT, chosen.decimal());
    assertEquals(Dates.Order.MONTH_FIRST, chosen.order());
    assertTrue(questions.isEmpty());
    FileStyle whole = FileStyle.decide(null, null, profile("Tage", "94", "88"), profile("Datum", "02.03.2026"),
        questions, new ArrayList<>());
    assertTrue(whole.wholeNumbers());
    assertEquals(Dates.Order.DAY_FIRST, whole.order(), "dotted dates are day-first");
  }

  @Test
  void cohortsAreMappedByTheUserThenByTheSourcesMemoryThenByTheirWording() {
    Map<String, Cohort> chosen = new HashMap<>();
    chosen.put("Pilot Umeå", Cohort.PILOT);
    chosen.put("Test", null); // left out
    CohortMapping m = new CohortMapping(chosen, Map.of("Vergleich Malmö", Cohort.COMPARISON, "pilot",
        Cohort.COMPARISON));
    assertEquals(Optional.of(Cohort.PILOT), m.mapped("pilot umeå "), "case and spaces do not matter");
    assertEquals(Optional.empty(), m.mapped("Test"), "mapped to be left out");
    assertEquals(Optional.of(Cohort.COMPARISON), m.mapped("Vergleich Malmö"));
    assertEquals(Optional.of(Cohort.COMPARISON), m.mapped("pilot"), "what the source was mapped to before wins");
    assertEquals(Optional.of(Cohort.COMPARISON), m.mapped("Kontrollgruppe"));
    assertEquals(Optional.of(Cohort.ALL), m.mapped("gesamt"));
    assertNull(m.mapped("Standort Nord"), "not known: asked");
  }

  @Test
  void aColumnIsNamedByItsHeaderOrItsNumber() {
    String[] names = {"Datum", "TTP (Tage)", null};
    assertEquals(0, ColumnChoice.column("Datum", names, "date"));
    assertEquals(1, ColumnChoice.column("ttp (tage)", names, "value"));
    assertEquals(2, ColumnChoice.column("3", names, "note"));
    assertNull(ColumnChoice.column("Wert", names, "value"));
    assertEquals("There is no column 'Wert' for the value (the file has 'Datum', 'TTP (Tage)', 3; a column can also"
        + " be given by its number).", ColumnChoice.noSuchColumn("Wert", names, "value"));
  }

  /** A profile of {@code cells} as the rows after a header line. */
  private static ColumnProfile profile(String name, String... cells) {
    ColumnProfile p = new ColumnProfile(0, name);
    for (int i = 0; i < cells.length; i++) {
      p.add(cells[i], i + 2);
    }
    return p;
  }
}
