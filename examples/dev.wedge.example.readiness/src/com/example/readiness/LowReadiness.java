package com.example.readiness;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.model.ActionStatus;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage;

/** A stakeholder whose readiness interview scored 2 or less and who has no response action. */
public class LowReadiness implements Analysis {

  static final int LOW = 2;

  @Override
  public Dependencies dependencies() {
    Dependencies d = Dependencies.on(WedgePackage.Literals.STAKEHOLDER, WedgePackage.Literals.RESPONSE_ACTION)
        .and(WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS);
    return Interviews.interviewClass() == null ? d : d.andOn(Interviews.interviewClass());
  }

  @Override
  public void analyze(AnalysisContext ctx) {
    for (EObject interview : Interviews.of(ctx.model())) {
      Stakeholder s = Interviews.interviewee(interview);
      int readiness = Interviews.readiness(interview);
      if (s != null && readiness > 0 && readiness <= LOW
          && s.getActions().stream().noneMatch(a -> a.getStatus() != ActionStatus.DROPPED)) {
        ctx.report("'" + s.getName() + "' scored " + readiness + "/5 in the readiness interview and has no response"
            + " action yet.", s, interview);
      }
    }
  }
}
