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

  /** The PDF with its Creator, Producer and XMP metadata saying what produced it. */
  static byte[] stamp(byte[] pdf, String title, String producedBy, java.time.LocalDate day) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String producer = producedBy + " (PDF by OpenHTMLtoPDF and Apache PDFBox)";
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator(producedBy);
      info.setProducer(producer);
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.clear();
      date.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
      info.setCreationDate(date);
      XMPMetadata xmp = XMPMetadata.createXMPMetadata();
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setTitle(title);
      dc.addCreator(producedBy);
      XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
      basic.setCreatorTool(producedBy);
      basic.setCreateDate(date);
      AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
      adobe.setProducer(producer);
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, xml, true);
      PDMetadata metadata = new PDMetadata(doc);
      metadata.importXMPMetadata(xml.toByteArray());
      doc.getDocumentCatalog().setMetadata(metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      doc.save(out);
      return out.toByteArray();
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("the PDF's metadata could not be written: " + e.getMessage(), e);
    }
  }
}
