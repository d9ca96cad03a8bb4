package dev.wedge.model.resource;

import java.util.Map;

import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

import dev.wedge.model.Identified;

/**
 * EMF's handler, except for one case: an unknown type in a package this installation <em>knows</em> (Wedge's own,
 * or an installed plug-in's) is an error, not a type to invent. EMF would otherwise "demand" the type, adding a
 * class to the live, shared package; only the packages of plug-ins that are not installed are demanded (their
 * content is kept and written back).
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
    if (newObject == null && isKnown(factory)) {
      error(new ClassNotFoundException(typeName, factory, getLocation(), getLineNumber(), getColumnNumber()));
      return null;
    }
    return super.validateCreateObjectFromFactory(factory, typeName, newObject, feature);
  }

  @Override
  protected EObject validateCreateObjectFromFactory(EFactory factory, String typeName, EObject newObject,
      boolean top) {
    if (newObject == null && isKnown(factory)) {
      error(new ClassNotFoundException(typeName, factory, getLocation(), getLineNumber(), getColumnNumber()));
      return null;
    }
    return super.validateCreateObjectFromFactory(factory, typeName, newObject, top);
  }

  private boolean isKnown(EFactory factory) {
    return factory != null && factory.getEPackage() != null
        && (extendedMetaData == null || !extendedMetaData.demandedPackages().contains(factory.getEPackage()));
  }
}
