package com.example.readiness;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;

/** Reading the readiness interviews a Wedge model keeps in its plug-in slot, with EMF's reflective API. */
public final class Interviews {

  public static final String NS_URI = "http://consultancy.example/readiness/1";

  private Interviews() {
  }

  /** The Interview class (from the dynamic package), or null when the package is not registered. */
  public static EClass interviewClass() {
    EPackage p = EPackage.Registry.INSTANCE.getEPackage(NS_URI);
    return p == null ? null : (EClass) p.getEClassifier("Interview");
  }

  public static List<EObject> of(StrategyModel model) {
    EClass interview = interviewClass();
    List<EObject> out = new ArrayList<>();
    if (interview == null) {
      return out;
    }
    for (EObject o : model.getExtensions()) {
      if (interview.isInstance(o)) {
        out.add(o);
      }
    }
    return out;
  }

  public static Stakeholder interviewee(EObject interview) {
    Object v = interview.eGet(interview.eClass().getEStructuralFeature("interviewee"));
    return v instanceof Stakeholder s ? s : null;
  }

  public static int readiness(EObject interview) {
    Object v = interview.eGet(interview.eClass().getEStructuralFeature("readiness"));
    return v instanceof Integer i ? i : 0;
  }
}
