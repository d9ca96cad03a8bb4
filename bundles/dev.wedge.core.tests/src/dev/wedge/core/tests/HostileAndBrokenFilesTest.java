package dev.wedge.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.resource.WedgeResourceFactory;

class HostileAndBrokenFilesTest {

  @TempDir
  Path dir;

  private ModelLoadException refused(Path file) throws Exception {
    byte[] before = Files.readAllBytes(file);
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
    assertTrue(e.getMessage().startsWith("Cannot open " + file.getFileName() + ": "), e.getMessage());
    assertTrue(e.getMessage().endsWith("The file was not changed."), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file), "a refused file is left as it was");
    return e;
  }

  @Test
  void externalEntitiesAreRefusedQuickly() throws Exception {
    Path secret = Files2.write(dir, "secret.txt", "TOP-SECRET");
    Path xxe = Files2.write(dir, "xxe.wedge", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n" + Files2.ROOT_OPEN + " description=\"&x;\"/>\n");
    ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(xxe));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertTrue(!e.getMessage().contains("TOP-SECRET"));
  }

  @Test
  void entityExpansionBombsAreRefusedQuickly() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&l").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>\n");
    Path bomb = Files2.write(dir, "laughs.wedge", "<?xml version=\"1.0\"?>\n" + dtd + Files2.ROOT_OPEN
        + " description=\"&l9;\"/>\n");
    ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(bomb));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void theResourceItselfRefusesDoctypesEvenWhenLoadedDirectly() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x \"y\">]>\n" + Files2.ROOT_OPEN + "/>\n";
    Resource r = new WedgeResourceFactory().createResource(URI.createURI("mem:/direct.wedge"));
    assertThrows(Exception.class,
        () -> r.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null));
    assertTrue(r.getContents().isEmpty(), "nothing was read from a file with a DOCTYPE");
  }

  @Test
  void notXml() throws Exception {
    Path f = Files2.write(dir, "notes.wedge", "This is a shopping list, not a model.\n");
    assertTrue(refused(f).getMessage().contains("not a well-formed XML file"));
  }

  @Test
  void aFileOfAnotherKindIsNamedByItsKind() throws Exception {
    // a brief's PDF picked instead of its model
    Path pdf = dir.resolve("halden-mutual-brief.wedge");
    Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    String m = refused(pdf).getMessage();
    assertTrue(m.contains("not a Wedge model but a PDF document"), m);
    assertFalse(m.contains("well-formed"), m);
    // a spreadsheet saved from Excel: a zip whose entries are under xl/
    Path xlsx = dir.resolve("hris-export.wedge");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
    }
    m = refused(xlsx).getMessage();
    assertTrue(m.contains("an Excel workbook (.xlsx); to bring its rows in, save the sheet as CSV and use Import"), m);
    // a screenshot from the repository, and the example model compressed with gzip
    Path png = Files.copy(Path.of("../../docs/workbench.png"), dir.resolve("shot.wedge"));
    assertTrue(refused(png).getMessage().contains("a PNG image"));
    Path gz = dir.resolve("halden.wedge");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(Path.of("../../examples/halden-mutual.wedge"), out);
    }
    assertTrue(refused(gz).getMessage().contains("a gzip-compressed file; uncompress it first"));
  }

  @Test
  void truncatedXml() throws Exception {
    Path f = Files2.write(dir, "cut.wedge", Files2.HEADER + Files2.ROOT_OPEN + ">\n  <goals id=\"g\" name=\"Gro");
    assertTrue(refused(f).getMessage().contains("not a well-formed XML file"));
  }

  @Test
  void emptyFile() throws Exception {
    Path f = Files2.write(dir, "empty.wedge", "");
    assertTrue(refused(f).getMessage().contains("empty"));
  }

  @Test
  void missingFile() throws Exception {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(dir.resolve("nope.wedge")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void someOtherXmlFile() throws Exception {
    Path f = Files2.write(dir, "pom.wedge", "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");
    assertTrue(refused(f).getMessage().contains("not a Wedge model"), "message names the problem");
  }

  @Test
  void newerFormatVersionGetsAClearMessage() throws Exception {
    Path f = Files2.write(dir, "future.wedge", Files2.HEADER + Files2.ROOT_OPEN.replace("formatVersion=\"1\"",
        "formatVersion=\"7\"") + "/>\n");
    ModelLoadException e = refused(f);
    assertTrue(e.getMessage().contains("newer Wedge") && e.getMessage().contains("format 7"), e.getMessage());
  }

  @Test
  void newerNamespaceGetsAClearMessage() throws Exception {
    Path f = Files2.write(dir, "future2.wedge", Files2.HEADER + Files2.ROOT_OPEN.replace("http://wedge.dev/model/1",
        "http://wedge.dev/model/2") + "/>\n");
    assertTrue(refused(f).getMessage().contains("newer Wedge"));
  }

  @Test
  void unknownClassOfWedgeIsFatal() throws Exception {
    Path f = Files2.model(dir, "class.wedge", "", "  <goals xsi:type=\"wedge:Spaceship\" id=\"x\"/>\n");
    assertTrue(refused(f).getMessage().contains("Spaceship"));
  }

  @Test
  void unresolvedReferenceIsFatal() throws Exception {
    Path f = Files2.model(dir, "ref.wedge", "", "  <metrics id=\"m1\" name=\"Churn\" goal=\"no-such-goal\"/>\n");
    ModelLoadException e = refused(f);
    assertTrue(e.getMessage().contains("no-such-goal") && e.getMessage().contains("goal"), e.getMessage());
  }

  @Test
  void wrongValueInAFieldIsNamed() throws Exception {
    Path f = Files2.model(dir, "value.wedge", "", "  <stakeholders id=\"s1\" name=\"Dana\" influence=\"very high\"/>\n");
    ModelLoadException e = refused(f);
    assertTrue(e.getMessage().contains("'very high'") && e.getMessage().contains("'influence'")
        && e.getMessage().contains("Stakeholder 'Dana'"), e.getMessage());
    assertEquals(1, e.getProblems().stream().filter(p -> p.fatal()).count());
  }

  @Test
  void wrongDateIsNamed() throws Exception {
    Path f = Files2.model(dir, "date.wedge", "", "  <pilots id=\"p1\" name=\"P\" startDate=\"31/12/2026\"/>\n");
    ModelLoadException e = refused(f);
    assertTrue(e.getMessage().contains("31/12/2026") && e.getMessage().contains("date"), e.getMessage());
  }

  @Test
  void wrongEnumValueListsTheAllowedOnes() throws Exception {
    Path f = Files2.model(dir, "enum.wedge", "", "  <stakeholders id=\"s1\" name=\"Dana\" group=\"ALIENS\"/>\n");
    ModelLoadException e = refused(f);
    assertTrue(e.getMessage().contains("ALIENS") && e.getMessage().contains("SENIOR_LEADER"), e.getMessage());
  }

  @Test
  void duplicateIdsAreFatal() throws Exception {
    Path f = Files2.model(dir, "dup.wedge", "", "  <goals id=\"same\" name=\"A\"/>\n  <goals id=\"same\" name=\"B\"/>\n");
    assertTrue(refused(f).getMessage().contains("same id"));
  }
}
