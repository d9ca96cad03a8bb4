package dev.wedge.model.edit.tests;

import java.text.MessageFormat;
import java.util.Map;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.EMFEditPlugin;

/** A plug-in's package of its own, made in code as a dynamic package would be read: notes with a text. */
final class Notes {

  static final String NS_URI = "http://test.example/wedge/notes/1";
  static final EPackage PACKAGE;
  static final EClass NOTE;
  static final EAttribute TEXT;

  static {
    EcoreFactory f = EcoreFactory.eINSTANCE;
    PACKAGE = f.createEPackage();
    PACKAGE.setName("notes");
    PACKAGE.setNsPrefix("notes");
    PACKAGE.setNsURI(NS_URI);
    NOTE = f.createEClass();
    NOTE.setName("Note");
    TEXT = f.createEAttribute();
    TEXT.setName("text");
    TEXT.setEType(EcorePackage.Literals.ESTRING);
    NOTE.getEStructuralFeatures().add(TEXT);
    PACKAGE.getEClassifiers().add(NOTE);
    EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
  }

  private Notes() {
  }

  /**
   * The plug-in's strings (a real plug-in reads them from its plugin.properties), EMF.Edit's for the rest. The type's
   * name differs from the class name, so that a test can tell the plug-in's string from EMF's fallback.
   */
  static final ResourceLocator STRINGS = new ResourceLocator() {
    private final Map<String, String> strings = Map.of("_UI_Note_type", "Sponsor note");

    @Override
    public java.net.URL getBaseURL() {
      return Notes.class.getResource("/");
    }

    @Override
    public Object getImage(String key) {
      return EMFEditPlugin.INSTANCE.getImage(key);
    }

    @Override
    public String getString(String key) {
      String s = strings.get(key);
      return s != null ? s : EMFEditPlugin.INSTANCE.getString(key);
    }

    @Override
    public String getString(String key, boolean translate) {
      return getString(key);
    }

    @Override
    public String getString(String key, Object[] substitutions) {
      return MessageFormat.format(getString(key), substitutions);
    }

    @Override
    public String getString(String key, Object[] substitutions, boolean translate) {
      return getString(key, substitutions);
    }
  };
}
