package dev.wedge.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.Finding;
import dev.wedge.core.provenance.Provenance;

/**
 * What produced a brief: Wedge, and the sections and analyses (with their plug-ins' versions) whose content it
 * holds. Written into the HTML head, the PDF's document information and XMP metadata, and the brief's last line.
 */
final class BriefProvenance {

  private BriefProvenance() {
  }

  /** The sections written (not those that failed) and the analyses whose findings the brief shows. */
  static List<Provenance.Contribution> of(List<ReportSections.Entry> written, List<Finding> findings) {
    List<Provenance.Contribution> out = new ArrayList<>();
    for (ReportSections.Entry e : written) {
      out.add(new Provenance.Contribution("sections", e.id(), Provenance.of(e.contributor())));
    }
    AnalysisRegistry registry = AnalysisRegistry.installed();
    Set<String> analyses = new LinkedHashSet<>();
    for (Finding f : findings) {
      analyses.add(f.analysisId());
    }
    for (String id : analyses) {
      registry.find(id).ifPresent(d -> out.add(new Provenance.Contribution("analyses", id,
          Provenance.of(d.contributor()))));
    }
    return out;
  }

  /** "Wedge 1.0.0 with Acme Data Governance 1.2.0": Wedge and the plug-ins that contributed. */
  static String sentence(List<Provenance.Contribution> contributions) {
    return Provenance.sentence(contributions.stream().map(c -> c.from().id()).toList());
  }

  /**
   * The PDF with its Creator, Producer, creation date and XMP metadata saying what produced it. The XMP the renderer
   * wrote (its PDF/A and PDF/UA identification and their extension schemas) is kept and completed, and the document
   * information and the XMP say the same (PDF/A asks for both to agree).
   */
  static byte[] stamp(byte[] pdf, String title, String producedBy, java.time.LocalDate day) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String producer = producedBy + " (PDF by OpenHTMLtoPDF and Apache PDFBox)";
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator(producedBy);
      info.setProducer(producer);
      info.setModificationDate(null);
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.clear();
      date.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
      info.setCreationDate(date);
      PDMetadata existing = doc.getDocumentCatalog().getMetadata();
      XMPMetadata xmp;
      if (existing == null) {
        xmp = XMPMetadata.createXMPMetadata();
      } else {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false);
        try (java.io.InputStream in = existing.exportXMPMetadata()) {
          xmp = parser.parse(in);
        }
      }
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      if (dc == null) {
        dc = xmp.createAndAddDublinCoreSchema();
      }
      dc.setTitle(title);
      for (String c : dc.getCreators() == null ? List.<String>of() : List.copyOf(dc.getCreators())) {
        dc.removeCreator(c);
      }
      dc.addCreator(producedBy);
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreatorTool(producedBy);
      basic.setCreateDate(date);
      if (basic.getModifyDateProperty() != null) {
        basic.removeProperty(basic.getModifyDateProperty());
      }
      AdobePDFSchema adobe = xmp.getAdobePDFSchema();
      if (adobe == null) {
        adobe = xmp.createAndAddAdobePDFSchema();
      }
      adobe.setProducer(producer);
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, xml, true);
      // some XML transformers drop the xml: prefix of the language alternatives' attribute
      byte[] packet = xml.toString(java.nio.charset.StandardCharsets.UTF_8)
          .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      PDMetadata metadata = new PDMetadata(doc);
      metadata.importXMPMetadata(packet);
      doc.getDocumentCatalog().setMetadata(metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION); // no object streams: a cross-reference table qpdf and archival checkers read without a warning
      return out.toByteArray();
    } catch (javax.xml.transform.TransformerException | org.apache.xmpbox.xml.XmpParsingException e) {
      throw new IOException("the PDF's metadata could not be written: " + e.getMessage(), e);
    }
  }
}
