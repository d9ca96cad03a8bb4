package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.evidence.imports.ImportException;
import dev.wedge.evidence.imports.ImportFiles;
import dev.wedge.core.text.Numbers;
import dev.wedge.evidence.imports.SubjectKeys;
import dev.wedge.evidence.imports.TextDecoder;

/** How cells, bytes, sizes and identifiers are read: the pieces every import is made of. */
class NumbersDatesTest {

  @ParameterizedTest(name = "{0} tells {1}")
  @CsvSource(delimiter = '|', value = {
      "81,50|COMMA", "0,85|COMMA", "1.234,50|COMMA", "1.234.567|COMMA", "12,5|COMMA", "0,850|COMMA",
      "81.50|POINT", "1,234.50|POINT", "1,234,567|POINT", "1'234.50|POINT", "1\u2019234.50|POINT", "0.850|POINT",
      "1,234|AMBIGUOUS", "1.234|AMBIGUOUS", "12.500|AMBIGUOUS",
      "1234|PLAIN", "-12|PLAIN", "1 234|PLAIN", "1'234|PLAIN",
      "eighty|NONE", "1,2,3|NONE", "12.34.56|NONE", "2026-03-02|NONE", "02.03.26|NONE", "NaN|NONE"})
  void whatOneCellSaysAboutTheDecimalMark(String cell, Numbers.Evidence expected) {
    assertEquals(expected, Numbers.evidence(cell));
  }

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource(delimiter = '|', value = {
      "81,50|COMMA|81.5", "1.234,50|COMMA|1234.5", "0,85|COMMA|0.85", "1.234|COMMA|1234", "-1.234,5|COMMA|-1234.5",
      "1 234,50|COMMA|1234.5", "1\u00a0234,50|COMMA|1234.5", "1\u202f234,50|COMMA|1234.5", "58,00 €|COMMA|58",
      "81.50|POINT|81.5", "1,234.50|POINT|1234.5", "1'234.50|POINT|1234.5", "1,234|POINT|1234", "1.234|POINT|1.234",
      "$1,234.50|POINT|1234.5", "CHF 1'234.50|POINT|1234.5", "(1,234.50)|POINT|-1234.5", "\u221212.5|POINT|-12.5",
      "85%|POINT|85", "85 %|POINT|85", "1.5E3|POINT|1500", "+7|POINT|7", "1,23,456.50|POINT|123456.5", ".5|POINT|0.5"})
  void cellsAreReadInTheirStyle(String cell, DecimalStyle style, double expected) {
    Numbers.Parsed p = Numbers.parse(cell, style);
    assertTrue(p.ok(), p.refusal());
    assertEquals(expected, p.value(), 1e-12);
  }

  @Test
  void aGroupingMarkMustGroupThreeDigitsSoNothingIsMisreadAHundredTimes() {
    assertEquals("'81.50' is not a number with a decimal comma (like 1.234,5): there a '.' only groups thousands",
        Numbers.parse("81.50", DecimalStyle.COMMA).refusal());
    assertEquals("'81,50' is not a number with a decimal point (like 1,234.5): there a ',' only groups thousands",
        Numbers.parse("81,50", DecimalStyle.POINT).refusal());
    assertFalse(Numbers.parse("1'234,5.0", DecimalStyle.POINT).ok());
    assertFalse(Numbers.parse("12.", DecimalStyle.POINT).ok());
    assertEquals("the value is empty", Numbers.parse(" ", DecimalStyle.POINT).refusal());
  }

  @Test
  void nonFiniteNumbersAndSpreadsheetErrorsAreRefused() {
    assertEquals("'NaN' is not a number (NaN): a measurement needs a finite value",
        Numbers.parse("NaN", DecimalStyle.POINT).refusal());
    assertEquals("'-Infinity' is infinite: a measurement needs a finite value",
        Numbers.parse("-Infinity", DecimalStyle.POINT).refusal());
    assertEquals("'1e400' is too large to be a measurement (it is not a finite number)",
        Numbers.parse("1e400", DecimalStyle.POINT).refusal());
    assertEquals("'#N/A' is a spreadsheet error, not a value: correct the formula in the spreadsheet and export"
        + " again", Numbers.parse("#N/A", DecimalStyle.POINT).refusal());
  }

  @ParameterizedTest(name = "{0} ({1}) is {2}")
  @CsvSource(delimiter = '|', value = {
      "2026-03-02||2026-03-02", "2026-03-02 08:15:00||2026-03-02", "2026-04-01T02:00:13Z||2026-04-01",
      "2026/3/2||2026-03-02", "02.03.2026||2026-03-02", "2.3.26||2026-03-02", "12.01.26||2026-01-12",
      "02/03/2026|DAY_FIRST|2026-03-02", "02/03/2026|MONTH_FIRST|2026-02-03", "3/16/2026|MONTH_FIRST|2026-03-16",
      "02-03-2026|DAY_FIRST|2026-03-02", "01/12/26|MONTH_FIRST|2026-01-12", "2-Mar-26||2026-03-02",
      "2. März 2026||2026-03-02", "Mar 2, 2026||2026-03-02", "02/02/2026||2026-02-02"})
  void datesAsSpreadsheetsWriteThem(String cell, Dates.Order order, String expected) {
    Dates.Parsed p = Dates.parse(cell, order);
    assertEquals(LocalDate.parse(expected), p.date(), p.refusal());
  }

  @Test
  void dateShapesTellTheOrderOnlyWhenANumberIsAbove12() {
    assertTrue(Dates.shape("16/03/2026").onlyDayFirst());
    assertTrue(Dates.shape("03/16/2026").onlyMonthFirst());
    assertFalse(Dates.shape("02/03/2026").onlyDayFirst() || Dates.shape("02/03/2026").onlyMonthFirst());
    assertEquals("'02/03/2026' needs the date order (day-first or month-first)", Dates.parse("02/03/2026", null)
        .refusal());
    assertEquals("'31.02.2026' is not a valid date (day.month.year)", Dates.parse("31.02.2026", null).refusal());
    assertNull(Dates.parse("31/02/2026", Dates.Order.DAY_FIRST).date());
  }

  @Test
  void encodingsAByteOrderMarkThenValidUtf8ThenDetection() {
    assertEquals("UTF-8 (byte-order mark)", TextDecoder.detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
        'a', ',', 'b'}).describe());
    assertEquals("UTF-8 (valid UTF-8)", TextDecoder.detect("Umeå,1".getBytes(StandardCharsets.UTF_8)).describe());
    assertEquals("UTF-8 (ASCII only)", TextDecoder.detect("a,1".getBytes(StandardCharsets.UTF_8)).describe());
    byte[] latin9 = "Kosten,Währung\n12,€\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-15"));
    TextDecoder.Decoding d = TextDecoder.detect(latin9);
    assertTrue(d.question() != null && d.question().text().contains("byte 0xA4 (line 2) is '¤'"), String.valueOf(d
        .question()));
    assertEquals("Windows-1252", TextDecoder.name(TextDecoder.charset("ansi")));
    assertEquals("ISO-8859-1", TextDecoder.name(TextDecoder.charset("latin1")));
    assertNull(TextDecoder.charset("klingon"));
  }

  @Test
  void filesAreReadWithinTheSizeLimit(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("big.csv");
    Files.write(f, new byte[2_000]);
    ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
        () -> ImportFiles.read(f, 1_000));
    assertEquals("Cannot import big.csv: it is 2 kB, more than the import limit of 1 kB. Split it into smaller"
        + " files, or raise the limit (wedge import --max-size 4KB; for the workbench, start it with"
        + " -Dwedge.import.maxSize=...).", e.getMessage());
    assertEquals(2_000, ImportFiles.read(f, 2_000).length);
    assertEquals(50_000_000, ImportFiles.parseSize("50MB"));
    assertEquals(1_500_000_000L, ImportFiles.parseSize("1.5 GB"));
    assertEquals(-1, ImportFiles.parseSize("lots"));
    assertEquals("Cannot import nope.csv: the file does not exist (" + dir.resolve("nope.csv").toAbsolutePath()
        + ").", org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> ImportFiles.read(dir
            .resolve("nope.csv"), 1_000)).getMessage());
  }

  @Test
  void subjectKeysAreSaltedKeepNoIdentifierAndMatchAcrossXapiAndCsv(@TempDir Path dir) throws Exception {
    Path salt = dir.resolve("wedge/subject-key-salt");
    SubjectKeys a = SubjectKeys.open(salt);
    assertTrue(Files.readString(salt).strip().matches("[0-9a-f]{64}"), "256 random bits, in hex");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
        salt)));
    SubjectKeys again = SubjectKeys.open(salt);
    assertEquals(a.ofEmail("lena@example.com"), again.ofEmail("lena@example.com"), "the same salt, the same key");
    assertEquals(a.fingerprint(), again.fingerprint());
    SubjectKeys other = SubjectKeys.open(dir.resolve("other"));
    assertFalse(a.ofEmail("lena@example.com").equals(other.ofEmail("lena@example.com")), "another salt, another key");
    // the mbox_sha1sum of mailto:lena@example.com (sha1sum of the IRI, computed with coreutils)
    assertEquals(a.ofEmail("mailto:lena@EXAMPLE.com"), a.ofMboxSha1("5c2978a7b455ba5b582c4fb04847c70307117eee"),
        "an mbox and its mbox_sha1sum give one key; the domain is case-insensitive, as in xAPI");
    assertEquals(a.ofEmail("lena@example.com"), a.ofCell(" lena@example.com "), "a CSV e-mail keys like an mbox");
    String key = a.ofCell("100231");
    assertTrue(key.matches("sk1:[0-9a-f]{32}") && !key.contains("100231"), key);
    assertFalse(a.fingerprint().contains(Files.readString(salt).strip().substring(0, 12)));
  }
}
