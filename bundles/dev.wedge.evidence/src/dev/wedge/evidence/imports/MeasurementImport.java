package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Measurement;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;

/** Turns imported rows into measurements of a metric, added by one command: one step to undo, never half done. */
public final class MeasurementImport {

  private MeasurementImport() {
  }

  public static List<Measurement> measurements(List<ImportedRow> rows) {
    List<Measurement> out = new ArrayList<>(rows.size());
    for (ImportedRow r : rows) {
      Measurement m = WedgeFactory.eINSTANCE.createMeasurement();
      m.setDate(r.date());
      m.setValue(r.value());
      m.setCohort(r.cohort());
      m.setSource(r.source());
      m.setNote(r.note());
      out.add(m);
    }
    return out;
  }

  public static Command command(EditingDomain domain, BusinessMetric metric, List<ImportedRow> rows) {
    Command c = AddCommand.create(domain, metric, WedgePackage.Literals.BUSINESS_METRIC__MEASUREMENTS,
        measurements(rows));
    return c;
  }
}
