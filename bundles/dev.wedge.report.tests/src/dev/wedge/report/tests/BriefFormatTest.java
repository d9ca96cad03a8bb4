package dev.wedge.report.tests;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;

/** {@code wedge report --out NAME}: the name's extension never contradicts the format written into it. */
class BriefFormatTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int report(String... args) {
    List<String> all = new ArrayList<>(List.of("report", BriefProvenanceTest.EXAMPLE.toString(), "--today",
        "2026-11-29"));
    all.addAll(List.of(args));
    return WedgeApplication.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void htmlIntoAFileNamedPdfIsRefusedWithTheFix() {
    Path pdf = dir.resolve("x.pdf");
    assertEquals(ExitCodes.USAGE, report("--format", "html", "--out", pdf.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("--out " + pdf + " names a PDF file but --format is html: write it to "
        + dir.resolve("x.html") + ", or use --format pdf"), e);
    assertFalse(Files.exists(pdf), "nothing written");
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("Wrote"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void withoutFormatTheExtensionGivesIt() throws Exception {
    Path html = dir.resolve("brief.html");
    assertEquals(ExitCodes.OK, report("--out", html.toString()), () -> err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html"), "HTML in a file named .html");
    Path pdf = dir.resolve("brief.pdf");
    assertEquals(ExitCodes.OK, report("--out", pdf.toString()), () -> err.toString(StandardCharsets.UTF_8));
    byte[] head = new byte[5];
    System.arraycopy(Files.readAllBytes(pdf), 0, head, 0, 5);
    assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII), "a PDF in a file named .pdf");
  }
}
