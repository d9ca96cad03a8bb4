package dev.wedge.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import dev.wedge.model.Identified;
import dev.wedge.model.Ids;

/**
 * A .wedge file: XMI whose objects are referenced by their stable {@code id} (a UUID), so references survive
 * reordering and files diff and merge well. Objects added without an id get one when they enter the resource.
 */
public class WedgeResource extends XMIResourceImpl {

  /**
   * Load option: {@code Boolean.TRUE} reads with EMF's general loader only (the fast path is skipped). Both give the
   * same model; tests compare them.
   */
  public static final String OPTION_GENERIC_LOADER = "dev.wedge.genericLoader";

  private boolean loadingContents;
  private boolean fastLoaded;
  private int identifiedAttached;
  private int idsRead;
  private final Set<String> duplicateIds = new LinkedHashSet<>();
  /** The namespace prefixes of the file last loaded, written again on save (namespace URI to prefix). */
  private final Map<String, String> filePrefixes = new HashMap<>();

  public WedgeResource(URI uri) {
    super(uri);
    setIntrinsicIDToEObjectMap(new HashMap<>());
  }

  /** Opens nothing: a .wedge resource reads and writes only the streams it is given ({@link SealedURIConverter}). */
  @Override
  public org.eclipse.emf.ecore.resource.URIConverter getURIConverter() {
    return SealedURIConverter.INSTANCE;
  }

  @Override
  protected boolean useUUIDs() {
    return false;
  }

  @Override
  protected boolean useIDAttributes() {
    return true;
  }

  /** The namespace prefixes of the file last loaded (namespace URI to prefix), as a save writes them again. */
  public Map<String, String> getFilePrefixes() {
    return Collections.unmodifiableMap(filePrefixes);
  }

  /**
   * Writes the namespaces in {@code prefixes} (namespace URI to prefix) with those prefixes, as if the file had
   * declared them: a model made from other files (a merge of three versions) keeps their prefixes. A namespace that
   * has one already keeps it.
   */
  public void keepPrefixes(Map<String, String> prefixes) {
    prefixes.forEach(filePrefixes::putIfAbsent);
  }

  @Override
  protected XMLHelper createXMLHelper() {
    return new PrefixKeepingHelper(this, filePrefixes);
  }

  @Override
  protected XMLLoad createXMLLoad() {
    filePrefixes.clear();
    return new XMILoadImpl(createXMLHelper()) {
      @Override
      protected DefaultHandler makeDefaultHandler() {
        return new WedgeXMIHandler(resource, helper, options);
      }
    };
  }

  @Override
  protected void attachedHelper(EObject eObject) {
    if (loadingContents) {
      // ids are not read yet when an object is attached; the handler registers them as it reads them
      if (eObject instanceof Identified) {
        identifiedAttached++;
      }
      return;
    }
    Ids.ensure(eObject);
    super.attachedHelper(eObject);
  }

  /** Called by the load handler for every id it reads: the id index is built in the same pass as the objects. */
  void idRead(String id, EObject eObject) {
    idsRead++;
    EObject previous = getIntrinsicIDToEObjectMap().put(id, eObject);
    if (previous != null && previous != eObject) {
      duplicateIds.add(id);
    }
  }

  /** Ids that more than one object had in the file last loaded (references to them are ambiguous). */
  public Set<String> getDuplicateIds() {
    return Collections.unmodifiableSet(duplicateIds);
  }

  @Override
  public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
    byte[] bytes = inputStream.readAllBytes();
    // one id per object, about one object per 100 bytes: sized so the index never rehashes while loading
    setIntrinsicIDToEObjectMap(new HashMap<>(Math.max(16, bytes.length / 100)));
    fastLoaded = false;
    loadingContents = true;
    try {
      if (options == null || !Boolean.TRUE.equals(options.get(OPTION_GENERIC_LOADER))) {
        resetLoadState();
        try {
          new FastLoader(this).load(bytes);
          fastLoaded = true;
        } catch (FastLoader.Unsupported reason) {
          getContents().clear(); // read again, completely, by the general loader
        }
      }
      if (!fastLoaded) {
        resetLoadState();
        super.doLoad(new ByteArrayInputStream(bytes), options);
      }
    } finally {
      loadingContents = false;
    }
    if (identifiedAttached != idsRead) {
      // hand-written files may omit ids: give them one now, so every object can be referenced
      for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
        EObject o = it.next();
        if (o instanceof Identified i && i.getId() == null) {
          i.setId(Ids.newId());
          getIntrinsicIDToEObjectMap().put(i.getId(), o);
        }
      }
    }
  }

  private void resetLoadState() {
    identifiedAttached = 0;
    idsRead = 0;
    duplicateIds.clear();
    getIntrinsicIDToEObjectMap().clear();
  }

  /** Whether the last load took the fast path (files as Wedge writes them) rather than EMF's general loader. */
  public boolean wasLoadedFast() {
    return fastLoaded;
  }
}
