package dev.wedge.model.resource;

import java.io.StringReader;
import java.util.Map;

import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.InputSource;

import dev.wedge.model.Identified;

/**
 * EMF's handler, made to treat a file as data only:
 * <ul>
 * <li>An unknown type in a package this installation <em>knows</em> (Wedge's own, or an installed plug-in's) is an
 * error, not a type to invent. EMF would otherwise "demand" the type, adding a class to the live, shared package;
 * only the packages of plug-ins that are not installed are demanded (their content is kept as it is and written
 * back).</li>
 * <li>A namespace is looked up among the installed packages and nowhere else. EMF's handler would otherwise try to
 * load a package from the namespace URI or an {@code xsi:schemaLocation} (an HTTP request, a local file, a FIFO
 * that never answers) or, for a {@code java:} URI, initialize a class by name. Schema locations are ignored.</li>
 * <li>Objects of EMF's own metamodel (an {@code ecore:EPackage} or {@code ecore:EClass} written into a model) are
 * refused: they are not model content, and some of their fields name Java classes.</li>
 * <li>Entities are never resolved (a DOCTYPE is refused before this handler runs; this is the second line).</li>
 * </ul>
 */
class WedgeXMIHandler extends SAXXMIHandler {

  private static final String ID = "id";

  WedgeXMIHandler(XMLResource xmiResource, XMLHelper helper, Map<?, ?> options) {
    super(xmiResource, helper, options);
  }

  @Override
  protected void setAttribValue(EObject object, String name, String value) {
    super.setAttribValue(object, name, value);
    if (ID.equals(name) && object instanceof Identified identified && identified.getId() != null
        && xmlResource instanceof WedgeResource wedge) {
      wedge.idRead(identified.getId(), object);
    }
  }

  @Override
  protected EObject validateCreateObjectFromFactory(EFactory factory, String typeName, EObject newObject,
      EStructuralFeature feature) {
    if (newObject == null && isEcore(factory)) {
      error(new XMIException("objects of EMF's own metamodel (ecore:" + typeName + ") are not model content",
          getLocation(), getLineNumber(), getColumnNumber()));
      return null;
    }
    if (newObject == null && isKnown(factory)) {
      error(new ClassNotFoundException(typeName, factory, getLocation(), getLineNumber(), getColumnNumber()));
      return null;
    }
    return super.validateCreateObjectFromFactory(factory, typeName, newObject, feature);
  }

  @Override
  protected EObject validateCreateObjectFromFactory(EFactory factory, String typeName, EObject newObject,
      boolean top) {
    if (newObject == null && isEcore(factory)) {
      error(new XMIException("objects of EMF's own metamodel (ecore:" + typeName + ") are not model content",
          getLocation(), getLineNumber(), getColumnNumber()));
      return null;
    }
    if (newObject == null && isKnown(factory)) {
      error(new ClassNotFoundException(typeName, factory, getLocation(), getLineNumber(), getColumnNumber()));
      return null;
    }
    return super.validateCreateObjectFromFactory(factory, typeName, newObject, top);
  }

  @Override
  protected EObject createObjectFromFactory(EFactory factory, String typeName) {
    if (isEcore(factory)) {
      return null; // reported by validateCreateObjectFromFactory
    }
    return super.createObjectFromFactory(factory, typeName);
  }

  @Override
  protected EObject createObject(EFactory eFactory, org.eclipse.emf.ecore.EClassifier type, boolean documentRoot) {
    if (isEcore(eFactory) || type != null && type.getEPackage() == EcorePackage.eINSTANCE) {
      return null; // reported by validateCreateObjectFromFactory
    }
    return super.createObject(eFactory, type, documentRoot);
  }

  @Override
  protected EPackage getPackageForURI(String uriString) {
    if (uriString == null) {
      return null;
    }
    EPackage ePackage = extendedMetaData == null ? packageRegistry.getEPackage(uriString)
        : extendedMetaData.getPackage(uriString);
    if (ePackage != null && ePackage.eIsProxy()) {
      ePackage = null;
    }
    if (ePackage == null) {
      ePackage = handleMissingPackage(uriString); // a plug-in that is not installed: kept as opaque content
    }
    if (ePackage == null) {
      error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
    }
    return ePackage;
  }

  @Override
  protected void handleXSISchemaLocation(String schemaLocations) {
    // a schema location is a hint for validators; Wedge loads no schema and no package from anywhere
  }

  @Override
  protected void handleXSINoNamespaceSchemaLocation(String noNamespaceSchemaLocation) {
    // as above
  }

  @Override
  public InputSource resolveEntity(String publicId, String systemId) {
    return new InputSource(new StringReader(""));
  }

  private static boolean isEcore(EFactory factory) {
    return factory != null && factory.getEPackage() == EcorePackage.eINSTANCE;
  }

  private boolean isKnown(EFactory factory) {
    return factory != null && factory.getEPackage() != null
        && (extendedMetaData == null || !extendedMetaData.demandedPackages().contains(factory.getEPackage()));
  }
}
