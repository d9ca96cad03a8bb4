package com.acme.wedge.checkins;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import dev.wedge.model.Stakeholder;

/**
 * How Acme's check-ins look in Wedge's workbench (Model tree, Properties view, Findings): a label of their own; the
 * properties and the rest come from EMF's reflective item provider. Registered for Acme's namespace in plugin.xml
 * ({@code org.eclipse.emf.edit.itemProviderAdapterFactories}).
 */
public final class CheckInLabels extends ReflectiveItemProviderAdapterFactory {

  public CheckInLabels() {
    reflectiveItemProviderAdapter = new ReflectiveItemProvider(this) {
      @Override
      public String getText(Object object) {
        return label((EObject) object);
      }

      @Override
      public ResourceLocator getResourceLocator() {
        // EMF names a type (New Child › New Check-in) by the type's own item provider: your plugin.properties
        return CheckInCreation.STRINGS;
      }
    };
  }

  /** "Check-in with Ines Berg on 2026-09-01, confidence 3/5". */
  static String label(EObject checkIn) {
    Stakeholder s = CheckIns.stakeholder(checkIn);
    String date = CheckIns.dateText(checkIn);
    int confidence = CheckIns.confidence(checkIn);
    return "Check-in with " + (s == null || s.getName() == null ? "(no one yet)" : s.getName())
        + (date == null || date.isBlank() ? ", no date yet" : " on " + date)
        + (confidence > 0 ? ", confidence " + confidence + "/5" : "");
  }
}
