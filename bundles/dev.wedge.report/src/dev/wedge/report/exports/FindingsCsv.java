package dev.wedge.report.exports;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import dev.wedge.analysis.Finding;
import dev.wedge.model.Identified;

/**
 * The findings of the analyses as one table for a spreadsheet ({@link CsvFiles}): severity, category, analysis,
 * message, the object it is about (id, kind and name, as the Findings view shows it) and its quick fix, if any.
 */
public final class FindingsCsv {

  /** The header row. */
  public static final List<String> HEADER = List.of("severity", "category", "analysis", "message", "object id",
      "object kind", "object", "quick fix");

  private FindingsCsv() {
  }

  /** The table of {@code findings}; {@code labels} names their objects. */
  public static String of(List<Finding> findings, AdapterFactory labels) throws IOException {
    return CsvFiles.text(HEADER, out -> {
      for (Finding f : findings) {
        EObject o = f.primaryObject();
        out.printRecord(f.severity().word(), f.category(), f.analysisId(), f.message(), o instanceof Identified i
            ? i.getId() : null, o == null ? null : o.eClass().getName(), o == null ? null : label(o, labels),
            f.fix() == null ? null : f.fix().label());
      }
    });
  }

  private static String label(EObject o, AdapterFactory labels) {
    IItemLabelProvider p = (IItemLabelProvider) labels.adapt(o, IItemLabelProvider.class);
    return p == null ? o.eClass().getName() : p.getText(o);
  }
}
