package dev.wedge.evidence.imports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Cohort;
import dev.wedge.model.CohortMapping;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.ImportSource;
import dev.wedge.model.Measurement;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

/**
 * Turns a confirmed preview into measurements of a metric, with the import's record and the source's cohort
 * mapping remembered, all in one command: one step to undo, never half done.
 */
public final class MeasurementImport {

  private MeasurementImport() {
  }

  /** The measurements of {@code rows}, not yet in a model. */
  public static List<Measurement> measurements(List<ImportedRow> rows) {
    List<Measurement> out = new ArrayList<>(rows.size());
    for (ImportedRow r : rows) {
      Measurement m = WedgeFactory.eINSTANCE.createMeasurement();
      m.setDate(r.date());
      m.setValue(r.value());
      m.setCohort(r.cohort());
      m.setSource(r.source());
      m.setNote(r.note());
      m.setSubject(r.subject());
      out.add(m);
    }
    return out;
  }

  /** The record of importing {@code preview} at {@code now}. */
  public static ImportRecord record(ImportPreview preview, int imported, Instant now) {
    ImportRecord r = WedgeFactory.eINSTANCE.createImportRecord();
    r.setFormat(preview.format());
    r.setFileName(preview.fileName());
    r.setSha256(preview.sha256());
    r.setImportedAt(now.truncatedTo(ChronoUnit.SECONDS).toString());
    r.setSource(preview.source());
    r.setSettings(preview.settings());
    r.setMapping(preview.mapping());
    r.setRowsRead(preview.rowsRead());
    r.setRowsImported(imported);
    r.setRowsRefused(preview.rowsRefused());
    r.getNotes().addAll(preview.notes());
    List<ImportProblem> leftOut = preview.problems().stream().filter(x -> ImportPreview.leftOut(x.reason())).toList();
    if (!leftOut.isEmpty()) {
      // read = imported + refused + left out: the record says where the rest went
      r.getNotes().add(leftOut.size() + (leftOut.size() == 1 ? " row" : " rows") + " left out on purpose, not"
          + " refused: " + String.join("; ", leftOut.stream().limit(3).map(Object::toString).toList())
          + (leftOut.size() > 3 ? "; and " + (leftOut.size() - 3) + " more" : "") + ".");
    }
    r.setSubjectKeySalt(preview.subjectSalt());
    return r;
  }

  /**
   * The command that imports {@code preview} (which must be {@link ImportPreview#ready() ready}) into
   * {@code metric}: its importable rows as measurements pointing to a new import record, and the cohort values
   * mapped by the user remembered for the preview's source.
   */
  public static Command command(EditingDomain domain, BusinessMetric metric, ImportPreview preview, Instant now) {
    if (!preview.ready()) {
      throw new IllegalArgumentException("a preview with open questions is not imported");
    }
    List<ImportedRow> rows = preview.importable();
    ImportRecord record = record(preview, rows.size(), now);
    record.setId(recordId(metric, preview.sha256()));
    List<Measurement> measurements = measurements(rows);
    for (Measurement m : measurements) {
      m.setImportRecord(record);
    }
    CompoundCommand c = new CompoundCommand("Import " + rows.size() + (rows.size() == 1 ? " measurement"
        : " measurements") + " from " + preview.fileName());
    c.append(AddCommand.create(domain, metric, WedgePackage.Literals.BUSINESS_METRIC__IMPORTS, record));
    if (!measurements.isEmpty()) {
      c.append(AddCommand.create(domain, metric, WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS, measurements));
    }
    if (metric.eContainer() instanceof StrategyModel model && preview.source() != null) {
      remember(domain, model, preview.source(), preview.cohorts(), c);
    }
    return c;
  }

  /** Appends to {@code c} what keeps {@code mapping} for {@code source} (values whose wording alone says less). */
  static void remember(EditingDomain domain, StrategyModel model, String source, Map<String, Cohort> mapping,
      CompoundCommand c) {
    ImportSource existing = null;
    for (ImportSource s : model.getImportSources()) {
      if (source.equalsIgnoreCase(s.getName())) {
        existing = s;
        break;
      }
    }
    List<CohortMapping> added = new ArrayList<>();
    for (Map.Entry<String, Cohort> e : mapping.entrySet()) {
      if (e.getValue() == null || e.getValue() == CsvImport.knownCohort(e.getKey())) {
        continue;
      }
      CohortMapping stored = null;
      if (existing != null) {
        for (CohortMapping m : existing.getCohorts()) {
          if (e.getKey().equals(m.getValue())) {
            stored = m;
          }
        }
      }
      if (stored == null) {
        CohortMapping m = WedgeFactory.eINSTANCE.createCohortMapping();
        m.setValue(e.getKey());
        m.setCohort(e.getValue());
        added.add(m);
      } else if (stored.getCohort() != e.getValue()) {
        c.append(SetCommand.create(domain, stored, WedgePackage.Literals.COHORT_MAPPING__COHORT, e.getValue()));
      }
    }
    if (added.isEmpty()) {
      return;
    }
    if (existing == null) {
      ImportSource s = WedgeFactory.eINSTANCE.createImportSource();
      s.setName(source);
      s.getCohorts().addAll(added);
      c.append(AddCommand.create(domain, model, WedgePackage.Literals.STRATEGY_MODEL__IMPORT_SOURCES, s));
    } else {
      c.append(AddCommand.create(domain, existing, WedgePackage.Literals.IMPORT_SOURCE__COHORTS, added));
    }
  }

  /** A short id for the record, unique in the model: measurements refer to it, so it is written many times. */
  private static String recordId(BusinessMetric metric, String sha256) {
    String base = "import-" + (sha256 == null ? "x" : sha256.substring(0, Math.min(10, sha256.length())));
    String id = base;
    for (int n = 2; taken(metric, id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static boolean taken(BusinessMetric metric, String id) {
    if (metric.eResource() != null && metric.eResource().getEObject(id) != null) {
      return true;
    }
    for (ImportRecord r : metric.getImports()) {
      if (id.equals(r.getId())) {
        return true;
      }
    }
    return false;
  }
}
