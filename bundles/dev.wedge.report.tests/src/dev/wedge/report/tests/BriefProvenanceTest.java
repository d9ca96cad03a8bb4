package dev.wedge.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeApplication;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.BriefOptions;
import dev.wedge.report.Briefs;

/** Every brief says which Wedge (and which plug-ins) produced it: HTML head, PDF metadata and XMP, its last line. */
class BriefProvenanceTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");
  static final BriefOptions OPTIONS = BriefOptions.defaults().withToday(LocalDate.of(2026, 11, 29));

  @TempDir
  Path dir;

  @Test
  void theHtmlNamesWedgeInItsHeadAndItsLastLine() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    Document d = BriefTest.parse(Briefs.html(model, OPTIONS, null));
    String generator = null;
    NodeList metas = d.getElementsByTagName("meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element m = (Element) metas.item(i);
      if (m.getAttribute("name").equals("generator")) {
        generator = m.getAttribute("content");
      }
    }
    assertEquals("Wedge 1.0.0", generator, "Wedge's own sections and the test fragment's are Wedge's");
    List<String> colophon = new ArrayList<>();
    NodeList ps = d.getElementsByTagName("p");
    for (int i = 0; i < ps.getLength(); i++) {
      if (((Element) ps.item(i)).getAttribute("class").equals("colophon")) {
        colophon.add(ps.item(i).getTextContent());
      }
    }
    assertEquals(List.of("Produced by Wedge 1.0.0."), colophon);
  }

  @Test
  void thePdfSaysItInItsDocumentInformationXmpAndText() throws Exception {
    StrategyModel model = ModelStore.load(EXAMPLE).model();
    byte[] pdf = Briefs.pdf(model, OPTIONS, null);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("Wedge 1.0.0", doc.getDocumentInformation().getCreator());
      assertTrue(doc.getDocumentInformation().getProducer().startsWith("Wedge 1.0.0 "),
          doc.getDocumentInformation().getProducer());
      PDMetadata meta = doc.getDocumentCatalog().getMetadata();
      String xmp = new String(meta.toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<xmp:CreatorTool>Wedge 1.0.0</xmp:CreatorTool>"), xmp);
      assertTrue(xmp.contains("Wedge 1.0.0 (PDF by OpenHTMLtoPDF and Apache PDFBox)"), xmp);
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Produced by Wedge 1.0.0."), "the last line says it on paper too");
    }
  }

  @Test
  void reportJsonListsEachSectionAndAnalysisWithItsVersion() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path target = dir.resolve("brief.html");
    int code = WedgeApplication.run(List.of("report", EXAMPLE.toString(), "--format", "html", "--out",
        target.toString(), "--json", "--today", "2026-11-29"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(ExitCodes.OK, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(target));
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode by = root.get("producedBy");
    assertEquals("1.0.0", by.get("wedge").asText());
    List<String> sections = new ArrayList<>();
    for (JsonNode s : by.get("sections")) {
      sections.add(s.get("id").asText());
      assertEquals("1.0.0", s.get("version").asText(), s.toString());
    }
    assertTrue(sections.containsAll(List.of("cover", "findings", "test.appendix")), sections.toString());
    assertTrue(by.get("analyses").size() > 0, "the analyses whose findings the brief shows");
    assertEquals(Files.size(target), root.get("bytes").asLong());
  }
}
