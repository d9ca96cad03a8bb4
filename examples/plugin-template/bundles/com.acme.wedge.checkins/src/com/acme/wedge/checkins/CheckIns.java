package com.acme.wedge.checkins;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.wedge.model.Stakeholder;
import dev.wedge.model.StrategyModel;

/** Acme's check-ins in a Wedge model's plug-in slot, read and made with EMF's reflective API. */
public final class CheckIns {

  public static final String NS_URI = "http://acme.example/wedge/checkins/1";

  private CheckIns() {
  }

  /** The CheckIn class (from the dynamic package), or null when the package is not registered. */
  public static EClass checkInClass() {
    EPackage p = EPackage.Registry.INSTANCE.getEPackage(NS_URI);
    return p == null ? null : (EClass) p.getEClassifier("CheckIn");
  }

  public static List<EObject> of(StrategyModel model) {
    EClass checkIn = checkInClass();
    List<EObject> out = new ArrayList<>();
    if (checkIn != null) {
      for (EObject o : model.getExtensions()) {
        if (checkIn.isInstance(o)) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** A new check-in with the stakeholder on the date (not yet in a model). */
  public static EObject create(Stakeholder stakeholder, LocalDate date) {
    EClass c = checkInClass();
    EObject o = EcoreUtil.create(c);
    o.eSet(c.getEStructuralFeature("id"), "checkin-" + UUID.randomUUID());
    o.eSet(c.getEStructuralFeature("stakeholder"), stakeholder);
    o.eSet(c.getEStructuralFeature("date"), date == null ? null : date.toString());
    return o;
  }

  public static Stakeholder stakeholder(EObject checkIn) {
    return checkIn.eGet(checkIn.eClass().getEStructuralFeature("stakeholder")) instanceof Stakeholder s ? s : null;
  }

  public static String dateText(EObject checkIn) {
    return checkIn.eGet(checkIn.eClass().getEStructuralFeature("date")) instanceof String s ? s : null;
  }

  /** The check-in's date, or null when it has none or it is not written yyyy-MM-dd. */
  public static LocalDate date(EObject checkIn) {
    String s = dateText(checkIn);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static int confidence(EObject checkIn) {
    return checkIn.eGet(checkIn.eClass().getEStructuralFeature("confidence")) instanceof Integer i ? i : 0;
  }

  /** The latest check-in with the stakeholder on or before {@code today}, or null. */
  public static EObject latest(StrategyModel model, Stakeholder s, LocalDate today) {
    EObject best = null;
    for (EObject c : of(model)) {
      LocalDate d = date(c);
      if (stakeholder(c) == s && d != null && !d.isAfter(today) && (best == null || d.isAfter(date(best)))) {
        best = c;
      }
    }
    return best;
  }
}
