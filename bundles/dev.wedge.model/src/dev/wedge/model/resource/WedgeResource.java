package dev.wedge.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import dev.wedge.model.Ids;

/**
 * A .wedge file: XMI whose objects are referenced by their stable {@code id} (a UUID), so references survive
 * reordering and files diff and merge well. Objects added without an id get one when they enter the resource.
 */
public class WedgeResource extends XMIResourceImpl {

  private boolean loadingContents;

  public WedgeResource(URI uri) {
    super(uri);
    setIntrinsicIDToEObjectMap(new HashMap<>());
  }

  @Override
  protected boolean useUUIDs() {
    return false;
  }

  @Override
  protected boolean useIDAttributes() {
    return true;
  }

  @Override
  protected XMLLoad createXMLLoad() {
    return new XMILoadImpl(createXMLHelper()) {
      @Override
      protected DefaultHandler makeDefaultHandler() {
        return new WedgeXMIHandler(resource, helper, options);
      }
    };
  }

  @Override
  protected void attachedHelper(EObject eObject) {
    if (!loadingContents) {
      Ids.ensure(eObject);
    }
    super.attachedHelper(eObject);
  }

  @Override
  public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
    loadingContents = true;
    try {
      super.doLoad(inputStream, options);
    } finally {
      loadingContents = false;
    }
    // hand-written files may omit ids: give them one now, so every object can be referenced
    for (EObject root : getContents()) {
      Ids.ensureAll(root);
    }
  }
}
