package dev.wedge.core.cli;

import java.io.PrintStream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import dev.wedge.core.persistence.LoadProblem;
import dev.wedge.core.persistence.LoadedModel;
import dev.wedge.model.BusinessMetric;
import dev.wedge.model.ImportRecord;
import dev.wedge.model.StrategyModel;

/** {@code wedge info FILE}: what a model holds, and anything found while opening it. */
public final class InfoCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.model("FILE.wedge");
  }

  @Override
  protected int run(Call call) throws Failure {
    PrintStream out = call.out();
    LoadedModel loaded = call.loaded();
    StrategyModel m = loaded.model();
    int objects = 1;
    for (TreeIterator<EObject> it = m.eAllContents(); it.hasNext(); it.next()) {
      objects++;
    }
    int measurements = m.getMetrics().stream().mapToInt(metric -> metric.getMeasurements().size()).sum();
    out.printf("%s%s (format %d)%n", m.getName(), m.getOrganization() == null ? "" : " — " + m.getOrganization(),
        m.getFormatVersion());
    out.printf("  %d goals, %d metrics (%d measurements), %d initiatives, %d pilots, %d stakeholders; %d objects%n",
        m.getGoals().size(), m.getMetrics().size(), measurements, m.getInitiatives().size(), m.getPilots().size(),
        m.getStakeholders().size(), objects);
    for (LoadProblem p : loaded.problems()) {
      out.println("  note: " + p);
    }
    for (BusinessMetric metric : m.getMetrics()) {
      for (ImportRecord r : metric.getImports()) {
        out.printf("  import into '%s' [%s]: %s, %s, SHA-256 %s: %d rows read, %d imported, %d refused%n",
            metric.getName(), metric.getId(), r.getFileName(), r.getImportedAt(), r.getSha256(), r.getRowsRead(),
            r.getRowsImported(), r.getRowsRefused());
        out.println("    read as: " + r.getSettings() + (r.getMapping() == null || r.getMapping().isEmpty() ? ""
            : "; " + r.getMapping()));
        for (String note : r.getNotes()) {
          out.println("    note: " + note);
        }
      }
    }
    return ExitCodes.OK;
  }
}
