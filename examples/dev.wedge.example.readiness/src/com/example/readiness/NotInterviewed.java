package com.example.readiness;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.wedge.analysis.Analysis;
import dev.wedge.analysis.AnalysisContext;
import dev.wedge.analysis.Dependencies;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.Stance;
import dev.wedge.model.WedgePackage;

/** A skeptical or opposed stakeholder nobody has interviewed about readiness. */
public class NotInterviewed implements Analysis {

  @Override
  public Dependencies dependencies() {
    Dependencies d = Dependencies.on(WedgePackage.Literals.STAKEHOLDER).and(WedgePackage.Literals.STRATEGY_MODEL__EXTENSIONS);
    return Interviews.interviewClass() == null ? d : d.andOn(Interviews.interviewClass());
  }

  @Override
  public void analyze(AnalysisContext ctx) {
    Set<Stakeholder> interviewed = new HashSet<>();
    for (EObject i : Interviews.of(ctx.model())) {
      interviewed.add(Interviews.interviewee(i));
    }
    for (Stakeholder s : ctx.model().getStakeholders()) {
      if ((s.getStance() == Stance.SKEPTIC || s.getStance() == Stance.OPPONENT) && !interviewed.contains(s)) {
        ctx.report("Nobody has interviewed '" + s.getName() + "' (" + s.getStance().getName().toLowerCase()
            + ") about readiness yet.", s);
      }
    }
  }
}
