package dev.wedge.model.edit.tests;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/** Labels for the plug-in's notes: the reflective provider (properties, children) with a text of its own. */
public final class NoteItemProviders extends ReflectiveItemProviderAdapterFactory {

  public NoteItemProviders() {
    reflectiveItemProviderAdapter = new ReflectiveItemProvider(this) {
      @Override
      public String getText(Object object) {
        Object text = ((EObject) object).eGet(Notes.TEXT);
        return "Note: " + (text == null || text.toString().isBlank() ? "(empty)" : text);
      }

      @Override
      public ResourceLocator getResourceLocator() {
        return Notes.STRINGS; // EMF names a type (New Child › New …) by the type's own item provider
      }
    };
  }
}
