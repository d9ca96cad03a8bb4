package dev.wedge.team.analysis;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Fix;
import dev.wedge.model.Identified;
import dev.wedge.model.WedgePackage;
import dev.wedge.team.merge.ConflictRecords;

/**
 * Each conflict a merge left in the model is a finding on the object it is about, until someone resolves it: its
 * quick fix marks it resolved once the field holds what the team agreed.
 */
public final class MergeConflicts implements Analysis {

  @Override
  public void analyze(AnalysisContext context) {
    var records = ConflictRecords.of(context.model());
    if (records.isEmpty()) {
      return;
    }
    Map<String, EObject> byId = new HashMap<>();
    for (var it = context.model().eAllContents(); it.hasNext();) {
      if (it.next() instanceof Identified i && i.getId() != null) {
        byId.put(i.getId(), i);
      }
    }
    for (EObject r : records) {
      EObject about = byId.get(ConflictRecords.text(r, "objectId"));
      String kept = ConflictRecords.text(r, "kept");
      String message = "Merge conflict: " + ConflictRecords.text(r, "message") + " (the model holds "
          + ("THEIRS".equals(kept) ? "theirs" : "FROZEN".equals(kept) ? "the frozen value" : "yours")
          + " until you resolve it)";
      context.report(message, resolved(r), about != null ? about : context.model());
    }
  }

  private static Fix resolved(EObject record) {
    return new Fix() {
      @Override
      public String label() {
        return "Mark this conflict resolved";
      }

      @Override
      public Command command(EditingDomain domain) {
        return RemoveCommand.create(domain, record.eContainer(), WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS,
            record);
      }
    };
  }
}
